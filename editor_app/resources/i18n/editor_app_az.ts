<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az" sourcelanguage="en">
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;New Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a new article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save now (edits also save by themselves as you type)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import Articles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import Markdown or text articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import &amp;Folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a folder of articles (sub-folders become sections)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import &amp;Archive…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import articles published elsewhere as references: original dates, never sent to the site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export Article…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the article as Markdown or HTML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete Article…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the article to Deleted (it can be restored)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;History…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Earlier versions of the article, what changed, and restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save and quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Editorial Workstation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Manual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to use Editorial Workstation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApproveDialog</name>
        <message>
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve “{}”:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArticleForm</name>
        <message>
            <source>Headline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Headline length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standfirst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standfirst: the one or two sentences under the headline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Byline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tags, separated, by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>source: agencies, own reporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editor's choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the article cannot be edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n character(s) over the limit</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Returned by the desk:&lt;/b&gt; {}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArticleListModel</name>
        <message>
            <source>No section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>★ Editor's choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not synced</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArticleListPanel</name>
        <message>
            <source>Filter articles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter articles by text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Articles</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Headline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standfirst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editor's choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the server's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep both (mine first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose between two versions: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{headline}” was changed on this computer and on {site} in the same places. Choose which version to keep for each difference. Paragraphs only one side changed are already merged. &lt;b&gt;Nothing is discarded until you press Apply.&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The result with your choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result with these choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decide later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before both edits: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your choice could not be saved: {}. Both versions are still kept.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditorController</name>
        <message>
            <source>Could not save “{title}”: {error}. Your text is kept; retrying.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditorsChoiceController</name>
        <message>
            <source>&amp;Editor's choice…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See and order the site's Editor's choice selection</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditorsChoiceDialog</name>
        <message>
            <source>Untitled article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} ({status}: not shown to readers yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editor's choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editor's choice, in order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published article to add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your order is saved here and goes to the site with the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The selection on the site, {}. Drag to reorder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not synced yet: the site's selection arrives with the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{}” is already in Editor's choice.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileCommands</name>
        <message>
            <source>Import articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Articles (*.md *.markdown *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a folder of articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import an archive (articles published elsewhere)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Is “{}” an archive of articles published elsewhere?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An archive keeps each article's original date and is searchable and linkable as related, but is never sent to the site (the desk can publish one article at a time). Drafts are new work that syncs with the site.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import as &amp;Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import as &amp;Drafts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n file(s) need attention; details below.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n article(s) into the archive (published elsewhere: kept with their dates, not sent to the site).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n article(s); {} into the archive (not sent to the site).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n article(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Export article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown (*.md);;Web page (*.html)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to {}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FindReplaceBar</name>
        <message>
            <source>Find and replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find in the article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Match case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find previous (Shift+F3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find next (F3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace this match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace every match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close find bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close (Escape)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No matches</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Replaced %n</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>submitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seen by the desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Headline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standfirst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Byline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editor's choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+{added} / −{removed} words since this revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This revision is the same as the current text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(for {})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History — {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Article history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revisions, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes since the selected revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore this version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make this version the current text (as a new revision; nothing is deleted)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>#{number} · {kind} · {when} · %Ln word(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Changes shown are from the selected revision to the current text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workflow history: who moved the article, when, and the note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No workflow steps yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Workflow&lt;/b&gt; (who, when, from, to, note)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>System language ({})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new language is used the next time Editorial Workstation starts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManualDialog</name>
        <message>
            <source>Editorial Workstation manual</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <source>Bold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Italic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heading 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heading 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heading 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bulleted list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Article body (Markdown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the story here. Markdown: **bold**, *italic*, [link](https://…), ## heading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhotoImporter</name>
        <message numerus="yes">
            <source>Importing %v of %n photo(s)…</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{} of %n photo(s) added.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Import cancelled; the photos that finished were added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import failed: {}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhotoList</name>
        <message>
            <source>no image
file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo without caption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Featured photo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>caption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>alt text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incomplete: no {}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The original carries a GPS location (removed from what is published).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhotoListModel</name>
        <message>
            <source>No caption</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhotoPanel</name>
        <message>
            <source>Could not save the photo: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add photos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.webp);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhotoPanelView</name>
        <message>
            <source>Caption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copyright</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instructions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photos of the article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photos: drag to reorder, drop image files to add them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add photos…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import image files into this article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Featured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the selected photo the article's featured photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert in text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place the selected photo in the body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the selected photos out of this article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the image on the clipboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo import progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel the photo import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo import report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Special instructions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location privacy note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the photo still needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo size and file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply credit and copyright to the selected photos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Special instructions: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This photo's original file carries a GPS location. It is never published: the rendition that is uploaded has no location, camera serial numbers or owner names.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>caption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>alt text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incomplete: add {} before publishing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{width} × {height} px</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>taken {}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Apply this credit and copyright to the %n selected photo(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>PlainPreviewPanel</name>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Article preview (plain)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plain preview: the web engine could not start.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Article preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} ({} px)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>House</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync once to fetch the site's theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tablet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReadOnly</name>
        <message>
            <source>Read-only profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why nothing can be changed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RelatedPicker</name>
        <message>
            <source>All sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggestions: more like this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most {} related articles: remove one first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong; please try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RelatedPickerView</name>
        <message>
            <source>Any time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Related articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the archive for related articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the archive, or pick from suggestions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only articles of this section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only articles from this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only published articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggestions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search results and suggestions; press Enter to add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the selected result to the related articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chosen related articles, in order; Alt+Up and Alt+Down move, Delete removes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected related article up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected related article down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected related article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Related articles ({} of {})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Return to reporter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note for the reporter (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What should the reporter fix? (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return “{}” to its reporter with a note:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>&lt;b&gt;Returned with:&lt;/b&gt; {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Note:&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✔ The publish checklist passes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Not ready to publish:&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No changes since {}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Changes since {}:&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>someone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desk review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submitted to the desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photos missing or incomplete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review queue, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes since you last saw this article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editorial notes (never published)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a note for the newsroom (never published)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reply to selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open in editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return to reporter…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Editorial notes&lt;/b&gt; (visible to the newsroom, never published)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an article in the queue to review it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SitesDialog</name>
        <message>
            <source>Publishing sites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Configured sites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>newsroom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your WordPress user name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Application password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allow plain &amp;http for this site (unencrypted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allow plain http for this site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forget the selected site, its sync records and its stored password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add and sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-in result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Application &amp;password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create an application password in WordPress under Users → Profile. It is kept only in your system's secure keyring, or for this session when there is none, never in files or logs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not signed in yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} (plain http allowed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in the name, the address, the user name and the application password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing in to {}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>memory for this session only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed {}; its stored password is forgotten. The articles stay on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The site “{site}” was saved, but signing in failed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in to {site} as &lt;b&gt;{user}&lt;/b&gt;, role: &lt;b&gt;{role}&lt;/b&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The application password is kept in {}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Editorial Workstation plugin is not active on this site.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The site could not be added: {}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SpellMenu</name>
        <message>
            <source>No spelling dictionary for “{}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No suggestions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add “{}” to dictionary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ignore “{}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>Workflow status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workflow status: {}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln word(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min read</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Local only · %n change(s) not synced</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Local only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No publishing site is set up: everything is saved on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{}: %n pending</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{}: synced</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <source>&amp;Sync Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send local changes and fetch new ones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publishing &amp;Sites…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up a site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync &amp;Log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the last syncs did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolve Sync &amp;Conflicts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose between two versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The application password for {} is needed: press Sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>starting</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>(%n more in the sync log)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Sign in to {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Application password for {user} at {url}
(kept in memory for this session only):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncLogWindow</name>
        <message>
            <source>Sync log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps of the selected run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a run to see its steps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolve conflicts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{site} as {user} ({role})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>role unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sign-in failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>note</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{start} to {end} ({seconds} s), %n request(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) still pending</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>SyncState</name>
        <message>
            <source>Local only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>syncing {} of {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>synced at {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sign-in needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sync failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{site}: {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No publishing site is set up: everything is saved on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your work is saved here and will be sent when the site can be reached again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last synced at {}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click the conflict count to choose between the two versions.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Editorial Workstation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;Write and edit articles offline, attach credited photos, link related stories and send them to the desk. Everything is saved as you type, on this computer.&lt;/p&gt;&lt;p&gt;Your newsroom is empty. Open the demo newsroom to see a finished article and a small archive, start a new article, or import articles you already have.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open demo newsroom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import articles…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workflow</name>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Killed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reporter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desk editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submit to desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw submission</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take for review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return to reporter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unschedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish to site</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkflowBar</name>
        <message>
            <source>&amp;Submit to Desk…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Approve…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Publish Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Take for Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Return to Reporter…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Withdraw Submission</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kill…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Res&amp;tore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Unschedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish to &amp;Site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local &amp;Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your role comes from the publishing site.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kill article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kill “{}”? It is withdrawn from publication; the desk can restore it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The action failed: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
