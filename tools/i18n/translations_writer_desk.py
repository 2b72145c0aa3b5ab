"""Russian and Azerbaijani for the writer's screen and the desk (focus mode, inline photos, length target,
crash note, refusal list) and the window's workspaces and appearance, read into ``TRANSLATIONS`` of ``tools/i18n/translations.py`` (same shapes)."""

from __future__ import annotations

WRITER_DESK_TRANSLATIONS: dict[str, object] = {
    # -- the desk's queue ------------------------------------------------------------------------------------------
    "Unknown reporter": ("Репортёр неизвестен", "Naməlum müxbir"),
    "Take this article for review (also Enter or a double-click in the queue)": (
        "Взять эту статью на проверку (также Enter или двойной щелчок в очереди)",
        "Bu məqaləni yoxlamağa götür (həmçinin növbədə Enter və ya iki dəfə klik)",
    ),
    # -- crash note ------------------------------------------------------------------------------------------------
    "Editorial Workstation stopped unexpectedly at {0}; everything saved until then is here.": (
        "Editorial Workstation неожиданно закрылась в {0}; всё, что было сохранено до этого, на месте.",
        "Editorial Workstation {0} saatında gözlənilmədən bağlandı; o vaxtadək saxlanılan hər şey yerindədir.",
    ),
    "Recovered “{0}” as saved at {1}, %n second(s) before the app stopped.": (
        (
            "Восстановлена «{0}» в виде, сохранённом в {1}, за %n секунду до остановки программы.",
            "Восстановлена «{0}» в виде, сохранённом в {1}, за %n секунды до остановки программы.",
            "Восстановлена «{0}» в виде, сохранённом в {1}, за %n секунд до остановки программы.",
        ),
        (
            "“{0}” proqram dayanmadan %n saniyə əvvəl, {1} saatında saxlandığı kimi bərpa edildi.",
            "“{0}” proqram dayanmadan %n saniyə əvvəl, {1} saatında saxlandığı kimi bərpa edildi.",
        ),
    ),
    "Recovered “{0}” as saved at {1}, %n minute(s) before the app stopped.": (
        (
            "Восстановлена «{0}» в виде, сохранённом в {1}, за %n минуту до остановки программы.",
            "Восстановлена «{0}» в виде, сохранённом в {1}, за %n минуты до остановки программы.",
            "Восстановлена «{0}» в виде, сохранённом в {1}, за %n минут до остановки программы.",
        ),
        (
            "“{0}” proqram dayanmadan %n dəqiqə əvvəl, {1} saatında saxlandığı kimi bərpa edildi.",
            "“{0}” proqram dayanmadan %n dəqiqə əvvəl, {1} saatında saxlandığı kimi bərpa edildi.",
        ),
    ),
    "Recovered after a crash": ("Восстановлено после сбоя", "Qəzadan sonra bərpa edildi"),
    "What was recovered after the app stopped": (
        "Что восстановлено после остановки программы",
        "Proqram dayandıqdan sonra nə bərpa edildi",
    ),
    "Close this note": ("Закрыть это сообщение", "Bu qeydi bağla"),
    # -- focus mode ------------------------------------------------------------------------------------------------
    "&Focus Mode": ("Режим &фокуса", "&Fokus rejimi"),
    "Only the article: hide the panels, the list and the toolbars": (
        "Только статья: скрыть панели, список и панели инструментов",
        "Yalnız məqalə: panelləri, siyahını və alət panellərini gizlət",
    ),
    "&Typewriter Scrolling": ("Прокрутка как в &пишущей машинке", "&Yazı makinası kimi sürüşdürmə"),
    "Keep the line you are writing in the middle of the editor": (
        "Держать строку, которую вы пишете, посередине редактора",
        "Yazdığınız sətri redaktorun ortasında saxla",
    ),
    # -- inline photos ---------------------------------------------------------------------------------------------
    "(no caption)": ("(без подписи)", "(izahsız)"),
    "(no credit)": ("(автор фото не указан)", "(foto müəllifi göstərilməyib)"),
    "Inline photos beside the text": ("Фото в тексте — на полях", "Mətndəki fotolar kənarda"),
    # -- length target ---------------------------------------------------------------------------------------------
    "Length target in words": ("Нужный объём в словах", "Sözlərlə tələb olunan həcm"),
    "Target: ": ("Объём: ", "Həcm: "),
    " words": (" слов", " söz"),
    "No length target": ("Объём не задан", "Həcm təyin edilməyib"),
    "The length the desk asks for; it goes to the site with the article at the next sync": (
        "Объём, который просит редакция; уходит на сайт вместе со статьёй при следующей синхронизации",
        "Redaksiyanın tələb etdiyi həcm; növbəti sinxronlaşdırmada məqalə ilə birlikdə sayta göndərilir",
    ),
    "The desk sets the length target; it comes from the site with the article": (
        "Нужный объём задаёт редакция; он приходит с сайта вместе со статьёй",
        "Tələb olunan həcmi redaksiya təyin edir; o, məqalə ilə birlikdə saytdan gəlir",
    ),
    "{0} / %Ln word(s) · {1} · {2}": (
        ("{0} / %Ln слово · {1} · {2}", "{0} / %Ln слова · {1} · {2}", "{0} / %Ln слов · {1} · {2}"),
        ("{0} / %Ln söz · {1} · {2}", "{0} / %Ln söz · {1} · {2}"),
    ),
    "{0}% of the length the desk asked for": (
        "{0}% объёма, который просила редакция",
        "Redaksiyanın istədiyi həcmin {0}%-i",
    ),
    # -- refusals --------------------------------------------------------------------------------------------------
    "What to fix first": ("Что исправить сначала", "Əvvəlcə nəyi düzəltmək lazımdır"),
    "Problems, one per line": ("Проблемы, по одной в строке", "Problemlər, hər sətirdə biri"),
    "Fix": ("Исправить", "Düzəlt"),
    "Fix: {0}": ("Исправить: {0}", "Düzəlt: {0}"),
    "Not yet: %n thing(s) to fix first.": (
        (
            "Пока нет: сначала нужно исправить %n пункт.",
            "Пока нет: сначала нужно исправить %n пункта.",
            "Пока нет: сначала нужно исправить %n пунктов.",
        ),
        ("Hələ yox: əvvəlcə %n şeyi düzəltmək lazımdır.", "Hələ yox: əvvəlcə %n şeyi düzəltmək lazımdır."),
    ),
    "Not yet: %n thing(s) to fix first (see the list).": (
        (
            "Пока нет: сначала нужно исправить %n пункт (см. список).",
            "Пока нет: сначала нужно исправить %n пункта (см. список).",
            "Пока нет: сначала нужно исправить %n пунктов (см. список).",
        ),
        (
            "Hələ yox: əvvəlcə %n şeyi düzəltmək lazımdır (siyahıya baxın).",
            "Hələ yox: əvvəlcə %n şeyi düzəltmək lazımdır (siyahıya baxın).",
        ),
    ),
    # -- the desk's queue table ------------------------------------------------------------------------------------
    "Review queue": ("Очередь на проверку", "Yoxlama növbəsi"),
    "Words": ("Слов", "Söz"),
    "Status": ("Статус", "Status"),
    "Missing": ("Не хватает", "Çatışmır"),
    # -- workspaces and appearance ---------------------------------------------------------------------------------
    "&Workspace": ("&Рабочее место", "&İş sahəsi"),
    "&Write": ("&Текст", "&Yazı"),
    "&Photos": ("&Фото", "&Fotolar"),
    "&Desk": ("&Редакция", "&Redaksiya"),
    "Write: the editor and the preview": ("Текст: редактор и предпросмотр", "Yazı: redaktor və önizləmə"),
    "Photos: a large photo grid with the metadata form": (
        "Фото: большая сетка фотографий и форма метаданных",
        "Fotolar: böyük foto şəbəkəsi və metadata forması",
    ),
    "Desk: the review queue and notes beside the preview": (
        "Редакция: очередь на проверку и заметки рядом с предпросмотром",
        "Redaksiya: yoxlama növbəsi və qeydlər önizləmənin yanında",
    ),
    "&Appearance": ("&Оформление", "&Görünüş"),
    "&System": ("Как в &системе", "&Sistemdəki kimi"),
    "&Light": ("&Светлое", "&İşıqlı"),
    "&Dark": ("&Тёмное", "&Qaranlıq"),
    "Dark &Preview": ("Тёмный &предпросмотр", "Qaranlıq ö&nizləmə"),
    "Show the preview in dark colours (the published page is unchanged)": (
        "Показывать предпросмотр в тёмных цветах (опубликованная страница не меняется)",
        "Önizləməni qaranlıq rənglərdə göstər (dərc olunan səhifə dəyişmir)",
    ),
    "&Reset Layout": ("&Сбросить расположение", "Düzülüşü &sıfırla"),
    "Show every panel of this workspace again, arranged as at first": (
        "Снова показать все панели этого рабочего места в исходном расположении",
        "Bu iş sahəsinin bütün panellərini yenidən ilkin düzülüşdə göstər",
    ),
    "{0} closed: View ▸ {0} shows it again, View ▸ Reset Layout restores the workspace": (
        "Панель «{0}» закрыта: Вид ▸ {0} вернёт её, Вид ▸ Сбросить расположение восстановит рабочее место",
        "«{0}» paneli bağlandı: Görünüş ▸ {0} onu qaytarır, Görünüş ▸ Düzülüşü sıfırla iş sahəsini bərpa edir",
    ),
}

WRITER_DESK_ENGLISH_PLURALS: dict[str, tuple[str, str]] = {
    "Recovered “{0}” as saved at {1}, %n second(s) before the app stopped.": (
        "Recovered “{0}” as saved at {1}, %n second before the app stopped.",
        "Recovered “{0}” as saved at {1}, %n seconds before the app stopped.",
    ),
    "Recovered “{0}” as saved at {1}, %n minute(s) before the app stopped.": (
        "Recovered “{0}” as saved at {1}, %n minute before the app stopped.",
        "Recovered “{0}” as saved at {1}, %n minutes before the app stopped.",
    ),
    "{0} / %Ln word(s) · {1} · {2}": ("{0} / %Ln word · {1} · {2}", "{0} / %Ln words · {1} · {2}"),
    "Not yet: %n thing(s) to fix first.": (
        "Not yet: %n thing to fix first.",
        "Not yet: %n things to fix first.",
    ),
    "Not yet: %n thing(s) to fix first (see the list).": (
        "Not yet: %n thing to fix first (see the list).",
        "Not yet: %n things to fix first (see the list).",
    ),
}
