"""The window's article editor (``ui/window/editor_part.py``): made with the window, or, at a start with no
article to show, after it; then the first time anything asks for it, with all its connections."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from editor_app.ui.window.main_window import WELCOME, MainWindow


@pytest.fixture
def later(qapp: Any, tmp_path: Path) -> Iterator[MainWindow]:
    """A window as a start with no article to show makes it: the editor comes later."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(None, settings, media_root=tmp_path / "media", editor_later=True)
    yield window
    window.preview.shutdown()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _edit_menu(window: MainWindow) -> list[Any]:
    menu = next(a.menu() for a in window.menuBar().actions() if window.acts.history in a.menu().actions())
    return [action for action in menu.actions() if not action.isSeparator()]


def test_the_editor_comes_the_first_time_it_is_asked_for_with_its_connections(later: MainWindow) -> None:
    window = later
    assert not window.editor_made and window.stack.count() == 1  # the welcome page alone
    assert window.article is None and not window.editor_made  # asking what is open makes nothing
    assert window.acts.history in _edit_menu(window)
    form = window.form
    assert window.editor_made and window.stack.widget(1) is form and window.stack.currentIndex() == WELCOME
    assert window.editor.form is form
    find = list(form.body.find_actions.values())
    menu = _edit_menu(window)
    assert find and menu[menu.index(window.acts.select_all) + 1 : menu.index(window.acts.history)] == find
    assert window.focus_mode.focus_action in window.actions()  # its shortcut works with the menu bar hidden
    assert window.editor.max_delay == window.preferences.current.autosave_ms
    window.build_editor()  # made once
    assert window.stack.count() == 2 and window.form is form


def test_the_editor_page_asked_for_before_the_editor_shows_once_it_is_made(later: MainWindow) -> None:
    window = later
    window.early = True  # what shows was read before the profile opened: its commands are offered
    window.update_actions()
    assert window.welcome.isEnabled()
    window.show_editor(when_made=True)  # rows came (``early_list``): the editor's page is what they ask for
    window.update_actions()
    assert not window.editor_made and window.stack.currentIndex() == WELCOME
    assert not window.welcome.isEnabled()  # beside the rows, its "newsroom is empty" offers nothing
    window.build_editor()
    assert window.stack.currentWidget() is window.form and window.welcome.isEnabled()


def test_the_editor_page_asked_for_outright_makes_the_editor(later: MainWindow) -> None:
    later.show_editor()
    assert later.editor_made and later.stack.currentWidget() is later.form


def test_a_window_made_for_an_article_has_its_editor_at_once(qapp: Any, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(None, settings, media_root=tmp_path / "media")
    try:
        assert window.editor_made and window.stack.count() == 2
    finally:
        window.preview.shutdown()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
