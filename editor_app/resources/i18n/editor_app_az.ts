<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az" sourcelanguage="en">
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;New Article</source>
            <translation>&amp;Yeni məqalə</translation>
        </message>
        <message>
            <source>Start a new article</source>
            <translation>Yeni məqaləyə başla</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Yadda saxla</translation>
        </message>
        <message>
            <source>Save now (edits also save by themselves as you type)</source>
            <translation>İndi yadda saxla (dəyişikliklər yazdıqca özü də saxlanılır)</translation>
        </message>
        <message>
            <source>&amp;Import Articles…</source>
            <translation>Məqalələri &amp;idxal et…</translation>
        </message>
        <message>
            <source>Import Markdown or text articles</source>
            <translation>Markdown və ya mətn formatında məqalələri idxal et</translation>
        </message>
        <message>
            <source>Import &amp;Folder…</source>
            <translation>&amp;Qovluğu idxal et…</translation>
        </message>
        <message>
            <source>Import a folder of articles (sub-folders become sections)</source>
            <translation>Məqalələr qovluğunu idxal et (alt qovluqlar bölmələrə çevrilir)</translation>
        </message>
        <message>
            <source>Import &amp;Archive…</source>
            <translation>&amp;Arxivi idxal et…</translation>
        </message>
        <message>
            <source>Import articles published elsewhere as references: original dates, never sent to the site</source>
            <translation>Başqa yerdə dərc olunmuş məqalələri arayış kimi idxal et: ilkin tarixlərlə, sayta göndərilmədən</translation>
        </message>
        <message>
            <source>&amp;Export Article…</source>
            <translation>Məqaləni i&amp;xrac et…</translation>
        </message>
        <message>
            <source>Export the article as Markdown or HTML</source>
            <translation>Məqaləni Markdown və ya HTML kimi ixrac et</translation>
        </message>
        <message>
            <source>&amp;Delete Article…</source>
            <translation>Məqaləni &amp;sil…</translation>
        </message>
        <message>
            <source>Move the article to Deleted (it can be restored)</source>
            <translation>Məqaləni silinənlərə köçür (sonra bərpa etmək olar)</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;Tarixçə…</translation>
        </message>
        <message>
            <source>Earlier versions of the article, what changed, and restore</source>
            <translation>Məqalənin əvvəlki versiyaları, nə dəyişib və bərpa</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Çı&amp;xış</translation>
        </message>
        <message>
            <source>Save and quit</source>
            <translation>Yadda saxla və çıx</translation>
        </message>
        <message>
            <source>&amp;About Editorial Workstation</source>
            <translation>Editorial Workstation &amp;haqqında</translation>
        </message>
        <message>
            <source>&amp;Manual</source>
            <translation>&amp;Təlimat</translation>
        </message>
        <message>
            <source>How to use Editorial Workstation</source>
            <translation>Editorial Workstation ilə necə işləmək olar</translation>
        </message>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>&amp;Parametrlər…</translation>
        </message>
        <message>
            <source>Change the preferences</source>
            <translation>Parametrləri dəyiş</translation>
        </message>
        <message>
            <source>Preferences ({0})</source>
            <translation>Parametrlər ({0})</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Geri al</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Təkrarla</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Kəs</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>K&amp;opyala</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Yapışdır</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>&amp;Hamısını seç</translation>
        </message>
    </context>
    <context>
        <name>Appearance</name>
        <message>
            <source>&amp;System</source>
            <translation>&amp;Sistemdəki kimi</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;İşıqlı</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Qaranlıq</translation>
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation>&amp;Görünüş</translation>
        </message>
        <message>
            <source>Dark &amp;Preview</source>
            <translation>Qaranlıq ö&amp;nizləmə</translation>
        </message>
        <message>
            <source>Show the preview in dark colours (the published page is unchanged)</source>
            <translation>Önizləməni qaranlıq rənglərdə göstər (dərc olunan səhifə dəyişmir)</translation>
        </message>
    </context>
    <context>
        <name>ApproveDialog</name>
        <message>
            <source>Approve</source>
            <translation>Təsdiqlə</translation>
        </message>
        <message>
            <source>Publish now</source>
            <translation>İndi dərc et</translation>
        </message>
        <message>
            <source>Schedule for</source>
            <translation>Bu vaxta planlaşdır:</translation>
        </message>
        <message>
            <source>Approve “{}”:</source>
            <translation>«{}» təsdiqlənsin:</translation>
        </message>
    </context>
    <context>
        <name>ArticleCommands</name>
        <message>
            <source>Demo newsroom opened.</source>
            <translation>Nümayiş redaksiyası açıldı.</translation>
        </message>
        <message>
            <source>Delete article</source>
            <translation>Məqaləni sil</translation>
        </message>
        <message>
            <source>Delete “{0}”?

It moves to Deleted and can be restored; nothing is erased.</source>
            <translation>«{0}» silinsin?

Məqalə silinənlərə köçür və bərpa oluna bilər; heç nə itmir.</translation>
        </message>
    </context>
    <context>
        <name>ArticleForm</name>
        <message>
            <source>Headline</source>
            <translation>Başlıq</translation>
        </message>
        <message>
            <source>Headline length</source>
            <translation>Başlığın uzunluğu</translation>
        </message>
        <message>
            <source>Standfirst</source>
            <translation>Lid</translation>
        </message>
        <message>
            <source>Standfirst: the one or two sentences under the headline</source>
            <translation>Lid: başlığın altındakı bir-iki cümlə</translation>
        </message>
        <message>
            <source>Byline</source>
            <translation>Müəllif</translation>
        </message>
        <message>
            <source>By …</source>
            <translation>Müəllif: …</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Bölmə</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Vergüllə ayrılmış teqlər</translation>
        </message>
        <message>
            <source>tags, separated, by commas</source>
            <translation>teqlər, vergüllə, ayrılır</translation>
        </message>
        <message>
            <source>Source line</source>
            <translation>Mənbə sətri</translation>
        </message>
        <message>
            <source>source: agencies, own reporting…</source>
            <translation>mənbə: agentliklər, öz materiallarımız…</translation>
        </message>
        <message>
            <source>Editor's choice</source>
            <translation>Redaksiyanın seçimi</translation>
        </message>
        <message>
            <source>Why the article cannot be edited</source>
            <translation>Məqaləni niyə dəyişmək olmur</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Teqlər</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Mənbə</translation>
        </message>
        <message numerus="yes">
            <source>%n character(s) over the limit</source>
            <translation>
                <numerusform>Limit %n simvol aşılıb</numerusform>
                <numerusform>Limit %n simvol aşılıb</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Returned by the desk:&lt;/b&gt; {}</source>
            <translation>&lt;b&gt;Redaksiya qaytarıb:&lt;/b&gt; {}</translation>
        </message>
    </context>
    <context>
        <name>ArticleListModel</name>
        <message>
            <source>Untitled article</source>
            <translation>Başlıqsız məqalə</translation>
        </message>
        <message>
            <source>No section</source>
            <translation>Bölməsiz</translation>
        </message>
        <message>
            <source>★ Editor's choice</source>
            <translation>★ Redaksiyanın seçimi</translation>
        </message>
        <message>
            <source>not synced</source>
            <translation>sinxronlaşdırılmayıb</translation>
        </message>
    </context>
    <context>
        <name>ArticleListPanel</name>
        <message>
            <source>Filter articles…</source>
            <translation>Məqalələri filtrlə…</translation>
        </message>
        <message>
            <source>Filter articles by text</source>
            <translation>Məqalələri mətnə görə filtrlə</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Statusa görə filtr</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Bütün statuslar</translation>
        </message>
        <message>
            <source>Filter by section</source>
            <translation>Bölməyə görə filtr</translation>
        </message>
        <message>
            <source>All sections</source>
            <translation>Bütün bölmələr</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Məqalələr</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Headline</source>
            <translation>Başlıq</translation>
        </message>
        <message>
            <source>Standfirst</source>
            <translation>Lid</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Mətn</translation>
        </message>
        <message>
            <source>Editor's choice</source>
            <translation>Redaksiyanın seçimi</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Mənimkini saxla</translation>
        </message>
        <message>
            <source>Keep the server's</source>
            <translation>Serverdəkini saxla</translation>
        </message>
        <message>
            <source>Keep both (mine first)</source>
            <translation>Hər ikisini saxla (əvvəlcə mənimki)</translation>
        </message>
        <message>
            <source>{}, paragraph {}</source>
            <translation>{}, abzas {}</translation>
        </message>
        <message>
            <source>Sync conflict</source>
            <translation>Sinxronizasiya ziddiyyəti</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Başlıqsız</translation>
        </message>
        <message>
            <source>Choose between two versions: {}</source>
            <translation>İki versiyadan birini seçin: {}</translation>
        </message>
        <message>
            <source>“{headline}” was changed on this computer and on {site} in the same places. Choose which version to keep for each difference. Paragraphs only one side changed are already merged. &lt;b&gt;Nothing is discarded until you press Apply.&lt;/b&gt;</source>
            <translation>«{headline}» həm bu kompüterdə, həm də {site} üzərində eyni yerlərdə dəyişdirilib. Hər fərq üçün hansı versiyanı saxlayacağınızı seçin. Yalnız bir tərəfdə dəyişən abzaslar artıq birləşdirilib. &lt;b&gt;«Tətbiq et» düyməsini basana qədər heç nə itmir.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>the server</source>
            <translation>server</translation>
        </message>
        <message>
            <source>The result with your choices</source>
            <translation>Seçimlərinizlə nəticə</translation>
        </message>
        <message>
            <source>Result with these choices</source>
            <translation>Bu seçimlərlə nəticə</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Tətbiq et</translation>
        </message>
        <message>
            <source>Decide later</source>
            <translation>Sonra qərar ver</translation>
        </message>
        <message>
            <source>On this computer</source>
            <translation>Bu kompüterdə</translation>
        </message>
        <message>
            <source>On the server</source>
            <translation>Serverdə</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(boş)</translation>
        </message>
        <message>
            <source>Before both edits: {}</source>
            <translation>Hər iki düzəlişdən əvvəl: {}</translation>
        </message>
        <message>
            <source>Your choice could not be saved: {}. Both versions are still kept.</source>
            <translation>Seçiminiz yadda saxlanmadı: {}. Hər iki versiya hələ də saxlanılır.</translation>
        </message>
    </context>
    <context>
        <name>Core</name>
        <message numerus="yes">
            <source>The headline is %n character(s); the limit is {limit}.</source>
            <translation>
                <numerusform>Başlıqda %n simvol var; hədd {limit}.</numerusform>
                <numerusform>Başlıqda %n simvol var; hədd {limit}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Related '{title}' is in the archive, not on the site: it will not be linked.</source>
            <translation>Əlaqəli «{title}» məqaləsi arxivdədir, saytda yoxdur: ona keçid verilməyəcək.</translation>
        </message>
        <message>
            <source>Photo {number} has no caption.</source>
            <translation>{number} nömrəli fotonun izahı yoxdur.</translation>
        </message>
        <message>
            <source>Photo {number} has no credit.</source>
            <translation>{number} nömrəli fotonun müəllifi göstərilməyib.</translation>
        </message>
        <message>
            <source>Photo {number} has no caption or credit.</source>
            <translation>{number} nömrəli fotonun izahı və müəllifi yoxdur.</translation>
        </message>
        <message>
            <source>Photo {number} has no alt text.</source>
            <translation>{number} nömrəli fotonun alternativ mətni yoxdur.</translation>
        </message>
        <message>
            <source>on</source>
            <translation>açıq</translation>
        </message>
        <message>
            <source>off</source>
            <translation>bağlı</translation>
        </message>
        <message>
            <source>{field} added: {items}</source>
            <translation>{field} — əlavə edildi: {items}</translation>
        </message>
        <message>
            <source>{field} removed: {items}</source>
            <translation>{field} — silindi: {items}</translation>
        </message>
        <message>
            <source>{field} reordered: {items}</source>
            <translation>{field} — yeni sıra: {items}</translation>
        </message>
        <message>
            <source>{field}: {value}</source>
            <translation>{field}: {value}</translation>
        </message>
        <message>
            <source>{field} set: {value}</source>
            <translation>{field} — təyin edildi: {value}</translation>
        </message>
        <message>
            <source>{field} removed (was {value})</source>
            <translation>{field} — silindi (idi: {value})</translation>
        </message>
        <message>
            <source>{field}: {before} → {after}</source>
            <translation>{field}: {before} → {after}</translation>
        </message>
        <message>
            <source>{first}, {then}</source>
            <translation>{first}, {then}</translation>
        </message>
        <message>
            <source>{before} → {after} by {who}</source>
            <translation>{before} → {after}, {who} tərəfindən</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>kimsə</translation>
        </message>
        <message>
            <source>Unknown action '{action}'.</source>
            <translation>Naməlum əməliyyat: «{action}».</translation>
        </message>
        <message>
            <source>Cannot {action} an article that is {status}.</source>
            <translation>«{status}» vəziyyətindəki məqalə üçün «{action}» mümkün deyil.</translation>
        </message>
        <message>
            <source>A {role} cannot {action} articles.</source>
            <translation>«{role}» rolu «{action}» əməliyyatını edə bilməz.</translation>
        </message>
        <message>
            <source>Cannot import {label}: it is a binary file, not a text article.</source>
            <translation>{label} idxal edilə bilmir: bu, mətn məqaləsi deyil, ikili fayldır.</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>JPEG şəkli</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>PNG şəkli</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>GIF şəkli</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>PDF sənədi</translation>
        </message>
        <message>
            <source>a ZIP archive (or a Word/OpenDocument file)</source>
            <translation>ZIP arxivi (və ya Word/OpenDocument faylı)</translation>
        </message>
        <message>
            <source>a ZIP archive</source>
            <translation>ZIP arxivi</translation>
        </message>
        <message>
            <source>an old Microsoft Office document</source>
            <translation>köhnə Microsoft Office sənədi</translation>
        </message>
        <message>
            <source>an RTF document</source>
            <translation>RTF sənədi</translation>
        </message>
        <message>
            <source>a gzip archive</source>
            <translation>gzip arxivi</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>TIFF şəkli</translation>
        </message>
        <message>
            <source>a program</source>
            <translation>proqram</translation>
        </message>
        <message>
            <source>Cannot import {label}: it is {size} ({bytes} bytes); the limit for an article file is {limit}.</source>
            <translation>{label} idxal edilə bilmir: ölçüsü {size} ({bytes} bayt), məqalə faylı üçün hədd isə {limit}.</translation>
        </message>
        <message>
            <source>Cannot import {label}: the file is empty.</source>
            <translation>{label} idxal edilə bilmir: fayl boşdur.</translation>
        </message>
        <message>
            <source>{label} is not valid UTF-8; read as {encoding}</source>
            <translation>{label} düzgün UTF-8 deyil; {encoding} kimi oxundu</translation>
        </message>
        <message>
            <source>{label} is {encoding} (it starts with a byte-order mark)</source>
            <translation>{label} {encoding} kodlaşmasındadır (bayt sırası nişanı ilə başlayır)</translation>
        </message>
        <message>
            <source>Cannot import {label}: it is {kind}, not a text article.</source>
            <translation>{label} idxal edilə bilmir: bu, mətn məqaləsi deyil, {kind}.</translation>
        </message>
        <message>
            <source>this file</source>
            <translation>bu fayl</translation>
        </message>
        <message>
            <source>Cannot import {label}: the front matter opened by '---' on line 1 is never closed.</source>
            <translation>{label} idxal edilə bilmir: 1-ci sətirdə '---' ilə açılan metaməlumat bloku bağlanmayıb.</translation>
        </message>
        <message>
            <source>Cannot import {label}: the front matter is not valid YAML ({detail}).</source>
            <translation>{label} idxal edilə bilmir: metaməlumat bloku düzgün YAML deyil ({detail}).</translation>
        </message>
        <message>
            <source>{label}: {detail}</source>
            <translation>{label}: {detail}</translation>
        </message>
        <message>
            <source>'{key}' is not an ISO date and time ({value}); ignored</source>
            <translation>'{key}' ISO formatında tarix və vaxt deyil ({value}); nəzərə alınmadı</translation>
        </message>
        <message>
            <source>'{alias}' ignored because '{name}' is also given</source>
            <translation>'{alias}' nəzərə alınmadı, çünki '{name}' də verilib</translation>
        </message>
        <message>
            <source>unknown front-matter keys ignored: {keys}</source>
            <translation>naməlum metaməlumat açarları nəzərə alınmadı: {keys}</translation>
        </message>
        <message>
            <source>{what} should be text (put it in quotes); ignored</source>
            <translation>{what} mətn olmalıdır (dırnağa alın); nəzərə alınmadı</translation>
        </message>
        <message>
            <source>{what} should be true or false, not {value}; ignored</source>
            <translation>{what} true və ya false olmalıdır, {value} yox; nəzərə alınmadı</translation>
        </message>
        <message>
            <source>unknown status {value} (expected one of {choices}); imported as draft</source>
            <translation>naməlum vəziyyət {value} (gözlənilən: {choices}); qaralama kimi idxal edildi</translation>
        </message>
        <message>
            <source>photo {number} is neither a caption nor 'key: value' lines; skipped</source>
            <translation>{number} nömrəli foto nə izahdır, nə də 'açar: dəyər' sətirləri; buraxıldı</translation>
        </message>
        <message>
            <source>photo {number}: unknown keys ignored: {keys}</source>
            <translation>{number} nömrəli foto: naməlum açarlar nəzərə alınmadı: {keys}</translation>
        </message>
        <message>
            <source>related entry {value} is not an article id (a UUID); ignored</source>
            <translation>əlaqəli qeyd {value} məqalə identifikatoru (UUID) deyil; nəzərə alınmadı</translation>
        </message>
        <message>
            <source>Cannot import {label}: it has neither a headline nor any text.</source>
            <translation>{label} idxal edilə bilmir: onda nə başlıq, nə də mətn var.</translation>
        </message>
        <message>
            <source>{path}: no such file or folder.</source>
            <translation>{path}: belə fayl və ya qovluq yoxdur.</translation>
        </message>
        <message>
            <source>{name}: {size} MB is too large for an article (the limit is {limit} MB); nothing was imported.</source>
            <translation>{name}: {size} MB məqalə üçün çox böyükdür (hədd {limit} MB); heç nə idxal edilmədi.</translation>
        </message>
        <message>
            <source>{name}: cannot be read ({reason}).</source>
            <translation>{name}: oxumaq mümkün deyil ({reason}).</translation>
        </message>
        <message>
            <source>{error} Import stopped at {name}: nothing was imported.</source>
            <translation>{error} İdxal {name} faylında dayandı: heç nə idxal edilmədi.</translation>
        </message>
        <message>
            <source>{error} Import stopped at {name}: the files before it were imported.</source>
            <translation>{error} İdxal {name} faylında dayandı: ondan əvvəlki fayllar idxal edildi.</translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n related article(s) not in the archive.</source>
            <translation>
                <numerusform>{name}: %n əlaqəli məqalə arxivdə yoxdur.</numerusform>
                <numerusform>{name}: %n əlaqəli məqalə arxivdə yoxdur.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}: could not be saved ({reason}).</source>
            <translation>{name}: saxlamaq alınmadı ({reason}).</translation>
        </message>
        <message>
            <source>{name}: updates an article that is not in the archive; its status was left as it is.</source>
            <translation>{name}: arxivdə olmayan məqaləni yeniləyir; onun vəziyyəti dəyişdirilmədi.</translation>
        </message>
        <message>
            <source>sent to the server</source>
            <translation>serverə göndərildi</translation>
        </message>
        <message>
            <source>new from the server</source>
            <translation>serverdən yeni</translation>
        </message>
        <message>
            <source>updated from the server</source>
            <translation>serverdən yeniləndi</translation>
        </message>
        <message>
            <source>deleted on the server (the copy here is kept)</source>
            <translation>serverdə silindi (buradakı nüsxə saxlanıldı)</translation>
        </message>
        <message>
            <source>changed on both sides: both versions kept until you choose</source>
            <translation>hər iki tərəfdə dəyişdi: siz seçənədək hər iki versiya saxlanılır</translation>
        </message>
        <message>
            <source>the site could not be reached; nothing was sent</source>
            <translation>sayta qoşulmaq mümkün olmadı; heç nə göndərilmədi</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) uploaded</source>
            <translation>
                <numerusform>yüklənən foto: %n</numerusform>
                <numerusform>yüklənən foto: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>“{title}”: {what}</source>
            <translation>«{title}»: {what}</translation>
        </message>
        <message>
            <source>“{title}” changed after you opened the review: read the new changes, then approve again.</source>
            <translation>Siz yoxlamanı açandan sonra «{title}» dəyişdi: yeni dəyişiklikləri oxuyun, sonra yenidən təsdiqləyin.</translation>
        </message>
        <message>
            <source>You are signed in to the site as a {site_role}: the site decides your role, and a {role} cannot be picked here.</source>
            <translation>Sayta «{site_role}» kimi daxil olmusunuz: rolunuzu sayt müəyyən edir, burada «{role}» seçmək olmaz.</translation>
        </message>
        <message>
            <source>A note for the reporter is required to {action} an article.</source>
            <translation>«{action}» üçün müxbirə qeyd yazmaq lazımdır.</translation>
        </message>
        <message>
            <source>pulled {count}</source>
            <translation>alındı: {count}</translation>
        </message>
        <message>
            <source>pushed {count}</source>
            <translation>göndərildi: {count}</translation>
        </message>
        <message>
            <source>merged {count}</source>
            <translation>birləşdirildi: {count}</translation>
        </message>
        <message>
            <source>{count} in conflict</source>
            <translation>ziddiyyətdə: {count}</translation>
        </message>
        <message>
            <source>{count} deleted on the server</source>
            <translation>serverdə silindi: {count}</translation>
        </message>
        <message>
            <source>{count} failed</source>
            <translation>alınmadı: {count}</translation>
        </message>
        <message>
            <source>The headline is empty.</source>
            <translation>Başlıq boşdur.</translation>
        </message>
        <message>
            <source>The body is empty.</source>
            <translation>Məqalənin mətni boşdur.</translation>
        </message>
        <message>
            <source>No section is chosen.</source>
            <translation>Bölmə seçilməyib.</translation>
        </message>
        <message>
            <source>The source line is empty.</source>
            <translation>Mənbə sətri boşdur.</translation>
        </message>
        <message>
            <source>There is no featured photo.</source>
            <translation>Əsas foto yoxdur.</translation>
        </message>
        <message>
            <source>The featured photo has no caption.</source>
            <translation>Əsas fotonun izahı yoxdur.</translation>
        </message>
        <message>
            <source>The featured photo has no credit.</source>
            <translation>Əsas fotonun müəllifi göstərilməyib.</translation>
        </message>
        <message>
            <source>The featured photo has no alt text.</source>
            <translation>Əsas fotonun alternativ mətni yoxdur.</translation>
        </message>
        <message>
            <source>The featured photo has no caption or credit.</source>
            <translation>Əsas fotonun izahı və ya müəllifi yoxdur.</translation>
        </message>
        <message>
            <source>The featured photo has no caption or alt text.</source>
            <translation>Əsas fotonun izahı və ya alternativ mətni yoxdur.</translation>
        </message>
        <message>
            <source>The featured photo has no credit or alt text.</source>
            <translation>Əsas fotonun müəllifi və ya alternativ mətni yoxdur.</translation>
        </message>
        <message>
            <source>The featured photo has no caption, credit or alt text.</source>
            <translation>Əsas fotonun izahı, müəllifi və ya alternativ mətni yoxdur.</translation>
        </message>
        <message>
            <source>The desk is reviewing this article: changes go through the desk, or it returns it to you.</source>
            <translation>Məqaləni redaksiya yoxlayır: dəyişiklikləri redaksiya edir, ya da məqaləni sizə qaytarır.</translation>
        </message>
        <message>
            <source>This article is approved: only the desk can change it now.</source>
            <translation>Məqalə təsdiqlənib: indi onu yalnız redaksiya dəyişə bilər.</translation>
        </message>
        <message>
            <source>This article is scheduled: only the desk can change it now.</source>
            <translation>Məqalənin dərci planlaşdırılıb: indi onu yalnız redaksiya dəyişə bilər.</translation>
        </message>
        <message>
            <source>This article is published: only the desk can change it now.</source>
            <translation>Məqalə dərc olunub: indi onu yalnız redaksiya dəyişə bilər.</translation>
        </message>
        <message>
            <source>This article was killed: the desk can restore it.</source>
            <translation>Məqalə yayımdan çıxarılıb: redaksiya onu bərpa edə bilər.</translation>
        </message>
        <message>
            <source>This article is in the archive (published elsewhere): it is a reference, kept as it was.</source>
            <translation>Məqalə arxivdədir (başqa yerdə dərc olunub): bu, arayış materialıdır və olduğu kimi saxlanılır.</translation>
        </message>
        <message>
            <source>The caption says: MANDATORY CREDIT</source>
            <translation>İzahda deyilir: MÜƏLLİF MÜTLƏQ GÖSTƏRİLMƏLİDİR</translation>
        </message>
    </context>
    <context>
        <name>CreditsCodesDialog</name>
        <message>
            <source>Credits &amp; Codes</source>
            <translation>Müəlliflər və kodlar</translation>
        </message>
        <message>
            <source>Credits and code replacements</source>
            <translation>Foto müəllifləri və kod əvəzləmələri</translation>
        </message>
        <message>
            <source>Saved credits</source>
            <translation>Saxlanmış müəlliflər</translation>
        </message>
        <message>
            <source>=code= replacements</source>
            <translation>=kod= əvəzləmələri</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>İdxal…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>İxrac…</translation>
        </message>
        <message>
            <source>Saved credits, most used first</source>
            <translation>Saxlanmış müəlliflər, əvvəlcə ən çox işlənənlər</translation>
        </message>
        <message>
            <source>A credit, e.g. AFP / Getty Images</source>
            <translation>Foto müəllifi, məsələn AFP / Getty Images</translation>
        </message>
        <message>
            <source>New saved credit</source>
            <translation>Yeni saxlanmış müəllif</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Əlavə et</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Çıxar</translation>
        </message>
        <message>
            <source>Offered while you type a credit. Double-click one to edit it.</source>
            <translation>Foto müəllifini yazarkən təklif olunur. Redaktə etmək üçün iki dəfə klikləyin.</translation>
        </message>
        <message>
            <source>Codes and the texts they expand to</source>
            <translation>Kodlar və onların əvəz olunduğu mətnlər</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Expands to</source>
            <translation>Əvəz olunur</translation>
        </message>
        <message>
            <source>code, e.g. ap</source>
            <translation>kod, məsələn ap</translation>
        </message>
        <message>
            <source>New code</source>
            <translation>Yeni kod</translation>
        </message>
        <message>
            <source>expands to, e.g. The Associated Press</source>
            <translation>əvəz olunur, məsələn The Associated Press</translation>
        </message>
        <message>
            <source>Text of the new code</source>
            <translation>Yeni kodun mətni</translation>
        </message>
        <message>
            <source>Type =code= in any photo field and it becomes the text.</source>
            <translation>İstənilən foto sahəsində =kod= yazın, o, mətnə çevriləcək.</translation>
        </message>
        <message>
            <source>Import Credits &amp; Codes</source>
            <translation>Müəlliflərin və kodların idxalı</translation>
        </message>
        <message>
            <source>Export Credits &amp; Codes</source>
            <translation>Müəlliflərin və kodların ixracı</translation>
        </message>
        <message>
            <source>Credits &amp; Codes (*.json);;All files (*)</source>
            <translation>Müəlliflər və kodlar (*.json);;Bütün fayllar (*)</translation>
        </message>
        <message>
            <source>Could not read {0}: {1}</source>
            <translation>{0} oxunmadı: {1}</translation>
        </message>
        <message>
            <source>From {0}: {1} credits and {2} codes.</source>
            <translation>{0} faylından: {1} müəllif və {2} kod.</translation>
        </message>
        <message>
            <source>Saved to {0}.</source>
            <translation>Bura saxlanıldı: {0}.</translation>
        </message>
        <message>
            <source>Could not save {0}: {1}</source>
            <translation>{0} saxlanmadı: {1}</translation>
        </message>
    </context>
    <context>
        <name>DockRestore</name>
        <message>
            <source>&amp;Reset Layout</source>
            <translation>Düzülüşü &amp;sıfırla</translation>
        </message>
        <message>
            <source>Show every panel of this workspace again, arranged as at first</source>
            <translation>Bu iş sahəsinin bütün panellərini yenidən ilkin düzülüşdə göstər</translation>
        </message>
        <message>
            <source>{0} closed: View ▸ {0} shows it again, View ▸ Reset Layout restores the workspace</source>
            <translation>«{0}» paneli bağlandı: Görünüş ▸ {0} onu qaytarır, Görünüş ▸ Düzülüşü sıfırla iş sahəsini bərpa edir</translation>
        </message>
    </context>
    <context>
        <name>EditorController</name>
        <message>
            <source>Could not save “{title}”: {error}. Your text is kept; retrying.</source>
            <translation>«{title}» yadda saxlanmadı: {error}. Mətniniz itməyib; yenidən cəhd edilir.</translation>
        </message>
    </context>
    <context>
        <name>EditorsChoiceController</name>
        <message>
            <source>&amp;Editor's choice…</source>
            <translation>&amp;Redaksiyanın seçimi…</translation>
        </message>
        <message>
            <source>See and order the site's Editor's choice selection</source>
            <translation>Saytdakı «Redaksiyanın seçimi» siyahısına baxın və sırasını dəyişin</translation>
        </message>
    </context>
    <context>
        <name>EditorsChoiceDialog</name>
        <message>
            <source>Untitled article</source>
            <translation>Başlıqsız məqalə</translation>
        </message>
        <message>
            <source>{title} ({status}: not shown to readers yet)</source>
            <translation>{title} ({status}: oxuculara hələ göstərilmir)</translation>
        </message>
        <message>
            <source>Editor's choice</source>
            <translation>Redaksiyanın seçimi</translation>
        </message>
        <message>
            <source>Editor's choice, in order</source>
            <translation>Redaksiyanın seçimi, sıra ilə</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Yuxarı</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>&amp;Aşağı</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Çıxar</translation>
        </message>
        <message>
            <source>Published article to add</source>
            <translation>Əlavə ediləcək dərc olunmuş məqalə</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>Əlavə &amp;et</translation>
        </message>
        <message>
            <source>Your order is saved here and goes to the site with the next sync.</source>
            <translation>Sıranız burada saxlanılıb və növbəti sinxronizasiya ilə sayta gedəcək.</translation>
        </message>
        <message>
            <source>The selection on the site, {}. Drag to reorder.</source>
            <translation>Saytdakı seçim, {}. Sıranı dəyişmək üçün sürükləyin.</translation>
        </message>
        <message>
            <source>Not synced yet: the site's selection arrives with the next sync.</source>
            <translation>Hələ sinxronlaşdırılmayıb: saytdakı seçim növbəti sinxronizasiya ilə gələcək.</translation>
        </message>
        <message>
            <source>“{}” is already in Editor's choice.</source>
            <translation>«{}» artıq Redaksiyanın seçimindədir.</translation>
        </message>
    </context>
    <context>
        <name>FileCommands</name>
        <message>
            <source>Import articles</source>
            <translation>Məqalələrin idxalı</translation>
        </message>
        <message>
            <source>Articles (*.md *.markdown *.txt);;All files (*)</source>
            <translation>Məqalələr (*.md *.markdown *.txt);;Bütün fayllar (*)</translation>
        </message>
        <message>
            <source>Import a folder of articles</source>
            <translation>Məqalələr qovluğunun idxalı</translation>
        </message>
        <message>
            <source>Import an archive (articles published elsewhere)</source>
            <translation>Arxivin idxalı (başqa yerdə dərc olunmuş məqalələr)</translation>
        </message>
        <message>
            <source>Import folder</source>
            <translation>Qovluğun idxalı</translation>
        </message>
        <message>
            <source>Is “{}” an archive of articles published elsewhere?</source>
            <translation>«{}» başqa yerdə dərc olunmuş məqalələrin arxividir?</translation>
        </message>
        <message>
            <source>An archive keeps each article's original date and is searchable and linkable as related, but is never sent to the site (the desk can publish one article at a time). Drafts are new work that syncs with the site.</source>
            <translation>Arxiv hər məqalənin ilkin tarixini saxlayır, orada axtarmaq və onu əlaqəli material kimi göstərmək olar, amma sayta göndərilmir (redaksiya məqalələri bir-bir dərc edə bilər). Qaralamalar sayt ilə sinxronlaşdırılan yeni işdir.</translation>
        </message>
        <message>
            <source>Import as &amp;Archive</source>
            <translation>&amp;Arxiv kimi idxal et</translation>
        </message>
        <message>
            <source>Import as &amp;Drafts</source>
            <translation>&amp;Qaralama kimi idxal et</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>İdxal</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>İdxal</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) need attention; details below.</source>
            <translation>
                <numerusform>%n fayla diqqət lazımdır; ətraflı aşağıda.</numerusform>
                <numerusform>%n fayla diqqət lazımdır; ətraflı aşağıda.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n article(s) into the archive (published elsewhere: kept with their dates, not sent to the site).</source>
            <translation>
                <numerusform>Arxivə %n məqalə idxal olundu (başqa yerdə dərc olunub: tarixləri ilə saxlanılır, sayta göndərilmir).</numerusform>
                <numerusform>Arxivə %n məqalə idxal olundu (başqa yerdə dərc olunub: tarixləri ilə saxlanılır, sayta göndərilmir).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n article(s); {} into the archive (not sent to the site).</source>
            <translation>
                <numerusform>%n məqalə idxal olundu; arxivə: {} (sayta göndərilmir).</numerusform>
                <numerusform>%n məqalə idxal olundu; arxivə: {} (sayta göndərilmir).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n article(s).</source>
            <translation>
                <numerusform>%n məqalə idxal olundu.</numerusform>
                <numerusform>%n məqalə idxal olundu.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export article</source>
            <translation>Məqalənin ixracı</translation>
        </message>
        <message>
            <source>Markdown (*.md);;Web page (*.html)</source>
            <translation>Markdown (*.md);;Veb səhifə (*.html)</translation>
        </message>
        <message>
            <source>Exported to {}</source>
            <translation>Bura ixrac olundu: {}</translation>
        </message>
    </context>
    <context>
        <name>FindReplaceBar</name>
        <message>
            <source>Find and replace</source>
            <translation>Tap və əvəz et</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Tap</translation>
        </message>
        <message>
            <source>Find in the article</source>
            <translation>Məqalədə tap</translation>
        </message>
        <message>
            <source>Replace with</source>
            <translation>Bununla əvəz et</translation>
        </message>
        <message>
            <source>Match case</source>
            <translation>Registrə həssas</translation>
        </message>
        <message>
            <source>Whole words</source>
            <translation>Tam sözlər</translation>
        </message>
        <message>
            <source>Search result</source>
            <translation>Axtarışın nəticəsi</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Əvvəlki</translation>
        </message>
        <message>
            <source>Find previous (Shift+F3)</source>
            <translation>Əvvəlkini tap (Shift+F3)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Növbəti</translation>
        </message>
        <message>
            <source>Find next (F3)</source>
            <translation>Növbətini tap (F3)</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Əvəz et</translation>
        </message>
        <message>
            <source>Replace this match</source>
            <translation>Bu uyğunluğu əvəz et</translation>
        </message>
        <message>
            <source>Replace all</source>
            <translation>Hamısını əvəz et</translation>
        </message>
        <message>
            <source>Replace every match</source>
            <translation>Bütün uyğunluqları əvəz et</translation>
        </message>
        <message>
            <source>Close find bar</source>
            <translation>Axtarış panelini bağla</translation>
        </message>
        <message>
            <source>Close (Escape)</source>
            <translation>Bağla (Escape)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Uyğunluq yoxdur</translation>
        </message>
        <message numerus="yes">
            <source>Replaced %n</source>
            <translation>
                <numerusform>Əvəz edildi: %n</numerusform>
                <numerusform>Əvəz edildi: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FocusMode</name>
        <message>
            <source>&amp;Focus Mode</source>
            <translation>&amp;Fokus rejimi</translation>
        </message>
        <message>
            <source>Only the article: hide the panels, the list and the toolbars</source>
            <translation>Yalnız məqalə: panelləri, siyahını və alət panellərini gizlət</translation>
        </message>
        <message>
            <source>&amp;Typewriter Scrolling</source>
            <translation>&amp;Yazı makinası kimi sürüşdürmə</translation>
        </message>
        <message>
            <source>Keep the line you are writing in the middle of the editor</source>
            <translation>Yazdığınız sətri redaktorun ortasında saxla</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>created</source>
            <translation>yaradılıb</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>redaktə olunub</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>idxal olunub</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>bərpa olunub</translation>
        </message>
        <message>
            <source>synced</source>
            <translation>sinxronlaşdırılıb</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>birləşdirilib</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>redaksiyaya göndərilib</translation>
        </message>
        <message>
            <source>seen by the desk</source>
            <translation>redaksiya baxıb</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Başlıq</translation>
        </message>
        <message>
            <source>Standfirst</source>
            <translation>Lid</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Mətn</translation>
        </message>
        <message>
            <source>Byline</source>
            <translation>Müəllif</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Bölmə</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Mənbə</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Teqlər</translation>
        </message>
        <message>
            <source>Editor's choice</source>
            <translation>Redaksiyanın seçimi</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Dil</translation>
        </message>
        <message>
            <source>+{added} / −{removed} words since this revision</source>
            <translation>bu versiyadan bəri +{added} / −{removed} söz</translation>
        </message>
        <message>
            <source>This revision is the same as the current text.</source>
            <translation>Bu versiya hazırkı mətnlə eynidir.</translation>
        </message>
        <message>
            <source>(for {})</source>
            <translation>({} üçün)</translation>
        </message>
        <message>
            <source>History — {}</source>
            <translation>Tarixçə — {}</translation>
        </message>
        <message>
            <source>Article history</source>
            <translation>Məqalənin tarixçəsi</translation>
        </message>
        <message>
            <source>Revisions, newest first</source>
            <translation>Versiyalar, əvvəlcə yeniləri</translation>
        </message>
        <message>
            <source>Changes since the selected revision</source>
            <translation>Seçilmiş versiyadan bəri dəyişikliklər</translation>
        </message>
        <message>
            <source>Restore this version</source>
            <translation>Bu versiyanı bərpa et</translation>
        </message>
        <message>
            <source>Make this version the current text (as a new revision; nothing is deleted)</source>
            <translation>Bu versiyanı hazırkı mətn et (yeni versiya kimi; heç nə silinmir)</translation>
        </message>
        <message numerus="yes">
            <source>#{number} · {kind} · {when} · %Ln word(s)</source>
            <translation>
                <numerusform>№{number} · {kind} · {when} · %Ln söz</numerusform>
                <numerusform>№{number} · {kind} · {when} · %Ln söz</numerusform>
            </translation>
        </message>
        <message>
            <source>Changes shown are from the selected revision to the current text.</source>
            <translation>Seçilmiş versiyadan hazırkı mətnə qədər dəyişikliklər göstərilir.</translation>
        </message>
        <message>
            <source>Workflow history: who moved the article, when, and the note</source>
            <translation>İş axınının tarixçəsi: məqaləni kim, nə vaxt keçirib və qeyd</translation>
        </message>
        <message>
            <source>No workflow steps yet.</source>
            <translation>Hələ heç bir addım yoxdur.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Workflow&lt;/b&gt; (who, when, from, to, note)</source>
            <translation>&lt;b&gt;İş axını&lt;/b&gt; (kim, nə vaxt, haradan, haraya, qeyd)</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>Photo import report</source>
            <translation>Fotoların idxalı haqqında hesabat</translation>
        </message>
        <message>
            <source>Show or hide the import details</source>
            <translation>İdxalın təfərrüatlarını göstər və ya gizlət</translation>
        </message>
        <message>
            <source>Dismiss the import report</source>
            <translation>İdxal hesabatını bağla</translation>
        </message>
        <message>
            <source>1 photo added</source>
            <translation>1 foto əlavə olundu</translation>
        </message>
        <message numerus="yes">
            <source>%n photos added</source>
            <translation>
                <numerusform>%n foto əlavə olundu</numerusform>
                <numerusform>%n foto əlavə olundu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the library (reused)</source>
            <translation>
                <numerusform>%n artıq kitabxanadadır (təkrar istifadə olunub)</numerusform>
                <numerusform>%n artıq kitabxanadadır (təkrar istifadə olunub)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in this article</source>
            <translation>
                <numerusform>%n artıq bu məqalədədir</numerusform>
                <numerusform>%n artıq bu məqalədədir</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be imported</source>
            <translation>
                <numerusform>%n idxal oluna bilmədi</numerusform>
                <numerusform>%n idxal oluna bilmədi</numerusform>
            </translation>
        </message>
        <message>
            <source>Import cancelled: {0}</source>
            <translation>İdxal ləğv olundu: {0}</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes).</source>
            <translation>fayl boşdur (0 bayt).</translation>
        </message>
        <message>
            <source>the picture claims far more pixels than can be opened safely; it is damaged or built to crash programs.</source>
            <translation>şəkil təhlükəsiz açıla biləcəyindən qat-qat çox piksel bildirir; o, zədələnib və ya proqramları çökdürmək üçün hazırlanıb.</translation>
        </message>
        <message>
            <source>this is not a picture the workstation can read (JPEG, PNG, TIFF or WebP).</source>
            <translation>bu, proqramın oxuya bildiyi şəkil deyil (JPEG, PNG, TIFF və ya WebP).</translation>
        </message>
        <message>
            <source>the file hides an oversized text block, a sign of a damaged or booby-trapped file; not opened.</source>
            <translation>faylda həddən artıq böyük mətn bloku gizlənib — zədələnmiş və ya tələ qurulmuş faylın əlaməti; fayl açılmadı.</translation>
        </message>
        <message>
            <source>the file is cut short (an incomplete download or copy); ask for it again.</source>
            <translation>fayl yarımçıqdır (yükləmə və ya köçürmə tamamlanmayıb); onu yenidən istəyin.</translation>
        </message>
        <message>
            <source>the picture data is damaged and cannot be shown.</source>
            <translation>şəklin məlumatları zədələnib, onu göstərmək olmur.</translation>
        </message>
        <message>
            <source>this image format is not supported; save it as JPEG, PNG, TIFF or WebP.</source>
            <translation>bu şəkil formatı dəstəklənmir; onu JPEG, PNG, TIFF və ya WebP kimi saxlayın.</translation>
        </message>
        <message>
            <source>the picture has no pixels.</source>
            <translation>şəkildə piksel yoxdur.</translation>
        </message>
        <message>
            <source>the file could not be read or stored; check it still exists and the disk has room.</source>
            <translation>fayl oxunmadı və ya saxlanmadı; onun hələ mövcud olduğunu və diskdə yer olduğunu yoxlayın.</translation>
        </message>
        <message>
            <source>the file made the image decoder crash; it is probably damaged.</source>
            <translation>fayl şəkil dekoderini çökdürdü; yəqin ki, zədələnib.</translation>
        </message>
        <message>
            <source>the import failed unexpectedly.</source>
            <translation>idxal gözlənilmədən alınmadı.</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <source>{0}: imported, but part of the text stored in the file (caption, credit, date…) could not be read; check its fields.</source>
            <translation>{0}: idxal olundu, amma fayldakı mətnin bir hissəsi (izah, müəllif, tarix…) oxunmadı; sahələri yoxlayın.</translation>
        </message>
        <message>
            <source>{0}: imported; the file's two copies of its {1} differ, the newer (XMP) one is used.</source>
            <translation>{0}: idxal olundu; fayldakı «{1}» sahəsinin iki nüsxəsi fərqlidir, daha yenisi (XMP) götürülür.</translation>
        </message>
    </context>
    <context>
        <name>InlinePhotos</name>
        <message>
            <source>(no caption)</source>
            <translation>(izahsız)</translation>
        </message>
        <message>
            <source>(no credit)</source>
            <translation>(foto müəllifi göstərilməyib)</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>System language ({})</source>
            <translation>Sistemin dili ({})</translation>
        </message>
        <message>
            <source>The new language is used the next time Editorial Workstation starts.</source>
            <translation>Yeni dil Editorial Workstation növbəti dəfə açılanda tətbiq olunacaq.</translation>
        </message>
    </context>
    <context>
        <name>LanguageCombo</name>
        <message>
            <source>English (UK)</source>
            <translation>İngilis dili (Britaniya)</translation>
        </message>
        <message>
            <source>English (US)</source>
            <translation>İngilis dili (ABŞ)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Dil</translation>
        </message>
        <message>
            <source>The article's language: spelling, hyphenation and the page's language tag</source>
            <translation>Məqalənin dili: orfoqrafiya yoxlaması, hecalara bölmə və səhifənin dil teqi</translation>
        </message>
    </context>
    <context>
        <name>LengthTarget</name>
        <message>
            <source>Length target in words</source>
            <translation>Sözlərlə tələb olunan həcm</translation>
        </message>
        <message>
            <source>Target: </source>
            <translation>Həcm: </translation>
        </message>
        <message>
            <source> words</source>
            <translation> söz</translation>
        </message>
        <message>
            <source>No length target</source>
            <translation>Həcm təyin edilməyib</translation>
        </message>
        <message>
            <source>The length the desk asks for; it goes to the site with the article at the next sync</source>
            <translation>Redaksiyanın tələb etdiyi həcm; növbəti sinxronlaşdırmada məqalə ilə birlikdə sayta göndərilir</translation>
        </message>
        <message>
            <source>The desk sets the length target; it comes from the site with the article</source>
            <translation>Tələb olunan həcmi redaksiya təyin edir; o, məqalə ilə birlikdə saytdan gəlir</translation>
        </message>
    </context>
    <context>
        <name>Loupe</name>
        <message>
            <source>Photo at full size</source>
            <translation>Foto tam ölçüdə</translation>
        </message>
        <message>
            <source>Loupe</source>
            <translation>Lupa</translation>
        </message>
        <message>
            <source>{0} of {1} · {2} × {3} px · ← → to move · 1–5 rate · 6–9 label · F featured · Esc closes</source>
            <translation>{0}/{1} · {2} × {3} px · ← → keçid · 1–5 qiymət · 6–9 nişan · F əsas · Esc bağlayır</translation>
        </message>
        <message>
            <source>No image file for this photo</source>
            <translation>Bu foto üçün şəkil faylı yoxdur</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>This profile is read-only ({0}): you can read, search and export.</source>
            <translation>Profil yalnız oxunur ({0}): oxumaq, axtarmaq və ixrac etmək olar.</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Fotolar</translation>
        </message>
        <message>
            <source>Related articles</source>
            <translation>Əlaqəli məqalələr</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Yoxlama</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Sinxronizasiya</translation>
        </message>
        <message>
            <source>Editorial Workstation</source>
            <translation>Editorial Workstation</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Önizləmə</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fayl</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Redaktə</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Görünüş</translation>
        </message>
        <message>
            <source>S&amp;ync</source>
            <translation>Sin&amp;xronizasiya</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Kömək</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Əsas alətlər paneli</translation>
        </message>
        <message>
            <source>About Editorial Workstation</source>
            <translation>Editorial Workstation haqqında</translation>
        </message>
        <message>
            <source>&lt;b&gt;Editorial Workstation&lt;/b&gt; {0}&lt;br&gt;Data folder: {1}</source>
            <translation>&lt;b&gt;Editorial Workstation&lt;/b&gt; {0}&lt;br&gt;Məlumat qovluğu: {1}</translation>
        </message>
    </context>
    <context>
        <name>ManualDialog</name>
        <message>
            <source>Editorial Workstation manual</source>
            <translation>Editorial Workstation təlimatı</translation>
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <source>Bold</source>
            <translation>Qalın</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>Kursiv</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Keçid</translation>
        </message>
        <message>
            <source>Heading 1</source>
            <translation>Başlıq 1</translation>
        </message>
        <message>
            <source>Heading 2</source>
            <translation>Başlıq 2</translation>
        </message>
        <message>
            <source>Heading 3</source>
            <translation>Başlıq 3</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Sitat</translation>
        </message>
        <message>
            <source>Bulleted list</source>
            <translation>Markerli siyahı</translation>
        </message>
        <message>
            <source>Find…</source>
            <translation>Tap…</translation>
        </message>
        <message>
            <source>Replace…</source>
            <translation>Əvəz et…</translation>
        </message>
        <message>
            <source>Find next</source>
            <translation>Növbətini tap</translation>
        </message>
        <message>
            <source>Find previous</source>
            <translation>Əvvəlkini tap</translation>
        </message>
        <message>
            <source>Article body (Markdown)</source>
            <translation>Məqalənin mətni (Markdown)</translation>
        </message>
        <message>
            <source>Write the story here. Markdown: **bold**, *italic*, [link](https://…), ## heading</source>
            <translation>Materialı burada yazın. Markdown: **qalın**, *kursiv*, [keçid](https://…), ## başlıq</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
    </context>
    <context>
        <name>PhotoForm</name>
        <message>
            <source>Caption</source>
            <translation>Foto izahı</translation>
        </message>
        <message>
            <source>Alt text</source>
            <translation>Alternativ mətn</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Foto müəllifi</translation>
        </message>
        <message>
            <source>Creator</source>
            <translation>Fotoqraf</translation>
        </message>
        <message>
            <source>Copyright</source>
            <translation>Müəllif hüquqları</translation>
        </message>
        <message>
            <source>Keywords</source>
            <translation>Açar sözlər</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Mənbə</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>Xüsusi göstərişlər</translation>
        </message>
        <message>
            <source>Date taken</source>
            <translation>Çəkiliş tarixi</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Şəhər</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Ölkə</translation>
        </message>
        <message>
            <source>Several photos selected</source>
            <translation>Bir neçə foto seçilib</translation>
        </message>
        <message>
            <source>Special instructions</source>
            <translation>Xüsusi göstərişlər</translation>
        </message>
        <message>
            <source>Location privacy note</source>
            <translation>Məkan məxfiliyi barədə qeyd</translation>
        </message>
        <message>
            <source>What the photo still needs</source>
            <translation>Fotoya hələ nə lazımdır</translation>
        </message>
        <message>
            <source>Photo size and file</source>
            <translation>Fotonun ölçüsü və faylı</translation>
        </message>
        <message>
            <source>Photo {0}</source>
            <translation>Foto {0}</translation>
        </message>
        <message>
            <source>{0}:</source>
            <translation>{0}:</translation>
        </message>
        <message>
            <source>YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS</source>
            <translation>İİİİ-AA-GG və ya İİİİ-AA-GGTSS:DD:SS</translation>
        </message>
        <message>
            <source>comma-separated, e.g. Baku, Karabakh, politics</source>
            <translation>vergüllə, məsələn Bakı, Qarabağ, siyasət</translation>
        </message>
        <message>
            <source>(mixed)</source>
            <translation>(müxtəlif)</translation>
        </message>
        <message numerus="yes">
            <source>%n photos selected: a field you change is set on all of them; “(mixed)” marks a field whose values differ.</source>
            <translation>
                <numerusform>%n foto seçilib: dəyişdiyiniz sahə hamısına tətbiq olunur; «(müxtəlif)» dəyərləri fərqli olan sahəni göstərir.</numerusform>
                <numerusform>%n foto seçilib: dəyişdiyiniz sahə hamısına tətbiq olunur; «(müxtəlif)» dəyərləri fərqli olan sahəni göstərir.</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ Special instructions: {0}</source>
            <translation>⚠ Xüsusi göstərişlər: {0}</translation>
        </message>
        <message>
            <source>This photo's original file carries a GPS location. It is never published: the rendition that is uploaded has no location, camera serial numbers or owner names.</source>
            <translation>Bu fotonun orijinal faylında GPS koordinatları var. Onlar heç vaxt dərc olunmur: sayta yüklənən versiyada nə məkan, nə kameranın seriya nömrələri, nə də sahiblərin adları olur.</translation>
        </message>
        <message>
            <source>Incomplete: add {0} before publishing.</source>
            <translation>Natamam: dərcdən əvvəl {0} əlavə edin.</translation>
        </message>
        <message numerus="yes">
            <source>Selected photos still lacking a caption, credit or alt text: %n.</source>
            <translation>
                <numerusform>İzahı, müəllifi və ya alternativ mətni olmayan seçilmiş fotolar: %n.</numerusform>
                <numerusform>İzahı, müəllifi və ya alternativ mətni olmayan seçilmiş fotolar: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>no file</source>
            <translation>fayl yoxdur</translation>
        </message>
        <message>
            <source>{0} × {1} px · {2}</source>
            <translation>{0} × {1} px · {2}</translation>
        </message>
        <message>
            <source>{0} · taken {1}</source>
            <translation>{0} · çəkilib: {1}</translation>
        </message>
    </context>
    <context>
        <name>PhotoImporter</name>
        <message>
            <source>Importing %v of {0} photos…</source>
            <translation>İdxal: {0} fotodan %v…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Ləğv edilir…</translation>
        </message>
        <message>
            <source>The import failed: {0}</source>
            <translation>İdxal alınmadı: {0}</translation>
        </message>
    </context>
    <context>
        <name>PhotoMargin</name>
        <message>
            <source>Inline photos beside the text</source>
            <translation>Mətndəki fotolar kənarda</translation>
        </message>
    </context>
    <context>
        <name>PhotoPanel</name>
        <message>
            <source>Could not save the photo: {0}</source>
            <translation>Foto yadda saxlanmadı: {0}</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.webp);;All files (*)</source>
            <translation>Şəkillər (*.jpg *.jpeg *.png *.tif *.tiff *.webp);;Bütün fayllar (*)</translation>
        </message>
        <message>
            <source>Add photos</source>
            <translation>Foto əlavə et</translation>
        </message>
    </context>
    <context>
        <name>PhotoPanelView</name>
        <message>
            <source>Photos of the article</source>
            <translation>Məqalənin fotoları</translation>
        </message>
        <message>
            <source>Photos: drag to reorder, drop image files to add them, 1-5 to rate, Space for the loupe</source>
            <translation>Fotolar: sıranı dəyişmək üçün sürükləyin, əlavə etmək üçün faylları bura atın, 1–5 qiymət, Boşluq lupa</translation>
        </message>
        <message>
            <source>Add photos…</source>
            <translation>Foto əlavə et…</translation>
        </message>
        <message>
            <source>Import image files into this article</source>
            <translation>Şəkil fayllarını bu məqaləyə idxal et</translation>
        </message>
        <message>
            <source>Featured</source>
            <translation>Əsas</translation>
        </message>
        <message>
            <source>Make the selected photo the article's featured photo (F)</source>
            <translation>Seçilmiş fotonu məqalənin əsas fotosu et (F)</translation>
        </message>
        <message>
            <source>Insert in text</source>
            <translation>Mətnə yerləşdir</translation>
        </message>
        <message>
            <source>Place the selected photo in the body</source>
            <translation>Seçilmiş fotonu məqalənin mətninə yerləşdir</translation>
        </message>
        <message>
            <source>Loupe</source>
            <translation>Lupa</translation>
        </message>
        <message>
            <source>See the selected photo at full size (Space)</source>
            <translation>Seçilmiş fotonu tam ölçüdə göstər (Boşluq)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Çıxar</translation>
        </message>
        <message>
            <source>Take the selected photos out of this article</source>
            <translation>Seçilmiş fotoları bu məqalədən çıxar</translation>
        </message>
        <message>
            <source>Undo removal</source>
            <translation>Silməni geri al</translation>
        </message>
        <message>
            <source>Put the removed photos back</source>
            <translation>Çıxarılmış fotoları qaytar</translation>
        </message>
        <message>
            <source>Credits &amp;&amp; Codes…</source>
            <translation>Müəlliflər və kodlar…</translation>
        </message>
        <message>
            <source>Set up saved credits and =code= replacements; import or export them as a file</source>
            <translation>Saxlanmış müəllifləri və =kod= əvəzləmələrini qur; onları fayl kimi idxal və ya ixrac et</translation>
        </message>
        <message>
            <source>Paste image</source>
            <translation>Şəkli yapışdır</translation>
        </message>
        <message>
            <source>Add the image on the clipboard</source>
            <translation>Mübadilə buferindəki şəkli əlavə et</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Fotolar</translation>
        </message>
        <message>
            <source>Thumbnail size</source>
            <translation>Miniatürlərin ölçüsü</translation>
        </message>
        <message>
            <source>Thumbnail size (Ctrl+wheel over the photos)</source>
            <translation>Miniatürlərin ölçüsü (fotoların üzərində Ctrl+təkər)</translation>
        </message>
        <message>
            <source>Photos in the article and selected</source>
            <translation>Məqalədəki və seçilmiş fotolar</translation>
        </message>
        <message>
            <source>Photo import progress</source>
            <translation>Fotoların idxalının gedişi</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ləğv et</translation>
        </message>
        <message>
            <source>Cancel the photo import</source>
            <translation>Fotoların idxalını ləğv et</translation>
        </message>
        <message>
            <source>No photos</source>
            <translation>Foto yoxdur</translation>
        </message>
        <message>
            <source>{0} of {1} selected</source>
            <translation>{1} fotodan {0} seçilib</translation>
        </message>
        <message>
            <source>{0} photos</source>
            <translation>{0} foto</translation>
        </message>
    </context>
    <context>
        <name>PhotoRemover</name>
        <message>
            <source>Remove this photo from the article?</source>
            <translation>Bu foto məqalədən çıxarılsın?</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n photos from this article?</source>
            <translation>
                <numerusform>%n foto bu məqalədən çıxarılsın?</numerusform>
                <numerusform>%n foto bu məqalədən çıxarılsın?</numerusform>
            </translation>
        </message>
        <message>
            <source>The photos stay in the library; Undo (Ctrl+Z) puts them back.</source>
            <translation>Fotolar kitabxanada qalır; «Geri al» (Ctrl+Z) onları qaytarır.</translation>
        </message>
        <message>
            <source>The featured photo is among them: the article will have no featured photo. The photos stay in the library; Undo (Ctrl+Z) puts them back.</source>
            <translation>Əsas foto da onların arasındadır: məqalənin əsas fotosu olmayacaq. Fotolar kitabxanada qalır; «Geri al» (Ctrl+Z) onları qaytarır.</translation>
        </message>
        <message>
            <source>Remove photos</source>
            <translation>Fotoları çıxar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Çıxar</translation>
        </message>
    </context>
    <context>
        <name>PhotoTiles</name>
        <message>
            <source>red</source>
            <translation>qırmızı</translation>
        </message>
        <message>
            <source>yellow</source>
            <translation>sarı</translation>
        </message>
        <message>
            <source>green</source>
            <translation>yaşıl</translation>
        </message>
        <message>
            <source>blue</source>
            <translation>mavi</translation>
        </message>
        <message>
            <source>Photo without caption</source>
            <translation>İzahsız foto</translation>
        </message>
        <message>
            <source>Featured photo.</source>
            <translation>Əsas foto.</translation>
        </message>
        <message>
            <source>Rating: {0} of 5 stars.</source>
            <translation>Qiymət: 5 ulduzdan {0}.</translation>
        </message>
        <message>
            <source>Colour label: {0}.</source>
            <translation>Rəng nişanı: {0}.</translation>
        </message>
        <message>
            <source>Keywords: {0}.</source>
            <translation>Açar sözlər: {0}.</translation>
        </message>
        <message>
            <source>Incomplete: no {0}.</source>
            <translation>Natamam: {0} yoxdur.</translation>
        </message>
        <message>
            <source>The original carries a GPS location (removed from what is published).</source>
            <translation>Orijinalda GPS koordinatları var (dərc olunan versiyadan silinib).</translation>
        </message>
        <message>
            <source>no image
file</source>
            <translation>şəkil faylı
yoxdur</translation>
        </message>
        <message>
            <source>No caption</source>
            <translation>İzahsız</translation>
        </message>
    </context>
    <context>
        <name>PlainPreviewPanel</name>
        <message>
            <source>Preview</source>
            <translation>Önizləmə</translation>
        </message>
        <message>
            <source>Article preview (plain)</source>
            <translation>Məqalənin önizləməsi (sadə)</translation>
        </message>
        <message>
            <source>Plain preview: the web engine could not start.</source>
            <translation>Sadə önizləmə: veb mühərriki işə düşmədi.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesController</name>
        <message>
            <source>The profile is still opening; try again in a moment.</source>
            <translation>Profil hələ açılır; bir azdan yenidən cəhd edin.</translation>
        </message>
        <message>
            <source>No secure keyring: the proxy's password is kept for this session only.</source>
            <translation>Təhlükəsiz açar anbarı yoxdur: proksi parolu yalnız bu seans üçün saxlanılır.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Parametrlər</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Dillər</translation>
        </message>
        <message>
            <source>Language of the program</source>
            <translation>Proqramın dili</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Sistemin dili</translation>
        </message>
        <message>
            <source>The program's language changes the next time it starts.</source>
            <translation>Proqramın dili növbəti açılışda dəyişəcək.</translation>
        </message>
        <message>
            <source>Language of new articles</source>
            <translation>Yeni məqalələrin dili</translation>
        </message>
        <message>
            <source>&amp;Program language:</source>
            <translation>&amp;Proqramın dili:</translation>
        </message>
        <message>
            <source>&amp;New articles are in:</source>
            <translation>&amp;Yeni məqalələrin dili:</translation>
        </message>
        <message>
            <source>Connection to the publishing site</source>
            <translation>Dərc saytına qoşulma</translation>
        </message>
        <message>
            <source>&amp;No proxy</source>
            <translation>Proksi&amp;siz</translation>
        </message>
        <message>
            <source>Use the &amp;system's proxy settings</source>
            <translation>&amp;Sistemin proksi parametrləri</translation>
        </message>
        <message>
            <source>&amp;Manual proxy:</source>
            <translation>Əl ilə &amp;proksi:</translation>
        </message>
        <message>
            <source>Proxy address</source>
            <translation>Proksi ünvanı</translation>
        </message>
        <message>
            <source>host:port, e.g. proxy.local:3128</source>
            <translation>host:port, məsələn proxy.local:3128</translation>
        </message>
        <message>
            <source>Proxy user name</source>
            <translation>Proksi istifadəçi adı</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>istəyə bağlı</translation>
        </message>
        <message>
            <source>Proxy password</source>
            <translation>Proksi parolu</translation>
        </message>
        <message>
            <source>stored; type to change it</source>
            <translation>saxlanılıb; dəyişmək üçün yenisini yazın</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>Ü&amp;nvan:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>İ&amp;stifadəçi:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pa&amp;rol:</translation>
        </message>
        <message>
            <source>The proxy's password is kept in your system's secure keyring, like the sites' passwords.</source>
            <translation>Proksi parolu, saytların parolları kimi, sisteminizin təhlükəsiz açar anbarında saxlanılır.</translation>
        </message>
        <message>
            <source>Editor and preview</source>
            <translation>Redaktor və önizləmə</translation>
        </message>
        <message>
            <source>Autosave delay in seconds</source>
            <translation>Avtomatik saxlamanın gecikməsi, saniyə</translation>
        </message>
        <message>
            <source> s</source>
            <translation> san</translation>
        </message>
        <message>
            <source>Edits are saved at the latest this long after the first change</source>
            <translation>Düzəlişlər ilk dəyişiklikdən ən geci bu qədər sonra saxlanılır</translation>
        </message>
        <message>
            <source>Preview width when the program starts</source>
            <translation>Proqram açılanda önizləmənin eni</translation>
        </message>
        <message>
            <source>Desktop</source>
            <translation>Masaüstü</translation>
        </message>
        <message>
            <source>Tablet</source>
            <translation>Planşet</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>{0} ({1} px)</source>
            <translation>{0} ({1} px)</translation>
        </message>
        <message>
            <source>Save edits &amp;within:</source>
            <translation>Düzəlişləri ən geci &amp;saxla:</translation>
        </message>
        <message>
            <source>Preview &amp;width at start:</source>
            <translation>Açılışda önizləmənin &amp;eni:</translation>
        </message>
        <message>
            <source>Sites the articles are published to, and your sign-in to each:</source>
            <translation>Məqalələrin dərc olunduğu saytlar və hər birinə girişiniz:</translation>
        </message>
        <message>
            <source>Publishing &amp;Sites…</source>
            <translation>Dərc &amp;saytları…</translation>
        </message>
        <message>
            <source>“{0}” is not an http proxy address: write host:port, e.g. proxy.local:3128, with a port from 1 to 65535.</source>
            <translation>“{0}” http proksi ünvanı deyil: host:port yazın, məsələn proxy.local:3128, port 1-dən 65535-ə qədər.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message>
            <source>Preview width</source>
            <translation>Önizləmənin eni</translation>
        </message>
        <message>
            <source>{} ({} px)</source>
            <translation>{} ({} px)</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Genişlik</translation>
        </message>
        <message>
            <source>Preview theme</source>
            <translation>Önizləmənin mövzusu</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Mövzu</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Önizləmə</translation>
        </message>
        <message>
            <source>House</source>
            <translation>Öz üslub</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Sayt</translation>
        </message>
        <message>
            <source>Sync once to fetch the site's theme</source>
            <translation>Saytın mövzusunu almaq üçün bir dəfə sinxronlaşdırın</translation>
        </message>
        <message>
            <source>Article preview</source>
            <translation>Məqalənin önizləməsi</translation>
        </message>
        <message>
            <source>Desktop</source>
            <translation>Masaüstü</translation>
        </message>
        <message>
            <source>Tablet</source>
            <translation>Planşet</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Geri al</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Təkrarla</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Kəs</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>K&amp;opyala</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Yapışdır</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Hamısını seç</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Ətraflı göstər...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Ətraflını gizlət...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>Save</source>
            <translation>Yadda saxla</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Hamısını yadda saxla</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Aç</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Bəli</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>&amp;Hamısına bəli</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Xeyr</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Hamısına x&amp;eyr</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Dayandır</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Təkrar cəhd et</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Nəzərə alma</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bağla</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ləğv et</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Saxlama</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Kömək</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Tətbiq et</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Sıfırla</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Standarta qaytar</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Geri al</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Təkrarla</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Kəs</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>K&amp;opyala</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Yapışdır</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Hamısını seç</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Keçidin ünvanını &amp;kopyala</translation>
        </message>
    </context>
    <context>
        <name>ReadOnly</name>
        <message>
            <source>Read-only profile</source>
            <translation>Yalnız oxunan profil</translation>
        </message>
        <message>
            <source>Why nothing can be changed</source>
            <translation>Niyə heç nəyi dəyişmək olmur</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Editorial Workstation stopped unexpectedly at {0}; everything saved until then is here.</source>
            <translation>Editorial Workstation {0} saatında gözlənilmədən bağlandı; o vaxtadək saxlanılan hər şey yerindədir.</translation>
        </message>
        <message numerus="yes">
            <source>Recovered “{0}” as saved at {1}, %n second(s) before the app stopped.</source>
            <translation>
                <numerusform>“{0}” proqram dayanmadan %n saniyə əvvəl, {1} saatında saxlandığı kimi bərpa edildi.</numerusform>
                <numerusform>“{0}” proqram dayanmadan %n saniyə əvvəl, {1} saatında saxlandığı kimi bərpa edildi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recovered “{0}” as saved at {1}, %n minute(s) before the app stopped.</source>
            <translation>
                <numerusform>“{0}” proqram dayanmadan %n dəqiqə əvvəl, {1} saatında saxlandığı kimi bərpa edildi.</numerusform>
                <numerusform>“{0}” proqram dayanmadan %n dəqiqə əvvəl, {1} saatında saxlandığı kimi bərpa edildi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Recovered after a crash</source>
            <translation>Qəzadan sonra bərpa edildi</translation>
        </message>
        <message>
            <source>What was recovered after the app stopped</source>
            <translation>Proqram dayandıqdan sonra nə bərpa edildi</translation>
        </message>
        <message>
            <source>Close this note</source>
            <translation>Bu qeydi bağla</translation>
        </message>
    </context>
    <context>
        <name>RefusalDialog</name>
        <message>
            <source>Not yet</source>
            <translation>Hələ olmaz</translation>
        </message>
        <message>
            <source>What to fix first</source>
            <translation>Əvvəlcə nəyi düzəltmək lazımdır</translation>
        </message>
        <message>
            <source>Problems, one per line</source>
            <translation>Problemlər, hər sətirdə biri</translation>
        </message>
        <message>
            <source>Fix</source>
            <translation>Düzəlt</translation>
        </message>
        <message>
            <source>Fix: {0}</source>
            <translation>Düzəlt: {0}</translation>
        </message>
    </context>
    <context>
        <name>Refusals</name>
        <message numerus="yes">
            <source>Not yet: %n thing(s) to fix first.</source>
            <translation>
                <numerusform>Hələ yox: əvvəlcə %n şeyi düzəltmək lazımdır.</numerusform>
                <numerusform>Hələ yox: əvvəlcə %n şeyi düzəltmək lazımdır.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RelatedPicker</name>
        <message>
            <source>All sections</source>
            <translation>Bütün bölmələr</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Nəticələr</translation>
        </message>
        <message>
            <source>Suggestions: more like this</source>
            <translation>Təkliflər: oxşar materiallar</translation>
        </message>
        <message>
            <source>At most {} related articles: remove one first.</source>
            <translation>Ən çoxu {} əlaqəli məqalə: əvvəlcə birini çıxarın.</translation>
        </message>
        <message>
            <source>Something went wrong; please try again.</source>
            <translation>Nəsə alınmadı; yenidən cəhd edin.</translation>
        </message>
    </context>
    <context>
        <name>RelatedPickerView</name>
        <message>
            <source>Any time</source>
            <translation>İstənilən vaxt</translation>
        </message>
        <message>
            <source>Past week</source>
            <translation>Son həftə</translation>
        </message>
        <message>
            <source>Past month</source>
            <translation>Son ay</translation>
        </message>
        <message>
            <source>Past year</source>
            <translation>Son il</translation>
        </message>
        <message>
            <source>Related articles</source>
            <translation>Əlaqəli məqalələr</translation>
        </message>
        <message>
            <source>Search the archive for related articles</source>
            <translation>Arxivdə əlaqəli məqalələri axtar</translation>
        </message>
        <message>
            <source>Search the archive, or pick from suggestions…</source>
            <translation>Arxivdə axtarın və ya təkliflərdən seçin…</translation>
        </message>
        <message>
            <source>Only articles of this section</source>
            <translation>Yalnız bu bölmənin məqalələri</translation>
        </message>
        <message>
            <source>All sections</source>
            <translation>Bütün bölmələr</translation>
        </message>
        <message>
            <source>Only articles from this period</source>
            <translation>Yalnız bu dövrün məqalələri</translation>
        </message>
        <message>
            <source>Published only</source>
            <translation>Yalnız dərc olunanlar</translation>
        </message>
        <message>
            <source>Only published articles</source>
            <translation>Yalnız dərc olunmuş məqalələr</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>Təkliflər</translation>
        </message>
        <message>
            <source>Search results and suggestions; press Enter to add</source>
            <translation>Axtarış nəticələri və təkliflər; əlavə etmək üçün Enter</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>Əlavə &amp;et</translation>
        </message>
        <message>
            <source>Add the selected result to the related articles</source>
            <translation>Seçilmiş nəticəni əlaqəli məqalələrə əlavə et</translation>
        </message>
        <message>
            <source>Chosen related articles, in order; Alt+Up and Alt+Down move, Delete removes</source>
            <translation>Seçilmiş əlaqəli məqalələr, sıra ilə; Alt+Yuxarı və Alt+Aşağı yerini dəyişir, Delete çıxarır</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Yuxarı</translation>
        </message>
        <message>
            <source>Move the selected related article up</source>
            <translation>Seçilmiş əlaqəli məqaləni yuxarı apar</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>&amp;Aşağı</translation>
        </message>
        <message>
            <source>Move the selected related article down</source>
            <translation>Seçilmiş əlaqəli məqaləni aşağı apar</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Çıxar</translation>
        </message>
        <message>
            <source>Remove the selected related article</source>
            <translation>Seçilmiş əlaqəli məqaləni çıxar</translation>
        </message>
        <message>
            <source>Related articles ({} of {})</source>
            <translation>Əlaqəli məqalələr ({}/{})</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Return to reporter</source>
            <translation>Müxbirə qaytar</translation>
        </message>
        <message>
            <source>Note for the reporter (required)</source>
            <translation>Müxbir üçün qeyd (məcburidir)</translation>
        </message>
        <message>
            <source>What should the reporter fix? (required)</source>
            <translation>Müxbir nəyi düzəltməlidir? (məcburidir)</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Qaytar</translation>
        </message>
        <message>
            <source>Return “{}” to its reporter with a note:</source>
            <translation>«{}» məqaləsini qeydlə müxbirə qaytar:</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>Desk review</source>
            <translation>Redaksiya yoxlaması</translation>
        </message>
        <message>
            <source>Submitted to the desk</source>
            <translation>Redaksiyaya göndərilənlər</translation>
        </message>
        <message>
            <source>Photos missing or incomplete</source>
            <translation>Foto yoxdur və ya natamamdır</translation>
        </message>
        <message>
            <source>Which queue</source>
            <translation>Hansı növbə</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Yenilə</translation>
        </message>
        <message>
            <source>Changes since you last saw this article</source>
            <translation>Məqaləyə son baxışınızdan bəri dəyişikliklər</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Qeyd</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Müəllif</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Nə vaxt</translation>
        </message>
        <message>
            <source>Editorial notes (never published)</source>
            <translation>Redaksiya qeydləri (dərc olunmur)</translation>
        </message>
        <message>
            <source>Write a note for the newsroom (never published)…</source>
            <translation>Redaksiya üçün qeyd yazın (dərc olunmur)…</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Qeyd əlavə et</translation>
        </message>
        <message>
            <source>Reply to selected</source>
            <translation>Cavab ver</translation>
        </message>
        <message>
            <source>Take for review</source>
            <translation>Yoxlamağa götür</translation>
        </message>
        <message>
            <source>Take this article for review (also Enter or a double-click in the queue)</source>
            <translation>Bu məqaləni yoxlamağa götür (həmçinin növbədə Enter və ya iki dəfə klik)</translation>
        </message>
        <message>
            <source>Open in editor</source>
            <translation>Redaktorda aç</translation>
        </message>
        <message>
            <source>Approve…</source>
            <translation>Təsdiqlə…</translation>
        </message>
        <message>
            <source>Return to reporter…</source>
            <translation>Müxbirə qaytar…</translation>
        </message>
        <message>
            <source>Choose an article in the queue to review it.</source>
            <translation>Yoxlamaq üçün növbədən məqalə seçin.</translation>
        </message>
        <message>
            <source>The text changed</source>
            <translation>Mətn dəyişib</translation>
        </message>
        <message>
            <source>Failed: {}</source>
            <translation>Alınmadı: {}</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Edilmədi</translation>
        </message>
        <message>
            <source>&lt;b&gt;Editorial notes&lt;/b&gt; (visible to the newsroom, never published)</source>
            <translation>&lt;b&gt;Redaksiya qeydləri&lt;/b&gt; (redaksiyaya görünür, dərc olunmur)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Returned with:&lt;/b&gt; {}</source>
            <translation>&lt;b&gt;Bu qeydlə qaytarılıb:&lt;/b&gt; {}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Note:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Qeyd:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>✔ The publish checklist passes.</source>
            <translation>✔ Dərc üçün bütün şərtlər ödənilib.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not ready to publish:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Dərcə hazır deyil:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>No changes since {}.</source>
            <translation>Bundan bəri dəyişiklik yoxdur: {}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Changes since {}:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Bundan bəri dəyişikliklər: {}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueue</name>
        <message>
            <source>Review queue</source>
            <translation>Yoxlama növbəsi</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Başlıq</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Müxbir</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Bölmə</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Söz</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Göndərilib</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Çatışmır</translation>
        </message>
        <message>
            <source>Untitled article</source>
            <translation>Başlıqsız məqalə</translation>
        </message>
        <message>
            <source>Unknown reporter</source>
            <translation>Naməlum müxbir</translation>
        </message>
    </context>
    <context>
        <name>SitesDialog</name>
        <message>
            <source>Publishing sites</source>
            <translation>Dərc saytları</translation>
        </message>
        <message>
            <source>Configured sites</source>
            <translation>Qurulmuş saytlar</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Sayt</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Ünvan</translation>
        </message>
        <message>
            <source>User</source>
            <translation>İstifadəçi</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Site name</source>
            <translation>Saytın adı</translation>
        </message>
        <message>
            <source>newsroom</source>
            <translation>redaksiya</translation>
        </message>
        <message>
            <source>Site address</source>
            <translation>Saytın ünvanı</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>İstifadəçi adı</translation>
        </message>
        <message>
            <source>your WordPress user name</source>
            <translation>WordPress-dəki istifadəçi adınız</translation>
        </message>
        <message>
            <source>Application password</source>
            <translation>Tətbiq parolu</translation>
        </message>
        <message>
            <source>Allow plain &amp;http for this site (unencrypted)</source>
            <translation>Bu sayt üçün adi &amp;http-yə icazə ver (şifrələnmədən)</translation>
        </message>
        <message>
            <source>Allow plain http for this site</source>
            <translation>Bu sayt üçün adi http-yə icazə ver</translation>
        </message>
        <message>
            <source>Remove site</source>
            <translation>Saytı sil</translation>
        </message>
        <message>
            <source>Forget the selected site, its sync records and its stored password</source>
            <translation>Seçilmiş saytı, onun sinxronizasiya qeydlərini və saxlanmış parolunu unut</translation>
        </message>
        <message>
            <source>Add and sign in</source>
            <translation>Əlavə et və daxil ol</translation>
        </message>
        <message>
            <source>Sign-in result</source>
            <translation>Girişin nəticəsi</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Ad:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>Ü&amp;nvan:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>İ&amp;stifadəçi:</translation>
        </message>
        <message>
            <source>Application &amp;password:</source>
            <translation>Tətbiq &amp;parolu:</translation>
        </message>
        <message>
            <source>Create an application password in WordPress under Users → Profile. It is kept only in your system's secure keyring, or for this session when there is none, never in files or logs.</source>
            <translation>Tətbiq parolunu WordPress-də «İstifadəçilər → Profil» bölməsində yaradın. O, yalnız sisteminizin təhlükəsiz açar anbarında (anbar yoxdursa, bu seans üçün) saxlanılır, heç vaxt fayllara və ya jurnallara yazılmır.</translation>
        </message>
        <message>
            <source>Add a site</source>
            <translation>Sayt əlavə et</translation>
        </message>
        <message>
            <source>not signed in yet</source>
            <translation>hələ daxil olunmayıb</translation>
        </message>
        <message>
            <source>{} (plain http allowed)</source>
            <translation>{} (adi http-yə icazə var)</translation>
        </message>
        <message>
            <source>Fill in the name, the address, the user name and the application password.</source>
            <translation>Adı, ünvanı, istifadəçi adını və tətbiq parolunu doldurun.</translation>
        </message>
        <message>
            <source>Signing in to {}…</source>
            <translation>{} saytına daxil olunur…</translation>
        </message>
        <message>
            <source>memory for this session only</source>
            <translation>yalnız bu seans üçün yaddaşda</translation>
        </message>
        <message>
            <source>Removed {}; its stored password is forgotten. The articles stay on this computer.</source>
            <translation>{} silindi; saxlanmış parolu unudulub. Məqalələr bu kompüterdə qalır.</translation>
        </message>
        <message>
            <source>The site “{site}” was saved, but signing in failed: {error}</source>
            <translation>«{site}» saytı yadda saxlanıldı, amma daxil olmaq alınmadı: {error}</translation>
        </message>
        <message>
            <source>Signed in to {site} as &lt;b&gt;{user}&lt;/b&gt;, role: &lt;b&gt;{role}&lt;/b&gt;.</source>
            <translation>{site} saytına &lt;b&gt;{user}&lt;/b&gt; kimi daxil olundu, rol: &lt;b&gt;{role}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>The application password is kept in {}.</source>
            <translation>Tətbiq parolu burada saxlanılır: {}.</translation>
        </message>
        <message>
            <source>The Editorial Workstation plugin is not active on this site.</source>
            <translation>Editorial Workstation plagini bu saytda aktiv deyil.</translation>
        </message>
        <message>
            <source>The site could not be added: {}.</source>
            <translation>Saytı əlavə etmək alınmadı: {}.</translation>
        </message>
    </context>
    <context>
        <name>SpellMenu</name>
        <message>
            <source>No spelling dictionary for “{}”</source>
            <translation>«{}» üçün orfoqrafiya lüğəti yoxdur</translation>
        </message>
        <message>
            <source>No suggestions</source>
            <translation>Təklif yoxdur</translation>
        </message>
        <message>
            <source>Add “{}” to dictionary</source>
            <translation>«{}» sözünü lüğətə əlavə et</translation>
        </message>
        <message>
            <source>Ignore “{}”</source>
            <translation>«{}» sözünə məhəl qoyma</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>Workflow status</source>
            <translation>İş axınında status</translation>
        </message>
        <message>
            <source>Word count</source>
            <translation>Söz sayı</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>Sinxronizasiya vəziyyəti</translation>
        </message>
        <message>
            <source>Workflow status: {}</source>
            <translation>Status: {}</translation>
        </message>
        <message numerus="yes">
            <source>{0} / %Ln word(s) · {1} · {2}</source>
            <translation>
                <numerusform>{0} / %Ln söz · {1} · {2}</numerusform>
                <numerusform>{0} / %Ln söz · {1} · {2}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln simvol</numerusform>
                <numerusform>%Ln simvol</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min read</source>
            <translation>
                <numerusform>%n dəq. oxunuş</numerusform>
                <numerusform>%n dəq. oxunuş</numerusform>
            </translation>
        </message>
        <message>
            <source>{0}% of the length the desk asked for</source>
            <translation>Redaksiyanın istədiyi həcmin {0}%-i</translation>
        </message>
        <message numerus="yes">
            <source>%Ln word(s)</source>
            <translation>
                <numerusform>%Ln söz</numerusform>
                <numerusform>%Ln söz</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Local only · %n change(s) not synced</source>
            <translation>
                <numerusform>Yalnız yerli · %n dəyişiklik sinxronlaşdırılmayıb</numerusform>
                <numerusform>Yalnız yerli · %n dəyişiklik sinxronlaşdırılmayıb</numerusform>
            </translation>
        </message>
        <message>
            <source>Local only</source>
            <translation>Yalnız yerli</translation>
        </message>
        <message>
            <source>No publishing site is set up: everything is saved on this computer.</source>
            <translation>Dərc saytı qurulmayıb: hər şey bu kompüterdə saxlanılır.</translation>
        </message>
        <message numerus="yes">
            <source>{}: %n pending</source>
            <translation>
                <numerusform>{}: %n dəyişiklik göndərilməyi gözləyir</numerusform>
                <numerusform>{}: %n dəyişiklik göndərilməyi gözləyir</numerusform>
            </translation>
        </message>
        <message>
            <source>{}: synced</source>
            <translation>{}: sinxronlaşdırılıb</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <source>&amp;Sync Now</source>
            <translation>İndi &amp;sinxronlaşdır</translation>
        </message>
        <message>
            <source>Send local changes and fetch new ones</source>
            <translation>Yerli dəyişiklikləri göndər və yenilərini al</translation>
        </message>
        <message>
            <source>Publishing &amp;Sites…</source>
            <translation>Dərc &amp;saytları…</translation>
        </message>
        <message>
            <source>Set up a site</source>
            <translation>Sayt qur</translation>
        </message>
        <message>
            <source>Sync &amp;Log</source>
            <translation>Sinxronizasiya &amp;jurnalı</translation>
        </message>
        <message>
            <source>What the last syncs did</source>
            <translation>Son sinxronizasiyalar nə edib</translation>
        </message>
        <message>
            <source>Resolve Sync &amp;Conflicts…</source>
            <translation>Sinxronizasiya &amp;ziddiyyətlərini həll et…</translation>
        </message>
        <message>
            <source>Choose between two versions</source>
            <translation>İki versiyadan birini seç</translation>
        </message>
        <message>
            <source>The application password for {} is needed: press Sync.</source>
            <translation>{} üçün tətbiq parolu lazımdır: «Sinxronlaşdır» düyməsini basın.</translation>
        </message>
        <message>
            <source>starting</source>
            <translation>başlayır</translation>
        </message>
        <message numerus="yes">
            <source>(%n more in the sync log)</source>
            <translation>
                <numerusform>(daha %n — sinxronizasiya jurnalında)</numerusform>
                <numerusform>(daha %n — sinxronizasiya jurnalında)</numerusform>
            </translation>
        </message>
        <message>
            <source>Sign in to {}</source>
            <translation>{} saytına giriş</translation>
        </message>
        <message>
            <source>Application password for {user} at {url}
(kept in memory for this session only):</source>
            <translation>{url} saytında {user} üçün tətbiq parolu
(yalnız bu seans üçün yaddaşda saxlanılır):</translation>
        </message>
    </context>
    <context>
        <name>SyncLogWindow</name>
        <message>
            <source>Sync log</source>
            <translation>Sinxronizasiya jurnalı</translation>
        </message>
        <message>
            <source>Sync runs</source>
            <translation>Sinxronizasiya seansları</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Nə vaxt</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Nəticə</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Nə baş verib</translation>
        </message>
        <message>
            <source>Steps of the selected run</source>
            <translation>Seçilmiş seansın addımları</translation>
        </message>
        <message>
            <source>Select a run to see its steps.</source>
            <translation>Addımlarını görmək üçün seans seçin.</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>İndi sinxronlaşdır</translation>
        </message>
        <message>
            <source>Resolve conflicts…</source>
            <translation>Ziddiyyətləri həll et…</translation>
        </message>
        <message>
            <source>{site} as {user} ({role})</source>
            <translation>{site}, istifadəçi {user} ({role})</translation>
        </message>
        <message>
            <source>role unknown</source>
            <translation>rol məlum deyil</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>uğurlu</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>bağlantı yoxdur</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>ləğv olunub</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>xəta</translation>
        </message>
        <message>
            <source>sign-in failed</source>
            <translation>giriş alınmadı</translation>
        </message>
        <message>
            <source>note</source>
            <translation>qeyd</translation>
        </message>
        <message numerus="yes">
            <source>{start} to {end} ({seconds} s), %n request(s)</source>
            <translation>
                <numerusform>{start}–{end} ({seconds} san.), %n sorğu</numerusform>
                <numerusform>{start}–{end} ({seconds} san.), %n sorğu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) still pending</source>
            <translation>
                <numerusform>%n dəyişiklik hələ göndərilməyi gözləyir</numerusform>
                <numerusform>%n dəyişiklik hələ göndərilməyi gözləyir</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncState</name>
        <message>
            <source>Local only</source>
            <translation>Yalnız yerli</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) not synced</source>
            <translation>
                <numerusform>%n dəyişiklik sinxronlaşdırılmayıb</numerusform>
                <numerusform>%n dəyişiklik sinxronlaşdırılmayıb</numerusform>
            </translation>
        </message>
        <message>
            <source>syncing {} of {}</source>
            <translation>sinxronizasiya: {}/{}</translation>
        </message>
        <message>
            <source>syncing…</source>
            <translation>sinxronizasiya…</translation>
        </message>
        <message>
            <source>synced at {}</source>
            <translation>saat {} sinxronlaşdırılıb</translation>
        </message>
        <message>
            <source>synced</source>
            <translation>sinxronlaşdırılıb</translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation>hələ sinxronlaşdırılmayıb</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>oflayn</translation>
        </message>
        <message>
            <source>sign-in needed</source>
            <translation>giriş lazımdır</translation>
        </message>
        <message>
            <source>sync failed</source>
            <translation>sinxronizasiya alınmadı</translation>
        </message>
        <message>
            <source>{site}: {state}</source>
            <translation>{site}: {state}</translation>
        </message>
        <message numerus="yes">
            <source>%n pending</source>
            <translation>
                <numerusform>%n göndərilməyi gözləyir</numerusform>
                <numerusform>%n göndərilməyi gözləyir</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n ziddiyyət</numerusform>
                <numerusform>%n ziddiyyət</numerusform>
            </translation>
        </message>
        <message>
            <source>No publishing site is set up: everything is saved on this computer.</source>
            <translation>Dərc saytı qurulmayıb: hər şey bu kompüterdə saxlanılır.</translation>
        </message>
        <message>
            <source>Your work is saved here and will be sent when the site can be reached again.</source>
            <translation>İşiniz burada saxlanılıb və sayt yenidən əlçatan olanda göndəriləcək.</translation>
        </message>
        <message>
            <source>Last synced at {}.</source>
            <translation>Son sinxronizasiya saat {}.</translation>
        </message>
        <message>
            <source>Click the conflict count to choose between the two versions.</source>
            <translation>İki versiyadan birini seçmək üçün ziddiyyətlərin sayına basın.</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <source>Undo the removal</source>
            <translation>Silməni geri al</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Geri al</translation>
        </message>
        <message>
            <source>Put the removed photos back (Ctrl+Z)</source>
            <translation>Çıxarılmış fotoları qaytar (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Bağla</translation>
        </message>
        <message>
            <source>The featured photo was removed from this article.</source>
            <translation>Əsas foto bu məqalədən çıxarıldı.</translation>
        </message>
        <message>
            <source>1 photo removed from this article.</source>
            <translation>1 foto bu məqalədən çıxarıldı.</translation>
        </message>
        <message numerus="yes">
            <source>%n photos removed from this article, the featured photo among them.</source>
            <translation>
                <numerusform>Bu məqalədən %n foto çıxarıldı, əsas foto da onların arasındadır.</numerusform>
                <numerusform>Bu məqalədən %n foto çıxarıldı, əsas foto da onların arasındadır.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos removed from this article.</source>
            <translation>
                <numerusform>Bu məqalədən %n foto çıxarıldı.</numerusform>
                <numerusform>Bu məqalədən %n foto çıxarıldı.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Editorial Workstation</source>
            <translation>Editorial Workstation-a xoş gəlmisiniz</translation>
        </message>
        <message>
            <source>&lt;p&gt;Write and edit articles offline, attach credited photos, link related stories and send them to the desk. Everything is saved as you type, on this computer.&lt;/p&gt;&lt;p&gt;Your newsroom is empty. Open the demo newsroom to see a finished article and a small archive, start a new article, or import articles you already have.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Məqalələri oflayn yazın və redaktə edin, müəllifi göstərilmiş fotoları əlavə edin, əlaqəli materialları birləşdirin və redaksiyaya göndərin. Hər şey yazdıqca bu kompüterdə saxlanılır.&lt;/p&gt;&lt;p&gt;Redaksiyanız hələ boşdur. Hazır məqaləni və kiçik arxivi görmək üçün nümayiş redaksiyasını açın, yeni məqaləyə başlayın və ya artıq olan məqalələri idxal edin.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Open demo newsroom</source>
            <translation>Nümayiş redaksiyasını aç</translation>
        </message>
        <message>
            <source>New article</source>
            <translation>Yeni məqalə</translation>
        </message>
        <message>
            <source>Import articles…</source>
            <translation>Məqalələri idxal et…</translation>
        </message>
    </context>
    <context>
        <name>Workflow</name>
        <message>
            <source>Draft</source>
            <translation>Qaralama</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Göndərilib</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>Yoxlanılır</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Qaytarılıb</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Təsdiqlənib</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Planlaşdırılıb</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Dərc olunub</translation>
        </message>
        <message>
            <source>Killed</source>
            <translation>Yayımdan çıxarılıb</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Arxivdə</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Müxbir</translation>
        </message>
        <message>
            <source>Photo editor</source>
            <translation>Foto redaktoru</translation>
        </message>
        <message>
            <source>Desk editor</source>
            <translation>Redaksiya redaktoru</translation>
        </message>
        <message>
            <source>Approved (publishes at next sync)</source>
            <translation>Təsdiqlənib (növbəti sinxronizasiyada dərc olunur)</translation>
        </message>
        <message>
            <source>Approved (is scheduled at next sync)</source>
            <translation>Təsdiqlənib (növbəti sinxronizasiyada planlaşdırılır)</translation>
        </message>
        <message>
            <source>Submit to desk</source>
            <translation>Redaksiyaya göndər</translation>
        </message>
        <message>
            <source>Withdraw submission</source>
            <translation>Redaksiyadan geri çağır</translation>
        </message>
        <message>
            <source>Take for review</source>
            <translation>Yoxlamağa götür</translation>
        </message>
        <message>
            <source>Return to reporter</source>
            <translation>Müxbirə qaytar</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Təsdiqlə</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Planlaşdır</translation>
        </message>
        <message>
            <source>Unschedule</source>
            <translation>Planı ləğv et</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Dərc et</translation>
        </message>
        <message>
            <source>Kill</source>
            <translation>Yayımdan çıxar</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Bərpa et</translation>
        </message>
        <message>
            <source>Publish to site</source>
            <translation>Saytda dərc et</translation>
        </message>
    </context>
    <context>
        <name>WorkflowBar</name>
        <message>
            <source>&amp;Submit to Desk…</source>
            <translation>Redaksiyaya &amp;göndər…</translation>
        </message>
        <message>
            <source>&amp;Approve…</source>
            <translation>&amp;Təsdiqlə…</translation>
        </message>
        <message>
            <source>&amp;Publish Now</source>
            <translation>İndi &amp;dərc et</translation>
        </message>
        <message>
            <source>&amp;Take for Review</source>
            <translation>&amp;Yoxlamağa götür</translation>
        </message>
        <message>
            <source>&amp;Return to Reporter…</source>
            <translation>Müxbirə &amp;qaytar…</translation>
        </message>
        <message>
            <source>&amp;Withdraw Submission</source>
            <translation>Redaksiyadan geri &amp;çağır</translation>
        </message>
        <message>
            <source>&amp;Kill…</source>
            <translation>Yayımdan ç&amp;ıxar…</translation>
        </message>
        <message>
            <source>Res&amp;tore</source>
            <translation>&amp;Bərpa et</translation>
        </message>
        <message>
            <source>&amp;Unschedule</source>
            <translation>&amp;Planı ləğv et</translation>
        </message>
        <message>
            <source>Publish to &amp;Site</source>
            <translation>&amp;Saytda dərc et</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>&amp;Məqalə</translation>
        </message>
        <message>
            <source>Local &amp;Role</source>
            <translation>Yerli &amp;rol</translation>
        </message>
        <message>
            <source>Your role comes from the publishing site.</source>
            <translation>Rolunuzu dərc saytı müəyyən edir.</translation>
        </message>
        <message>
            <source>Kill article</source>
            <translation>Məqaləni yayımdan çıxar</translation>
        </message>
        <message>
            <source>Kill “{}”? It is withdrawn from publication; the desk can restore it.</source>
            <translation>«{}» yayımdan çıxarılsın? Məqalə yayımdan götürülür; redaksiya onu bərpa edə bilər.</translation>
        </message>
        <message numerus="yes">
            <source>Not yet: %n thing(s) to fix first (see the list).</source>
            <translation>
                <numerusform>Hələ yox: əvvəlcə %n şeyi düzəltmək lazımdır (siyahıya baxın).</numerusform>
                <numerusform>Hələ yox: əvvəlcə %n şeyi düzəltmək lazımdır (siyahıya baxın).</numerusform>
            </translation>
        </message>
        <message>
            <source>The action failed: {}</source>
            <translation>Əməliyyat alınmadı: {}</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Hələ olmaz</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>&amp;Write</source>
            <translation>&amp;Yazı</translation>
        </message>
        <message>
            <source>Write: the editor and the preview</source>
            <translation>Yazı: redaktor və önizləmə</translation>
        </message>
        <message>
            <source>&amp;Photos</source>
            <translation>&amp;Fotolar</translation>
        </message>
        <message>
            <source>Photos: a large photo grid with the metadata form</source>
            <translation>Fotolar: böyük foto şəbəkəsi və metadata forması</translation>
        </message>
        <message>
            <source>&amp;Desk</source>
            <translation>&amp;Redaksiya</translation>
        </message>
        <message>
            <source>Desk: the review queue and notes beside the preview</source>
            <translation>Redaksiya: yoxlama növbəsi və qeydlər önizləmənin yanında</translation>
        </message>
        <message>
            <source>&amp;Workspace</source>
            <translation>&amp;İş sahəsi</translation>
        </message>
    </context>
</TS>
