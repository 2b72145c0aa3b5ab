"""Russian and Azerbaijani for the strings of the Preferences dialog and the article language picker (read into
``TRANSLATIONS`` of ``tools/i18n/translations.py``, same shape: English source -> (ru, az)). Strings
that table already has ("Language", "&Address:", "&User:", "Desktop", "Tablet", "Phone", "Publishing &Sites…")
are not repeated. House terms as there: keyring защищённое хранилище ключей / təhlükəsiz açar anbarı; preview
предпросмотр / önizləmə."""

from __future__ import annotations

PREFERENCES_TRANSLATIONS: dict[str, tuple[str, str]] = {
    # -- Actions ---------------------------------------------------------------------------------------------------
    "Pre&ferences…": ("&Настройки…", "&Parametrlər…"),
    "Change the preferences": ("Изменить настройки", "Parametrləri dəyiş"),
    "Preferences ({0})": ("Настройки ({0})", "Parametrlər ({0})"),
    # -- PreferencesDialog ----------------------------------------------------------------------------------------
    "Preferences": ("Настройки", "Parametrlər"),
    "Languages": ("Языки", "Dillər"),
    "Language of the program": ("Язык программы", "Proqramın dili"),
    "System language": ("Язык системы", "Sistemin dili"),
    "The program's language changes the next time it starts.": (
        "Язык программы сменится при следующем запуске.",
        "Proqramın dili növbəti açılışda dəyişəcək.",
    ),
    "Language of new articles": ("Язык новых статей", "Yeni məqalələrin dili"),
    "&Program language:": ("&Язык программы:", "&Proqramın dili:"),
    "&New articles are in:": ("&Язык новых статей:", "&Yeni məqalələrin dili:"),
    "Connection to the publishing site": ("Подключение к сайту публикации", "Dərc saytına qoşulma"),
    "&No proxy": ("&Без прокси", "Proksi&siz"),
    "Use the &system's proxy settings": ("&Системные настройки прокси", "&Sistemin proksi parametrləri"),
    "&Manual proxy:": ("Прокси &вручную:", "Əl ilə &proksi:"),
    "Proxy address": ("Адрес прокси", "Proksi ünvanı"),
    "host:port, e.g. proxy.local:3128": (
        "хост:порт, например proxy.local:3128",
        "host:port, məsələn proxy.local:3128",
    ),
    "Proxy user name": ("Имя пользователя прокси", "Proksi istifadəçi adı"),
    "optional": ("необязательно", "istəyə bağlı"),
    "Proxy password": ("Пароль прокси", "Proksi parolu"),
    "stored; type to change it": (
        "сохранён; введите новый, чтобы сменить",
        "saxlanılıb; dəyişmək üçün yenisini yazın",
    ),
    "Pass&word:": ("Па&роль:", "Pa&rol:"),
    "The proxy's password is kept in your system's secure keyring, like the sites' passwords.": (
        "Пароль прокси, как и пароли сайтов, хранится в защищённом хранилище ключей вашей системы.",
        "Proksi parolu, saytların parolları kimi, sisteminizin təhlükəsiz açar anbarında saxlanılır.",
    ),
    "Editor and preview": ("Редактор и предпросмотр", "Redaktor və önizləmə"),
    "Autosave delay in seconds": (
        "Задержка автосохранения в секундах",
        "Avtomatik saxlamanın gecikməsi, saniyə",
    ),
    " s": (" с", " san"),
    "Edits are saved at the latest this long after the first change": (
        "Правки сохраняются не позже, чем через это время после первого изменения",
        "Düzəlişlər ilk dəyişiklikdən ən geci bu qədər sonra saxlanılır",
    ),
    "Preview width when the program starts": (
        "Ширина предпросмотра при запуске",
        "Proqram açılanda önizləmənin eni",
    ),
    "{0} ({1} px)": ("{0} ({1} px)", "{0} ({1} px)"),
    "Save edits &within:": ("Сохранять правки &не позже чем через:", "Düzəlişləri ən geci &saxla:"),
    "Preview &width at start:": ("&Ширина предпросмотра при запуске:", "Açılışda önizləmənin &eni:"),
    "Sites the articles are published to, and your sign-in to each:": (
        "Сайты, где публикуются статьи, и ваш вход на каждый из них:",
        "Məqalələrin dərc olunduğu saytlar və hər birinə girişiniz:",
    ),
    "“{0}” is not an http proxy address: write host:port, e.g. proxy.local:3128, with a port from 1 to 65535.": (
        "«{0}» — не адрес http-прокси: укажите хост:порт, например proxy.local:3128, с портом от 1 до 65535.",
        "“{0}” http proksi ünvanı deyil: host:port yazın, məsələn proxy.local:3128, port 1-dən 65535-ə qədər.",
    ),
    # -- PreferencesController ------------------------------------------------------------------------------------
    "The profile is still opening; try again in a moment.": (
        "Профиль ещё открывается; попробуйте чуть позже.",
        "Profil hələ açılır; bir azdan yenidən cəhd edin.",
    ),
    "No secure keyring: the proxy's password is kept for this session only.": (
        "Нет защищённого хранилища ключей: пароль прокси хранится только до конца сеанса.",
        "Təhlükəsiz açar anbarı yoxdur: proksi parolu yalnız bu seans üçün saxlanılır.",
    ),
    # -- LanguageCombo --------------------------------------------------------------------------------------------
    "English (UK)": ("Английский (Великобритания)", "İngilis dili (Britaniya)"),
    "English (US)": ("Английский (США)", "İngilis dili (ABŞ)"),
    "The article's language: spelling, hyphenation and the page's language tag": (
        "Язык статьи: проверка орфографии, переносы и языковой тег страницы",
        "Məqalənin dili: orfoqrafiya yoxlaması, hecalara bölmə və səhifənin dil teqi",
    ),
}
