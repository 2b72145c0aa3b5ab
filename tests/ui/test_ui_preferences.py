"""Edit ▸ Preferences… on a real window: every setting is kept in the profile's settings.ini (where the command line
reads it too) and applied at once; a bad proxy address is refused in words; the sites button opens the Sites
dialog; the proxy's password goes to the keyring."""

from __future__ import annotations

import time
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMenu

from editor_app.services.preferences import read_preferences
from editor_app.sync.credentials import SERVICE
from editor_app.sync.proxy import ProxyMode, ProxySettings


def open_dialog(window, qtbot):  # type: ignore[no-untyped-def]
    window.acts.preferences.trigger()
    dialog = window.preferences.dialog
    assert dialog is not None and dialog.objectName() == "preferencesDialog"
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def click_radio(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    """On the round indicator: a radio button in a stretched layout is wider than what answers clicks."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def press_ok(dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_edit_menu_opens_preferences_with_the_platforms_key(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    action = window.findChild(QAction, "actionPreferences")
    assert action is window.acts.preferences
    assert action.shortcut().toString() in ("Ctrl+,", "Ctrl+Shift+,")
    edit_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Edit")
    assert action in edit_menu.actions()
    dialog = open_dialog(window, qtbot)
    assert dialog.windowTitle() == "Preferences"
    names = [dialog.ui_language.itemText(i) for i in range(dialog.ui_language.count())]
    assert names == ["System language", "English", "Русский", "Azərbaycanca"]
    codes = [dialog.article_language.itemData(i) for i in range(dialog.article_language.count())]
    assert codes == ["en-GB", "en-US", "ru", "az"]
    assert dialog.findChild(QLabel, "uiLanguageRestartNote").text().startswith("The program's")
    assert not dialog._manual_fields.isEnabled()  # "no proxy" is the default
    dialog.reject()


def test_ok_stores_every_setting_and_applies_it_at_once(window, qtbot, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(window, qtbot)
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("az"))
    dialog.article_language.setCurrentIndex(dialog.article_language.findData("ru"))
    click_radio(qtbot, dialog.proxy_manual)
    assert dialog._manual_fields.isEnabled()
    qtbot.keyClicks(dialog.proxy_address, "proxy.newsroom.test:3128")
    qtbot.keyClicks(dialog.proxy_user, "desk")
    qtbot.keyClicks(dialog.proxy_password, "p; w=rd")
    dialog.autosave.setValue(0.8)
    dialog.preview_width.setCurrentIndex(dialog.preview_width.findData("tablet"))
    press_ok(dialog, qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    stored = read_preferences(window.services.paths.settings)  # what the command line reads
    assert stored.ui_language == "az" and stored.article_language == "ru"
    assert stored.proxy == ProxySettings(ProxyMode.MANUAL, "proxy.newsroom.test", 3128, "desk")
    assert stored.autosave_ms == 800 and stored.preview_width == "tablet"
    assert "p; w=rd" not in window.services.paths.settings.read_text()
    assert window.editor.max_delay == 800
    assert window.form.default_language == "ru"
    assert window.preview.width_mode.key == "tablet"
    assert window.services.sync.proxy == stored.proxy
    qtbot.waitUntil(
        lambda: memory_keyring.get((SERVICE, "desk@proxy://proxy.newsroom.test:3128")) == "p; w=rd"
    )

    again = open_dialog(window, qtbot)  # the dialog shows what was stored
    assert again.ui_language.currentData() == "az" and again.proxy_manual.isChecked()
    assert again.proxy_address.text() == "proxy.newsroom.test:3128" and again.proxy_password.text() == ""
    again.reject()


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("proxy.local", "port"),
        ("proxy.local:99999", "port"),
        ("socks5://p:1080", "http proxy"),
        ("", "host:port"),
    ],
)
def test_a_bad_proxy_address_keeps_the_dialog_open_and_says_why(window, qtbot, typed, says) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(window, qtbot)
    click_radio(qtbot, dialog.proxy_manual)
    qtbot.keyClicks(dialog.proxy_address, typed)
    press_ok(dialog, qtbot)
    assert dialog.isVisible()
    assert dialog.error.isVisible() and says in dialog.error.text()
    assert read_preferences(window.services.paths.settings).proxy.mode is ProxyMode.NONE
    dialog.reject()


def test_the_sites_button_opens_the_sites_dialog_over_preferences(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(window, qtbot)
    qtbot.mouseClick(dialog.sites_button, Qt.MouseButton.LeftButton)
    sites = dialog.findChild(QDialog, "sitesDialog")
    assert sites is not None
    qtbot.waitUntil(sites.isVisible)
    sites.reject()
    dialog.reject()


def test_the_sync_menus_sites_action_still_opens_the_sites_dialog(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.findChild(QAction, "actionSyncSites").trigger()
    sites = window.findChild(QDialog, "sitesDialog")
    assert sites is not None
    qtbot.waitUntil(sites.isVisible)
    sites.reject()


def test_a_shorter_autosave_delay_saves_sooner_while_typing_goes_on(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typing that never pauses is saved by the deadline: 0.5 s with the preference, never before 1.5 s without."""

    def first_save_while_typing(window) -> tuple[float, float]:  # type: ignore[no-untyped-def]
        """Seconds to the first save, and the longest gap between keystrokes (a loaded machine may stall)."""
        window.open_demo()
        qtbot.waitUntil(lambda: window.editor.article is not None, timeout=5000)
        body = window.form.body
        body.setFocus()
        saves: list[float] = []
        window.editor.saved.connect(lambda _changes: saves.append(time.monotonic()))
        started = time.monotonic()
        keys: list[float] = []
        while not saves and time.monotonic() - started < 2.5:
            qtbot.keyClicks(body, "x")
            keys.append(time.monotonic())
            qtbot.wait(100)  # shorter than the pause (0.7 s) that saves after typing stops
        assert saves
        gaps = [b - a for a, b in pairwise(keys) if b < saves[0]]
        return saves[0] - started, max(gaps, default=0.0)

    default = make_window()
    assert default.editor.max_delay == 1500
    first, gap = first_save_while_typing(default)
    assert first >= 1.4 or gap >= 0.6  # only a stall as long as the pause may save sooner
    default.close()
    default.settings.setValue("editor/autosaveMs", 500)
    default.settings.sync()
    quick = make_window()
    assert quick.editor.max_delay == 500
    first, _gap = first_save_while_typing(quick)
    assert first < 1.2
