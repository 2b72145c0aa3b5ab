<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;New Article</source>
            <translation>&amp;Новая статья</translation>
        </message>
        <message>
            <source>Start a new article</source>
            <translation>Начать новую статью</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>Save now (edits also save by themselves as you type)</source>
            <translation>Сохранить сейчас (правки и так сохраняются по ходу набора)</translation>
        </message>
        <message>
            <source>&amp;Import Articles…</source>
            <translation>&amp;Импорт статей…</translation>
        </message>
        <message>
            <source>Import Markdown or text articles</source>
            <translation>Импортировать статьи в формате Markdown или обычного текста</translation>
        </message>
        <message>
            <source>Import &amp;Folder…</source>
            <translation>Импорт &amp;папки…</translation>
        </message>
        <message>
            <source>Import a folder of articles (sub-folders become sections)</source>
            <translation>Импортировать папку со статьями (вложенные папки становятся рубриками)</translation>
        </message>
        <message>
            <source>Import &amp;Archive…</source>
            <translation>Импорт &amp;архива…</translation>
        </message>
        <message>
            <source>Import articles published elsewhere as references: original dates, never sent to the site</source>
            <translation>Импортировать статьи, опубликованные в другом месте, как справочные: с исходными датами, без отправки на сайт</translation>
        </message>
        <message>
            <source>&amp;Export Article…</source>
            <translation>&amp;Экспорт статьи…</translation>
        </message>
        <message>
            <source>Export the article as Markdown or HTML</source>
            <translation>Экспортировать статью в Markdown или HTML</translation>
        </message>
        <message>
            <source>&amp;Delete Article…</source>
            <translation>&amp;Удалить статью…</translation>
        </message>
        <message>
            <source>Move the article to Deleted (it can be restored)</source>
            <translation>Переместить статью в удалённые (её можно восстановить)</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;История…</translation>
        </message>
        <message>
            <source>Earlier versions of the article, what changed, and restore</source>
            <translation>Прежние версии статьи, что изменилось, и восстановление</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>Save and quit</source>
            <translation>Сохранить и выйти</translation>
        </message>
        <message>
            <source>&amp;About Editorial Workstation</source>
            <translation>&amp;О программе Editorial Workstation</translation>
        </message>
        <message>
            <source>&amp;Manual</source>
            <translation>&amp;Руководство</translation>
        </message>
        <message>
            <source>How to use Editorial Workstation</source>
            <translation>Как работать с Editorial Workstation</translation>
        </message>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <source>Change the preferences</source>
            <translation>Изменить настройки</translation>
        </message>
        <message>
            <source>Preferences ({0})</source>
            <translation>Настройки ({0})</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Вырезать</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>Вст&amp;авить</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Выделить &amp;всё</translation>
        </message>
    </context>
    <context>
        <name>Appearance</name>
        <message>
            <source>&amp;System</source>
            <translation>Как в &amp;системе</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Светлое</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Тёмное</translation>
        </message>
        <message>
            <source>&amp;Appearance</source>
            <translation>&amp;Оформление</translation>
        </message>
        <message>
            <source>Dark &amp;Preview</source>
            <translation>Тёмный &amp;предпросмотр</translation>
        </message>
        <message>
            <source>Show the preview in dark colours (the published page is unchanged)</source>
            <translation>Показывать предпросмотр в тёмных цветах (опубликованная страница не меняется)</translation>
        </message>
    </context>
    <context>
        <name>ApproveDialog</name>
        <message>
            <source>Approve</source>
            <translation>Одобрить</translation>
        </message>
        <message>
            <source>Publish now</source>
            <translation>Опубликовать сейчас</translation>
        </message>
        <message>
            <source>Schedule for</source>
            <translation>Запланировать на</translation>
        </message>
        <message>
            <source>Approve “{}”:</source>
            <translation>Одобрить «{}»:</translation>
        </message>
    </context>
    <context>
        <name>ArticleCommands</name>
        <message>
            <source>Demo newsroom opened.</source>
            <translation>Демо-редакция открыта.</translation>
        </message>
        <message>
            <source>Delete article</source>
            <translation>Удалить статью</translation>
        </message>
        <message>
            <source>Delete “{0}”?

It moves to Deleted and can be restored; nothing is erased.</source>
            <translation>Удалить «{0}»?

Статья переместится в удалённые, её можно восстановить; ничего не стирается.</translation>
        </message>
    </context>
    <context>
        <name>ArticleForm</name>
        <message>
            <source>Headline</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Headline length</source>
            <translation>Длина заголовка</translation>
        </message>
        <message>
            <source>Standfirst</source>
            <translation>Подзаголовок (лид)</translation>
        </message>
        <message>
            <source>Standfirst: the one or two sentences under the headline</source>
            <translation>Подзаголовок (лид): одно-два предложения под заголовком</translation>
        </message>
        <message>
            <source>Byline</source>
            <translation>Подпись автора</translation>
        </message>
        <message>
            <source>By …</source>
            <translation>Автор: …</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Рубрика</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Теги через запятую</translation>
        </message>
        <message>
            <source>tags, separated, by commas</source>
            <translation>теги, через, запятую</translation>
        </message>
        <message>
            <source>Source line</source>
            <translation>Строка источника</translation>
        </message>
        <message>
            <source>source: agencies, own reporting…</source>
            <translation>источник: агентства, собственные материалы…</translation>
        </message>
        <message>
            <source>Editor's choice</source>
            <translation>Выбор редакции</translation>
        </message>
        <message>
            <source>Why the article cannot be edited</source>
            <translation>Почему статью нельзя изменить</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message numerus="yes">
            <source>%n character(s) over the limit</source>
            <translation>
                <numerusform>Превышение лимита на %n символ</numerusform>
                <numerusform>Превышение лимита на %n символа</numerusform>
                <numerusform>Превышение лимита на %n символов</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Returned by the desk:&lt;/b&gt; {}</source>
            <translation>&lt;b&gt;Возвращено редакцией:&lt;/b&gt; {}</translation>
        </message>
    </context>
    <context>
        <name>ArticleListModel</name>
        <message>
            <source>Untitled article</source>
            <translation>Статья без заголовка</translation>
        </message>
        <message>
            <source>No section</source>
            <translation>Без рубрики</translation>
        </message>
        <message>
            <source>★ Editor's choice</source>
            <translation>★ Выбор редакции</translation>
        </message>
        <message>
            <source>not synced</source>
            <translation>не синхронизировано</translation>
        </message>
    </context>
    <context>
        <name>ArticleListPanel</name>
        <message>
            <source>Filter articles…</source>
            <translation>Фильтр статей…</translation>
        </message>
        <message>
            <source>Filter articles by text</source>
            <translation>Фильтровать статьи по тексту</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Фильтр по статусу</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Все статусы</translation>
        </message>
        <message>
            <source>Filter by section</source>
            <translation>Фильтр по рубрике</translation>
        </message>
        <message>
            <source>All sections</source>
            <translation>Все рубрики</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статьи</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Headline</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Standfirst</source>
            <translation>Подзаголовок (лид)</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Editor's choice</source>
            <translation>Выбор редакции</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Оставить мою</translation>
        </message>
        <message>
            <source>Keep the server's</source>
            <translation>Оставить серверную</translation>
        </message>
        <message>
            <source>Keep both (mine first)</source>
            <translation>Оставить обе (сначала мою)</translation>
        </message>
        <message>
            <source>{}, paragraph {}</source>
            <translation>{}, абзац {}</translation>
        </message>
        <message>
            <source>Sync conflict</source>
            <translation>Конфликт синхронизации</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Без заголовка</translation>
        </message>
        <message>
            <source>Choose between two versions: {}</source>
            <translation>Выберите одну из двух версий: {}</translation>
        </message>
        <message>
            <source>“{headline}” was changed on this computer and on {site} in the same places. Choose which version to keep for each difference. Paragraphs only one side changed are already merged. &lt;b&gt;Nothing is discarded until you press Apply.&lt;/b&gt;</source>
            <translation>«{headline}» изменили и на этом компьютере, и на {site} в одних и тех же местах. Для каждого расхождения выберите, какую версию оставить. Абзацы, изменённые только с одной стороны, уже объединены. &lt;b&gt;Ничего не теряется, пока вы не нажмёте «Применить».&lt;/b&gt;</translation>
        </message>
        <message>
            <source>the server</source>
            <translation>сервере</translation>
        </message>
        <message>
            <source>The result with your choices</source>
            <translation>Результат с вашим выбором</translation>
        </message>
        <message>
            <source>Result with these choices</source>
            <translation>Результат с этим выбором</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Применить</translation>
        </message>
        <message>
            <source>Decide later</source>
            <translation>Решить позже</translation>
        </message>
        <message>
            <source>On this computer</source>
            <translation>На этом компьютере</translation>
        </message>
        <message>
            <source>On the server</source>
            <translation>На сервере</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(пусто)</translation>
        </message>
        <message>
            <source>Before both edits: {}</source>
            <translation>До обеих правок: {}</translation>
        </message>
        <message>
            <source>Your choice could not be saved: {}. Both versions are still kept.</source>
            <translation>Не удалось сохранить ваш выбор: {}. Обе версии по-прежнему сохранены.</translation>
        </message>
    </context>
    <context>
        <name>Core</name>
        <message numerus="yes">
            <source>The headline is %n character(s); the limit is {limit}.</source>
            <translation>
                <numerusform>В заголовке %n символ; предел — {limit}.</numerusform>
                <numerusform>В заголовке %n символа; предел — {limit}.</numerusform>
                <numerusform>В заголовке %n символов; предел — {limit}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Related '{title}' is in the archive, not on the site: it will not be linked.</source>
            <translation>Связанная статья «{title}» есть в архиве, но не на сайте: ссылки на неё не будет.</translation>
        </message>
        <message>
            <source>Photo {number} has no caption.</source>
            <translation>У фото {number} нет подписи.</translation>
        </message>
        <message>
            <source>Photo {number} has no credit.</source>
            <translation>У фото {number} не указан автор.</translation>
        </message>
        <message>
            <source>Photo {number} has no caption or credit.</source>
            <translation>У фото {number} нет подписи и не указан автор.</translation>
        </message>
        <message>
            <source>Photo {number} has no alt text.</source>
            <translation>У фото {number} нет альтернативного текста.</translation>
        </message>
        <message>
            <source>on</source>
            <translation>вкл.</translation>
        </message>
        <message>
            <source>off</source>
            <translation>выкл.</translation>
        </message>
        <message>
            <source>{field} added: {items}</source>
            <translation>{field} — добавлено: {items}</translation>
        </message>
        <message>
            <source>{field} removed: {items}</source>
            <translation>{field} — удалено: {items}</translation>
        </message>
        <message>
            <source>{field} reordered: {items}</source>
            <translation>{field} — новый порядок: {items}</translation>
        </message>
        <message>
            <source>{field}: {value}</source>
            <translation>{field}: {value}</translation>
        </message>
        <message>
            <source>{field} set: {value}</source>
            <translation>{field} — задано: {value}</translation>
        </message>
        <message>
            <source>{field} removed (was {value})</source>
            <translation>{field} — удалено (было: {value})</translation>
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
            <translation>{before} → {after} — {who}</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>кто-то</translation>
        </message>
        <message>
            <source>Unknown action '{action}'.</source>
            <translation>Неизвестное действие «{action}».</translation>
        </message>
        <message>
            <source>Cannot {action} an article that is {status}.</source>
            <translation>Действие «{action}» недоступно для статьи в состоянии «{status}».</translation>
        </message>
        <message>
            <source>A {role} cannot {action} articles.</source>
            <translation>Роль «{role}» не может выполнять действие «{action}».</translation>
        </message>
        <message>
            <source>Cannot import {label}: it is a binary file, not a text article.</source>
            <translation>Не удаётся импортировать {label}: это двоичный файл, а не текст статьи.</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>изображение JPEG</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>изображение PNG</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>изображение GIF</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>документ PDF</translation>
        </message>
        <message>
            <source>a ZIP archive (or a Word/OpenDocument file)</source>
            <translation>архив ZIP (или файл Word/OpenDocument)</translation>
        </message>
        <message>
            <source>a ZIP archive</source>
            <translation>архив ZIP</translation>
        </message>
        <message>
            <source>an old Microsoft Office document</source>
            <translation>старый документ Microsoft Office</translation>
        </message>
        <message>
            <source>an RTF document</source>
            <translation>документ RTF</translation>
        </message>
        <message>
            <source>a gzip archive</source>
            <translation>архив gzip</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>изображение TIFF</translation>
        </message>
        <message>
            <source>a program</source>
            <translation>программа</translation>
        </message>
        <message>
            <source>Cannot import {label}: it is {size} ({bytes} bytes); the limit for an article file is {limit}.</source>
            <translation>Не удаётся импортировать {label}: его размер {size} ({bytes} байт), а предел для файла статьи — {limit}.</translation>
        </message>
        <message>
            <source>Cannot import {label}: the file is empty.</source>
            <translation>Не удаётся импортировать {label}: файл пуст.</translation>
        </message>
        <message>
            <source>{label} is not valid UTF-8; read as {encoding}</source>
            <translation>{label} — не UTF-8; прочитан как {encoding}</translation>
        </message>
        <message>
            <source>{label} is {encoding} (it starts with a byte-order mark)</source>
            <translation>{label} в кодировке {encoding} (начинается с метки порядка байтов)</translation>
        </message>
        <message>
            <source>Cannot import {label}: it is {kind}, not a text article.</source>
            <translation>Не удаётся импортировать {label}: это {kind}, а не текст статьи.</translation>
        </message>
        <message>
            <source>this file</source>
            <translation>этот файл</translation>
        </message>
        <message>
            <source>Cannot import {label}: the front matter opened by '---' on line 1 is never closed.</source>
            <translation>Не удаётся импортировать {label}: блок метаданных, открытый '---' в строке 1, нигде не закрыт.</translation>
        </message>
        <message>
            <source>Cannot import {label}: the front matter is not valid YAML ({detail}).</source>
            <translation>Не удаётся импортировать {label}: блок метаданных — недопустимый YAML ({detail}).</translation>
        </message>
        <message>
            <source>{label}: {detail}</source>
            <translation>{label}: {detail}</translation>
        </message>
        <message>
            <source>'{key}' is not an ISO date and time ({value}); ignored</source>
            <translation>'{key}' — не дата и время в формате ISO ({value}); пропущено</translation>
        </message>
        <message>
            <source>'{alias}' ignored because '{name}' is also given</source>
            <translation>'{alias}' пропущено, потому что задано и '{name}'</translation>
        </message>
        <message>
            <source>unknown front-matter keys ignored: {keys}</source>
            <translation>неизвестные ключи метаданных пропущены: {keys}</translation>
        </message>
        <message>
            <source>{what} should be text (put it in quotes); ignored</source>
            <translation>{what} должно быть текстом (возьмите в кавычки); пропущено</translation>
        </message>
        <message>
            <source>{what} should be true or false, not {value}; ignored</source>
            <translation>{what} должно быть true или false, а не {value}; пропущено</translation>
        </message>
        <message>
            <source>unknown status {value} (expected one of {choices}); imported as draft</source>
            <translation>неизвестное состояние {value} (ожидалось одно из: {choices}); импортировано как черновик</translation>
        </message>
        <message>
            <source>photo {number} is neither a caption nor 'key: value' lines; skipped</source>
            <translation>фото {number} — не подпись и не строки 'ключ: значение'; пропущено</translation>
        </message>
        <message>
            <source>photo {number}: unknown keys ignored: {keys}</source>
            <translation>фото {number}: неизвестные ключи пропущены: {keys}</translation>
        </message>
        <message>
            <source>related entry {value} is not an article id (a UUID); ignored</source>
            <translation>связанная запись {value} — не идентификатор статьи (UUID); пропущено</translation>
        </message>
        <message>
            <source>Cannot import {label}: it has neither a headline nor any text.</source>
            <translation>Не удаётся импортировать {label}: в нём нет ни заголовка, ни текста.</translation>
        </message>
        <message>
            <source>{path}: no such file or folder.</source>
            <translation>{path}: такого файла или папки нет.</translation>
        </message>
        <message>
            <source>{name}: {size} MB is too large for an article (the limit is {limit} MB); nothing was imported.</source>
            <translation>{name}: {size} МБ — слишком много для статьи (предел — {limit} МБ); ничего не импортировано.</translation>
        </message>
        <message>
            <source>{name}: cannot be read ({reason}).</source>
            <translation>{name}: не удаётся прочитать ({reason}).</translation>
        </message>
        <message>
            <source>{error} Import stopped at {name}: nothing was imported.</source>
            <translation>{error} Импорт остановлен на файле {name}: ничего не импортировано.</translation>
        </message>
        <message>
            <source>{error} Import stopped at {name}: the files before it were imported.</source>
            <translation>{error} Импорт остановлен на файле {name}: файлы до него импортированы.</translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n related article(s) not in the archive.</source>
            <translation>
                <numerusform>{name}: %n связанной статьи нет в архиве.</numerusform>
                <numerusform>{name}: %n связанных статей нет в архиве.</numerusform>
                <numerusform>{name}: %n связанных статей нет в архиве.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}: could not be saved ({reason}).</source>
            <translation>{name}: не удалось сохранить ({reason}).</translation>
        </message>
        <message>
            <source>{name}: updates an article that is not in the archive; its status was left as it is.</source>
            <translation>{name}: обновляет статью, которой нет в архиве; её состояние не изменено.</translation>
        </message>
        <message>
            <source>sent to the server</source>
            <translation>отправлена на сервер</translation>
        </message>
        <message>
            <source>new from the server</source>
            <translation>новая с сервера</translation>
        </message>
        <message>
            <source>updated from the server</source>
            <translation>обновлена с сервера</translation>
        </message>
        <message>
            <source>deleted on the server (the copy here is kept)</source>
            <translation>удалена на сервере (копия здесь сохранена)</translation>
        </message>
        <message>
            <source>changed on both sides: both versions kept until you choose</source>
            <translation>изменена с обеих сторон: обе версии сохранены, пока вы не выберете</translation>
        </message>
        <message>
            <source>the site could not be reached; nothing was sent</source>
            <translation>сайт недоступен; ничего не отправлено</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) uploaded</source>
            <translation>
                <numerusform>загружено фото: %n</numerusform>
                <numerusform>загружено фото: %n</numerusform>
                <numerusform>загружено фото: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>“{title}”: {what}</source>
            <translation>«{title}»: {what}</translation>
        </message>
        <message>
            <source>“{title}” changed after you opened the review: read the new changes, then approve again.</source>
            <translation>«{title}» изменилась после того, как вы открыли проверку: прочтите новые правки и одобрите снова.</translation>
        </message>
        <message>
            <source>You are signed in to the site as a {site_role}: the site decides your role, and a {role} cannot be picked here.</source>
            <translation>Вы вошли на сайт с ролью «{site_role}»: роль определяет сайт, и выбрать здесь «{role}» нельзя.</translation>
        </message>
        <message>
            <source>A note for the reporter is required to {action} an article.</source>
            <translation>Для действия «{action}» нужна записка репортёру.</translation>
        </message>
        <message>
            <source>pulled {count}</source>
            <translation>получено: {count}</translation>
        </message>
        <message>
            <source>pushed {count}</source>
            <translation>отправлено: {count}</translation>
        </message>
        <message>
            <source>merged {count}</source>
            <translation>объединено: {count}</translation>
        </message>
        <message>
            <source>{count} in conflict</source>
            <translation>в конфликте: {count}</translation>
        </message>
        <message>
            <source>{count} deleted on the server</source>
            <translation>удалено на сервере: {count}</translation>
        </message>
        <message>
            <source>{count} failed</source>
            <translation>с ошибкой: {count}</translation>
        </message>
        <message>
            <source>The headline is empty.</source>
            <translation>Нет заголовка.</translation>
        </message>
        <message>
            <source>The body is empty.</source>
            <translation>Нет текста статьи.</translation>
        </message>
        <message>
            <source>No section is chosen.</source>
            <translation>Не выбрана рубрика.</translation>
        </message>
        <message>
            <source>The source line is empty.</source>
            <translation>Не указан источник.</translation>
        </message>
        <message>
            <source>There is no featured photo.</source>
            <translation>Нет главного фото.</translation>
        </message>
        <message>
            <source>The featured photo has no caption.</source>
            <translation>У главного фото нет подписи.</translation>
        </message>
        <message>
            <source>The featured photo has no credit.</source>
            <translation>У главного фото не указан автор.</translation>
        </message>
        <message>
            <source>The featured photo has no alt text.</source>
            <translation>У главного фото нет альтернативного текста.</translation>
        </message>
        <message>
            <source>The featured photo has no caption or credit.</source>
            <translation>У главного фото нет подписи или не указан автор.</translation>
        </message>
        <message>
            <source>The featured photo has no caption or alt text.</source>
            <translation>У главного фото нет подписи или альтернативного текста.</translation>
        </message>
        <message>
            <source>The featured photo has no credit or alt text.</source>
            <translation>У главного фото не указан автор или нет альтернативного текста.</translation>
        </message>
        <message>
            <source>The featured photo has no caption, credit or alt text.</source>
            <translation>У главного фото нет подписи, автора или альтернативного текста.</translation>
        </message>
        <message>
            <source>The desk is reviewing this article: changes go through the desk, or it returns it to you.</source>
            <translation>Статья на проверке в редакции: правки вносит редакция, или она вернёт статью вам.</translation>
        </message>
        <message>
            <source>This article is approved: only the desk can change it now.</source>
            <translation>Статья одобрена: теперь её может менять только редакция.</translation>
        </message>
        <message>
            <source>This article is scheduled: only the desk can change it now.</source>
            <translation>Публикация статьи запланирована: теперь её может менять только редакция.</translation>
        </message>
        <message>
            <source>This article is published: only the desk can change it now.</source>
            <translation>Статья опубликована: теперь её может менять только редакция.</translation>
        </message>
        <message>
            <source>This article was killed: the desk can restore it.</source>
            <translation>Статья снята с публикации: редакция может её восстановить.</translation>
        </message>
        <message>
            <source>This article is in the archive (published elsewhere): it is a reference, kept as it was.</source>
            <translation>Статья в архиве (опубликована в другом месте): это справочный материал, он хранится без изменений.</translation>
        </message>
        <message>
            <source>The caption says: MANDATORY CREDIT</source>
            <translation>В подписи указано: ОБЯЗАТЕЛЬНО УКАЗАТЬ АВТОРА</translation>
        </message>
    </context>
    <context>
        <name>CreditsCodesDialog</name>
        <message>
            <source>Credits &amp; Codes</source>
            <translation>Авторы и коды</translation>
        </message>
        <message>
            <source>Credits and code replacements</source>
            <translation>Авторы фото и замены кодов</translation>
        </message>
        <message>
            <source>Saved credits</source>
            <translation>Сохранённые авторы</translation>
        </message>
        <message>
            <source>=code= replacements</source>
            <translation>Замены =код=</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <source>Saved credits, most used first</source>
            <translation>Сохранённые авторы, сначала самые частые</translation>
        </message>
        <message>
            <source>A credit, e.g. AFP / Getty Images</source>
            <translation>Автор фото, например AFP / Getty Images</translation>
        </message>
        <message>
            <source>New saved credit</source>
            <translation>Новый сохранённый автор</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>Offered while you type a credit. Double-click one to edit it.</source>
            <translation>Предлагаются при вводе автора фото. Дважды щёлкните, чтобы изменить.</translation>
        </message>
        <message>
            <source>Codes and the texts they expand to</source>
            <translation>Коды и тексты, которыми они заменяются</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Expands to</source>
            <translation>Заменяется на</translation>
        </message>
        <message>
            <source>code, e.g. ap</source>
            <translation>код, например ap</translation>
        </message>
        <message>
            <source>New code</source>
            <translation>Новый код</translation>
        </message>
        <message>
            <source>expands to, e.g. The Associated Press</source>
            <translation>заменяется на, например The Associated Press</translation>
        </message>
        <message>
            <source>Text of the new code</source>
            <translation>Текст нового кода</translation>
        </message>
        <message>
            <source>Type =code= in any photo field and it becomes the text.</source>
            <translation>Введите =код= в любом поле фото, и он превратится в текст.</translation>
        </message>
        <message>
            <source>Import Credits &amp; Codes</source>
            <translation>Импорт авторов и кодов</translation>
        </message>
        <message>
            <source>Export Credits &amp; Codes</source>
            <translation>Экспорт авторов и кодов</translation>
        </message>
        <message>
            <source>Credits &amp; Codes (*.json);;All files (*)</source>
            <translation>Авторы и коды (*.json);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Could not read {0}: {1}</source>
            <translation>Не удалось прочитать {0}: {1}</translation>
        </message>
        <message>
            <source>From {0}: {1} credits and {2} codes.</source>
            <translation>Из {0}: авторов — {1}, кодов — {2}.</translation>
        </message>
        <message>
            <source>Saved to {0}.</source>
            <translation>Сохранено в {0}.</translation>
        </message>
        <message>
            <source>Could not save {0}: {1}</source>
            <translation>Не удалось сохранить {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>DockRestore</name>
        <message>
            <source>&amp;Reset Layout</source>
            <translation>&amp;Сбросить расположение</translation>
        </message>
        <message>
            <source>Show every panel of this workspace again, arranged as at first</source>
            <translation>Снова показать все панели этого рабочего места в исходном расположении</translation>
        </message>
        <message>
            <source>{0} closed: View ▸ {0} shows it again, View ▸ Reset Layout restores the workspace</source>
            <translation>Панель «{0}» закрыта: Вид ▸ {0} вернёт её, Вид ▸ Сбросить расположение восстановит рабочее место</translation>
        </message>
    </context>
    <context>
        <name>EditorController</name>
        <message>
            <source>Could not save “{title}”: {error}. Your text is kept; retrying.</source>
            <translation>Не удалось сохранить «{title}»: {error}. Ваш текст не потерян; повторяем попытку.</translation>
        </message>
    </context>
    <context>
        <name>EditorsChoiceController</name>
        <message>
            <source>&amp;Editor's choice…</source>
            <translation>&amp;Выбор редакции…</translation>
        </message>
        <message>
            <source>See and order the site's Editor's choice selection</source>
            <translation>Просмотреть подборку «Выбор редакции» на сайте и изменить её порядок</translation>
        </message>
    </context>
    <context>
        <name>EditorsChoiceDialog</name>
        <message>
            <source>Untitled article</source>
            <translation>Статья без заголовка</translation>
        </message>
        <message>
            <source>{title} ({status}: not shown to readers yet)</source>
            <translation>{title} ({status}: читатели пока не видят)</translation>
        </message>
        <message>
            <source>Editor's choice</source>
            <translation>Выбор редакции</translation>
        </message>
        <message>
            <source>Editor's choice, in order</source>
            <translation>Выбор редакции, по порядку</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Выше</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>&amp;Ниже</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Убрать</translation>
        </message>
        <message>
            <source>Published article to add</source>
            <translation>Опубликованная статья для добавления</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Добавить</translation>
        </message>
        <message>
            <source>Your order is saved here and goes to the site with the next sync.</source>
            <translation>Ваш порядок сохранён здесь и попадёт на сайт при следующей синхронизации.</translation>
        </message>
        <message>
            <source>The selection on the site, {}. Drag to reorder.</source>
            <translation>Подборка на сайте, {}. Перетаскивайте, чтобы изменить порядок.</translation>
        </message>
        <message>
            <source>Not synced yet: the site's selection arrives with the next sync.</source>
            <translation>Ещё не синхронизировано: подборка с сайта придёт при следующей синхронизации.</translation>
        </message>
        <message>
            <source>“{}” is already in Editor's choice.</source>
            <translation>«{}» уже в подборке «Выбор редакции».</translation>
        </message>
    </context>
    <context>
        <name>FileCommands</name>
        <message>
            <source>Import articles</source>
            <translation>Импорт статей</translation>
        </message>
        <message>
            <source>Articles (*.md *.markdown *.txt);;All files (*)</source>
            <translation>Статьи (*.md *.markdown *.txt);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Import a folder of articles</source>
            <translation>Импорт папки со статьями</translation>
        </message>
        <message>
            <source>Import an archive (articles published elsewhere)</source>
            <translation>Импорт архива (статей, опубликованных в другом месте)</translation>
        </message>
        <message>
            <source>Import folder</source>
            <translation>Импорт папки</translation>
        </message>
        <message>
            <source>Is “{}” an archive of articles published elsewhere?</source>
            <translation>«{}» — это архив статей, опубликованных в другом месте?</translation>
        </message>
        <message>
            <source>An archive keeps each article's original date and is searchable and linkable as related, but is never sent to the site (the desk can publish one article at a time). Drafts are new work that syncs with the site.</source>
            <translation>Архив сохраняет исходную дату каждой статьи, по нему можно искать и ссылаться на него как на материалы по теме, но на сайт он не отправляется (редакция может публиковать статьи по одной). Черновики — это новая работа, которая синхронизируется с сайтом.</translation>
        </message>
        <message>
            <source>Import as &amp;Archive</source>
            <translation>Импортировать как &amp;архив</translation>
        </message>
        <message>
            <source>Import as &amp;Drafts</source>
            <translation>Импортировать как &amp;черновики</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) need attention; details below.</source>
            <translation>
                <numerusform>%n файл требует внимания; подробности ниже.</numerusform>
                <numerusform>%n файла требуют внимания; подробности ниже.</numerusform>
                <numerusform>%n файлов требуют внимания; подробности ниже.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n article(s) into the archive (published elsewhere: kept with their dates, not sent to the site).</source>
            <translation>
                <numerusform>В архив импортирована %n статья (опубликована в другом месте: сохранена с датой, на сайт не отправляется).</numerusform>
                <numerusform>В архив импортированы %n статьи (опубликованы в другом месте: сохранены с датами, на сайт не отправляются).</numerusform>
                <numerusform>В архив импортировано %n статей (опубликованы в другом месте: сохранены с датами, на сайт не отправляются).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n article(s); {} into the archive (not sent to the site).</source>
            <translation>
                <numerusform>Импортирована %n статья; в архив: {} (на сайт не отправляются).</numerusform>
                <numerusform>Импортированы %n статьи; в архив: {} (на сайт не отправляются).</numerusform>
                <numerusform>Импортировано %n статей; в архив: {} (на сайт не отправляются).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n article(s).</source>
            <translation>
                <numerusform>Импортирована %n статья.</numerusform>
                <numerusform>Импортированы %n статьи.</numerusform>
                <numerusform>Импортировано %n статей.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export article</source>
            <translation>Экспорт статьи</translation>
        </message>
        <message>
            <source>Markdown (*.md);;Web page (*.html)</source>
            <translation>Markdown (*.md);;Веб-страница (*.html)</translation>
        </message>
        <message>
            <source>Exported to {}</source>
            <translation>Экспортировано в {}</translation>
        </message>
    </context>
    <context>
        <name>FindReplaceBar</name>
        <message>
            <source>Find and replace</source>
            <translation>Найти и заменить</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Найти</translation>
        </message>
        <message>
            <source>Find in the article</source>
            <translation>Найти в статье</translation>
        </message>
        <message>
            <source>Replace with</source>
            <translation>Заменить на</translation>
        </message>
        <message>
            <source>Match case</source>
            <translation>С учётом регистра</translation>
        </message>
        <message>
            <source>Whole words</source>
            <translation>Слова целиком</translation>
        </message>
        <message>
            <source>Search result</source>
            <translation>Результат поиска</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Find previous (Shift+F3)</source>
            <translation>Найти ранее (Shift+F3)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Далее</translation>
        </message>
        <message>
            <source>Find next (F3)</source>
            <translation>Найти далее (F3)</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Заменить</translation>
        </message>
        <message>
            <source>Replace this match</source>
            <translation>Заменить это совпадение</translation>
        </message>
        <message>
            <source>Replace all</source>
            <translation>Заменить все</translation>
        </message>
        <message>
            <source>Replace every match</source>
            <translation>Заменить все совпадения</translation>
        </message>
        <message>
            <source>Close find bar</source>
            <translation>Закрыть панель поиска</translation>
        </message>
        <message>
            <source>Close (Escape)</source>
            <translation>Закрыть (Escape)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Совпадений нет</translation>
        </message>
        <message numerus="yes">
            <source>Replaced %n</source>
            <translation>
                <numerusform>Заменено: %n</numerusform>
                <numerusform>Заменено: %n</numerusform>
                <numerusform>Заменено: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FocusMode</name>
        <message>
            <source>&amp;Focus Mode</source>
            <translation>Режим &amp;фокуса</translation>
        </message>
        <message>
            <source>Only the article: hide the panels, the list and the toolbars</source>
            <translation>Только статья: скрыть панели, список и панели инструментов</translation>
        </message>
        <message>
            <source>&amp;Typewriter Scrolling</source>
            <translation>Прокрутка как в &amp;пишущей машинке</translation>
        </message>
        <message>
            <source>Keep the line you are writing in the middle of the editor</source>
            <translation>Держать строку, которую вы пишете, посередине редактора</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>created</source>
            <translation>создана</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>изменена</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>импортирована</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>восстановлена</translation>
        </message>
        <message>
            <source>synced</source>
            <translation>синхронизирована</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>объединена</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>отправлена в редакцию</translation>
        </message>
        <message>
            <source>seen by the desk</source>
            <translation>просмотрена редакцией</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Standfirst</source>
            <translation>Подзаголовок (лид)</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Byline</source>
            <translation>Подпись автора</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Рубрика</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <source>Editor's choice</source>
            <translation>Выбор редакции</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>+{added} / −{removed} words since this revision</source>
            <translation>+{added} / −{removed} слов с этой версии</translation>
        </message>
        <message>
            <source>This revision is the same as the current text.</source>
            <translation>Эта версия совпадает с текущим текстом.</translation>
        </message>
        <message>
            <source>(for {})</source>
            <translation>(на {})</translation>
        </message>
        <message>
            <source>History — {}</source>
            <translation>История — {}</translation>
        </message>
        <message>
            <source>Article history</source>
            <translation>История статьи</translation>
        </message>
        <message>
            <source>Revisions, newest first</source>
            <translation>Версии, сначала новые</translation>
        </message>
        <message>
            <source>Changes since the selected revision</source>
            <translation>Изменения с выбранной версии</translation>
        </message>
        <message>
            <source>Restore this version</source>
            <translation>Восстановить эту версию</translation>
        </message>
        <message>
            <source>Make this version the current text (as a new revision; nothing is deleted)</source>
            <translation>Сделать эту версию текущим текстом (как новую версию; ничего не удаляется)</translation>
        </message>
        <message numerus="yes">
            <source>#{number} · {kind} · {when} · %Ln word(s)</source>
            <translation>
                <numerusform>№{number} · {kind} · {when} · %Ln слово</numerusform>
                <numerusform>№{number} · {kind} · {when} · %Ln слова</numerusform>
                <numerusform>№{number} · {kind} · {when} · %Ln слов</numerusform>
            </translation>
        </message>
        <message>
            <source>Changes shown are from the selected revision to the current text.</source>
            <translation>Показаны изменения от выбранной версии до текущего текста.</translation>
        </message>
        <message>
            <source>Workflow history: who moved the article, when, and the note</source>
            <translation>История прохождения: кто и когда перевёл статью, и замечание</translation>
        </message>
        <message>
            <source>No workflow steps yet.</source>
            <translation>Пока нет шагов.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Workflow&lt;/b&gt; (who, when, from, to, note)</source>
            <translation>&lt;b&gt;Прохождение&lt;/b&gt; (кто, когда, откуда, куда, замечание)</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>Photo import report</source>
            <translation>Отчёт об импорте фото</translation>
        </message>
        <message>
            <source>Show or hide the import details</source>
            <translation>Показать или скрыть подробности импорта</translation>
        </message>
        <message>
            <source>Dismiss the import report</source>
            <translation>Закрыть отчёт об импорте</translation>
        </message>
        <message>
            <source>1 photo added</source>
            <translation>Добавлено 1 фото</translation>
        </message>
        <message numerus="yes">
            <source>%n photos added</source>
            <translation>
                <numerusform>Добавлено %n фото</numerusform>
                <numerusform>Добавлено %n фото</numerusform>
                <numerusform>Добавлено %n фото</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the library (reused)</source>
            <translation>
                <numerusform>%n уже в библиотеке (использовано повторно)</numerusform>
                <numerusform>%n уже в библиотеке (использованы повторно)</numerusform>
                <numerusform>%n уже в библиотеке (использованы повторно)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in this article</source>
            <translation>
                <numerusform>%n уже в этой статье</numerusform>
                <numerusform>%n уже в этой статье</numerusform>
                <numerusform>%n уже в этой статье</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be imported</source>
            <translation>
                <numerusform>%n не удалось импортировать</numerusform>
                <numerusform>%n не удалось импортировать</numerusform>
                <numerusform>%n не удалось импортировать</numerusform>
            </translation>
        </message>
        <message>
            <source>Import cancelled: {0}</source>
            <translation>Импорт отменён: {0}</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes).</source>
            <translation>файл пуст (0 байт).</translation>
        </message>
        <message>
            <source>the picture claims far more pixels than can be opened safely; it is damaged or built to crash programs.</source>
            <translation>изображение заявляет гораздо больше пикселей, чем можно безопасно открыть; оно повреждено или создано, чтобы вызывать сбои программ.</translation>
        </message>
        <message>
            <source>this is not a picture the workstation can read (JPEG, PNG, TIFF or WebP).</source>
            <translation>это не изображение, которое программа умеет читать (JPEG, PNG, TIFF или WebP).</translation>
        </message>
        <message>
            <source>the file hides an oversized text block, a sign of a damaged or booby-trapped file; not opened.</source>
            <translation>в файле спрятан слишком большой текстовый блок — признак повреждённого или заминированного файла; файл не открыт.</translation>
        </message>
        <message>
            <source>the file is cut short (an incomplete download or copy); ask for it again.</source>
            <translation>файл обрезан (загрузка или копирование не завершены); запросите его ещё раз.</translation>
        </message>
        <message>
            <source>the picture data is damaged and cannot be shown.</source>
            <translation>данные изображения повреждены, показать его нельзя.</translation>
        </message>
        <message>
            <source>this image format is not supported; save it as JPEG, PNG, TIFF or WebP.</source>
            <translation>этот формат изображений не поддерживается; сохраните его как JPEG, PNG, TIFF или WebP.</translation>
        </message>
        <message>
            <source>the picture has no pixels.</source>
            <translation>в изображении нет пикселей.</translation>
        </message>
        <message>
            <source>the file could not be read or stored; check it still exists and the disk has room.</source>
            <translation>файл не удалось прочитать или сохранить; проверьте, что он ещё существует и на диске есть место.</translation>
        </message>
        <message>
            <source>the file made the image decoder crash; it is probably damaged.</source>
            <translation>файл вызвал сбой декодера изображений; вероятно, он повреждён.</translation>
        </message>
        <message>
            <source>the import failed unexpectedly.</source>
            <translation>импорт неожиданно прервался.</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <source>{0}: imported, but part of the text stored in the file (caption, credit, date…) could not be read; check its fields.</source>
            <translation>{0}: импортировано, но часть текста в файле (подпись, автор, дата…) прочитать не удалось; проверьте поля.</translation>
        </message>
        <message>
            <source>{0}: imported; the file's two copies of its {1} differ, the newer (XMP) one is used.</source>
            <translation>{0}: импортировано; две копии поля «{1}» в файле различаются, используется более новая (XMP).</translation>
        </message>
    </context>
    <context>
        <name>InlinePhotos</name>
        <message>
            <source>(no caption)</source>
            <translation>(без подписи)</translation>
        </message>
        <message>
            <source>(no credit)</source>
            <translation>(автор фото не указан)</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>System language ({})</source>
            <translation>Язык системы ({})</translation>
        </message>
        <message>
            <source>The new language is used the next time Editorial Workstation starts.</source>
            <translation>Новый язык будет применён при следующем запуске Editorial Workstation.</translation>
        </message>
    </context>
    <context>
        <name>LanguageCombo</name>
        <message>
            <source>English (UK)</source>
            <translation>Английский (Великобритания)</translation>
        </message>
        <message>
            <source>English (US)</source>
            <translation>Английский (США)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>The article's language: spelling, hyphenation and the page's language tag</source>
            <translation>Язык статьи: проверка орфографии, переносы и языковой тег страницы</translation>
        </message>
    </context>
    <context>
        <name>LengthTarget</name>
        <message>
            <source>Length target in words</source>
            <translation>Нужный объём в словах</translation>
        </message>
        <message>
            <source>Target: </source>
            <translation>Объём: </translation>
        </message>
        <message>
            <source> words</source>
            <translation> слов</translation>
        </message>
        <message>
            <source>No length target</source>
            <translation>Объём не задан</translation>
        </message>
        <message>
            <source>The length the desk asks for; it goes to the site with the article at the next sync</source>
            <translation>Объём, который просит редакция; уходит на сайт вместе со статьёй при следующей синхронизации</translation>
        </message>
        <message>
            <source>The desk sets the length target; it comes from the site with the article</source>
            <translation>Нужный объём задаёт редакция; он приходит с сайта вместе со статьёй</translation>
        </message>
    </context>
    <context>
        <name>Loupe</name>
        <message>
            <source>Photo at full size</source>
            <translation>Фото в полном размере</translation>
        </message>
        <message>
            <source>Loupe</source>
            <translation>Лупа</translation>
        </message>
        <message>
            <source>{0} of {1} · {2} × {3} px · ← → to move · 1–5 rate · 6–9 label · F featured · Esc closes</source>
            <translation>{0} из {1} · {2} × {3} px · ← → листать · 1–5 оценка · 6–9 метка · F главное · Esc закрыть</translation>
        </message>
        <message>
            <source>No image file for this photo</source>
            <translation>Для этого фото нет файла изображения</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>This profile is read-only ({0}): you can read, search and export.</source>
            <translation>Профиль доступен только для чтения ({0}): можно читать, искать и экспортировать.</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Фото</translation>
        </message>
        <message>
            <source>Related articles</source>
            <translation>Связанные статьи</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Проверка</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <source>Editorial Workstation</source>
            <translation>Editorial Workstation</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Предпросмотр</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>S&amp;ync</source>
            <translation>С&amp;инхронизация</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Основная панель</translation>
        </message>
        <message>
            <source>About Editorial Workstation</source>
            <translation>О программе Editorial Workstation</translation>
        </message>
        <message>
            <source>&lt;b&gt;Editorial Workstation&lt;/b&gt; {0}&lt;br&gt;Data folder: {1}</source>
            <translation>&lt;b&gt;Editorial Workstation&lt;/b&gt; {0}&lt;br&gt;Папка данных: {1}</translation>
        </message>
    </context>
    <context>
        <name>ManualDialog</name>
        <message>
            <source>Editorial Workstation manual</source>
            <translation>Руководство Editorial Workstation</translation>
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <source>Bold</source>
            <translation>Полужирный</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>Курсив</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Ссылка</translation>
        </message>
        <message>
            <source>Heading 1</source>
            <translation>Заголовок 1</translation>
        </message>
        <message>
            <source>Heading 2</source>
            <translation>Заголовок 2</translation>
        </message>
        <message>
            <source>Heading 3</source>
            <translation>Заголовок 3</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <source>Bulleted list</source>
            <translation>Маркированный список</translation>
        </message>
        <message>
            <source>Find…</source>
            <translation>Найти…</translation>
        </message>
        <message>
            <source>Replace…</source>
            <translation>Заменить…</translation>
        </message>
        <message>
            <source>Find next</source>
            <translation>Найти далее</translation>
        </message>
        <message>
            <source>Find previous</source>
            <translation>Найти ранее</translation>
        </message>
        <message>
            <source>Article body (Markdown)</source>
            <translation>Текст статьи (Markdown)</translation>
        </message>
        <message>
            <source>Write the story here. Markdown: **bold**, *italic*, [link](https://…), ## heading</source>
            <translation>Пишите материал здесь. Markdown: **полужирный**, *курсив*, [ссылка](https://…), ## заголовок</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Формат</translation>
        </message>
    </context>
    <context>
        <name>PhotoForm</name>
        <message>
            <source>Caption</source>
            <translation>Подпись к фото</translation>
        </message>
        <message>
            <source>Alt text</source>
            <translation>Альтернативный текст</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Автор фото</translation>
        </message>
        <message>
            <source>Creator</source>
            <translation>Фотограф</translation>
        </message>
        <message>
            <source>Copyright</source>
            <translation>Авторские права</translation>
        </message>
        <message>
            <source>Keywords</source>
            <translation>Ключевые слова</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>Особые указания</translation>
        </message>
        <message>
            <source>Date taken</source>
            <translation>Дата съёмки</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>Several photos selected</source>
            <translation>Выбрано несколько фото</translation>
        </message>
        <message>
            <source>Special instructions</source>
            <translation>Особые указания</translation>
        </message>
        <message>
            <source>Location privacy note</source>
            <translation>Примечание о местоположении</translation>
        </message>
        <message>
            <source>What the photo still needs</source>
            <translation>Чего не хватает фото</translation>
        </message>
        <message>
            <source>Photo size and file</source>
            <translation>Размер и файл фото</translation>
        </message>
        <message>
            <source>Photo {0}</source>
            <translation>Фото {0}</translation>
        </message>
        <message>
            <source>{0}:</source>
            <translation>{0}:</translation>
        </message>
        <message>
            <source>YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS</source>
            <translation>ГГГГ-ММ-ДД или ГГГГ-ММ-ДДTЧЧ:ММ:СС</translation>
        </message>
        <message>
            <source>comma-separated, e.g. Baku, Karabakh, politics</source>
            <translation>через запятую, например Баку, Карабах, политика</translation>
        </message>
        <message>
            <source>(mixed)</source>
            <translation>(разные)</translation>
        </message>
        <message numerus="yes">
            <source>%n photos selected: a field you change is set on all of them; “(mixed)” marks a field whose values differ.</source>
            <translation>
                <numerusform>Выбрано %n фото: изменённое поле задаётся для всех; «(разные)» отмечает поле с разными значениями.</numerusform>
                <numerusform>Выбрано %n фото: изменённое поле задаётся для всех; «(разные)» отмечает поле с разными значениями.</numerusform>
                <numerusform>Выбрано %n фото: изменённое поле задаётся для всех; «(разные)» отмечает поле с разными значениями.</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ Special instructions: {0}</source>
            <translation>⚠ Особые указания: {0}</translation>
        </message>
        <message>
            <source>This photo's original file carries a GPS location. It is never published: the rendition that is uploaded has no location, camera serial numbers or owner names.</source>
            <translation>В исходном файле этого фото есть GPS-координаты. Они никогда не публикуются: в загружаемой на сайт версии нет ни координат, ни серийных номеров камеры, ни имён владельцев.</translation>
        </message>
        <message>
            <source>Incomplete: add {0} before publishing.</source>
            <translation>Не заполнено: перед публикацией добавьте {0}.</translation>
        </message>
        <message numerus="yes">
            <source>Selected photos still lacking a caption, credit or alt text: %n.</source>
            <translation>
                <numerusform>Выбранных фото без подписи, автора или альтернативного текста: %n.</numerusform>
                <numerusform>Выбранных фото без подписи, автора или альтернативного текста: %n.</numerusform>
                <numerusform>Выбранных фото без подписи, автора или альтернативного текста: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>no file</source>
            <translation>нет файла</translation>
        </message>
        <message>
            <source>{0} × {1} px · {2}</source>
            <translation>{0} × {1} px · {2}</translation>
        </message>
        <message>
            <source>{0} · taken {1}</source>
            <translation>{0} · снято {1}</translation>
        </message>
    </context>
    <context>
        <name>PhotoImporter</name>
        <message>
            <source>Importing %v of {0} photos…</source>
            <translation>Импорт: %v из {0} фото…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
        <message>
            <source>The import failed: {0}</source>
            <translation>Импорт не удался: {0}</translation>
        </message>
    </context>
    <context>
        <name>PhotoMargin</name>
        <message>
            <source>Inline photos beside the text</source>
            <translation>Фото в тексте — на полях</translation>
        </message>
    </context>
    <context>
        <name>PhotoPanel</name>
        <message>
            <source>Could not save the photo: {0}</source>
            <translation>Не удалось сохранить фото: {0}</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.webp);;All files (*)</source>
            <translation>Изображения (*.jpg *.jpeg *.png *.tif *.tiff *.webp);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Add photos</source>
            <translation>Добавить фото</translation>
        </message>
    </context>
    <context>
        <name>PhotoPanelView</name>
        <message>
            <source>Photos of the article</source>
            <translation>Фото к статье</translation>
        </message>
        <message>
            <source>Photos: drag to reorder, drop image files to add them, 1-5 to rate, Space for the loupe</source>
            <translation>Фото: перетаскивайте, чтобы изменить порядок; перетащите файлы, чтобы добавить; 1–5 — оценка, пробел — лупа</translation>
        </message>
        <message>
            <source>Add photos…</source>
            <translation>Добавить фото…</translation>
        </message>
        <message>
            <source>Import image files into this article</source>
            <translation>Импортировать файлы изображений в эту статью</translation>
        </message>
        <message>
            <source>Featured</source>
            <translation>Главное</translation>
        </message>
        <message>
            <source>Make the selected photo the article's featured photo (F)</source>
            <translation>Сделать выбранное фото главным фото статьи (F)</translation>
        </message>
        <message>
            <source>Insert in text</source>
            <translation>Вставить в текст</translation>
        </message>
        <message>
            <source>Place the selected photo in the body</source>
            <translation>Поместить выбранное фото в текст статьи</translation>
        </message>
        <message>
            <source>Loupe</source>
            <translation>Лупа</translation>
        </message>
        <message>
            <source>See the selected photo at full size (Space)</source>
            <translation>Показать выбранное фото в полном размере (пробел)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>Take the selected photos out of this article</source>
            <translation>Убрать выбранные фото из этой статьи</translation>
        </message>
        <message>
            <source>Undo removal</source>
            <translation>Отменить удаление</translation>
        </message>
        <message>
            <source>Put the removed photos back</source>
            <translation>Вернуть убранные фото</translation>
        </message>
        <message>
            <source>Credits &amp;&amp; Codes…</source>
            <translation>Авторы и коды…</translation>
        </message>
        <message>
            <source>Set up saved credits and =code= replacements; import or export them as a file</source>
            <translation>Настроить сохранённых авторов и замены =код=; импортировать или экспортировать их файлом</translation>
        </message>
        <message>
            <source>Paste image</source>
            <translation>Вставить изображение</translation>
        </message>
        <message>
            <source>Add the image on the clipboard</source>
            <translation>Добавить изображение из буфера обмена</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Фото</translation>
        </message>
        <message>
            <source>Thumbnail size</source>
            <translation>Размер миниатюр</translation>
        </message>
        <message>
            <source>Thumbnail size (Ctrl+wheel over the photos)</source>
            <translation>Размер миниатюр (Ctrl+колесо над фото)</translation>
        </message>
        <message>
            <source>Photos in the article and selected</source>
            <translation>Фото в статье и выбранные</translation>
        </message>
        <message>
            <source>Photo import progress</source>
            <translation>Ход импорта фото</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Cancel the photo import</source>
            <translation>Отменить импорт фото</translation>
        </message>
        <message>
            <source>No photos</source>
            <translation>Нет фото</translation>
        </message>
        <message>
            <source>{0} of {1} selected</source>
            <translation>Выбрано {0} из {1}</translation>
        </message>
        <message>
            <source>{0} photos</source>
            <translation>Фото: {0}</translation>
        </message>
    </context>
    <context>
        <name>PhotoRemover</name>
        <message>
            <source>Remove this photo from the article?</source>
            <translation>Убрать это фото из статьи?</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n photos from this article?</source>
            <translation>
                <numerusform>Убрать %n фото из этой статьи?</numerusform>
                <numerusform>Убрать %n фото из этой статьи?</numerusform>
                <numerusform>Убрать %n фото из этой статьи?</numerusform>
            </translation>
        </message>
        <message>
            <source>The photos stay in the library; Undo (Ctrl+Z) puts them back.</source>
            <translation>Фото остаются в библиотеке; «Отменить» (Ctrl+Z) вернёт их.</translation>
        </message>
        <message>
            <source>The featured photo is among them: the article will have no featured photo. The photos stay in the library; Undo (Ctrl+Z) puts them back.</source>
            <translation>Среди них главное фото: у статьи не будет главного фото. Фото остаются в библиотеке; «Отменить» (Ctrl+Z) вернёт их.</translation>
        </message>
        <message>
            <source>Remove photos</source>
            <translation>Убрать фото</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
    </context>
    <context>
        <name>PhotoTiles</name>
        <message>
            <source>red</source>
            <translation>красная</translation>
        </message>
        <message>
            <source>yellow</source>
            <translation>жёлтая</translation>
        </message>
        <message>
            <source>green</source>
            <translation>зелёная</translation>
        </message>
        <message>
            <source>blue</source>
            <translation>синяя</translation>
        </message>
        <message>
            <source>Photo without caption</source>
            <translation>Фото без подписи</translation>
        </message>
        <message>
            <source>Featured photo.</source>
            <translation>Главное фото.</translation>
        </message>
        <message>
            <source>Rating: {0} of 5 stars.</source>
            <translation>Оценка: {0} из 5 звёзд.</translation>
        </message>
        <message>
            <source>Colour label: {0}.</source>
            <translation>Цветная метка: {0}.</translation>
        </message>
        <message>
            <source>Keywords: {0}.</source>
            <translation>Ключевые слова: {0}.</translation>
        </message>
        <message>
            <source>Incomplete: no {0}.</source>
            <translation>Не заполнено: нет {0}.</translation>
        </message>
        <message>
            <source>The original carries a GPS location (removed from what is published).</source>
            <translation>В оригинале есть GPS-координаты (из публикуемой версии они удалены).</translation>
        </message>
        <message>
            <source>no image
file</source>
            <translation>нет файла
изображения</translation>
        </message>
        <message>
            <source>No caption</source>
            <translation>Без подписи</translation>
        </message>
    </context>
    <context>
        <name>PlainPreviewPanel</name>
        <message>
            <source>Preview</source>
            <translation>Предпросмотр</translation>
        </message>
        <message>
            <source>Article preview (plain)</source>
            <translation>Предпросмотр статьи (упрощённый)</translation>
        </message>
        <message>
            <source>Plain preview: the web engine could not start.</source>
            <translation>Упрощённый предпросмотр: веб-движок не запустился.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesController</name>
        <message>
            <source>The profile is still opening; try again in a moment.</source>
            <translation>Профиль ещё открывается; попробуйте чуть позже.</translation>
        </message>
        <message>
            <source>No secure keyring: the proxy's password is kept for this session only.</source>
            <translation>Нет защищённого хранилища ключей: пароль прокси хранится только до конца сеанса.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Языки</translation>
        </message>
        <message>
            <source>Language of the program</source>
            <translation>Язык программы</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Язык системы</translation>
        </message>
        <message>
            <source>The program's language changes the next time it starts.</source>
            <translation>Язык программы сменится при следующем запуске.</translation>
        </message>
        <message>
            <source>Language of new articles</source>
            <translation>Язык новых статей</translation>
        </message>
        <message>
            <source>&amp;Program language:</source>
            <translation>&amp;Язык программы:</translation>
        </message>
        <message>
            <source>&amp;New articles are in:</source>
            <translation>&amp;Язык новых статей:</translation>
        </message>
        <message>
            <source>Connection to the publishing site</source>
            <translation>Подключение к сайту публикации</translation>
        </message>
        <message>
            <source>&amp;No proxy</source>
            <translation>&amp;Без прокси</translation>
        </message>
        <message>
            <source>Use the &amp;system's proxy settings</source>
            <translation>&amp;Системные настройки прокси</translation>
        </message>
        <message>
            <source>&amp;Manual proxy:</source>
            <translation>Прокси &amp;вручную:</translation>
        </message>
        <message>
            <source>Proxy address</source>
            <translation>Адрес прокси</translation>
        </message>
        <message>
            <source>host:port, e.g. proxy.local:3128</source>
            <translation>хост:порт, например proxy.local:3128</translation>
        </message>
        <message>
            <source>Proxy user name</source>
            <translation>Имя пользователя прокси</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>необязательно</translation>
        </message>
        <message>
            <source>Proxy password</source>
            <translation>Пароль прокси</translation>
        </message>
        <message>
            <source>stored; type to change it</source>
            <translation>сохранён; введите новый, чтобы сменить</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Адрес:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Пользователь:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Па&amp;роль:</translation>
        </message>
        <message>
            <source>The proxy's password is kept in your system's secure keyring, like the sites' passwords.</source>
            <translation>Пароль прокси, как и пароли сайтов, хранится в защищённом хранилище ключей вашей системы.</translation>
        </message>
        <message>
            <source>Editor and preview</source>
            <translation>Редактор и предпросмотр</translation>
        </message>
        <message>
            <source>Autosave delay in seconds</source>
            <translation>Задержка автосохранения в секундах</translation>
        </message>
        <message>
            <source> s</source>
            <translation> с</translation>
        </message>
        <message>
            <source>Edits are saved at the latest this long after the first change</source>
            <translation>Правки сохраняются не позже, чем через это время после первого изменения</translation>
        </message>
        <message>
            <source>Preview width when the program starts</source>
            <translation>Ширина предпросмотра при запуске</translation>
        </message>
        <message>
            <source>Desktop</source>
            <translation>Компьютер</translation>
        </message>
        <message>
            <source>Tablet</source>
            <translation>Планшет</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>{0} ({1} px)</source>
            <translation>{0} ({1} px)</translation>
        </message>
        <message>
            <source>Save edits &amp;within:</source>
            <translation>Сохранять правки &amp;не позже чем через:</translation>
        </message>
        <message>
            <source>Preview &amp;width at start:</source>
            <translation>&amp;Ширина предпросмотра при запуске:</translation>
        </message>
        <message>
            <source>Sites the articles are published to, and your sign-in to each:</source>
            <translation>Сайты, где публикуются статьи, и ваш вход на каждый из них:</translation>
        </message>
        <message>
            <source>Publishing &amp;Sites…</source>
            <translation>&amp;Сайты публикации…</translation>
        </message>
        <message>
            <source>“{0}” is not an http proxy address: write host:port, e.g. proxy.local:3128, with a port from 1 to 65535.</source>
            <translation>«{0}» — не адрес http-прокси: укажите хост:порт, например proxy.local:3128, с портом от 1 до 65535.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message>
            <source>Preview width</source>
            <translation>Ширина предпросмотра</translation>
        </message>
        <message>
            <source>{} ({} px)</source>
            <translation>{} ({} px)</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Ширина</translation>
        </message>
        <message>
            <source>Preview theme</source>
            <translation>Тема предпросмотра</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Предпросмотр</translation>
        </message>
        <message>
            <source>House</source>
            <translation>Фирменная</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <source>Sync once to fetch the site's theme</source>
            <translation>Синхронизируйте хотя бы раз, чтобы получить тему сайта</translation>
        </message>
        <message>
            <source>Article preview</source>
            <translation>Предпросмотр статьи</translation>
        </message>
        <message>
            <source>Desktop</source>
            <translation>Компьютер</translation>
        </message>
        <message>
            <source>Tablet</source>
            <translation>Планшет</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить действие</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить действие</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Вырезать</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>В&amp;ставить</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Выделить всё</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Показать подробности...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Скрыть подробности...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Сохранить все</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Да</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Да для &amp;всех</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Нет</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Н&amp;ет для всех</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Прервать</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Пропустить</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Отклонить</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Справка</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Применить</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Сбросить</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>По умолчанию</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить действие</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить действие</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Вырезать</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>В&amp;ставить</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Выделить всё</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Скопировать &amp;адрес ссылки</translation>
        </message>
    </context>
    <context>
        <name>ReadOnly</name>
        <message>
            <source>Read-only profile</source>
            <translation>Профиль только для чтения</translation>
        </message>
        <message>
            <source>Why nothing can be changed</source>
            <translation>Почему ничего нельзя изменить</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Editorial Workstation stopped unexpectedly at {0}; everything saved until then is here.</source>
            <translation>Editorial Workstation неожиданно закрылась в {0}; всё, что было сохранено до этого, на месте.</translation>
        </message>
        <message numerus="yes">
            <source>Recovered “{0}” as saved at {1}, %n second(s) before the app stopped.</source>
            <translation>
                <numerusform>Восстановлена «{0}» в виде, сохранённом в {1}, за %n секунду до остановки программы.</numerusform>
                <numerusform>Восстановлена «{0}» в виде, сохранённом в {1}, за %n секунды до остановки программы.</numerusform>
                <numerusform>Восстановлена «{0}» в виде, сохранённом в {1}, за %n секунд до остановки программы.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recovered “{0}” as saved at {1}, %n minute(s) before the app stopped.</source>
            <translation>
                <numerusform>Восстановлена «{0}» в виде, сохранённом в {1}, за %n минуту до остановки программы.</numerusform>
                <numerusform>Восстановлена «{0}» в виде, сохранённом в {1}, за %n минуты до остановки программы.</numerusform>
                <numerusform>Восстановлена «{0}» в виде, сохранённом в {1}, за %n минут до остановки программы.</numerusform>
            </translation>
        </message>
        <message>
            <source>Recovered after a crash</source>
            <translation>Восстановлено после сбоя</translation>
        </message>
        <message>
            <source>What was recovered after the app stopped</source>
            <translation>Что восстановлено после остановки программы</translation>
        </message>
        <message>
            <source>Close this note</source>
            <translation>Закрыть это сообщение</translation>
        </message>
    </context>
    <context>
        <name>RefusalDialog</name>
        <message>
            <source>Not yet</source>
            <translation>Пока нельзя</translation>
        </message>
        <message>
            <source>What to fix first</source>
            <translation>Что исправить сначала</translation>
        </message>
        <message>
            <source>Problems, one per line</source>
            <translation>Проблемы, по одной в строке</translation>
        </message>
        <message>
            <source>Fix</source>
            <translation>Исправить</translation>
        </message>
        <message>
            <source>Fix: {0}</source>
            <translation>Исправить: {0}</translation>
        </message>
    </context>
    <context>
        <name>Refusals</name>
        <message numerus="yes">
            <source>Not yet: %n thing(s) to fix first.</source>
            <translation>
                <numerusform>Пока нет: сначала нужно исправить %n пункт.</numerusform>
                <numerusform>Пока нет: сначала нужно исправить %n пункта.</numerusform>
                <numerusform>Пока нет: сначала нужно исправить %n пунктов.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RelatedPicker</name>
        <message>
            <source>All sections</source>
            <translation>Все рубрики</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <source>Suggestions: more like this</source>
            <translation>Предложения: похожие материалы</translation>
        </message>
        <message>
            <source>At most {} related articles: remove one first.</source>
            <translation>Не больше {} связанных статей: сначала уберите одну.</translation>
        </message>
        <message>
            <source>Something went wrong; please try again.</source>
            <translation>Что-то пошло не так; попробуйте ещё раз.</translation>
        </message>
    </context>
    <context>
        <name>RelatedPickerView</name>
        <message>
            <source>Any time</source>
            <translation>За всё время</translation>
        </message>
        <message>
            <source>Past week</source>
            <translation>За неделю</translation>
        </message>
        <message>
            <source>Past month</source>
            <translation>За месяц</translation>
        </message>
        <message>
            <source>Past year</source>
            <translation>За год</translation>
        </message>
        <message>
            <source>Related articles</source>
            <translation>Связанные статьи</translation>
        </message>
        <message>
            <source>Search the archive for related articles</source>
            <translation>Искать связанные статьи в архиве</translation>
        </message>
        <message>
            <source>Search the archive, or pick from suggestions…</source>
            <translation>Поиск по архиву или выбор из предложений…</translation>
        </message>
        <message>
            <source>Only articles of this section</source>
            <translation>Только статьи этой рубрики</translation>
        </message>
        <message>
            <source>All sections</source>
            <translation>Все рубрики</translation>
        </message>
        <message>
            <source>Only articles from this period</source>
            <translation>Только статьи за этот период</translation>
        </message>
        <message>
            <source>Published only</source>
            <translation>Только опубликованные</translation>
        </message>
        <message>
            <source>Only published articles</source>
            <translation>Только опубликованные статьи</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>Предложения</translation>
        </message>
        <message>
            <source>Search results and suggestions; press Enter to add</source>
            <translation>Результаты поиска и предложения; Enter — добавить</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Добавить</translation>
        </message>
        <message>
            <source>Add the selected result to the related articles</source>
            <translation>Добавить выбранный результат в связанные статьи</translation>
        </message>
        <message>
            <source>Chosen related articles, in order; Alt+Up and Alt+Down move, Delete removes</source>
            <translation>Выбранные связанные статьи по порядку; Alt+Вверх и Alt+Вниз перемещают, Delete убирает</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Выше</translation>
        </message>
        <message>
            <source>Move the selected related article up</source>
            <translation>Переместить выбранную связанную статью выше</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>&amp;Ниже</translation>
        </message>
        <message>
            <source>Move the selected related article down</source>
            <translation>Переместить выбранную связанную статью ниже</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Убрать</translation>
        </message>
        <message>
            <source>Remove the selected related article</source>
            <translation>Убрать выбранную связанную статью</translation>
        </message>
        <message>
            <source>Related articles ({} of {})</source>
            <translation>Связанные статьи ({} из {})</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Return to reporter</source>
            <translation>Вернуть репортёру</translation>
        </message>
        <message>
            <source>Note for the reporter (required)</source>
            <translation>Замечание для репортёра (обязательно)</translation>
        </message>
        <message>
            <source>What should the reporter fix? (required)</source>
            <translation>Что репортёру нужно исправить? (обязательно)</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Вернуть</translation>
        </message>
        <message>
            <source>Return “{}” to its reporter with a note:</source>
            <translation>Вернуть «{}» репортёру с замечанием:</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>Desk review</source>
            <translation>Проверка в редакции</translation>
        </message>
        <message>
            <source>Submitted to the desk</source>
            <translation>Отправленные в редакцию</translation>
        </message>
        <message>
            <source>Photos missing or incomplete</source>
            <translation>Фото нет или не заполнены</translation>
        </message>
        <message>
            <source>Which queue</source>
            <translation>Какая очередь</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Changes since you last saw this article</source>
            <translation>Изменения с тех пор, как вы последний раз смотрели статью</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Editorial notes (never published)</source>
            <translation>Редакционные заметки (не публикуются)</translation>
        </message>
        <message>
            <source>Write a note for the newsroom (never published)…</source>
            <translation>Заметка для редакции (не публикуется)…</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Добавить заметку</translation>
        </message>
        <message>
            <source>Reply to selected</source>
            <translation>Ответить</translation>
        </message>
        <message>
            <source>Take for review</source>
            <translation>Взять на проверку</translation>
        </message>
        <message>
            <source>Take this article for review (also Enter or a double-click in the queue)</source>
            <translation>Взять эту статью на проверку (также Enter или двойной щелчок в очереди)</translation>
        </message>
        <message>
            <source>Open in editor</source>
            <translation>Открыть в редакторе</translation>
        </message>
        <message>
            <source>Approve…</source>
            <translation>Одобрить…</translation>
        </message>
        <message>
            <source>Return to reporter…</source>
            <translation>Вернуть репортёру…</translation>
        </message>
        <message>
            <source>Choose an article in the queue to review it.</source>
            <translation>Выберите статью в очереди, чтобы проверить её.</translation>
        </message>
        <message>
            <source>The text changed</source>
            <translation>Текст изменился</translation>
        </message>
        <message>
            <source>Failed: {}</source>
            <translation>Не удалось: {}</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Не выполнено</translation>
        </message>
        <message>
            <source>&lt;b&gt;Editorial notes&lt;/b&gt; (visible to the newsroom, never published)</source>
            <translation>&lt;b&gt;Редакционные заметки&lt;/b&gt; (видны редакции, не публикуются)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Returned with:&lt;/b&gt; {}</source>
            <translation>&lt;b&gt;Возвращено с замечанием:&lt;/b&gt; {}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Note:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Примечание:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>✔ The publish checklist passes.</source>
            <translation>✔ Все условия для публикации выполнены.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not ready to publish:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Не готово к публикации:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>No changes since {}.</source>
            <translation>Нет изменений с момента: {}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Changes since {}:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Изменения с момента: {}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueue</name>
        <message>
            <source>Review queue</source>
            <translation>Очередь на проверку</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Репортёр</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Рубрика</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Слов</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Не хватает</translation>
        </message>
        <message>
            <source>Untitled article</source>
            <translation>Статья без заголовка</translation>
        </message>
        <message>
            <source>Unknown reporter</source>
            <translation>Репортёр неизвестен</translation>
        </message>
    </context>
    <context>
        <name>SitesDialog</name>
        <message>
            <source>Publishing sites</source>
            <translation>Сайты публикации</translation>
        </message>
        <message>
            <source>Configured sites</source>
            <translation>Настроенные сайты</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пользователь</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Site name</source>
            <translation>Название сайта</translation>
        </message>
        <message>
            <source>newsroom</source>
            <translation>редакция</translation>
        </message>
        <message>
            <source>Site address</source>
            <translation>Адрес сайта</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Имя пользователя</translation>
        </message>
        <message>
            <source>your WordPress user name</source>
            <translation>ваше имя пользователя в WordPress</translation>
        </message>
        <message>
            <source>Application password</source>
            <translation>Пароль приложения</translation>
        </message>
        <message>
            <source>Allow plain &amp;http for this site (unencrypted)</source>
            <translation>Разрешить для этого сайта обычный &amp;http (без шифрования)</translation>
        </message>
        <message>
            <source>Allow plain http for this site</source>
            <translation>Разрешить для этого сайта обычный http</translation>
        </message>
        <message>
            <source>Remove site</source>
            <translation>Удалить сайт</translation>
        </message>
        <message>
            <source>Forget the selected site, its sync records and its stored password</source>
            <translation>Забыть выбранный сайт, данные его синхронизации и сохранённый пароль</translation>
        </message>
        <message>
            <source>Add and sign in</source>
            <translation>Добавить и войти</translation>
        </message>
        <message>
            <source>Sign-in result</source>
            <translation>Результат входа</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Адрес:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Пользователь:</translation>
        </message>
        <message>
            <source>Application &amp;password:</source>
            <translation>Пароль &amp;приложения:</translation>
        </message>
        <message>
            <source>Create an application password in WordPress under Users → Profile. It is kept only in your system's secure keyring, or for this session when there is none, never in files or logs.</source>
            <translation>Создайте пароль приложения в WordPress в разделе «Пользователи → Профиль». Он хранится только в защищённом хранилище ключей вашей системы (а если его нет — до конца сеанса) и никогда не попадает в файлы или журналы.</translation>
        </message>
        <message>
            <source>Add a site</source>
            <translation>Добавить сайт</translation>
        </message>
        <message>
            <source>not signed in yet</source>
            <translation>вход ещё не выполнен</translation>
        </message>
        <message>
            <source>{} (plain http allowed)</source>
            <translation>{} (разрешён обычный http)</translation>
        </message>
        <message>
            <source>Fill in the name, the address, the user name and the application password.</source>
            <translation>Заполните название, адрес, имя пользователя и пароль приложения.</translation>
        </message>
        <message>
            <source>Signing in to {}…</source>
            <translation>Вход на {}…</translation>
        </message>
        <message>
            <source>memory for this session only</source>
            <translation>памяти только до конца сеанса</translation>
        </message>
        <message>
            <source>Removed {}; its stored password is forgotten. The articles stay on this computer.</source>
            <translation>Сайт {} удалён; его сохранённый пароль забыт. Статьи остаются на этом компьютере.</translation>
        </message>
        <message>
            <source>The site “{site}” was saved, but signing in failed: {error}</source>
            <translation>Сайт «{site}» сохранён, но войти не удалось: {error}</translation>
        </message>
        <message>
            <source>Signed in to {site} as &lt;b&gt;{user}&lt;/b&gt;, role: &lt;b&gt;{role}&lt;/b&gt;.</source>
            <translation>Вход на {site} выполнен: &lt;b&gt;{user}&lt;/b&gt;, роль: &lt;b&gt;{role}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>The application password is kept in {}.</source>
            <translation>Пароль приложения хранится: {}.</translation>
        </message>
        <message>
            <source>The Editorial Workstation plugin is not active on this site.</source>
            <translation>Плагин Editorial Workstation на этом сайте не активен.</translation>
        </message>
        <message>
            <source>The site could not be added: {}.</source>
            <translation>Не удалось добавить сайт: {}.</translation>
        </message>
    </context>
    <context>
        <name>SpellMenu</name>
        <message>
            <source>No spelling dictionary for “{}”</source>
            <translation>Нет словаря для проверки орфографии «{}»</translation>
        </message>
        <message>
            <source>No suggestions</source>
            <translation>Вариантов нет</translation>
        </message>
        <message>
            <source>Add “{}” to dictionary</source>
            <translation>Добавить «{}» в словарь</translation>
        </message>
        <message>
            <source>Ignore “{}”</source>
            <translation>Пропустить «{}»</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>Workflow status</source>
            <translation>Статус в редакционном процессе</translation>
        </message>
        <message>
            <source>Word count</source>
            <translation>Число слов</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>Состояние синхронизации</translation>
        </message>
        <message>
            <source>Workflow status: {}</source>
            <translation>Статус: {}</translation>
        </message>
        <message numerus="yes">
            <source>{0} / %Ln word(s) · {1} · {2}</source>
            <translation>
                <numerusform>{0} / %Ln слово · {1} · {2}</numerusform>
                <numerusform>{0} / %Ln слова · {1} · {2}</numerusform>
                <numerusform>{0} / %Ln слов · {1} · {2}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln символ</numerusform>
                <numerusform>%Ln символа</numerusform>
                <numerusform>%Ln символов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min read</source>
            <translation>
                <numerusform>%n мин чтения</numerusform>
                <numerusform>%n мин чтения</numerusform>
                <numerusform>%n мин чтения</numerusform>
            </translation>
        </message>
        <message>
            <source>{0}% of the length the desk asked for</source>
            <translation>{0}% объёма, который просила редакция</translation>
        </message>
        <message numerus="yes">
            <source>%Ln word(s)</source>
            <translation>
                <numerusform>%Ln слово</numerusform>
                <numerusform>%Ln слова</numerusform>
                <numerusform>%Ln слов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Local only · %n change(s) not synced</source>
            <translation>
                <numerusform>Только локально · %n изменение не синхронизировано</numerusform>
                <numerusform>Только локально · %n изменения не синхронизированы</numerusform>
                <numerusform>Только локально · %n изменений не синхронизировано</numerusform>
            </translation>
        </message>
        <message>
            <source>Local only</source>
            <translation>Только локально</translation>
        </message>
        <message>
            <source>No publishing site is set up: everything is saved on this computer.</source>
            <translation>Сайт публикации не настроен: всё сохраняется на этом компьютере.</translation>
        </message>
        <message numerus="yes">
            <source>{}: %n pending</source>
            <translation>
                <numerusform>{}: %n изменение ожидает отправки</numerusform>
                <numerusform>{}: %n изменения ожидают отправки</numerusform>
                <numerusform>{}: %n изменений ожидают отправки</numerusform>
            </translation>
        </message>
        <message>
            <source>{}: synced</source>
            <translation>{}: синхронизировано</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <source>&amp;Sync Now</source>
            <translation>&amp;Синхронизировать</translation>
        </message>
        <message>
            <source>Send local changes and fetch new ones</source>
            <translation>Отправить локальные изменения и получить новые</translation>
        </message>
        <message>
            <source>Publishing &amp;Sites…</source>
            <translation>&amp;Сайты публикации…</translation>
        </message>
        <message>
            <source>Set up a site</source>
            <translation>Настроить сайт</translation>
        </message>
        <message>
            <source>Sync &amp;Log</source>
            <translation>&amp;Журнал синхронизации</translation>
        </message>
        <message>
            <source>What the last syncs did</source>
            <translation>Что сделали последние синхронизации</translation>
        </message>
        <message>
            <source>Resolve Sync &amp;Conflicts…</source>
            <translation>Разрешить &amp;конфликты синхронизации…</translation>
        </message>
        <message>
            <source>Choose between two versions</source>
            <translation>Выбрать одну из двух версий</translation>
        </message>
        <message>
            <source>The application password for {} is needed: press Sync.</source>
            <translation>Нужен пароль приложения для {}: нажмите «Синхронизировать».</translation>
        </message>
        <message>
            <source>starting</source>
            <translation>запуск</translation>
        </message>
        <message numerus="yes">
            <source>(%n more in the sync log)</source>
            <translation>
                <numerusform>(ещё %n — в журнале синхронизации)</numerusform>
                <numerusform>(ещё %n — в журнале синхронизации)</numerusform>
                <numerusform>(ещё %n — в журнале синхронизации)</numerusform>
            </translation>
        </message>
        <message>
            <source>Sign in to {}</source>
            <translation>Вход на {}</translation>
        </message>
        <message>
            <source>Application password for {user} at {url}
(kept in memory for this session only):</source>
            <translation>Пароль приложения для {user} на {url}
(хранится в памяти только до конца сеанса):</translation>
        </message>
    </context>
    <context>
        <name>SyncLogWindow</name>
        <message>
            <source>Sync log</source>
            <translation>Журнал синхронизации</translation>
        </message>
        <message>
            <source>Sync runs</source>
            <translation>Запуски синхронизации</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Что произошло</translation>
        </message>
        <message>
            <source>Steps of the selected run</source>
            <translation>Шаги выбранного запуска</translation>
        </message>
        <message>
            <source>Select a run to see its steps.</source>
            <translation>Выберите запуск, чтобы увидеть его шаги.</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Синхронизировать</translation>
        </message>
        <message>
            <source>Resolve conflicts…</source>
            <translation>Разрешить конфликты…</translation>
        </message>
        <message>
            <source>{site} as {user} ({role})</source>
            <translation>{site}, пользователь {user} ({role})</translation>
        </message>
        <message>
            <source>role unknown</source>
            <translation>роль неизвестна</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>успешно</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>нет связи</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>отменено</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>ошибка</translation>
        </message>
        <message>
            <source>sign-in failed</source>
            <translation>вход не удался</translation>
        </message>
        <message>
            <source>note</source>
            <translation>примечание</translation>
        </message>
        <message numerus="yes">
            <source>{start} to {end} ({seconds} s), %n request(s)</source>
            <translation>
                <numerusform>{start}–{end} ({seconds} с), %n запрос</numerusform>
                <numerusform>{start}–{end} ({seconds} с), %n запроса</numerusform>
                <numerusform>{start}–{end} ({seconds} с), %n запросов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) still pending</source>
            <translation>
                <numerusform>%n изменение ещё ждёт отправки</numerusform>
                <numerusform>%n изменения ещё ждут отправки</numerusform>
                <numerusform>%n изменений ещё ждут отправки</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncState</name>
        <message>
            <source>Local only</source>
            <translation>Только локально</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) not synced</source>
            <translation>
                <numerusform>%n изменение не синхронизировано</numerusform>
                <numerusform>%n изменения не синхронизированы</numerusform>
                <numerusform>%n изменений не синхронизировано</numerusform>
            </translation>
        </message>
        <message>
            <source>syncing {} of {}</source>
            <translation>синхронизация: {} из {}</translation>
        </message>
        <message>
            <source>syncing…</source>
            <translation>синхронизация…</translation>
        </message>
        <message>
            <source>synced at {}</source>
            <translation>синхронизировано в {}</translation>
        </message>
        <message>
            <source>synced</source>
            <translation>синхронизировано</translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation>ещё не синхронизировано</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>нет связи</translation>
        </message>
        <message>
            <source>sign-in needed</source>
            <translation>нужен вход</translation>
        </message>
        <message>
            <source>sync failed</source>
            <translation>сбой синхронизации</translation>
        </message>
        <message>
            <source>{site}: {state}</source>
            <translation>{site}: {state}</translation>
        </message>
        <message numerus="yes">
            <source>%n pending</source>
            <translation>
                <numerusform>%n ожидает отправки</numerusform>
                <numerusform>%n ожидают отправки</numerusform>
                <numerusform>%n ожидают отправки</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n конфликт</numerusform>
                <numerusform>%n конфликта</numerusform>
                <numerusform>%n конфликтов</numerusform>
            </translation>
        </message>
        <message>
            <source>No publishing site is set up: everything is saved on this computer.</source>
            <translation>Сайт публикации не настроен: всё сохраняется на этом компьютере.</translation>
        </message>
        <message>
            <source>Your work is saved here and will be sent when the site can be reached again.</source>
            <translation>Ваша работа сохранена здесь и будет отправлена, когда сайт снова станет доступен.</translation>
        </message>
        <message>
            <source>Last synced at {}.</source>
            <translation>Последняя синхронизация в {}.</translation>
        </message>
        <message>
            <source>Click the conflict count to choose between the two versions.</source>
            <translation>Нажмите на число конфликтов, чтобы выбрать одну из двух версий.</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <source>Undo the removal</source>
            <translation>Отменить удаление</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Put the removed photos back (Ctrl+Z)</source>
            <translation>Вернуть убранные фото (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>The featured photo was removed from this article.</source>
            <translation>Главное фото убрано из этой статьи.</translation>
        </message>
        <message>
            <source>1 photo removed from this article.</source>
            <translation>1 фото убрано из этой статьи.</translation>
        </message>
        <message numerus="yes">
            <source>%n photos removed from this article, the featured photo among them.</source>
            <translation>
                <numerusform>Из этой статьи убрано %n фото, среди них главное.</numerusform>
                <numerusform>Из этой статьи убрано %n фото, среди них главное.</numerusform>
                <numerusform>Из этой статьи убрано %n фото, среди них главное.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos removed from this article.</source>
            <translation>
                <numerusform>Из этой статьи убрано %n фото.</numerusform>
                <numerusform>Из этой статьи убрано %n фото.</numerusform>
                <numerusform>Из этой статьи убрано %n фото.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Editorial Workstation</source>
            <translation>Добро пожаловать в Editorial Workstation</translation>
        </message>
        <message>
            <source>&lt;p&gt;Write and edit articles offline, attach credited photos, link related stories and send them to the desk. Everything is saved as you type, on this computer.&lt;/p&gt;&lt;p&gt;Your newsroom is empty. Open the demo newsroom to see a finished article and a small archive, start a new article, or import articles you already have.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Пишите и правьте статьи без подключения к сети, прикрепляйте фотографии с указанием автора, связывайте материалы по теме и отправляйте их в редакцию. Всё сохраняется по ходу набора, на этом компьютере.&lt;/p&gt;&lt;p&gt;В вашей редакции пока пусто. Откройте демонстрационную редакцию, чтобы увидеть готовую статью и небольшой архив, начните новую статью или импортируйте уже готовые.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Open demo newsroom</source>
            <translation>Открыть демо-редакцию</translation>
        </message>
        <message>
            <source>New article</source>
            <translation>Новая статья</translation>
        </message>
        <message>
            <source>Import articles…</source>
            <translation>Импорт статей…</translation>
        </message>
    </context>
    <context>
        <name>Workflow</name>
        <message>
            <source>Draft</source>
            <translation>Черновик</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>На проверке</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Возвращено</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Одобрено</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Запланировано</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Опубликовано</translation>
        </message>
        <message>
            <source>Killed</source>
            <translation>Снято</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>В архиве</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Репортёр</translation>
        </message>
        <message>
            <source>Photo editor</source>
            <translation>Фоторедактор</translation>
        </message>
        <message>
            <source>Desk editor</source>
            <translation>Выпускающий редактор</translation>
        </message>
        <message>
            <source>Approved (publishes at next sync)</source>
            <translation>Одобрено (публикуется при следующей синхронизации)</translation>
        </message>
        <message>
            <source>Approved (is scheduled at next sync)</source>
            <translation>Одобрено (планируется при следующей синхронизации)</translation>
        </message>
        <message>
            <source>Submit to desk</source>
            <translation>Отправить в редакцию</translation>
        </message>
        <message>
            <source>Withdraw submission</source>
            <translation>Отозвать из редакции</translation>
        </message>
        <message>
            <source>Take for review</source>
            <translation>Взять на проверку</translation>
        </message>
        <message>
            <source>Return to reporter</source>
            <translation>Вернуть репортёру</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Одобрить</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Запланировать</translation>
        </message>
        <message>
            <source>Unschedule</source>
            <translation>Отменить планирование</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Опубликовать</translation>
        </message>
        <message>
            <source>Kill</source>
            <translation>Снять с публикации</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Восстановить</translation>
        </message>
        <message>
            <source>Publish to site</source>
            <translation>Опубликовать на сайте</translation>
        </message>
    </context>
    <context>
        <name>WorkflowBar</name>
        <message>
            <source>&amp;Submit to Desk…</source>
            <translation>&amp;Отправить в редакцию…</translation>
        </message>
        <message>
            <source>&amp;Approve…</source>
            <translation>Одо&amp;брить…</translation>
        </message>
        <message>
            <source>&amp;Publish Now</source>
            <translation>Опу&amp;бликовать сейчас</translation>
        </message>
        <message>
            <source>&amp;Take for Review</source>
            <translation>&amp;Взять на проверку</translation>
        </message>
        <message>
            <source>&amp;Return to Reporter…</source>
            <translation>Вер&amp;нуть репортёру…</translation>
        </message>
        <message>
            <source>&amp;Withdraw Submission</source>
            <translation>Отоз&amp;вать из редакции</translation>
        </message>
        <message>
            <source>&amp;Kill…</source>
            <translation>&amp;Снять с публикации…</translation>
        </message>
        <message>
            <source>Res&amp;tore</source>
            <translation>Вос&amp;становить</translation>
        </message>
        <message>
            <source>&amp;Unschedule</source>
            <translation>Отменить &amp;планирование</translation>
        </message>
        <message>
            <source>Publish to &amp;Site</source>
            <translation>Опубликовать на &amp;сайте</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>&amp;Статья</translation>
        </message>
        <message>
            <source>Local &amp;Role</source>
            <translation>Локальная &amp;роль</translation>
        </message>
        <message>
            <source>Your role comes from the publishing site.</source>
            <translation>Ваша роль определяется сайтом публикации.</translation>
        </message>
        <message>
            <source>Kill article</source>
            <translation>Снять статью с публикации</translation>
        </message>
        <message>
            <source>Kill “{}”? It is withdrawn from publication; the desk can restore it.</source>
            <translation>Снять «{}» с публикации? Статья будет отозвана; редакция сможет её восстановить.</translation>
        </message>
        <message numerus="yes">
            <source>Not yet: %n thing(s) to fix first (see the list).</source>
            <translation>
                <numerusform>Пока нет: сначала нужно исправить %n пункт (см. список).</numerusform>
                <numerusform>Пока нет: сначала нужно исправить %n пункта (см. список).</numerusform>
                <numerusform>Пока нет: сначала нужно исправить %n пунктов (см. список).</numerusform>
            </translation>
        </message>
        <message>
            <source>The action failed: {}</source>
            <translation>Действие не выполнено: {}</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Пока нельзя</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>&amp;Write</source>
            <translation>&amp;Текст</translation>
        </message>
        <message>
            <source>Write: the editor and the preview</source>
            <translation>Текст: редактор и предпросмотр</translation>
        </message>
        <message>
            <source>&amp;Photos</source>
            <translation>&amp;Фото</translation>
        </message>
        <message>
            <source>Photos: a large photo grid with the metadata form</source>
            <translation>Фото: большая сетка фотографий и форма метаданных</translation>
        </message>
        <message>
            <source>&amp;Desk</source>
            <translation>&amp;Редакция</translation>
        </message>
        <message>
            <source>Desk: the review queue and notes beside the preview</source>
            <translation>Редакция: очередь на проверку и заметки рядом с предпросмотром</translation>
        </message>
        <message>
            <source>&amp;Workspace</source>
            <translation>&amp;Рабочее место</translation>
        </message>
    </context>
</TS>
