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
        <name>PhotoImporter</name>
        <message numerus="yes">
            <source>Importing %v of %n photo(s)…</source>
            <translation>
                <numerusform>Importing %v of %n photo…</numerusform>
                <numerusform>Importing %v of %n photos…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{} of %n photo(s) added.</source>
            <translation>
                <numerusform>{} of %n photo added.</numerusform>
                <numerusform>{} of %n photos added.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PhotoPanelView</name>
        <message numerus="yes">
            <source>Apply this credit and copyright to the %n selected photo(s)</source>
            <translation>
                <numerusform>Apply this credit and copyright to the %n selected photo</numerusform>
                <numerusform>Apply this credit and copyright to the %n selected photos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message numerus="yes">
            <source>%Ln word(s)</source>
            <translation>
                <numerusform>%Ln word</numerusform>
                <numerusform>%Ln words</numerusform>
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
</TS>
