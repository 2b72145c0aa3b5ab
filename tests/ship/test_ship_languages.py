"""The interface speaks Russian or Azerbaijani: the real window built after the translators are installed shows
its menus, buttons, fields and status in that language, plural forms follow the language's rules, Qt's own
dialog buttons are Russian, and the language follows the system locale unless the profile names one."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)

from editor_app.ui import i18n
from editor_app.ui.item_roles import DETAIL_ROLE
from editor_app.ui.window.main_window import MainWindow
from tests.paths import REPO

RUSSIAN_MONTHS = {
    "янв.",
    "февр.",
    "мар.",
    "апр.",
    "мая",
    "июн.",
    "июл.",
    "авг.",
    "сент.",
    "окт.",
    "нояб.",
    "дек.",
}
MAIN_WINDOW_TEXTS: frozenset[str] = frozenset()
"""English texts the window may still set itself (none now)."""


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    """Install the translators of a language; English again afterwards."""
    yield lambda language: i18n.install_translators(qapp, language)
    i18n.install_translators(qapp, "en")


def english_sources(language: str) -> set[str]:
    """The English texts that have a different translation in ``language``."""
    sources = set()
    for message in ET.parse(REPO / "editor_app" / "resources" / "i18n" / f"editor_app_{language}.ts").iter(
        "message"
    ):
        source, translation = message.findtext("source") or "", message.find("translation")
        if translation is not None and (translation.text or "") != source and message.get("numerus") != "yes":
            sources.add(source)
    return sources


def shown_texts(window: MainWindow) -> dict[str, str]:
    """Every text the window's widgets and actions show, by where it is shown."""
    texts: dict[str, str] = {}
    for action in window.findChildren(QAction):
        texts[f"action {action.objectName() or '?'}"] = action.text()
        texts[f"tip {action.objectName() or '?'}"] = action.toolTip().split(" (")[0]
    for menu in window.findChildren(QMenu):
        texts[f"menu {menu.objectName() or '?'}"] = menu.title()
    for button in window.findChildren(QAbstractButton):
        texts[f"button {button.objectName() or '?'}"] = button.text()
    for label in window.findChildren(QLabel):
        texts[f"label {label.objectName() or '?'}"] = label.text()
    for edit in [*window.findChildren(QLineEdit), *window.findChildren(QPlainTextEdit)]:
        texts[f"placeholder {edit.objectName() or '?'}"] = edit.placeholderText()
        texts[f"name {edit.objectName() or '?'}"] = edit.accessibleName()
    return texts


def still_english(window: MainWindow, language: str) -> list[str]:
    """Texts shown in English although ``language`` has a translation for them (a tr() that missed)."""
    sources = english_sources(language)
    return sorted(
        f"{where}: {text!r}"
        for where, text in shown_texts(window).items()
        if text in sources and text not in MAIN_WINDOW_TEXTS
    )


def test_the_window_starts_in_the_profiles_language_russian(open_window, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from editor_app.paths import data_paths

    data = tmp_path / "profile"
    settings = QSettings(str(data_paths(data).settings), QSettings.Format.IniFormat)
    i18n.save_language(settings, "ru")
    window = open_window(data)
    find = window.findChild
    assert find(QAction, "actionNewArticle").text() == "&Новая статья"
    assert find(QAction, "actionSync").text() == "&Синхронизировать"
    assert find(QAction, "actionUndo").text() == "&Отменить"
    assert window.workflow_bar.menu.title() == "&Статья"
    assert find(QAction, "actionSubmit").text() == "&Отправить в редакцию…"
    assert {a.text() for a in window.workflow_bar.role_group.actions()} == {
        "Репортёр",
        "Фоторедактор",
        "Выпускающий редактор",
    }
    assert window.form.headline.placeholderText() == "Заголовок"
    assert window.form.standfirst.placeholderText().startswith("Подзаголовок (лид)")
    assert window.form.editors_choice.text() == "Выбор редакции"
    assert find(QPushButton, "openDemoButton").text() == "Открыть демо-редакцию"
    qtbot.waitUntil(lambda: window.status.sync.text().startswith("Только локально"))
    assert still_english(window, "ru") == []


def test_the_window_in_azerbaijani(make_window, speak, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert speak("az") == "az"
    window = make_window()
    find = window.findChild
    assert find(QAction, "actionNewArticle").text() == "&Yeni məqalə"
    assert find(QAction, "actionSync").text() == "İndi &sinxronlaşdır"
    assert window.workflow_bar.menu.title() == "&Məqalə"
    assert window.form.headline.placeholderText() == "Başlıq"
    assert window.form.byline.accessibleName() == "Müəllif"
    assert find(QPushButton, "openDemoButton").text() == "Nümayiş redaksiyasını aç"
    assert find(QAction, "actionAddPhotos").text() == "Foto əlavə et…"
    assert still_english(window, "az") == []


def test_a_demo_article_in_russian_counts_in_russian(make_window, speak, qtbot) -> None:  # type: ignore[no-untyped-def]
    speak("ru")
    window = make_window()
    window.open_demo()
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=5000)
    qtbot.waitUntil(lambda: window.status.badge.text().strip() == "Черновик")  # the workflow's reading of it
    assert window.list_panel.model.index(0, 0).data(DETAIL_ROLE).split(" · ")[-1].split()[1] in RUSSIAN_MONTHS
    for count, words in ((1, "1 слово"), (3, "3 слова"), (5, "5 слов"), (21, "21 слово")):
        window.form.body.setPlainText(" ".join(["текст"] * count))
        qtbot.waitUntil(lambda w=words: window.status.words.text().startswith(f"{w} · "))
    assert still_english(window, "ru") == []


def test_plural_forms_follow_each_language(qapp, speak) -> None:  # type: ignore[no-untyped-def]
    def photos(n: int) -> str:
        return QCoreApplication.translate("SyncState", "%n conflict(s)", "", n)

    assert [photos(n) for n in (1, 2)] == ["1 conflict", "2 conflicts"]
    speak("ru")
    assert [photos(n) for n in (1, 2, 5, 11, 22)] == [
        "1 конфликт",
        "2 конфликта",
        "5 конфликтов",
        "11 конфликтов",
        "22 конфликта",
    ]
    speak("az")
    assert [photos(n) for n in (1, 5)] == ["1 ziddiyyət", "5 ziddiyyət"]


def test_qts_own_dialog_buttons_are_russian(qapp, speak, qtbot) -> None:  # type: ignore[no-untyped-def]
    speak("ru")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(buttons)
    texts = {button.text().replace("&", "") for button in buttons.buttons()}
    assert texts == {"Сохранить", "Отмена", "Закрыть"}
    box = QMessageBox(
        QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    qtbot.addWidget(box)
    assert {b.text().replace("&", "") for b in box.buttons()} == {"Да", "Нет"}


def test_qts_own_texts_in_azerbaijani_come_from_the_apps_file(qapp, speak, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt has no Azerbaijani: the app's file carries the buttons and context menus it shows (ui/qt_texts.py)."""
    speak("az")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(buttons)
    assert {b.text().replace("&", "") for b in buttons.buttons()} == {"Yadda saxla", "Ləğv et", "Bağla"}
    box = QMessageBox(
        QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    qtbot.addWidget(box)
    assert {b.text().replace("&", "") for b in box.buttons()} == {"Bəli", "Xeyr"}
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    assert {"&Geri al", "K&opyala", "&Yapışdır", "Hamısını seç"} <= {
        a.text().split("\t")[0] for a in menu.actions()
    }


def test_the_saved_choice_and_the_language_picker(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert i18n.saved_language(settings) == ""
    i18n.save_language(settings, "az")
    assert i18n.saved_language(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)) == "az"
    with pytest.raises(ValueError, match="unknown interface language"):
        i18n.save_language(settings, "de")
    settings.setValue(i18n.SETTINGS_KEY, "klingon")  # a hand-edited file falls back to the system's language
    assert i18n.saved_language(settings) == ""
    choices = i18n.language_choices()
    assert [code for code, _ in choices] == ["", "en", "ru", "az"]
    assert choices[1:] == [("en", "English"), ("ru", "Русский"), ("az", "Azərbaycanca")]
    assert "next time" in i18n.restart_note()


@pytest.mark.parametrize(
    ("locale", "expected"), [("ru_RU.UTF-8", "ru"), ("az_AZ.UTF-8", "az"), ("de_DE.UTF-8", "en"), ("C", "en")]
)
def test_the_system_locale_picks_the_language(locale: str, expected: str) -> None:
    env = {**os.environ, "LC_ALL": locale, "LANG": locale, "LANGUAGE": locale.split(".")[0]}
    done = subprocess.run(
        [sys.executable, "-c", "from editor_app.ui.i18n import system_language; print(system_language())"],
        capture_output=True,
        text=True,
        env={**env, "PYTHONPATH": str(REPO)},
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == expected


def test_the_sweep_sees_an_english_window(make_window) -> None:  # type: ignore[no-untyped-def]
    """The check above can fail: in English the window shows dozens of texts that Russian translates."""
    assert len(still_english(make_window(), "ru")) > 60


def test_core_readings_and_dates_in_russian(qapp, speak) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from editor_app.domain import Status
    from editor_app.ui.labels import local_time, status_label, status_reading

    speak("ru")
    assert (
        status_reading("Approved (publishes at next sync)")
        == "Одобрено (публикуется при следующей синхронизации)"
    )
    assert status_reading(Status.IN_REVIEW.label) == status_label(Status.IN_REVIEW) == "На проверке"
    assert local_time(datetime(2026, 3, 5, 9, 12), "dd MMM yyyy HH:mm") == "05 мар. 2026 09:12"
    assert local_time(datetime(2026, 3, 5, 9, 12, tzinfo=UTC), "HH").isdigit()
    from editor_app.ui.core_text import core_text

    assert core_text("The body is empty.") == "Нет текста статьи."
    assert (
        core_text("Photo 2 has no credit.") == "Photo 2 has no credit."
    )  # built with a number: stays English
    speak("en")
    assert local_time(datetime(2026, 3, 5, 9, 12), "dd MMM yyyy HH:mm") == "05 Mar 2026 09:12"
