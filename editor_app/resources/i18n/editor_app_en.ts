<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ArticleForm</name>
        <message numerus="yes">
            <source>%n character(s) over the limit</source>
            <translation>
                <numerusform>%n character over the limit</numerusform>
                <numerusform>%n characters over the limit</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Core</name>
        <message numerus="yes">
            <source>The headline is %n character(s); the limit is {limit}.</source>
            <translation>
                <numerusform>The headline is %n character; the limit is {limit}.</numerusform>
                <numerusform>The headline is %n characters; the limit is {limit}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n related article(s) not in the archive.</source>
            <translation>
                <numerusform>{name}: %n related article not in the archive.</numerusform>
                <numerusform>{name}: %n related articles not in the archive.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) uploaded</source>
            <translation>
                <numerusform>%n photo uploaded</numerusform>
                <numerusform>%n photos uploaded</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FileCommands</name>
        <message numerus="yes">
            <source>%n file(s) need attention; details below.</source>
            <translation>
                <numerusform>%n file needs attention; details below.</numerusform>
                <numerusform>%n files need attention; details below.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n article(s) into the archive (published elsewhere: kept with their dates, not sent to the site).</source>
            <translation>
                <numerusform>Imported %n article into the archive (published elsewhere: kept with its date, not sent to the site).</numerusform>
                <numerusform>Imported %n articles into the archive (published elsewhere: kept with their dates, not sent to the site).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n article(s); {} into the archive (not sent to the site).</source>
            <translation>
                <numerusform>Imported %n article; {} into the archive (not sent to the site).</numerusform>
                <numerusform>Imported %n articles; {} into the archive (not sent to the site).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n article(s).</source>
            <translation>
                <numerusform>Imported %n article.</numerusform>
                <numerusform>Imported %n articles.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindReplaceBar</name>
        <message numerus="yes">
            <source>Replaced %n</source>
            <translation>
                <numerusform>Replaced %n</numerusform>
                <numerusform>Replaced %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message numerus="yes">
            <source>#{number} · {kind} · {when} · %Ln word(s)</source>
            <translation>
                <numerusform>#{number} · {kind} · {when} · %Ln word</numerusform>
                <numerusform>#{number} · {kind} · {when} · %Ln words</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>%n photos added</source>
            <translation>
                <numerusform>%n photo added</numerusform>
                <numerusform>%n photos added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the library (reused)</source>
            <translation>
                <numerusform>%n already in the library (reused)</numerusform>
                <numerusform>%n already in the library (reused)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in this article</source>
            <translation>
                <numerusform>%n already in this article</numerusform>
                <numerusform>%n already in this article</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be imported</source>
            <translation>
                <numerusform>%n could not be imported</numerusform>
                <numerusform>%n could not be imported</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PhotoForm</name>
        <message numerus="yes">
            <source>%n photos selected: a field you change is set on all of them; “(mixed)” marks a field whose values differ.</source>
            <translation>
                <numerusform>%n photo selected: a field you change is set on it; “(mixed)” marks a field whose values differ.</numerusform>
                <numerusform>%n photos selected: a field you change is set on all of them; “(mixed)” marks a field whose values differ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Selected photos still lacking a caption, credit or alt text: %n.</source>
            <translation>
                <numerusform>Selected photos still lacking a caption, credit or alt text: %n.</numerusform>
                <numerusform>Selected photos still lacking a caption, credit or alt text: %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PhotoRemover</name>
        <message numerus="yes">
            <source>Remove %n photos from this article?</source>
            <translation>
                <numerusform>Remove %n photo from this article?</numerusform>
                <numerusform>Remove %n photos from this article?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message numerus="yes">
            <source>Recovered “{0}” as saved at {1}, %n second(s) before the app stopped.</source>
            <translation>
                <numerusform>Recovered “{0}” as saved at {1}, %n second before the app stopped.</numerusform>
                <numerusform>Recovered “{0}” as saved at {1}, %n seconds before the app stopped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recovered “{0}” as saved at {1}, %n minute(s) before the app stopped.</source>
            <translation>
                <numerusform>Recovered “{0}” as saved at {1}, %n minute before the app stopped.</numerusform>
                <numerusform>Recovered “{0}” as saved at {1}, %n minutes before the app stopped.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Refusals</name>
        <message numerus="yes">
            <source>Not yet: %n thing(s) to fix first.</source>
            <translation>
                <numerusform>Not yet: %n thing to fix first.</numerusform>
                <numerusform>Not yet: %n things to fix first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message numerus="yes">
            <source>{0} / %Ln word(s) · {1} · {2}</source>
            <translation>
                <numerusform>{0} / %Ln word · {1} · {2}</numerusform>
                <numerusform>{0} / %Ln words · {1} · {2}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln character</numerusform>
                <numerusform>%Ln characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min read</source>
            <translation>
                <numerusform>%n min read</numerusform>
                <numerusform>%n min read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln word(s)</source>
            <translation>
                <numerusform>%Ln word</numerusform>
                <numerusform>%Ln words</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Local only · %n change(s) not synced</source>
            <translation>
                <numerusform>Local only · %n change not synced</numerusform>
                <numerusform>Local only · %n changes not synced</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{}: %n pending</source>
            <translation>
                <numerusform>{}: %n pending</numerusform>
                <numerusform>{}: %n pending</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message numerus="yes">
            <source>(%n more in the sync log)</source>
            <translation>
                <numerusform>(%n more in the sync log)</numerusform>
                <numerusform>(%n more in the sync log)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncLogWindow</name>
        <message numerus="yes">
            <source>{start} to {end} ({seconds} s), %n request(s)</source>
            <translation>
                <numerusform>{start} to {end} ({seconds} s), %n request</numerusform>
                <numerusform>{start} to {end} ({seconds} s), %n requests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) still pending</source>
            <translation>
                <numerusform>%n change still pending</numerusform>
                <numerusform>%n changes still pending</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncState</name>
        <message numerus="yes">
            <source>%n change(s) not synced</source>
            <translation>
                <numerusform>%n change not synced</numerusform>
                <numerusform>%n changes not synced</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pending</source>
            <translation>
                <numerusform>%n pending</numerusform>
                <numerusform>%n pending</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflict</numerusform>
                <numerusform>%n conflicts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message numerus="yes">
            <source>%n photos removed from this article, the featured photo among them.</source>
            <translation>
                <numerusform>%n photo removed from this article, the featured photo among it.</numerusform>
                <numerusform>%n photos removed from this article, the featured photo among them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos removed from this article.</source>
            <translation>
                <numerusform>%n photo removed from this article.</numerusform>
                <numerusform>%n photos removed from this article.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkflowBar</name>
        <message numerus="yes">
            <source>Not yet: %n thing(s) to fix first (see the list).</source>
            <translation>
                <numerusform>Not yet: %n thing to fix first (see the list).</numerusform>
                <numerusform>Not yet: %n things to fix first (see the list).</numerusform>
            </translation>
        </message>
    </context>
</TS>
