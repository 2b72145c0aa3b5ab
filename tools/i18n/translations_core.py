"""Russian and Azerbaijani for the sentences the Qt-free core builds with names or numbers (``Message``
templates marked ``QT_TRANSLATE_NOOP("Core", ...)`` in the core: the publish checklist, workflow refusals, the
history's lines, the import report), read into ``TRANSLATIONS`` of ``tools/i18n/translations.py`` (same shapes)."""

from __future__ import annotations

CORE_TRANSLATIONS: dict[str, object] = {
    # -- the checklist (domain/checklist.py) -----------------------------------------------------------------------
    "The headline is %n character(s); the limit is {limit}.": (
        (
            "В заголовке %n символ; предел — {limit}.",
            "В заголовке %n символа; предел — {limit}.",
            "В заголовке %n символов; предел — {limit}.",
        ),
        ("Başlıqda %n simvol var; hədd {limit}.", "Başlıqda %n simvol var; hədd {limit}."),
    ),
    "Related '{title}' is in the archive, not on the site: it will not be linked.": (
        "Связанная статья «{title}» есть в архиве, но не на сайте: ссылки на неё не будет.",
        "Əlaqəli «{title}» məqaləsi arxivdədir, saytda yoxdur: ona keçid verilməyəcək.",
    ),
    "Photo {number} has no caption.": (
        "У фото {number} нет подписи.",
        "{number} nömrəli fotonun izahı yoxdur.",
    ),
    "Photo {number} has no credit.": (
        "У фото {number} не указан автор.",
        "{number} nömrəli fotonun müəllifi göstərilməyib.",
    ),
    "Photo {number} has no caption or credit.": (
        "У фото {number} нет подписи и не указан автор.",
        "{number} nömrəli fotonun izahı və müəllifi yoxdur.",
    ),
    "Photo {number} has no alt text.": (
        "У фото {number} нет альтернативного текста.",
        "{number} nömrəli fotonun alternativ mətni yoxdur.",
    ),
    # -- the history (domain/diff.py, domain/review.py) ------------------------------------------------------------
    "on": ("вкл.", "açıq"),
    "off": ("выкл.", "bağlı"),
    "{field} added: {items}": ("{field} — добавлено: {items}", "{field} — əlavə edildi: {items}"),
    "{field} removed: {items}": ("{field} — удалено: {items}", "{field} — silindi: {items}"),
    "{field} reordered: {items}": ("{field} — новый порядок: {items}", "{field} — yeni sıra: {items}"),
    "{field}: {value}": ("{field}: {value}", "{field}: {value}"),
    "{field} set: {value}": ("{field} — задано: {value}", "{field} — təyin edildi: {value}"),
    "{field} removed (was {value})": (
        "{field} — удалено (было: {value})",
        "{field} — silindi (idi: {value})",
    ),
    "{field}: {before} → {after}": ("{field}: {before} → {after}", "{field}: {before} → {after}"),
    "{before} → {after} by {who}": ("{before} → {after} — {who}", "{before} → {after}, {who} tərəfindən"),
    # -- workflow refusals (domain/workflow.py, services/workflow.py) ----------------------------------------------
    "Unknown action '{action}'.": ("Неизвестное действие «{action}».", "Naməlum əməliyyat: «{action}»."),
    "Cannot {action} an article that is {status}.": (
        "Действие «{action}» недоступно для статьи в состоянии «{status}».",
        "«{status}» vəziyyətindəki məqalə üçün «{action}» mümkün deyil.",
    ),
    "A {role} cannot {action} articles.": (
        "Роль «{role}» не может выполнять действие «{action}».",
        "«{role}» rolu «{action}» əməliyyatını edə bilməz.",
    ),
    "A note for the reporter is required to {action} an article.": (
        "Для действия «{action}» нужна записка репортёру.",
        "«{action}» üçün müxbirə qeyd yazmaq lazımdır.",
    ),
    "“{title}” changed after you opened the review: read the new changes, then approve again.": (
        "«{title}» изменилась после того, как вы открыли проверку: прочтите новые правки и одобрите снова.",
        "Siz yoxlamanı açandan sonra «{title}» dəyişdi: yeni dəyişiklikləri oxuyun, sonra yenidən təsdiqləyin.",
    ),
    "You are signed in to the site as a {site_role}: the site decides your role, and a {role} cannot be picked here.": (
        "Вы вошли на сайт с ролью «{site_role}»: роль определяет сайт, и выбрать здесь «{role}» нельзя.",
        "Sayta «{site_role}» kimi daxil olmusunuz: rolunuzu sayt müəyyən edir, burada «{role}» seçmək olmaz.",
    ),
    # -- the import report (services/importing.py) -----------------------------------------------------------------
    "{path}: no such file or folder.": (
        "{path}: такого файла или папки нет.",
        "{path}: belə fayl və ya qovluq yoxdur.",
    ),
    "{name}: {size} MB is too large for an article (the limit is {limit} MB); nothing was imported.": (
        "{name}: {size} МБ — слишком много для статьи (предел — {limit} МБ); ничего не импортировано.",
        "{name}: {size} MB məqalə üçün çox böyükdür (hədd {limit} MB); heç nə idxal edilmədi.",
    ),
    "{name}: cannot be read ({reason}).": (
        "{name}: не удаётся прочитать ({reason}).",
        "{name}: oxumaq mümkün deyil ({reason}).",
    ),
    "{error} Import stopped at {name}: nothing was imported.": (
        "{error} Импорт остановлен на файле {name}: ничего не импортировано.",
        "{error} İdxal {name} faylında dayandı: heç nə idxal edilmədi.",
    ),
    "{error} Import stopped at {name}: the files before it were imported.": (
        "{error} Импорт остановлен на файле {name}: файлы до него импортированы.",
        "{error} İdxal {name} faylında dayandı: ondan əvvəlki fayllar idxal edildi.",
    ),
    "{name}: %n related article(s) not in the archive.": (
        (
            "{name}: %n связанной статьи нет в архиве.",
            "{name}: %n связанных статей нет в архиве.",
            "{name}: %n связанных статей нет в архиве.",
        ),
        ("{name}: %n əlaqəli məqalə arxivdə yoxdur.", "{name}: %n əlaqəli məqalə arxivdə yoxdur."),
    ),
    "{name}: could not be saved ({reason}).": (
        "{name}: не удалось сохранить ({reason}).",
        "{name}: saxlamaq alınmadı ({reason}).",
    ),
    "{name}: updates an article that is not in the archive; its status was left as it is.": (
        "{name}: обновляет статью, которой нет в архиве; её состояние не изменено.",
        "{name}: arxivdə olmayan məqaləni yeniləyir; onun vəziyyəti dəyişdirilmədi.",
    ),
    # -- refused article files and their warnings (formats/) ------------------------------------------------------
    "this file": ("этот файл", "bu fayl"),
    "Cannot import {label}: the file is empty.": (
        "Не удаётся импортировать {label}: файл пуст.",
        "{label} idxal edilə bilmir: fayl boşdur.",
    ),
    "Cannot import {label}: it is a binary file, not a text article.": (
        "Не удаётся импортировать {label}: это двоичный файл, а не текст статьи.",
        "{label} idxal edilə bilmir: bu, mətn məqaləsi deyil, ikili fayldır.",
    ),
    "Cannot import {label}: it is {kind}, not a text article.": (
        "Не удаётся импортировать {label}: это {kind}, а не текст статьи.",
        "{label} idxal edilə bilmir: bu, mətn məqaləsi deyil, {kind}.",
    ),
    "a JPEG image": ("изображение JPEG", "JPEG şəkli"),
    "a PNG image": ("изображение PNG", "PNG şəkli"),
    "a GIF image": ("изображение GIF", "GIF şəkli"),
    "a TIFF image": ("изображение TIFF", "TIFF şəkli"),
    "a PDF document": ("документ PDF", "PDF sənədi"),
    "a ZIP archive (or a Word/OpenDocument file)": (
        "архив ZIP (или файл Word/OpenDocument)",
        "ZIP arxivi (və ya Word/OpenDocument faylı)",
    ),
    "a ZIP archive": ("архив ZIP", "ZIP arxivi"),
    "an old Microsoft Office document": ("старый документ Microsoft Office", "köhnə Microsoft Office sənədi"),
    "an RTF document": ("документ RTF", "RTF sənədi"),
    "a gzip archive": ("архив gzip", "gzip arxivi"),
    "a program": ("программа", "proqram"),
    "Cannot import {label}: it is {size} ({bytes} bytes); the limit for an article file is {limit}.": (
        "Не удаётся импортировать {label}: его размер {size} ({bytes} байт), а предел для файла статьи — {limit}.",
        "{label} idxal edilə bilmir: ölçüsü {size} ({bytes} bayt), məqalə faylı üçün hədd isə {limit}.",
    ),
    "Cannot import {label}: it has neither a headline nor any text.": (
        "Не удаётся импортировать {label}: в нём нет ни заголовка, ни текста.",
        "{label} idxal edilə bilmir: onda nə başlıq, nə də mətn var.",
    ),
    "Cannot import {label}: the front matter opened by '---' on line 1 is never closed.": (
        "Не удаётся импортировать {label}: блок метаданных, открытый '---' в строке 1, нигде не закрыт.",
        "{label} idxal edilə bilmir: 1-ci sətirdə '---' ilə açılan metaməlumat bloku bağlanmayıb.",
    ),
    "Cannot import {label}: the front matter is not valid YAML ({detail}).": (
        "Не удаётся импортировать {label}: блок метаданных — недопустимый YAML ({detail}).",
        "{label} idxal edilə bilmir: metaməlumat bloku düzgün YAML deyil ({detail}).",
    ),
    "{label} is not valid UTF-8; read as {encoding}": (
        "{label} — не UTF-8; прочитан как {encoding}",
        "{label} düzgün UTF-8 deyil; {encoding} kimi oxundu",
    ),
    "{label} is {encoding} (it starts with a byte-order mark)": (
        "{label} в кодировке {encoding} (начинается с метки порядка байтов)",
        "{label} {encoding} kodlaşmasındadır (bayt sırası nişanı ilə başlayır)",
    ),
    # -- the sync summary and log (sync/report.py, services/sync_run.py) ------------------------------------------
    "{first}, {then}": ("{first}, {then}", "{first}, {then}"),
    "pulled {count}": ("получено: {count}", "alındı: {count}"),
    "pushed {count}": ("отправлено: {count}", "göndərildi: {count}"),
    "merged {count}": ("объединено: {count}", "birləşdirildi: {count}"),
    "{count} in conflict": ("в конфликте: {count}", "ziddiyyətdə: {count}"),
    "{count} deleted on the server": ("удалено на сервере: {count}", "serverdə silindi: {count}"),
    "{count} failed": ("с ошибкой: {count}", "alınmadı: {count}"),
    "%n photo(s) uploaded": (
        ("загружено фото: %n", "загружено фото: %n", "загружено фото: %n"),
        ("yüklənən foto: %n", "yüklənən foto: %n"),
    ),
    "the site could not be reached; nothing was sent": (
        "сайт недоступен; ничего не отправлено",
        "sayta qoşulmaq mümkün olmadı; heç nə göndərilmədi",
    ),
    "“{title}”: {what}": ("«{title}»: {what}", "«{title}»: {what}"),
    "sent to the server": ("отправлена на сервер", "serverə göndərildi"),
    "new from the server": ("новая с сервера", "serverdən yeni"),
    "updated from the server": ("обновлена с сервера", "serverdən yeniləndi"),
    "deleted on the server (the copy here is kept)": (
        "удалена на сервере (копия здесь сохранена)",
        "serverdə silindi (buradakı nüsxə saxlanıldı)",
    ),
    "changed on both sides: both versions kept until you choose": (
        "изменена с обеих сторон: обе версии сохранены, пока вы не выберете",
        "hər iki tərəfdə dəyişdi: siz seçənədək hər iki versiya saxlanılır",
    ),
    # -- front-matter warnings (formats/front_matter_fields.py) ----------------------------------------------------
    "{label}: {detail}": ("{label}: {detail}", "{label}: {detail}"),
    "'{key}' is not an ISO date and time ({value}); ignored": (
        "'{key}' — не дата и время в формате ISO ({value}); пропущено",
        "'{key}' ISO formatında tarix və vaxt deyil ({value}); nəzərə alınmadı",
    ),
    "'{alias}' ignored because '{name}' is also given": (
        "'{alias}' пропущено, потому что задано и '{name}'",
        "'{alias}' nəzərə alınmadı, çünki '{name}' də verilib",
    ),
    "unknown front-matter keys ignored: {keys}": (
        "неизвестные ключи метаданных пропущены: {keys}",
        "naməlum metaməlumat açarları nəzərə alınmadı: {keys}",
    ),
    "{what} should be text (put it in quotes); ignored": (
        "{what} должно быть текстом (возьмите в кавычки); пропущено",
        "{what} mətn olmalıdır (dırnağa alın); nəzərə alınmadı",
    ),
    "{what} should be true or false, not {value}; ignored": (
        "{what} должно быть true или false, а не {value}; пропущено",
        "{what} true və ya false olmalıdır, {value} yox; nəzərə alınmadı",
    ),
    "unknown status {value} (expected one of {choices}); imported as draft": (
        "неизвестное состояние {value} (ожидалось одно из: {choices}); импортировано как черновик",
        "naməlum vəziyyət {value} (gözlənilən: {choices}); qaralama kimi idxal edildi",
    ),
    "photo {number} is neither a caption nor 'key: value' lines; skipped": (
        "фото {number} — не подпись и не строки 'ключ: значение'; пропущено",
        "{number} nömrəli foto nə izahdır, nə də 'açar: dəyər' sətirləri; buraxıldı",
    ),
    "photo {number}: unknown keys ignored: {keys}": (
        "фото {number}: неизвестные ключи пропущены: {keys}",
        "{number} nömrəli foto: naməlum açarlar nəzərə alınmadı: {keys}",
    ),
    "related entry {value} is not an article id (a UUID); ignored": (
        "связанная запись {value} — не идентификатор статьи (UUID); пропущено",
        "əlaqəli qeyd {value} məqalə identifikatoru (UUID) deyil; nəzərə alınmadı",
    ),
}

CORE_ENGLISH_PLURALS: dict[str, tuple[str, str]] = {
    "%n photo(s) uploaded": ("%n photo uploaded", "%n photos uploaded"),
    "The headline is %n character(s); the limit is {limit}.": (
        "The headline is %n character; the limit is {limit}.",
        "The headline is %n characters; the limit is {limit}.",
    ),
    "{name}: %n related article(s) not in the archive.": (
        "{name}: %n related article not in the archive.",
        "{name}: %n related articles not in the archive.",
    ),
}
