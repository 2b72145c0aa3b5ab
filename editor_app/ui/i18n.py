"""The user interface's language: English (the source), Russian or Azerbaijani.

The app's translations are ``resources/i18n/editor_app_<lang>.qm``, compiled from the ``.ts`` sources beside them
by ``tools/i18n/build.py`` (run by scripts/run-app, scripts/run-tests, the wheel build and the bundle build).
``editor_app_en.qm`` holds only English plural forms. Qt's own translations (standard buttons of dialogs, the
text fields' context menus, file dialogs) come from Qt's ``qtbase_<lang>.qm``; Qt ships none for Azerbaijani, so
in an Azerbaijani interface those few texts stay English.

The language follows the system locale unless the profile's settings name one (``ui/language``: "", "en", "ru",
"az"); a change applies at the next start (every widget takes its texts when it is built).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

log = logging.getLogger(__name__)

SETTINGS_KEY = "ui/language"
LANGUAGES = ("en", "ru", "az")
"""The interface languages; English is the source language and needs no translation file."""
NATIVE_NAMES = {"en": "English", "ru": "Русский", "az": "Azərbaycanca"}
"""Each language in its own words, as a language picker should list it (never translated)."""

_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate under ``context`` where it cannot be translated yet (a table built at import);
    returns it unchanged: translate it with ``tr(text)`` / ``translate(context, text)`` where it is shown.
    (PySide6's own returns ``object`` to type checkers.)"""
    return text


def translations_dir() -> Path:
    """The folder holding the app's ``.ts`` sources and the ``.qm`` files built from them: a folder on disk
    (Qt loads a translation by its path), beside this package's modules, in a checkout, a wheel's install and the
    bundle alike. Found without ``importlib.resources``, which would load ~3 ms of modules before the first
    paint."""
    return Path(__file__).parent.parent / "resources" / "i18n"


def system_language() -> str:
    """The first of the system's preferred UI languages that the app speaks; English otherwise."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def saved_language(settings: QSettings) -> str:
    """The profile's choice: "" (follow the system) or one of ``LANGUAGES``."""
    value = str(settings.value(SETTINGS_KEY, "") or "")
    return value if value in LANGUAGES else ""


def save_language(settings: QSettings, language: str) -> None:
    """Remember ``language`` ("" for the system's) for the next start; the Preferences dialog calls this."""
    if language and language not in LANGUAGES:
        raise ValueError(f"unknown interface language {language!r}; expected one of {LANGUAGES}")
    settings.setValue(SETTINGS_KEY, language)
    settings.sync()


def language_choices() -> list[tuple[str, str]]:
    """(code, label) for a language picker: the system's language first, then each language by its own name."""
    follow = QCoreApplication.translate("Language", "System language ({})").format(
        NATIVE_NAMES[system_language()]
    )
    return [("", follow), *((code, NATIVE_NAMES[code]) for code in LANGUAGES)]


def restart_note() -> str:
    """What a language picker says under itself: the change applies at the next start."""
    return QCoreApplication.translate(
        "Language", "The new language is used the next time Editorial Workstation starts."
    )


def install_translators(app: QCoreApplication, language: str | None) -> str:
    """Install the translators for ``language`` (None or "" for the system's) on ``app``, replacing any installed
    before, and return the language code in use. English installs only its plural forms ("1 photo", "2 photos").
    Numbers and dates follow the language too. A missing translation file is logged and leaves English."""
    code = language if language in LANGUAGES else system_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(_formats(code))
    ours = QTranslator(app)
    if ours.load(f"editor_app_{code}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning(
            "no interface translation for %s in %s (run tools/i18n/build.py)", code, translations_dir()
        )
    if code != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", qt_dir):  # none for az: Qt is not translated into Azerbaijani
            app.installTranslator(qt)
            _installed.append(qt)
    return code


def _formats(code: str) -> QLocale:
    """How numbers and dates are written: the language's own way; for English the system's English variant
    (en_GB, en_US...), else US English (a "C" or non-English system would give "1729" and no month names)."""
    if code != "en":
        return QLocale(code)
    system = QLocale.system()
    english = system.language() == QLocale.Language.English
    return system if english else QLocale("en_US")


def install_for_settings(app: QCoreApplication, settings: QSettings) -> str:
    """``install_translators`` with the profile's saved choice."""
    return install_translators(app, saved_language(settings))
