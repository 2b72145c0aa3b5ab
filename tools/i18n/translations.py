"""The interface's Russian and Azerbaijani (Latin script) translations, written by hand.

``TRANSLATIONS`` maps each English source text (as in ``self.tr(...)`` / ``QCoreApplication.translate(...)``) to
``(russian, azerbaijani)``; a text with ``%n`` is a plural and maps to ``((one, few, many), (one, other))``.
``CONTEXT_TRANSLATIONS`` overrides a text in one context (class) where the same English needs other words.
``ENGLISH_PLURALS`` gives the English singular and plural of each ``%n`` text (the ``editor_app_en`` file).

Add a string here when ``tools/i18n/update.py`` lists it as missing, then run ``tools/i18n/update.py``.

House terms: article статья / məqalə; headline заголовок / başlıq; standfirst подзаголовок (лид) / lid; byline
подпись автора / müəllif; desk редакция / redaksiya; photo credit автор фото / foto müəllifi; sync синхронизация /
sinxronizasiya; draft, submitted, approved, published: черновик, отправлено, одобрено, опубликовано / qaralama,
göndərilib, təsdiqlənib, dərc olunub; kill снять с публикации / yayımdan çıxarmaq.
"""

from __future__ import annotations

Plural = tuple[tuple[str, str, str], tuple[str, str]]

TRANSLATIONS: dict[str, tuple[str, str] | Plural] = {
    # -- File, Edit and Help menus ----------------------------------------------------------------------------
    "&New Article": ("&Новая статья", "&Yeni məqalə"),
    "Start a new article": ("Начать новую статью", "Yeni məqaləyə başla"),
    "&Save": ("&Сохранить", "&Yadda saxla"),
    "Save now (edits also save by themselves as you type)": (
        "Сохранить сейчас (правки и так сохраняются по ходу набора)",
        "İndi yadda saxla (dəyişikliklər yazdıqca özü də saxlanılır)",
    ),
    "&Import Articles…": ("&Импорт статей…", "Məqalələri &idxal et…"),
    "Import Markdown or text articles": (
        "Импортировать статьи в формате Markdown или обычного текста",
        "Markdown və ya mətn formatında məqalələri idxal et",
    ),
    "Import &Folder…": ("Импорт &папки…", "&Qovluğu idxal et…"),
    "Import a folder of articles (sub-folders become sections)": (
        "Импортировать папку со статьями (вложенные папки становятся рубриками)",
        "Məqalələr qovluğunu idxal et (alt qovluqlar bölmələrə çevrilir)",
    ),
    "Import &Archive…": ("Импорт &архива…", "&Arxivi idxal et…"),
    "Import articles published elsewhere as references: original dates, never sent to the site": (
        "Импортировать статьи, опубликованные в другом месте, как справочные: с исходными датами, без отправки "
        "на сайт",
        "Başqa yerdə dərc olunmuş məqalələri arayış kimi idxal et: ilkin tarixlərlə, sayta göndərilmədən",
    ),
    "&Export Article…": ("&Экспорт статьи…", "Məqaləni i&xrac et…"),
    "Export the article as Markdown or HTML": (
        "Экспортировать статью в Markdown или HTML",
        "Məqaləni Markdown və ya HTML kimi ixrac et",
    ),
    "&Delete Article…": ("&Удалить статью…", "Məqaləni &sil…"),
    "Move the article to Deleted (it can be restored)": (
        "Переместить статью в удалённые (её можно восстановить)",
        "Məqaləni silinənlərə köçür (sonra bərpa etmək olar)",
    ),
    "&History…": ("&История…", "&Tarixçə…"),
    "Earlier versions of the article, what changed, and restore": (
        "Прежние версии статьи, что изменилось, и восстановление",
        "Məqalənin əvvəlki versiyaları, nə dəyişib və bərpa",
    ),
    "&Quit": ("В&ыход", "Çı&xış"),
    "Save and quit": ("Сохранить и выйти", "Yadda saxla və çıx"),
    "&About Editorial Workstation": ("&О программе Editorial Workstation", "Editorial Workstation &haqqında"),
    "&Manual": ("&Руководство", "&Təlimat"),
    "How to use Editorial Workstation": (
        "Как работать с Editorial Workstation",
        "Editorial Workstation ilə necə işləmək olar",
    ),
    "&Undo": ("&Отменить", "&Geri al"),
    "&Redo": ("&Повторить", "&Təkrarla"),
    "Cu&t": ("&Вырезать", "&Kəs"),
    "&Copy": ("&Копировать", "K&opyala"),
    "&Paste": ("Вст&авить", "&Yapışdır"),
    "Select &All": ("Выделить &всё", "&Hamısını seç"),
    "Editorial Workstation manual": ("Руководство Editorial Workstation", "Editorial Workstation təlimatı"),
    # -- Workflow: statuses, roles, transitions ---------------------------------------------------------------
    "Draft": ("Черновик", "Qaralama"),
    "Submitted": ("Отправлено", "Göndərilib"),
    "In review": ("На проверке", "Yoxlanılır"),
    "Returned": ("Возвращено", "Qaytarılıb"),
    "Approved": ("Одобрено", "Təsdiqlənib"),
    "Scheduled": ("Запланировано", "Planlaşdırılıb"),
    "Published": ("Опубликовано", "Dərc olunub"),
    "Killed": ("Снято", "Yayımdan çıxarılıb"),
    "Archived": ("В архиве", "Arxivdə"),
    "Reporter": ("Репортёр", "Müxbir"),
    "Photo editor": ("Фоторедактор", "Foto redaktoru"),
    "Desk editor": ("Выпускающий редактор", "Redaksiya redaktoru"),
    "Submit to desk": ("Отправить в редакцию", "Redaksiyaya göndər"),
    "Withdraw submission": ("Отозвать из редакции", "Redaksiyadan geri çağır"),
    "Take for review": ("Взять на проверку", "Yoxlamağa götür"),
    "Return to reporter": ("Вернуть репортёру", "Müxbirə qaytar"),
    "Approve": ("Одобрить", "Təsdiqlə"),
    "Schedule": ("Запланировать", "Planlaşdır"),
    "Unschedule": ("Отменить планирование", "Planı ləğv et"),
    "Publish": ("Опубликовать", "Dərc et"),
    "Kill": ("Снять с публикации", "Yayımdan çıxar"),
    "Restore": ("Восстановить", "Bərpa et"),
    "Publish to site": ("Опубликовать на сайте", "Saytda dərc et"),
    "Approved (publishes at next sync)": (
        "Одобрено (публикуется при следующей синхронизации)",
        "Təsdiqlənib (növbəti sinxronizasiyada dərc olunur)",
    ),
    "Approved (is scheduled at next sync)": (
        "Одобрено (планируется при следующей синхронизации)",
        "Təsdiqlənib (növbəti sinxronizasiyada planlaşdırılır)",
    ),
    "&Article": ("&Статья", "&Məqalə"),
    "&Submit to Desk…": ("&Отправить в редакцию…", "Redaksiyaya &göndər…"),
    "&Approve…": ("Одо&брить…", "&Təsdiqlə…"),
    "&Publish Now": ("Опу&бликовать сейчас", "İndi &dərc et"),
    "&Take for Review": ("&Взять на проверку", "&Yoxlamağa götür"),
    "&Return to Reporter…": ("Вер&нуть репортёру…", "Müxbirə &qaytar…"),
    "&Withdraw Submission": ("Отоз&вать из редакции", "Redaksiyadan geri &çağır"),
    "&Kill…": ("&Снять с публикации…", "Yayımdan ç&ıxar…"),
    "Res&tore": ("Вос&становить", "&Bərpa et"),
    "&Unschedule": ("Отменить &планирование", "&Planı ləğv et"),
    "Publish to &Site": ("Опубликовать на &сайте", "&Saytda dərc et"),
    "Local &Role": ("Локальная &роль", "Yerli &rol"),
    "Your role comes from the publishing site.": (
        "Ваша роль определяется сайтом публикации.",
        "Rolunuzu dərc saytı müəyyən edir.",
    ),
    "Kill article": ("Снять статью с публикации", "Məqaləni yayımdan çıxar"),
    "Kill “{}”? It is withdrawn from publication; the desk can restore it.": (
        "Снять «{}» с публикации? Статья будет отозвана; редакция сможет её восстановить.",
        "«{}» yayımdan çıxarılsın? Məqalə yayımdan götürülür; redaksiya onu bərpa edə bilər.",
    ),
    "The action failed: {}": ("Действие не выполнено: {}", "Əməliyyat alınmadı: {}"),
    "Not yet": ("Пока нельзя", "Hələ olmaz"),
    "Publish now": ("Опубликовать сейчас", "İndi dərc et"),
    "Schedule for": ("Запланировать на", "Bu vaxta planlaşdır:"),
    "Approve “{}”:": ("Одобрить «{}»:", "«{}» təsdiqlənsin:"),
    "Note for the reporter (required)": (
        "Замечание для репортёра (обязательно)",
        "Müxbir üçün qeyd (məcburidir)",
    ),
    "What should the reporter fix? (required)": (
        "Что репортёру нужно исправить? (обязательно)",
        "Müxbir nəyi düzəltməlidir? (məcburidir)",
    ),
    "Return": ("Вернуть", "Qaytar"),
    "Return “{}” to its reporter with a note:": (
        "Вернуть «{}» репортёру с замечанием:",
        "«{}» məqaləsini qeydlə müxbirə qaytar:",
    ),
    # -- the article form and list ----------------------------------------------------------------------------
    "Headline": ("Заголовок", "Başlıq"),
    "Headline length": ("Длина заголовка", "Başlığın uzunluğu"),
    "Standfirst": ("Подзаголовок (лид)", "Lid"),
    "Standfirst: the one or two sentences under the headline": (
        "Подзаголовок (лид): одно-два предложения под заголовком",
        "Lid: başlığın altındakı bir-iki cümlə",
    ),
    "Byline": ("Подпись автора", "Müəllif"),
    "By …": ("Автор: …", "Müəllif: …"),
    "Section": ("Рубрика", "Bölmə"),
    "Tags, separated by commas": ("Теги через запятую", "Vergüllə ayrılmış teqlər"),
    "tags, separated, by commas": ("теги, через, запятую", "teqlər, vergüllə, ayrılır"),
    "Source line": ("Строка источника", "Mənbə sətri"),
    "source: agencies, own reporting…": (
        "источник: агентства, собственные материалы…",
        "mənbə: agentliklər, öz materiallarımız…",
    ),
    "Editor's choice": ("Выбор редакции", "Redaksiyanın seçimi"),
    "Why the article cannot be edited": (
        "Почему статью нельзя изменить",
        "Məqaləni niyə dəyişmək olmur",
    ),
    "Tags": ("Теги", "Teqlər"),
    "Source": ("Источник", "Mənbə"),
    "%n character(s) over the limit": (
        (
            "Превышение лимита на %n символ",
            "Превышение лимита на %n символа",
            "Превышение лимита на %n символов",
        ),
        ("Limit %n simvol aşılıb", "Limit %n simvol aşılıb"),
    ),
    "<b>Returned by the desk:</b> {}": ("<b>Возвращено редакцией:</b> {}", "<b>Redaksiya qaytarıb:</b> {}"),
    "No section": ("Без рубрики", "Bölməsiz"),
    "★ Editor's choice": ("★ Выбор редакции", "★ Redaksiyanın seçimi"),
    "not synced": ("не синхронизировано", "sinxronlaşdırılmayıb"),
    "Filter articles…": ("Фильтр статей…", "Məqalələri filtrlə…"),
    "Filter articles by text": ("Фильтровать статьи по тексту", "Məqalələri mətnə görə filtrlə"),
    "Filter by status": ("Фильтр по статусу", "Statusa görə filtr"),
    "All statuses": ("Все статусы", "Bütün statuslar"),
    "Filter by section": ("Фильтр по рубрике", "Bölməyə görə filtr"),
    "All sections": ("Все рубрики", "Bütün bölmələr"),
    "Articles": ("Статьи", "Məqalələr"),
    "Could not save “{title}”: {error}. Your text is kept; retrying.": (
        "Не удалось сохранить «{title}»: {error}. Ваш текст не потерян; повторяем попытку.",
        "«{title}» yadda saxlanmadı: {error}. Mətniniz itməyib; yenidən cəhd edilir.",
    ),
    "Untitled article": ("Статья без заголовка", "Başlıqsız məqalə"),
    "Untitled": ("Без заголовка", "Başlıqsız"),
    # -- status bar ---------------------------------------------------------------------------------------------
    "Workflow status": ("Статус в редакционном процессе", "İş axınında status"),
    "Word count": ("Число слов", "Söz sayı"),
    "Sync status": ("Состояние синхронизации", "Sinxronizasiya vəziyyəti"),
    "Workflow status: {}": ("Статус: {}", "Status: {}"),
    "%Ln word(s)": (("%Ln слово", "%Ln слова", "%Ln слов"), ("%Ln söz", "%Ln söz")),
    "%Ln character(s)": (("%Ln символ", "%Ln символа", "%Ln символов"), ("%Ln simvol", "%Ln simvol")),
    "%n min read": (
        ("%n мин чтения", "%n мин чтения", "%n мин чтения"),
        ("%n dəq. oxunuş", "%n dəq. oxunuş"),
    ),
    "Local only · %n change(s) not synced": (
        (
            "Только локально · %n изменение не синхронизировано",
            "Только локально · %n изменения не синхронизированы",
            "Только локально · %n изменений не синхронизировано",
        ),
        (
            "Yalnız yerli · %n dəyişiklik sinxronlaşdırılmayıb",
            "Yalnız yerli · %n dəyişiklik sinxronlaşdırılmayıb",
        ),
    ),
    "Local only": ("Только локально", "Yalnız yerli"),
    "No publishing site is set up: everything is saved on this computer.": (
        "Сайт публикации не настроен: всё сохраняется на этом компьютере.",
        "Dərc saytı qurulmayıb: hər şey bu kompüterdə saxlanılır.",
    ),
    "{}: %n pending": (
        (
            "{}: %n изменение ожидает отправки",
            "{}: %n изменения ожидают отправки",
            "{}: %n изменений ожидают отправки",
        ),
        ("{}: %n dəyişiklik göndərilməyi gözləyir", "{}: %n dəyişiklik göndərilməyi gözləyir"),
    ),
    "{}: synced": ("{}: синхронизировано", "{}: sinxronlaşdırılıb"),
    # -- body editor, find bar, spelling -----------------------------------------------------------------------
    "Bold": ("Полужирный", "Qalın"),
    "Italic": ("Курсив", "Kursiv"),
    "Link": ("Ссылка", "Keçid"),
    "Heading 1": ("Заголовок 1", "Başlıq 1"),
    "Heading 2": ("Заголовок 2", "Başlıq 2"),
    "Heading 3": ("Заголовок 3", "Başlıq 3"),
    "Quote": ("Цитата", "Sitat"),
    "Bulleted list": ("Маркированный список", "Markerli siyahı"),
    "Find…": ("Найти…", "Tap…"),
    "Replace…": ("Заменить…", "Əvəz et…"),
    "Find next": ("Найти далее", "Növbətini tap"),
    "Find previous": ("Найти ранее", "Əvvəlkini tap"),
    "Article body (Markdown)": ("Текст статьи (Markdown)", "Məqalənin mətni (Markdown)"),
    "Write the story here. Markdown: **bold**, *italic*, [link](https://…), ## heading": (
        "Пишите материал здесь. Markdown: **полужирный**, *курсив*, [ссылка](https://…), ## заголовок",
        "Materialı burada yazın. Markdown: **qalın**, *kursiv*, [keçid](https://…), ## başlıq",
    ),
    "Format": ("Формат", "Format"),
    "Find and replace": ("Найти и заменить", "Tap və əvəz et"),
    "Find": ("Найти", "Tap"),
    "Find in the article": ("Найти в статье", "Məqalədə tap"),
    "Replace with": ("Заменить на", "Bununla əvəz et"),
    "Match case": ("С учётом регистра", "Registrə həssas"),
    "Whole words": ("Слова целиком", "Tam sözlər"),
    "Search result": ("Результат поиска", "Axtarışın nəticəsi"),
    "Previous": ("Назад", "Əvvəlki"),
    "Find previous (Shift+F3)": ("Найти ранее (Shift+F3)", "Əvvəlkini tap (Shift+F3)"),
    "Next": ("Далее", "Növbəti"),
    "Find next (F3)": ("Найти далее (F3)", "Növbətini tap (F3)"),
    "Replace": ("Заменить", "Əvəz et"),
    "Replace this match": ("Заменить это совпадение", "Bu uyğunluğu əvəz et"),
    "Replace all": ("Заменить все", "Hamısını əvəz et"),
    "Replace every match": ("Заменить все совпадения", "Bütün uyğunluqları əvəz et"),
    "Close find bar": ("Закрыть панель поиска", "Axtarış panelini bağla"),
    "Close (Escape)": ("Закрыть (Escape)", "Bağla (Escape)"),
    "No matches": ("Совпадений нет", "Uyğunluq yoxdur"),
    "Replaced %n": (("Заменено: %n", "Заменено: %n", "Заменено: %n"), ("Əvəz edildi: %n", "Əvəz edildi: %n")),
    "No spelling dictionary for “{}”": (
        "Нет словаря для проверки орфографии «{}»",
        "«{}» üçün orfoqrafiya lüğəti yoxdur",
    ),
    "No suggestions": ("Вариантов нет", "Təklif yoxdur"),
    "Add “{}” to dictionary": ("Добавить «{}» в словарь", "«{}» sözünü lüğətə əlavə et"),
    "Ignore “{}”": ("Пропустить «{}»", "«{}» sözünə məhəl qoyma"),
    # -- welcome page, read-only profile, language -------------------------------------------------------------
    "Welcome to Editorial Workstation": (
        "Добро пожаловать в Editorial Workstation",
        "Editorial Workstation-a xoş gəlmisiniz",
    ),
    "<p>Write and edit articles offline, attach credited photos, link related stories and send them to the desk. "
    "Everything is saved as you type, on this computer.</p><p>Your newsroom is empty. Open the demo newsroom to "
    "see a finished article and a small archive, start a new article, or import articles you already have.</p>": (
        "<p>Пишите и правьте статьи без подключения к сети, прикрепляйте фотографии с указанием автора, "
        "связывайте материалы по теме и отправляйте их в редакцию. Всё сохраняется по ходу набора, на этом "
        "компьютере.</p><p>В вашей редакции пока пусто. Откройте демонстрационную редакцию, чтобы увидеть "
        "готовую статью и небольшой архив, начните новую статью или импортируйте уже готовые.</p>",
        "<p>Məqalələri oflayn yazın və redaktə edin, müəllifi göstərilmiş fotoları əlavə edin, əlaqəli "
        "materialları birləşdirin və redaksiyaya göndərin. Hər şey yazdıqca bu kompüterdə saxlanılır.</p>"
        "<p>Redaksiyanız hələ boşdur. Hazır məqaləni və kiçik arxivi görmək üçün nümayiş redaksiyasını açın, "
        "yeni məqaləyə başlayın və ya artıq olan məqalələri idxal edin.</p>",
    ),
    "Open demo newsroom": ("Открыть демо-редакцию", "Nümayiş redaksiyasını aç"),
    "New article": ("Новая статья", "Yeni məqalə"),
    "Import articles…": ("Импорт статей…", "Məqalələri idxal et…"),
    "Read-only profile": ("Профиль только для чтения", "Yalnız oxunan profil"),
    "Why nothing can be changed": ("Почему ничего нельзя изменить", "Niyə heç nəyi dəyişmək olmur"),
    "System language ({})": ("Язык системы ({})", "Sistemin dili ({})"),
    "The new language is used the next time Editorial Workstation starts.": (
        "Новый язык будет применён при следующем запуске Editorial Workstation.",
        "Yeni dil Editorial Workstation növbəti dəfə açılanda tətbiq olunacaq.",
    ),
    # -- Editor's choice -----------------------------------------------------------------------------------------
    "&Editor's choice…": ("&Выбор редакции…", "&Redaksiyanın seçimi…"),
    "See and order the site's Editor's choice selection": (
        "Просмотреть подборку «Выбор редакции» на сайте и изменить её порядок",
        "Saytdakı «Redaksiyanın seçimi» siyahısına baxın və sırasını dəyişin",
    ),
    "{title} ({status}: not shown to readers yet)": (
        "{title} ({status}: читатели пока не видят)",
        "{title} ({status}: oxuculara hələ göstərilmir)",
    ),
    "Editor's choice, in order": ("Выбор редакции, по порядку", "Redaksiyanın seçimi, sıra ilə"),
    "Move &up": ("&Выше", "&Yuxarı"),
    "Move &down": ("&Ниже", "&Aşağı"),
    "&Remove": ("&Убрать", "&Çıxar"),
    "Published article to add": (
        "Опубликованная статья для добавления",
        "Əlavə ediləcək dərc olunmuş məqalə",
    ),
    "&Add": ("&Добавить", "Əlavə &et"),
    "Your order is saved here and goes to the site with the next sync.": (
        "Ваш порядок сохранён здесь и попадёт на сайт при следующей синхронизации.",
        "Sıranız burada saxlanılıb və növbəti sinxronizasiya ilə sayta gedəcək.",
    ),
    "The selection on the site, {}. Drag to reorder.": (
        "Подборка на сайте, {}. Перетаскивайте, чтобы изменить порядок.",
        "Saytdakı seçim, {}. Sıranı dəyişmək üçün sürükləyin.",
    ),
    "Not synced yet: the site's selection arrives with the next sync.": (
        "Ещё не синхронизировано: подборка с сайта придёт при следующей синхронизации.",
        "Hələ sinxronlaşdırılmayıb: saytdakı seçim növbəti sinxronizasiya ilə gələcək.",
    ),
    "“{}” is already in Editor's choice.": (
        "«{}» уже в подборке «Выбор редакции».",
        "«{}» artıq Redaksiyanın seçimindədir.",
    ),
    # -- import and export ---------------------------------------------------------------------------------------
    "Import articles": ("Импорт статей", "Məqalələrin idxalı"),
    "Articles (*.md *.markdown *.txt);;All files (*)": (
        "Статьи (*.md *.markdown *.txt);;Все файлы (*)",
        "Məqalələr (*.md *.markdown *.txt);;Bütün fayllar (*)",
    ),
    "Import a folder of articles": ("Импорт папки со статьями", "Məqalələr qovluğunun idxalı"),
    "Import an archive (articles published elsewhere)": (
        "Импорт архива (статей, опубликованных в другом месте)",
        "Arxivin idxalı (başqa yerdə dərc olunmuş məqalələr)",
    ),
    "Import folder": ("Импорт папки", "Qovluğun idxalı"),
    "Is “{}” an archive of articles published elsewhere?": (
        "«{}» — это архив статей, опубликованных в другом месте?",
        "«{}» başqa yerdə dərc olunmuş məqalələrin arxividir?",
    ),
    "An archive keeps each article's original date and is searchable and linkable as related, but is never sent "
    "to the site (the desk can publish one article at a time). Drafts are new work that syncs with the site.": (
        "Архив сохраняет исходную дату каждой статьи, по нему можно искать и ссылаться на него как на "
        "материалы по теме, но на сайт он не отправляется (редакция может публиковать статьи по одной). "
        "Черновики — это новая работа, которая синхронизируется с сайтом.",
        "Arxiv hər məqalənin ilkin tarixini saxlayır, orada axtarmaq və onu əlaqəli material kimi göstərmək "
        "olar, amma sayta göndərilmir (redaksiya məqalələri bir-bir dərc edə bilər). Qaralamalar sayt ilə "
        "sinxronlaşdırılan yeni işdir.",
    ),
    "Import as &Archive": ("Импортировать как &архив", "&Arxiv kimi idxal et"),
    "Import as &Drafts": ("Импортировать как &черновики", "&Qaralama kimi idxal et"),
    "Importing": ("Импорт", "İdxal"),
    "Import": ("Импорт", "İdxal"),
    "%n file(s) need attention; details below.": (
        (
            "%n файл требует внимания; подробности ниже.",
            "%n файла требуют внимания; подробности ниже.",
            "%n файлов требуют внимания; подробности ниже.",
        ),
        ("%n fayla diqqət lazımdır; ətraflı aşağıda.", "%n fayla diqqət lazımdır; ətraflı aşağıda."),
    ),
    "Imported %n article(s) into the archive (published elsewhere: kept with their dates, not sent to the site).": (
        (
            "В архив импортирована %n статья (опубликована в другом месте: сохранена с датой, на сайт не "
            "отправляется).",
            "В архив импортированы %n статьи (опубликованы в другом месте: сохранены с датами, на сайт не "
            "отправляются).",
            "В архив импортировано %n статей (опубликованы в другом месте: сохранены с датами, на сайт не "
            "отправляются).",
        ),
        (
            "Arxivə %n məqalə idxal olundu (başqa yerdə dərc olunub: tarixləri ilə saxlanılır, sayta "
            "göndərilmir).",
            "Arxivə %n məqalə idxal olundu (başqa yerdə dərc olunub: tarixləri ilə saxlanılır, sayta "
            "göndərilmir).",
        ),
    ),
    "Imported %n article(s); {} into the archive (not sent to the site).": (
        (
            "Импортирована %n статья; в архив: {} (на сайт не отправляются).",
            "Импортированы %n статьи; в архив: {} (на сайт не отправляются).",
            "Импортировано %n статей; в архив: {} (на сайт не отправляются).",
        ),
        (
            "%n məqalə idxal olundu; arxivə: {} (sayta göndərilmir).",
            "%n məqalə idxal olundu; arxivə: {} (sayta göndərilmir).",
        ),
    ),
    "Imported %n article(s).": (
        ("Импортирована %n статья.", "Импортированы %n статьи.", "Импортировано %n статей."),
        ("%n məqalə idxal olundu.", "%n məqalə idxal olundu."),
    ),
    "Export article": ("Экспорт статьи", "Məqalənin ixracı"),
    "Markdown (*.md);;Web page (*.html)": (
        "Markdown (*.md);;Веб-страница (*.html)",
        "Markdown (*.md);;Veb səhifə (*.html)",
    ),
    "Exported to {}": ("Экспортировано в {}", "Bura ixrac olundu: {}"),
    # -- history --------------------------------------------------------------------------------------------------
    "created": ("создана", "yaradılıb"),
    "edited": ("изменена", "redaktə olunub"),
    "imported": ("импортирована", "idxal olunub"),
    "restored": ("восстановлена", "bərpa olunub"),
    "synced": ("синхронизирована", "sinxronlaşdırılıb"),
    "merged": ("объединена", "birləşdirilib"),
    "submitted": ("отправлена в редакцию", "redaksiyaya göndərilib"),
    "seen by the desk": ("просмотрена редакцией", "redaksiya baxıb"),
    "Body": ("Текст", "Mətn"),
    "Language": ("Язык", "Dil"),
    "+{added} / −{removed} words since this revision": (
        "+{added} / −{removed} слов с этой версии",
        "bu versiyadan bəri +{added} / −{removed} söz",
    ),
    "This revision is the same as the current text.": (
        "Эта версия совпадает с текущим текстом.",
        "Bu versiya hazırkı mətnlə eynidir.",
    ),
    "(for {})": ("(на {})", "({} üçün)"),
    "History — {}": ("История — {}", "Tarixçə — {}"),
    "Article history": ("История статьи", "Məqalənin tarixçəsi"),
    "Revisions, newest first": ("Версии, сначала новые", "Versiyalar, əvvəlcə yeniləri"),
    "Changes since the selected revision": (
        "Изменения с выбранной версии",
        "Seçilmiş versiyadan bəri dəyişikliklər",
    ),
    "Restore this version": ("Восстановить эту версию", "Bu versiyanı bərpa et"),
    "Make this version the current text (as a new revision; nothing is deleted)": (
        "Сделать эту версию текущим текстом (как новую версию; ничего не удаляется)",
        "Bu versiyanı hazırkı mətn et (yeni versiya kimi; heç nə silinmir)",
    ),
    "#{number} · {kind} · {when} · %Ln word(s)": (
        (
            "№{number} · {kind} · {when} · %Ln слово",
            "№{number} · {kind} · {when} · %Ln слова",
            "№{number} · {kind} · {when} · %Ln слов",
        ),
        ("№{number} · {kind} · {when} · %Ln söz", "№{number} · {kind} · {when} · %Ln söz"),
    ),
    "Changes shown are from the selected revision to the current text.": (
        "Показаны изменения от выбранной версии до текущего текста.",
        "Seçilmiş versiyadan hazırkı mətnə qədər dəyişikliklər göstərilir.",
    ),
    "Workflow history: who moved the article, when, and the note": (
        "История прохождения: кто и когда перевёл статью, и замечание",
        "İş axınının tarixçəsi: məqaləni kim, nə vaxt keçirib və qeyd",
    ),
    "No workflow steps yet.": ("Пока нет шагов.", "Hələ heç bir addım yoxdur."),
    "<b>Workflow</b> (who, when, from, to, note)": (
        "<b>Прохождение</b> (кто, когда, откуда, куда, замечание)",
        "<b>İş axını</b> (kim, nə vaxt, haradan, haraya, qeyd)",
    ),
    # -- photos -----------------------------------------------------------------------------------------------------
    "Importing %v of %n photo(s)…": (
        ("Импорт: %v из %n фото…", "Импорт: %v из %n фото…", "Импорт: %v из %n фото…"),
        ("İdxal: %n fotodan %v…", "İdxal: %n fotodan %v…"),
    ),
    "Cancelling…": ("Отмена…", "Ləğv edilir…"),
    "{} of %n photo(s) added.": (
        ("Добавлено {} из %n фото.", "Добавлено {} из %n фото.", "Добавлено {} из %n фото."),
        ("%n fotodan {} əlavə olundu.", "%n fotodan {} əlavə olundu."),
    ),
    "Import cancelled; the photos that finished were added.": (
        "Импорт отменён; уже обработанные фото добавлены.",
        "İdxal ləğv olundu; hazır olan fotolar əlavə edildi.",
    ),
    "The import failed: {}": ("Импорт не удался: {}", "İdxal alınmadı: {}"),
    "no image\nfile": ("нет файла\nизображения", "şəkil faylı\nyoxdur"),
    "Photo without caption": ("Фото без подписи", "İzahsız foto"),
    "Featured photo.": ("Главное фото.", "Əsas foto."),
    "caption": ("подписи", "izah"),
    "credit": ("автора фото", "foto müəllifi"),
    "alt text": ("альтернативного текста", "alternativ mətn"),
    ", ": (", ", ", "),
    "Incomplete: no {}.": ("Не заполнено: нет {}.", "Natamam: {} yoxdur."),
    "The original carries a GPS location (removed from what is published).": (
        "В оригинале есть GPS-координаты (из публикуемой версии они удалены).",
        "Orijinalda GPS koordinatları var (dərc olunan versiyadan silinib).",
    ),
    "No caption": ("Без подписи", "İzahsız"),
    "Could not save the photo: {}": ("Не удалось сохранить фото: {}", "Foto yadda saxlanmadı: {}"),
    "Add photos": ("Добавить фото", "Foto əlavə et"),
    "Images (*.jpg *.jpeg *.png *.tif *.tiff *.webp);;All files (*)": (
        "Изображения (*.jpg *.jpeg *.png *.tif *.tiff *.webp);;Все файлы (*)",
        "Şəkillər (*.jpg *.jpeg *.png *.tif *.tiff *.webp);;Bütün fayllar (*)",
    ),
    "Caption": ("Подпись к фото", "Foto izahı"),
    "Alt text": ("Альтернативный текст", "Alternativ mətn"),
    "Credit": ("Автор фото", "Foto müəllifi"),
    "Creator": ("Фотограф", "Fotoqraf"),
    "Copyright": ("Авторские права", "Müəllif hüquqları"),
    "Instructions": ("Особые указания", "Xüsusi göstərişlər"),
    "Date taken": ("Дата съёмки", "Çəkiliş tarixi"),
    "City": ("Город", "Şəhər"),
    "Country": ("Страна", "Ölkə"),
    "Photos of the article": ("Фото к статье", "Məqalənin fotoları"),
    "Photos: drag to reorder, drop image files to add them": (
        "Фото: перетаскивайте, чтобы изменить порядок; перетащите сюда файлы, чтобы добавить",
        "Fotolar: sıranı dəyişmək üçün sürükləyin; əlavə etmək üçün faylları bura atın",
    ),
    "Add photos…": ("Добавить фото…", "Foto əlavə et…"),
    "Import image files into this article": (
        "Импортировать файлы изображений в эту статью",
        "Şəkil fayllarını bu məqaləyə idxal et",
    ),
    "Featured": ("Главное", "Əsas"),
    "Make the selected photo the article's featured photo": (
        "Сделать выбранное фото главным фото статьи",
        "Seçilmiş fotonu məqalənin əsas fotosu et",
    ),
    "Insert in text": ("Вставить в текст", "Mətnə yerləşdir"),
    "Place the selected photo in the body": (
        "Поместить выбранное фото в текст статьи",
        "Seçilmiş fotonu məqalənin mətninə yerləşdir",
    ),
    "Remove": ("Убрать", "Çıxar"),
    "Take the selected photos out of this article": (
        "Убрать выбранные фото из этой статьи",
        "Seçilmiş fotoları bu məqalədən çıxar",
    ),
    "Paste image": ("Вставить изображение", "Şəkli yapışdır"),
    "Add the image on the clipboard": (
        "Добавить изображение из буфера обмена",
        "Mübadilə buferindəki şəkli əlavə et",
    ),
    "Photos": ("Фото", "Fotolar"),
    "Photo import progress": ("Ход импорта фото", "Fotoların idxalının gedişi"),
    "Cancel": ("Отмена", "Ləğv et"),
    "Cancel the photo import": ("Отменить импорт фото", "Fotoların idxalını ləğv et"),
    "Photo import report": ("Отчёт об импорте фото", "Fotoların idxalı haqqında hesabat"),
    "Special instructions": ("Особые указания", "Xüsusi göstərişlər"),
    "Location privacy note": ("Примечание о местоположении", "Məkan məxfiliyi barədə qeyd"),
    "What the photo still needs": ("Чего не хватает фото", "Fotoya hələ nə lazımdır"),
    "Photo size and file": ("Размер и файл фото", "Fotonun ölçüsü və faylı"),
    "Apply credit and copyright to the selected photos": (
        "Применить автора фото и авторские права к выбранным фото",
        "Foto müəllifini və müəllif hüquqlarını seçilmiş fotolara tətbiq et",
    ),
    "Photo: {}": ("Фото: {}", "Foto: {}"),
    "{}:": ("{}:", "{}:"),
    "YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS": (
        "ГГГГ-ММ-ДД или ГГГГ-ММ-ДДTЧЧ:ММ:СС",
        "İİİİ-AA-GG və ya İİİİ-AA-GGTSS:DD:SS",
    ),
    "⚠ Special instructions: {}": ("⚠ Особые указания: {}", "⚠ Xüsusi göstərişlər: {}"),
    "This photo's original file carries a GPS location. It is never published: the rendition that is uploaded "
    "has no location, camera serial numbers or owner names.": (
        "В исходном файле этого фото есть GPS-координаты. Они никогда не публикуются: в загружаемой на сайт "
        "версии нет ни координат, ни серийных номеров камеры, ни имён владельцев.",
        "Bu fotonun orijinal faylında GPS koordinatları var. Onlar heç vaxt dərc olunmur: sayta yüklənən "
        "versiyada nə məkan, nə kameranın seriya nömrələri, nə də sahiblərin adları olur.",
    ),
    "Incomplete: add {} before publishing.": (
        "Не заполнено: перед публикацией добавьте {}.",
        "Natamam: dərcdən əvvəl {} əlavə edin.",
    ),
    "{width} × {height} px": ("{width} × {height} px", "{width} × {height} px"),
    "no file": ("нет файла", "fayl yoxdur"),
    "taken {}": ("снято {}", "çəkilib: {}"),
    "Apply this credit and copyright to the %n selected photo(s)": (
        (
            "Применить автора фото и права к %n выбранному фото",
            "Применить автора фото и права к %n выбранным фото",
            "Применить автора фото и права к %n выбранным фото",
        ),
        (
            "Foto müəllifini və hüquqları seçilmiş %n fotoya tətbiq et",
            "Foto müəllifini və hüquqları seçilmiş %n fotoya tətbiq et",
        ),
    ),
    # -- preview ------------------------------------------------------------------------------------------------------
    "Preview": ("Предпросмотр", "Önizləmə"),
    "Article preview (plain)": ("Предпросмотр статьи (упрощённый)", "Məqalənin önizləməsi (sadə)"),
    "Plain preview: the web engine could not start.": (
        "Упрощённый предпросмотр: веб-движок не запустился.",
        "Sadə önizləmə: veb mühərriki işə düşmədi.",
    ),
    "Article preview": ("Предпросмотр статьи", "Məqalənin önizləməsi"),
    "Preview width": ("Ширина предпросмотра", "Önizləmənin eni"),
    "{} ({} px)": ("{} ({} px)", "{} ({} px)"),
    "Width": ("Ширина", "Genişlik"),
    "Preview theme": ("Тема предпросмотра", "Önizləmənin mövzusu"),
    "Theme": ("Тема", "Mövzu"),
    "House": ("Фирменная", "Öz üslub"),
    "Site": ("Сайт", "Sayt"),
    "Sync once to fetch the site's theme": (
        "Синхронизируйте хотя бы раз, чтобы получить тему сайта",
        "Saytın mövzusunu almaq üçün bir dəfə sinxronlaşdırın",
    ),
    "Desktop": ("Компьютер", "Masaüstü"),
    "Tablet": ("Планшет", "Planşet"),
    "Phone": ("Телефон", "Telefon"),
    # -- related articles -----------------------------------------------------------------------------------------------
    "Results": ("Результаты", "Nəticələr"),
    "Suggestions: more like this": ("Предложения: похожие материалы", "Təkliflər: oxşar materiallar"),
    "At most {} related articles: remove one first.": (
        "Не больше {} связанных статей: сначала уберите одну.",
        "Ən çoxu {} əlaqəli məqalə: əvvəlcə birini çıxarın.",
    ),
    "Something went wrong; please try again.": (
        "Что-то пошло не так; попробуйте ещё раз.",
        "Nəsə alınmadı; yenidən cəhd edin.",
    ),
    "Any time": ("За всё время", "İstənilən vaxt"),
    "Past week": ("За неделю", "Son həftə"),
    "Past month": ("За месяц", "Son ay"),
    "Past year": ("За год", "Son il"),
    "Related articles": ("Связанные статьи", "Əlaqəli məqalələr"),
    "Search the archive for related articles": (
        "Искать связанные статьи в архиве",
        "Arxivdə əlaqəli məqalələri axtar",
    ),
    "Search the archive, or pick from suggestions…": (
        "Поиск по архиву или выбор из предложений…",
        "Arxivdə axtarın və ya təkliflərdən seçin…",
    ),
    "Only articles of this section": ("Только статьи этой рубрики", "Yalnız bu bölmənin məqalələri"),
    "Only articles from this period": ("Только статьи за этот период", "Yalnız bu dövrün məqalələri"),
    "Published only": ("Только опубликованные", "Yalnız dərc olunanlar"),
    "Only published articles": ("Только опубликованные статьи", "Yalnız dərc olunmuş məqalələr"),
    "Suggestions": ("Предложения", "Təkliflər"),
    "Search results and suggestions; press Enter to add": (
        "Результаты поиска и предложения; Enter — добавить",
        "Axtarış nəticələri və təkliflər; əlavə etmək üçün Enter",
    ),
    "Add the selected result to the related articles": (
        "Добавить выбранный результат в связанные статьи",
        "Seçilmiş nəticəni əlaqəli məqalələrə əlavə et",
    ),
    "Chosen related articles, in order; Alt+Up and Alt+Down move, Delete removes": (
        "Выбранные связанные статьи по порядку; Alt+Вверх и Alt+Вниз перемещают, Delete убирает",
        "Seçilmiş əlaqəli məqalələr, sıra ilə; Alt+Yuxarı və Alt+Aşağı yerini dəyişir, Delete çıxarır",
    ),
    "Move the selected related article up": (
        "Переместить выбранную связанную статью выше",
        "Seçilmiş əlaqəli məqaləni yuxarı apar",
    ),
    "Move the selected related article down": (
        "Переместить выбранную связанную статью ниже",
        "Seçilmiş əlaqəli məqaləni aşağı apar",
    ),
    "Remove the selected related article": (
        "Убрать выбранную связанную статью",
        "Seçilmiş əlaqəli məqaləni çıxar",
    ),
    "Related articles ({} of {})": ("Связанные статьи ({} из {})", "Əlaqəli məqalələr ({}/{})"),
    # -- desk review ------------------------------------------------------------------------------------------------------
    "<b>Returned with:</b> {}": ("<b>Возвращено с замечанием:</b> {}", "<b>Bu qeydlə qaytarılıb:</b> {}"),
    "<b>Note:</b>": ("<b>Примечание:</b>", "<b>Qeyd:</b>"),
    "✔ The publish checklist passes.": (
        "✔ Все условия для публикации выполнены.",
        "✔ Dərc üçün bütün şərtlər ödənilib.",
    ),
    "<b>Not ready to publish:</b>": ("<b>Не готово к публикации:</b>", "<b>Dərcə hazır deyil:</b>"),
    "No changes since {}.": ("Нет изменений с момента: {}.", "Bundan bəri dəyişiklik yoxdur: {}."),
    "<b>Changes since {}:</b>": ("<b>Изменения с момента: {}</b>", "<b>Bundan bəri dəyişikliklər: {}</b>"),
    "someone": ("кто-то", "kimsə"),
    "Desk review": ("Проверка в редакции", "Redaksiya yoxlaması"),
    "Submitted to the desk": ("Отправленные в редакцию", "Redaksiyaya göndərilənlər"),
    "Photos missing or incomplete": ("Фото нет или не заполнены", "Foto yoxdur və ya natamamdır"),
    "Which queue": ("Какая очередь", "Hansı növbə"),
    "Review queue, newest first": ("Очередь на проверку, сначала новые", "Yoxlama növbəsi, əvvəlcə yeniləri"),
    "Refresh": ("Обновить", "Yenilə"),
    "Changes since you last saw this article": (
        "Изменения с тех пор, как вы последний раз смотрели статью",
        "Məqaləyə son baxışınızdan bəri dəyişikliklər",
    ),
    "Note": ("Заметка", "Qeyd"),
    "By": ("Автор", "Müəllif"),
    "When": ("Когда", "Nə vaxt"),
    "Editorial notes (never published)": (
        "Редакционные заметки (не публикуются)",
        "Redaksiya qeydləri (dərc olunmur)",
    ),
    "Write a note for the newsroom (never published)…": (
        "Заметка для редакции (не публикуется)…",
        "Redaksiya üçün qeyd yazın (dərc olunmur)…",
    ),
    "Add note": ("Добавить заметку", "Qeyd əlavə et"),
    "Reply to selected": ("Ответить", "Cavab ver"),
    "Open in editor": ("Открыть в редакторе", "Redaktorda aç"),
    "Approve…": ("Одобрить…", "Təsdiqlə…"),
    "Return to reporter…": ("Вернуть репортёру…", "Müxbirə qaytar…"),
    "<b>Editorial notes</b> (visible to the newsroom, never published)": (
        "<b>Редакционные заметки</b> (видны редакции, не публикуются)",
        "<b>Redaksiya qeydləri</b> (redaksiyaya görünür, dərc olunmur)",
    ),
    "Choose an article in the queue to review it.": (
        "Выберите статью в очереди, чтобы проверить её.",
        "Yoxlamaq üçün növbədən məqalə seçin.",
    ),
    "The text changed": ("Текст изменился", "Mətn dəyişib"),
    "Failed: {}": ("Не удалось: {}", "Alınmadı: {}"),
    "Not done": ("Не выполнено", "Edilmədi"),
    # -- sync -----------------------------------------------------------------------------------------------------------
    "&Sync Now": ("&Синхронизировать", "İndi &sinxronlaşdır"),
    "Send local changes and fetch new ones": (
        "Отправить локальные изменения и получить новые",
        "Yerli dəyişiklikləri göndər və yenilərini al",
    ),
    "Publishing &Sites…": ("&Сайты публикации…", "Dərc &saytları…"),
    "Set up a site": ("Настроить сайт", "Sayt qur"),
    "Sync &Log": ("&Журнал синхронизации", "Sinxronizasiya &jurnalı"),
    "What the last syncs did": ("Что сделали последние синхронизации", "Son sinxronizasiyalar nə edib"),
    "Resolve Sync &Conflicts…": (
        "Разрешить &конфликты синхронизации…",
        "Sinxronizasiya &ziddiyyətlərini həll et…",
    ),
    "Choose between two versions": ("Выбрать одну из двух версий", "İki versiyadan birini seç"),
    "The application password for {} is needed: press Sync.": (
        "Нужен пароль приложения для {}: нажмите «Синхронизировать».",
        "{} üçün tətbiq parolu lazımdır: «Sinxronlaşdır» düyməsini basın.",
    ),
    "starting": ("запуск", "başlayır"),
    "(%n more in the sync log)": (
        (
            "(ещё %n — в журнале синхронизации)",
            "(ещё %n — в журнале синхронизации)",
            "(ещё %n — в журнале синхронизации)",
        ),
        ("(daha %n — sinxronizasiya jurnalında)", "(daha %n — sinxronizasiya jurnalında)"),
    ),
    "Sign in to {}": ("Вход на {}", "{} saytına giriş"),
    "Application password for {user} at {url}\n(kept in memory for this session only):": (
        "Пароль приложения для {user} на {url}\n(хранится в памяти только до конца сеанса):",
        "{url} saytında {user} üçün tətbiq parolu\n(yalnız bu seans üçün yaddaşda saxlanılır):",
    ),
    "Sync log": ("Журнал синхронизации", "Sinxronizasiya jurnalı"),
    "Sync runs": ("Запуски синхронизации", "Sinxronizasiya seansları"),
    "Result": ("Результат", "Nəticə"),
    "What happened": ("Что произошло", "Nə baş verib"),
    "Steps of the selected run": ("Шаги выбранного запуска", "Seçilmiş seansın addımları"),
    "Select a run to see its steps.": (
        "Выберите запуск, чтобы увидеть его шаги.",
        "Addımlarını görmək üçün seans seçin.",
    ),
    "Sync now": ("Синхронизировать", "İndi sinxronlaşdır"),
    "Resolve conflicts…": ("Разрешить конфликты…", "Ziddiyyətləri həll et…"),
    "{site} as {user} ({role})": (
        "{site}, пользователь {user} ({role})",
        "{site}, istifadəçi {user} ({role})",
    ),
    "role unknown": ("роль неизвестна", "rol məlum deyil"),
    "ok": ("успешно", "uğurlu"),
    "offline": ("нет связи", "bağlantı yoxdur"),
    "cancelled": ("отменено", "ləğv olunub"),
    "failed": ("ошибка", "xəta"),
    "sign-in failed": ("вход не удался", "giriş alınmadı"),
    "note": ("примечание", "qeyd"),
    "{start} to {end} ({seconds} s), %n request(s)": (
        (
            "{start}–{end} ({seconds} с), %n запрос",
            "{start}–{end} ({seconds} с), %n запроса",
            "{start}–{end} ({seconds} с), %n запросов",
        ),
        ("{start}–{end} ({seconds} san.), %n sorğu", "{start}–{end} ({seconds} san.), %n sorğu"),
    ),
    "%n change(s) still pending": (
        (
            "%n изменение ещё ждёт отправки",
            "%n изменения ещё ждут отправки",
            "%n изменений ещё ждут отправки",
        ),
        ("%n dəyişiklik hələ göndərilməyi gözləyir", "%n dəyişiklik hələ göndərilməyi gözləyir"),
    ),
    "%n change(s) not synced": (
        (
            "%n изменение не синхронизировано",
            "%n изменения не синхронизированы",
            "%n изменений не синхронизировано",
        ),
        ("%n dəyişiklik sinxronlaşdırılmayıb", "%n dəyişiklik sinxronlaşdırılmayıb"),
    ),
    "syncing {} of {}": ("синхронизация: {} из {}", "sinxronizasiya: {}/{}"),
    "syncing…": ("синхронизация…", "sinxronizasiya…"),
    "synced at {}": ("синхронизировано в {}", "saat {} sinxronlaşdırılıb"),
    "not synced yet": ("ещё не синхронизировано", "hələ sinxronlaşdırılmayıb"),
    "sign-in needed": ("нужен вход", "giriş lazımdır"),
    "sync failed": ("сбой синхронизации", "sinxronizasiya alınmadı"),
    "{site}: {state}": ("{site}: {state}", "{site}: {state}"),
    "%n pending": (
        ("%n ожидает отправки", "%n ожидают отправки", "%n ожидают отправки"),
        ("%n göndərilməyi gözləyir", "%n göndərilməyi gözləyir"),
    ),
    "%n conflict(s)": (
        ("%n конфликт", "%n конфликта", "%n конфликтов"),
        ("%n ziddiyyət", "%n ziddiyyət"),
    ),
    "Your work is saved here and will be sent when the site can be reached again.": (
        "Ваша работа сохранена здесь и будет отправлена, когда сайт снова станет доступен.",
        "İşiniz burada saxlanılıb və sayt yenidən əlçatan olanda göndəriləcək.",
    ),
    "Last synced at {}.": ("Последняя синхронизация в {}.", "Son sinxronizasiya saat {}."),
    "Click the conflict count to choose between the two versions.": (
        "Нажмите на число конфликтов, чтобы выбрать одну из двух версий.",
        "İki versiyadan birini seçmək üçün ziddiyyətlərin sayına basın.",
    ),
    "Keep mine": ("Оставить мою", "Mənimkini saxla"),
    "Keep the server's": ("Оставить серверную", "Serverdəkini saxla"),
    "Keep both (mine first)": ("Оставить обе (сначала мою)", "Hər ikisini saxla (əvvəlcə mənimki)"),
    "Sync conflict": ("Конфликт синхронизации", "Sinxronizasiya ziddiyyəti"),
    "Choose between two versions: {}": (
        "Выберите одну из двух версий: {}",
        "İki versiyadan birini seçin: {}",
    ),
    "“{headline}” was changed on this computer and on {site} in the same places. Choose which version to keep for "
    "each difference. Paragraphs only one side changed are already merged. <b>Nothing is discarded until you press "
    "Apply.</b>": (
        "«{headline}» изменили и на этом компьютере, и на {site} в одних и тех же местах. Для каждого "
        "расхождения выберите, какую версию оставить. Абзацы, изменённые только с одной стороны, уже "
        "объединены. <b>Ничего не теряется, пока вы не нажмёте «Применить».</b>",
        "«{headline}» həm bu kompüterdə, həm də {site} üzərində eyni yerlərdə dəyişdirilib. Hər fərq üçün "
        "hansı versiyanı saxlayacağınızı seçin. Yalnız bir tərəfdə dəyişən abzaslar artıq birləşdirilib. "
        "<b>«Tətbiq et» düyməsini basana qədər heç nə itmir.</b>",
    ),
    "the server": ("сервере", "server"),
    "The result with your choices": ("Результат с вашим выбором", "Seçimlərinizlə nəticə"),
    "Result with these choices": ("Результат с этим выбором", "Bu seçimlərlə nəticə"),
    "Apply": ("Применить", "Tətbiq et"),
    "Decide later": ("Решить позже", "Sonra qərar ver"),
    "On this computer": ("На этом компьютере", "Bu kompüterdə"),
    "On the server": ("На сервере", "Serverdə"),
    "(empty)": ("(пусто)", "(boş)"),
    "Before both edits: {}": ("До обеих правок: {}", "Hər iki düzəlişdən əvvəl: {}"),
    "Your choice could not be saved: {}. Both versions are still kept.": (
        "Не удалось сохранить ваш выбор: {}. Обе версии по-прежнему сохранены.",
        "Seçiminiz yadda saxlanmadı: {}. Hər iki versiya hələ də saxlanılır.",
    ),
    "{}, paragraph {}": ("{}, абзац {}", "{}, abzas {}"),
    "Publishing sites": ("Сайты публикации", "Dərc saytları"),
    "Configured sites": ("Настроенные сайты", "Qurulmuş saytlar"),
    "Address": ("Адрес", "Ünvan"),
    "User": ("Пользователь", "İstifadəçi"),
    "Role": ("Роль", "Rol"),
    "Site name": ("Название сайта", "Saytın adı"),
    "newsroom": ("редакция", "redaksiya"),
    "Site address": ("Адрес сайта", "Saytın ünvanı"),
    "User name": ("Имя пользователя", "İstifadəçi adı"),
    "your WordPress user name": ("ваше имя пользователя в WordPress", "WordPress-dəki istifadəçi adınız"),
    "Application password": ("Пароль приложения", "Tətbiq parolu"),
    "Allow plain &http for this site (unencrypted)": (
        "Разрешить для этого сайта обычный &http (без шифрования)",
        "Bu sayt üçün adi &http-yə icazə ver (şifrələnmədən)",
    ),
    "Allow plain http for this site": (
        "Разрешить для этого сайта обычный http",
        "Bu sayt üçün adi http-yə icazə ver",
    ),
    "Remove site": ("Удалить сайт", "Saytı sil"),
    "Forget the selected site, its sync records and its stored password": (
        "Забыть выбранный сайт, данные его синхронизации и сохранённый пароль",
        "Seçilmiş saytı, onun sinxronizasiya qeydlərini və saxlanmış parolunu unut",
    ),
    "Add and sign in": ("Добавить и войти", "Əlavə et və daxil ol"),
    "Sign-in result": ("Результат входа", "Girişin nəticəsi"),
    "&Name:": ("&Название:", "&Ad:"),
    "&Address:": ("&Адрес:", "Ü&nvan:"),
    "&User:": ("&Пользователь:", "İ&stifadəçi:"),
    "Application &password:": ("Пароль &приложения:", "Tətbiq &parolu:"),
    "Create an application password in WordPress under Users → Profile. It is kept only in your system's secure "
    "keyring, or for this session when there is none, never in files or logs.": (
        "Создайте пароль приложения в WordPress в разделе «Пользователи → Профиль». Он хранится только в "
        "защищённом хранилище ключей вашей системы (а если его нет — до конца сеанса) и никогда не попадает "
        "в файлы или журналы.",
        "Tətbiq parolunu WordPress-də «İstifadəçilər → Profil» bölməsində yaradın. O, yalnız sisteminizin "
        "təhlükəsiz açar anbarında (anbar yoxdursa, bu seans üçün) saxlanılır, heç vaxt fayllara və ya "
        "jurnallara yazılmır.",
    ),
    "Add a site": ("Добавить сайт", "Sayt əlavə et"),
    "not signed in yet": ("вход ещё не выполнен", "hələ daxil olunmayıb"),
    "{} (plain http allowed)": ("{} (разрешён обычный http)", "{} (adi http-yə icazə var)"),
    "Fill in the name, the address, the user name and the application password.": (
        "Заполните название, адрес, имя пользователя и пароль приложения.",
        "Adı, ünvanı, istifadəçi adını və tətbiq parolunu doldurun.",
    ),
    "Signing in to {}…": ("Вход на {}…", "{} saytına daxil olunur…"),
    "memory for this session only": ("памяти только до конца сеанса", "yalnız bu seans üçün yaddaşda"),
    "Removed {}; its stored password is forgotten. The articles stay on this computer.": (
        "Сайт {} удалён; его сохранённый пароль забыт. Статьи остаются на этом компьютере.",
        "{} silindi; saxlanmış parolu unudulub. Məqalələr bu kompüterdə qalır.",
    ),
    "The site “{site}” was saved, but signing in failed: {error}": (
        "Сайт «{site}» сохранён, но войти не удалось: {error}",
        "«{site}» saytı yadda saxlanıldı, amma daxil olmaq alınmadı: {error}",
    ),
    "Signed in to {site} as <b>{user}</b>, role: <b>{role}</b>.": (
        "Вход на {site} выполнен: <b>{user}</b>, роль: <b>{role}</b>.",
        "{site} saytına <b>{user}</b> kimi daxil olundu, rol: <b>{role}</b>.",
    ),
    "The application password is kept in {}.": (
        "Пароль приложения хранится: {}.",
        "Tətbiq parolu burada saxlanılır: {}.",
    ),
    "The Editorial Workstation plugin is not active on this site.": (
        "Плагин Editorial Workstation на этом сайте не активен.",
        "Editorial Workstation plagini bu saytda aktiv deyil.",
    ),
    "The site could not be added: {}.": ("Не удалось добавить сайт: {}.", "Saytı əlavə etmək alınmadı: {}."),
    # -- strings of the photo desk, Preferences and ui/window/ (on main; ready for the merge) ----------------
    "Demo newsroom opened.": ("Демо-редакция открыта.", "Nümayiş redaksiyası açıldı."),
    "Delete article": ("Удалить статью", "Məqaləni sil"),
    "Delete “{0}”?\n\nIt moves to Deleted and can be restored; nothing is erased.": (
        "Удалить «{0}»?\n\nСтатья переместится в удалённые, её можно восстановить; ничего не стирается.",
        "«{0}» silinsin?\n\nMəqalə silinənlərə köçür və bərpa oluna bilər; heç nə itmir.",
    ),
    "Credits & Codes": ("Авторы и коды", "Müəlliflər və kodlar"),
    "Credits and code replacements": ("Авторы фото и замены кодов", "Foto müəllifləri və kod əvəzləmələri"),
    "Saved credits": ("Сохранённые авторы", "Saxlanmış müəlliflər"),
    "=code= replacements": ("Замены =код=", "=kod= əvəzləmələri"),
    "Import…": ("Импорт…", "İdxal…"),
    "Export…": ("Экспорт…", "İxrac…"),
    "Saved credits, most used first": (
        "Сохранённые авторы, сначала самые частые",
        "Saxlanmış müəlliflər, əvvəlcə ən çox işlənənlər",
    ),
    "A credit, e.g. AFP / Getty Images": (
        "Автор фото, например AFP / Getty Images",
        "Foto müəllifi, məsələn AFP / Getty Images",
    ),
    "New saved credit": ("Новый сохранённый автор", "Yeni saxlanmış müəllif"),
    "Add": ("Добавить", "Əlavə et"),
    "Offered while you type a credit. Double-click one to edit it.": (
        "Предлагаются при вводе автора фото. Дважды щёлкните, чтобы изменить.",
        "Foto müəllifini yazarkən təklif olunur. Redaktə etmək üçün iki dəfə klikləyin.",
    ),
    "Codes and the texts they expand to": (
        "Коды и тексты, которыми они заменяются",
        "Kodlar və onların əvəz olunduğu mətnlər",
    ),
    "Code": ("Код", "Kod"),
    "Expands to": ("Заменяется на", "Əvəz olunur"),
    "code, e.g. ap": ("код, например ap", "kod, məsələn ap"),
    "New code": ("Новый код", "Yeni kod"),
    "expands to, e.g. The Associated Press": (
        "заменяется на, например The Associated Press",
        "əvəz olunur, məsələn The Associated Press",
    ),
    "Text of the new code": ("Текст нового кода", "Yeni kodun mətni"),
    "Type =code= in any photo field and it becomes the text.": (
        "Введите =код= в любом поле фото, и он превратится в текст.",
        "İstənilən foto sahəsində =kod= yazın, o, mətnə çevriləcək.",
    ),
    "Import Credits & Codes": ("Импорт авторов и кодов", "Müəlliflərin və kodların idxalı"),
    "Export Credits & Codes": ("Экспорт авторов и кодов", "Müəlliflərin və kodların ixracı"),
    "Credits & Codes (*.json);;All files (*)": (
        "Авторы и коды (*.json);;Все файлы (*)",
        "Müəlliflər və kodlar (*.json);;Bütün fayllar (*)",
    ),
    "Could not read {0}: {1}": ("Не удалось прочитать {0}: {1}", "{0} oxunmadı: {1}"),
    "From {0}: {1} credits and {2} codes.": (
        "Из {0}: авторов — {1}, кодов — {2}.",
        "{0} faylından: {1} müəllif və {2} kod.",
    ),
    "Saved to {0}.": ("Сохранено в {0}.", "Bura saxlanıldı: {0}."),
    "Could not save {0}: {1}": ("Не удалось сохранить {0}: {1}", "{0} saxlanmadı: {1}"),
    "Show or hide the import details": (
        "Показать или скрыть подробности импорта",
        "İdxalın təfərrüatlarını göstər və ya gizlət",
    ),
    "Dismiss the import report": ("Закрыть отчёт об импорте", "İdxal hesabatını bağla"),
    "1 photo added": ("Добавлено 1 фото", "1 foto əlavə olundu"),
    "%n photos added": (
        ("Добавлено %n фото", "Добавлено %n фото", "Добавлено %n фото"),
        ("%n foto əlavə olundu", "%n foto əlavə olundu"),
    ),
    "%n already in the library (reused)": (
        (
            "%n уже в библиотеке (использовано повторно)",
            "%n уже в библиотеке (использованы повторно)",
            "%n уже в библиотеке (использованы повторно)",
        ),
        (
            "%n artıq kitabxanadadır (təkrar istifadə olunub)",
            "%n artıq kitabxanadadır (təkrar istifadə olunub)",
        ),
    ),
    "%n already in this article": (
        ("%n уже в этой статье", "%n уже в этой статье", "%n уже в этой статье"),
        ("%n artıq bu məqalədədir", "%n artıq bu məqalədədir"),
    ),
    "%n could not be imported": (
        ("%n не удалось импортировать", "%n не удалось импортировать", "%n не удалось импортировать"),
        ("%n idxal oluna bilmədi", "%n idxal oluna bilmədi"),
    ),
    "Import cancelled: {0}": ("Импорт отменён: {0}", "İdxal ləğv olundu: {0}"),
    "the file is empty (0 bytes).": ("файл пуст (0 байт).", "fayl boşdur (0 bayt)."),
    "the picture claims far more pixels than can be opened safely; it is damaged or built to crash programs.": (
        "изображение заявляет гораздо больше пикселей, чем можно безопасно открыть; оно повреждено или создано, "
        "чтобы вызывать сбои программ.",
        "şəkil təhlükəsiz açıla biləcəyindən qat-qat çox piksel bildirir; o, zədələnib və ya proqramları "
        "çökdürmək üçün hazırlanıb.",
    ),
    "this is not a picture the workstation can read (JPEG, PNG, TIFF or WebP).": (
        "это не изображение, которое программа умеет читать (JPEG, PNG, TIFF или WebP).",
        "bu, proqramın oxuya bildiyi şəkil deyil (JPEG, PNG, TIFF və ya WebP).",
    ),
    "the file hides an oversized text block, a sign of a damaged or booby-trapped file; not opened.": (
        "в файле спрятан слишком большой текстовый блок — признак повреждённого или заминированного файла; "
        "файл не открыт.",
        "faylda həddən artıq böyük mətn bloku gizlənib — zədələnmiş və ya tələ qurulmuş faylın əlaməti; fayl "
        "açılmadı.",
    ),
    "the file is cut short (an incomplete download or copy); ask for it again.": (
        "файл обрезан (загрузка или копирование не завершены); запросите его ещё раз.",
        "fayl yarımçıqdır (yükləmə və ya köçürmə tamamlanmayıb); onu yenidən istəyin.",
    ),
    "the picture data is damaged and cannot be shown.": (
        "данные изображения повреждены, показать его нельзя.",
        "şəklin məlumatları zədələnib, onu göstərmək olmur.",
    ),
    "this image format is not supported; save it as JPEG, PNG, TIFF or WebP.": (
        "этот формат изображений не поддерживается; сохраните его как JPEG, PNG, TIFF или WebP.",
        "bu şəkil formatı dəstəklənmir; onu JPEG, PNG, TIFF və ya WebP kimi saxlayın.",
    ),
    "the picture has no pixels.": ("в изображении нет пикселей.", "şəkildə piksel yoxdur."),
    "the file could not be read or stored; check it still exists and the disk has room.": (
        "файл не удалось прочитать или сохранить; проверьте, что он ещё существует и на диске есть место.",
        "fayl oxunmadı və ya saxlanmadı; onun hələ mövcud olduğunu və diskdə yer olduğunu yoxlayın.",
    ),
    "the file made the image decoder crash; it is probably damaged.": (
        "файл вызвал сбой декодера изображений; вероятно, он повреждён.",
        "fayl şəkil dekoderini çökdürdü; yəqin ki, zədələnib.",
    ),
    "the import failed unexpectedly.": ("импорт неожиданно прервался.", "idxal gözlənilmədən alınmadı."),
    "{0}: {1}": ("{0}: {1}", "{0}: {1}"),
    "{0}: imported, but part of the text stored in the file (caption, credit, date…) could not be read; check its "
    "fields.": (
        "{0}: импортировано, но часть текста в файле (подпись, автор, дата…) прочитать не удалось; проверьте поля.",
        "{0}: idxal olundu, amma fayldakı mətnin bir hissəsi (izah, müəllif, tarix…) oxunmadı; sahələri yoxlayın.",
    ),
    "{0}: imported; the file's two copies of its {1} differ, the newer (XMP) one is used.": (
        "{0}: импортировано; две копии поля «{1}» в файле различаются, используется более новая (XMP).",
        "{0}: idxal olundu; fayldakı «{1}» sahəsinin iki nüsxəsi fərqlidir, daha yenisi (XMP) götürülür.",
    ),
    "Photo at full size": ("Фото в полном размере", "Foto tam ölçüdə"),
    "Loupe": ("Лупа", "Lupa"),
    "{0} of {1} · {2} × {3} px · ← → to move · 1–5 rate · 6–9 label · F featured · Esc closes": (
        "{0} из {1} · {2} × {3} px · ← → листать · 1–5 оценка · 6–9 метка · F главное · Esc закрыть",
        "{0}/{1} · {2} × {3} px · ← → keçid · 1–5 qiymət · 6–9 nişan · F əsas · Esc bağlayır",
    ),
    "No image file for this photo": (
        "Для этого фото нет файла изображения",
        "Bu foto üçün şəkil faylı yoxdur",
    ),
    "Editorial Workstation": ("Editorial Workstation", "Editorial Workstation"),
    "This profile is read-only ({0}): you can read, search and export.": (
        "Профиль доступен только для чтения ({0}): можно читать, искать и экспортировать.",
        "Profil yalnız oxunur ({0}): oxumaq, axtarmaq və ixrac etmək olar.",
    ),
    "Keywords": ("Ключевые слова", "Açar sözlər"),
    "Several photos selected": ("Выбрано несколько фото", "Bir neçə foto seçilib"),
    "Photo {0}": ("Фото {0}", "Foto {0}"),
    "{0}:": ("{0}:", "{0}:"),
    "comma-separated, e.g. Baku, Karabakh, politics": (
        "через запятую, например Баку, Карабах, политика",
        "vergüllə, məsələn Bakı, Qarabağ, siyasət",
    ),
    "(mixed)": ("(разные)", "(müxtəlif)"),
    "%n photos selected: a field you change is set on all of them; “(mixed)” marks a field whose values differ.": (
        (
            "Выбрано %n фото: изменённое поле задаётся для всех; «(разные)» отмечает поле с разными значениями.",
            "Выбрано %n фото: изменённое поле задаётся для всех; «(разные)» отмечает поле с разными значениями.",
            "Выбрано %n фото: изменённое поле задаётся для всех; «(разные)» отмечает поле с разными значениями.",
        ),
        (
            "%n foto seçilib: dəyişdiyiniz sahə hamısına tətbiq olunur; «(müxtəlif)» dəyərləri fərqli olan sahəni "
            "göstərir.",
            "%n foto seçilib: dəyişdiyiniz sahə hamısına tətbiq olunur; «(müxtəlif)» dəyərləri fərqli olan sahəni "
            "göstərir.",
        ),
    ),
    "⚠ Special instructions: {0}": ("⚠ Особые указания: {0}", "⚠ Xüsusi göstərişlər: {0}"),
    "Incomplete: add {0} before publishing.": (
        "Не заполнено: перед публикацией добавьте {0}.",
        "Natamam: dərcdən əvvəl {0} əlavə edin.",
    ),
    "Selected photos still lacking a caption, credit or alt text: %n.": (
        (
            "Выбранных фото без подписи, автора или альтернативного текста: %n.",
            "Выбранных фото без подписи, автора или альтернативного текста: %n.",
            "Выбранных фото без подписи, автора или альтернативного текста: %n.",
        ),
        (
            "İzahı, müəllifi və ya alternativ mətni olmayan seçilmiş fotolar: %n.",
            "İzahı, müəllifi və ya alternativ mətni olmayan seçilmiş fotolar: %n.",
        ),
    ),
    "{0} × {1} px · {2}": ("{0} × {1} px · {2}", "{0} × {1} px · {2}"),
    "{0} · taken {1}": ("{0} · снято {1}", "{0} · çəkilib: {1}"),
    "Importing %v of {0} photos…": ("Импорт: %v из {0} фото…", "İdxal: {0} fotodan %v…"),
    "The import failed: {0}": ("Импорт не удался: {0}", "İdxal alınmadı: {0}"),
    "Could not save the photo: {0}": ("Не удалось сохранить фото: {0}", "Foto yadda saxlanmadı: {0}"),
    "Photos: drag to reorder, drop image files to add them, 1-5 to rate, Space for the loupe": (
        "Фото: перетаскивайте, чтобы изменить порядок; перетащите файлы, чтобы добавить; 1–5 — оценка, "
        "пробел — лупа",
        "Fotolar: sıranı dəyişmək üçün sürükləyin, əlavə etmək üçün faylları bura atın, 1–5 qiymət, Boşluq lupa",
    ),
    "Make the selected photo the article's featured photo (F)": (
        "Сделать выбранное фото главным фото статьи (F)",
        "Seçilmiş fotonu məqalənin əsas fotosu et (F)",
    ),
    "See the selected photo at full size (Space)": (
        "Показать выбранное фото в полном размере (пробел)",
        "Seçilmiş fotonu tam ölçüdə göstər (Boşluq)",
    ),
    "Undo removal": ("Отменить удаление", "Silməni geri al"),
    "Put the removed photos back": ("Вернуть убранные фото", "Çıxarılmış fotoları qaytar"),
    "Credits && Codes…": ("Авторы и коды…", "Müəlliflər və kodlar…"),
    "Set up saved credits and =code= replacements; import or export them as a file": (
        "Настроить сохранённых авторов и замены =код=; импортировать или экспортировать их файлом",
        "Saxlanmış müəllifləri və =kod= əvəzləmələrini qur; onları fayl kimi idxal və ya ixrac et",
    ),
    "Thumbnail size": ("Размер миниатюр", "Miniatürlərin ölçüsü"),
    "Thumbnail size (Ctrl+wheel over the photos)": (
        "Размер миниатюр (Ctrl+колесо над фото)",
        "Miniatürlərin ölçüsü (fotoların üzərində Ctrl+təkər)",
    ),
    "Photos in the article and selected": ("Фото в статье и выбранные", "Məqalədəki və seçilmiş fotolar"),
    "No photos": ("Нет фото", "Foto yoxdur"),
    "{0} of {1} selected": ("Выбрано {0} из {1}", "{1} fotodan {0} seçilib"),
    "{0} photos": ("Фото: {0}", "{0} foto"),
    "Remove this photo from the article?": ("Убрать это фото из статьи?", "Bu foto məqalədən çıxarılsın?"),
    "Remove %n photos from this article?": (
        (
            "Убрать %n фото из этой статьи?",
            "Убрать %n фото из этой статьи?",
            "Убрать %n фото из этой статьи?",
        ),
        ("%n foto bu məqalədən çıxarılsın?", "%n foto bu məqalədən çıxarılsın?"),
    ),
    "The photos stay in the library; Undo (Ctrl+Z) puts them back.": (
        "Фото остаются в библиотеке; «Отменить» (Ctrl+Z) вернёт их.",
        "Fotolar kitabxanada qalır; «Geri al» (Ctrl+Z) onları qaytarır.",
    ),
    "The featured photo is among them: the article will have no featured photo. The photos stay in the library; "
    "Undo (Ctrl+Z) puts them back.": (
        "Среди них главное фото: у статьи не будет главного фото. Фото остаются в библиотеке; «Отменить» (Ctrl+Z) "
        "вернёт их.",
        "Əsas foto da onların arasındadır: məqalənin əsas fotosu olmayacaq. Fotolar kitabxanada qalır; «Geri al» "
        "(Ctrl+Z) onları qaytarır.",
    ),
    "Remove photos": ("Убрать фото", "Fotoları çıxar"),
    "red": ("красная", "qırmızı"),
    "yellow": ("жёлтая", "sarı"),
    "green": ("зелёная", "yaşıl"),
    "blue": ("синяя", "mavi"),
    "Rating: {0} of 5 stars.": ("Оценка: {0} из 5 звёзд.", "Qiymət: 5 ulduzdan {0}."),
    "Colour label: {0}.": ("Цветная метка: {0}.", "Rəng nişanı: {0}."),
    "Keywords: {0}.": ("Ключевые слова: {0}.", "Açar sözlər: {0}."),
    "Incomplete: no {0}.": ("Не заполнено: нет {0}.", "Natamam: {0} yoxdur."),
    "Undo the removal": ("Отменить удаление", "Silməni geri al"),
    "Undo": ("Отменить", "Geri al"),
    "Put the removed photos back (Ctrl+Z)": (
        "Вернуть убранные фото (Ctrl+Z)",
        "Çıxarılmış fotoları qaytar (Ctrl+Z)",
    ),
    "Dismiss": ("Закрыть", "Bağla"),
    "The featured photo was removed from this article.": (
        "Главное фото убрано из этой статьи.",
        "Əsas foto bu məqalədən çıxarıldı.",
    ),
    "1 photo removed from this article.": ("1 фото убрано из этой статьи.", "1 foto bu məqalədən çıxarıldı."),
    "%n photos removed from this article, the featured photo among them.": (
        (
            "Из этой статьи убрано %n фото, среди них главное.",
            "Из этой статьи убрано %n фото, среди них главное.",
            "Из этой статьи убрано %n фото, среди них главное.",
        ),
        (
            "Bu məqalədən %n foto çıxarıldı, əsas foto da onların arasındadır.",
            "Bu məqalədən %n foto çıxarıldı, əsas foto da onların arasındadır.",
        ),
    ),
    "%n photos removed from this article.": (
        (
            "Из этой статьи убрано %n фото.",
            "Из этой статьи убрано %n фото.",
            "Из этой статьи убрано %n фото.",
        ),
        ("Bu məqalədən %n foto çıxarıldı.", "Bu məqalədən %n foto çıxarıldı."),
    ),
    "About Editorial Workstation": ("О программе Editorial Workstation", "Editorial Workstation haqqında"),
    "<b>Editorial Workstation</b> {0}<br>Data folder: {1}": (
        "<b>Editorial Workstation</b> {0}<br>Папка данных: {1}",
        "<b>Editorial Workstation</b> {0}<br>Məlumat qovluğu: {1}",
    ),
    "Review": ("Проверка", "Yoxlama"),
    "Syncing": ("Синхронизация", "Sinxronizasiya"),
    "S&ync": ("С&инхронизация", "Sin&xronizasiya"),
    "&File": ("&Файл", "&Fayl"),
    "&Edit": ("&Правка", "&Redaktə"),
    "&View": ("&Вид", "&Görünüş"),
    "&Help": ("&Справка", "&Kömək"),
    "Main toolbar": ("Основная панель", "Əsas alətlər paneli"),
}

CONTEXT_TRANSLATIONS: dict[tuple[str, str], tuple[str, str] | Plural] = {
    ("SyncState", "synced"): ("синхронизировано", "sinxronlaşdırılıb"),
    ("SyncState", "offline"): ("нет связи", "oflayn"),
    # "Incomplete: add {} before publishing." takes the accusative in Russian ("Incomplete: no {}." the genitive)
    ("PhotoPanelView", "caption"): ("подпись", "izah"),
    ("PhotoPanelView", "alt text"): ("альтернативный текст", "alternativ mətn"),
}

# Qt's own texts (editor_app/ui/qt_texts.py): Russian as Qt's qtbase_ru.qm has them; Qt has no Azerbaijani.
QT_TEXTS: dict[tuple[str, str], tuple[str, str]] = {
    ("QPlatformTheme", "Save"): ("Сохранить", "Yadda saxla"),
    ("QPlatformTheme", "Save All"): ("Сохранить все", "Hamısını yadda saxla"),
    ("QPlatformTheme", "Open"): ("Открыть", "Aç"),
    ("QPlatformTheme", "&Yes"): ("&Да", "&Bəli"),
    ("QPlatformTheme", "Yes to &All"): ("Да для &всех", "&Hamısına bəli"),
    ("QPlatformTheme", "&No"): ("&Нет", "&Xeyr"),
    ("QPlatformTheme", "N&o to All"): ("Н&ет для всех", "Hamısına x&eyr"),
    ("QPlatformTheme", "Abort"): ("Прервать", "Dayandır"),
    ("QPlatformTheme", "Retry"): ("Повторить", "Təkrar cəhd et"),
    ("QPlatformTheme", "Ignore"): ("Пропустить", "Nəzərə alma"),
    ("QPlatformTheme", "Close"): ("Закрыть", "Bağla"),
    ("QPlatformTheme", "Cancel"): ("Отмена", "Ləğv et"),
    ("QPlatformTheme", "Discard"): ("Отклонить", "Saxlama"),
    ("QPlatformTheme", "Help"): ("Справка", "Kömək"),
    ("QPlatformTheme", "Apply"): ("Применить", "Tətbiq et"),
    ("QPlatformTheme", "Reset"): ("Сбросить", "Sıfırla"),
    ("QPlatformTheme", "Restore Defaults"): ("По умолчанию", "Standarta qaytar"),
    ("QLineEdit", "&Undo"): ("&Отменить действие", "&Geri al"),
    ("QLineEdit", "&Redo"): ("&Повторить действие", "&Təkrarla"),
    ("QLineEdit", "Cu&t"): ("&Вырезать", "&Kəs"),
    ("QLineEdit", "&Copy"): ("&Копировать", "K&opyala"),
    ("QLineEdit", "&Paste"): ("В&ставить", "&Yapışdır"),
    ("QLineEdit", "Delete"): ("Удалить", "Sil"),
    ("QLineEdit", "Select All"): ("Выделить всё", "Hamısını seç"),
    ("QWidgetTextControl", "&Undo"): ("&Отменить действие", "&Geri al"),
    ("QWidgetTextControl", "&Redo"): ("&Повторить действие", "&Təkrarla"),
    ("QWidgetTextControl", "Cu&t"): ("&Вырезать", "&Kəs"),
    ("QWidgetTextControl", "&Copy"): ("&Копировать", "K&opyala"),
    ("QWidgetTextControl", "&Paste"): ("В&ставить", "&Yapışdır"),
    ("QWidgetTextControl", "Delete"): ("Удалить", "Sil"),
    ("QWidgetTextControl", "Select All"): ("Выделить всё", "Hamısını seç"),
    ("QWidgetTextControl", "Copy &Link Location"): ("Скопировать &адрес ссылки", "Keçidin ünvanını &kopyala"),
    ("QMessageBox", "Show Details..."): ("Показать подробности...", "Ətraflı göstər..."),
    ("QMessageBox", "Hide Details..."): ("Скрыть подробности...", "Ətraflını gizlət..."),
}
CONTEXT_TRANSLATIONS.update(QT_TEXTS)

# Fixed sentences of the core (editor_app/ui/core_text.py)
CONTEXT_TRANSLATIONS.update(
    {
        ("Core", "The headline is empty."): ("Нет заголовка.", "Başlıq boşdur."),
        ("Core", "The body is empty."): ("Нет текста статьи.", "Məqalənin mətni boşdur."),
        ("Core", "No section is chosen."): ("Не выбрана рубрика.", "Bölmə seçilməyib."),
        ("Core", "The source line is empty."): ("Не указан источник.", "Mənbə sətri boşdur."),
        ("Core", "There is no featured photo."): ("Нет главного фото.", "Əsas foto yoxdur."),
        ("Core", "The featured photo has no caption."): (
            "У главного фото нет подписи.",
            "Əsas fotonun izahı yoxdur.",
        ),
        ("Core", "The featured photo has no credit."): (
            "У главного фото не указан автор.",
            "Əsas fotonun müəllifi göstərilməyib.",
        ),
        ("Core", "The featured photo has no alt text."): (
            "У главного фото нет альтернативного текста.",
            "Əsas fotonun alternativ mətni yoxdur.",
        ),
        ("Core", "The featured photo has no caption or credit."): (
            "У главного фото нет подписи или не указан автор.",
            "Əsas fotonun izahı və ya müəllifi yoxdur.",
        ),
        ("Core", "The featured photo has no caption or alt text."): (
            "У главного фото нет подписи или альтернативного текста.",
            "Əsas fotonun izahı və ya alternativ mətni yoxdur.",
        ),
        ("Core", "The featured photo has no credit or alt text."): (
            "У главного фото не указан автор или нет альтернативного текста.",
            "Əsas fotonun müəllifi və ya alternativ mətni yoxdur.",
        ),
        ("Core", "The featured photo has no caption, credit or alt text."): (
            "У главного фото нет подписи, автора или альтернативного текста.",
            "Əsas fotonun izahı, müəllifi və ya alternativ mətni yoxdur.",
        ),
        (
            "Core",
            "The desk is reviewing this article: changes go through the desk, or it returns it to you.",
        ): (
            "Статья на проверке в редакции: правки вносит редакция, или она вернёт статью вам.",
            "Məqaləni redaksiya yoxlayır: dəyişiklikləri redaksiya edir, ya da məqaləni sizə qaytarır.",
        ),
        ("Core", "This article is approved: only the desk can change it now."): (
            "Статья одобрена: теперь её может менять только редакция.",
            "Məqalə təsdiqlənib: indi onu yalnız redaksiya dəyişə bilər.",
        ),
        ("Core", "This article is scheduled: only the desk can change it now."): (
            "Публикация статьи запланирована: теперь её может менять только редакция.",
            "Məqalənin dərci planlaşdırılıb: indi onu yalnız redaksiya dəyişə bilər.",
        ),
        ("Core", "This article is published: only the desk can change it now."): (
            "Статья опубликована: теперь её может менять только редакция.",
            "Məqalə dərc olunub: indi onu yalnız redaksiya dəyişə bilər.",
        ),
        ("Core", "This article was killed: the desk can restore it."): (
            "Статья снята с публикации: редакция может её восстановить.",
            "Məqalə yayımdan çıxarılıb: redaksiya onu bərpa edə bilər.",
        ),
        (
            "Core",
            "This article is in the archive (published elsewhere): it is a reference, kept as it was.",
        ): (
            "Статья в архиве (опубликована в другом месте): это справочный материал, он хранится без изменений.",
            "Məqalə arxivdədir (başqa yerdə dərc olunub): bu, arayış materialıdır və olduğu kimi saxlanılır.",
        ),
        ("Core", "The caption says: MANDATORY CREDIT"): (
            "В подписи указано: ОБЯЗАТЕЛЬНО УКАЗАТЬ АВТОРА",
            "İzahda deyilir: MÜƏLLİF MÜTLƏQ GÖSTƏRİLMƏLİDİR",
        ),
    }
)

ENGLISH_PLURALS: dict[str, tuple[str, str]] = {
    "%n character(s) over the limit": ("%n character over the limit", "%n characters over the limit"),
    "%Ln word(s)": ("%Ln word", "%Ln words"),
    "%Ln character(s)": ("%Ln character", "%Ln characters"),
    "%n min read": ("%n min read", "%n min read"),
    "Local only · %n change(s) not synced": (
        "Local only · %n change not synced",
        "Local only · %n changes not synced",
    ),
    "{}: %n pending": ("{}: %n pending", "{}: %n pending"),
    "Replaced %n": ("Replaced %n", "Replaced %n"),
    "%n file(s) need attention; details below.": (
        "%n file needs attention; details below.",
        "%n files need attention; details below.",
    ),
    "Imported %n article(s) into the archive (published elsewhere: kept with their dates, not sent to the site).": (
        "Imported %n article into the archive (published elsewhere: kept with its date, not sent to the site).",
        "Imported %n articles into the archive (published elsewhere: kept with their dates, not sent to the site).",
    ),
    "Imported %n article(s); {} into the archive (not sent to the site).": (
        "Imported %n article; {} into the archive (not sent to the site).",
        "Imported %n articles; {} into the archive (not sent to the site).",
    ),
    "Imported %n article(s).": ("Imported %n article.", "Imported %n articles."),
    "#{number} · {kind} · {when} · %Ln word(s)": (
        "#{number} · {kind} · {when} · %Ln word",
        "#{number} · {kind} · {when} · %Ln words",
    ),
    "Importing %v of %n photo(s)…": ("Importing %v of %n photo…", "Importing %v of %n photos…"),
    "{} of %n photo(s) added.": ("{} of %n photo added.", "{} of %n photos added."),
    "Apply this credit and copyright to the %n selected photo(s)": (
        "Apply this credit and copyright to the %n selected photo",
        "Apply this credit and copyright to the %n selected photos",
    ),
    "(%n more in the sync log)": ("(%n more in the sync log)", "(%n more in the sync log)"),
    "{start} to {end} ({seconds} s), %n request(s)": (
        "{start} to {end} ({seconds} s), %n request",
        "{start} to {end} ({seconds} s), %n requests",
    ),
    "%n change(s) still pending": ("%n change still pending", "%n changes still pending"),
    "%n change(s) not synced": ("%n change not synced", "%n changes not synced"),
    "%n pending": ("%n pending", "%n pending"),
    "%n conflict(s)": ("%n conflict", "%n conflicts"),
    "%n photos added": ("%n photo added", "%n photos added"),
    "%n already in the library (reused)": (
        "%n already in the library (reused)",
        "%n already in the library (reused)",
    ),
    "%n already in this article": ("%n already in this article", "%n already in this article"),
    "%n could not be imported": ("%n could not be imported", "%n could not be imported"),
    "%n photos selected: a field you change is set on all of them; “(mixed)” marks a field whose values differ.": (
        "%n photo selected: a field you change is set on it; “(mixed)” marks a field whose values differ.",
        "%n photos selected: a field you change is set on all of them; “(mixed)” marks a field whose values differ.",
    ),
    "Selected photos still lacking a caption, credit or alt text: %n.": (
        "Selected photos still lacking a caption, credit or alt text: %n.",
        "Selected photos still lacking a caption, credit or alt text: %n.",
    ),
    "Remove %n photos from this article?": (
        "Remove %n photo from this article?",
        "Remove %n photos from this article?",
    ),
    "%n photos removed from this article, the featured photo among them.": (
        "%n photo removed from this article, the featured photo among it.",
        "%n photos removed from this article, the featured photo among them.",
    ),
    "%n photos removed from this article.": (
        "%n photo removed from this article.",
        "%n photos removed from this article.",
    ),
}

from translations_preferences import PREFERENCES_TRANSLATIONS  # noqa: E402  (the Preferences dialog's own table)

for _source, _words in PREFERENCES_TRANSLATIONS.items():
    TRANSLATIONS.setdefault(_source, _words)

from translations_writer_desk import (  # noqa: E402  (the writer's screen and the desk)
    WRITER_DESK_ENGLISH_PLURALS,
    WRITER_DESK_TRANSLATIONS,
)

for _source, _any in WRITER_DESK_TRANSLATIONS.items():
    TRANSLATIONS.setdefault(_source, _any)  # type: ignore[arg-type]
for _source, _english in WRITER_DESK_ENGLISH_PLURALS.items():
    ENGLISH_PLURALS.setdefault(_source, _english)

from translations_core import CORE_ENGLISH_PLURALS, CORE_TRANSLATIONS  # noqa: E402  (the core's sentences)

for _source, _any in CORE_TRANSLATIONS.items():
    TRANSLATIONS.setdefault(_source, _any)  # type: ignore[arg-type]
for _source, _english in CORE_ENGLISH_PLURALS.items():
    ENGLISH_PLURALS.setdefault(_source, _english)
