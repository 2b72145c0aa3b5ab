"""Focus mode hides the panels, the list and the toolbars and centres the text; typewriter scrolling keeps
the cursor's line in the middle; both are View actions remembered in the settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor


def test_focus_mode_hides_the_panels_and_centres_the_text(demo_window: Any, qtbot: Any) -> None:
    window = demo_window
    focus = window.focus_mode
    assert focus.focus_action in window.view_menu.actions()
    qtbot.waitUntil(lambda: window.preview_dock.isVisible() and window.list_panel.isVisible())
    # the workspace's sizes have settled (its second sizing pass): focus mode keeps and restores those
    qtbot.waitUntil(lambda: sum(window.splitter.sizes()) + window.preview_dock.width() < window.width())
    qtbot.wait(50)
    photo_dock_shown = window.photo_dock.isVisible()
    size, preview_width = window.size(), window.preview_dock.width()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert focus.focus_action.isChecked()
    assert not window.preview_dock.isVisible() and not window.list_panel.isVisible()
    assert not window.toolbar.isVisible() and not window.photo_dock.isVisible()
    qtbot.waitUntil(lambda: window.form.layout().contentsMargins().left() > 100)
    body = window.form.body
    qtbot.waitUntil(lambda: body.width() < window.width() * 0.8)  # the layout follows the margins
    centre = body.mapTo(window, body.rect().center()).x()
    assert abs(centre - window.width() // 2) < 40
    assert QSettings(str(window.services.paths.settings), QSettings.Format.IniFormat).value(
        "view/focusMode"
    ) in (True, "true")

    qtbot.keyClick(
        window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert not focus.focus_action.isChecked()
    assert window.preview_dock.isVisible() and window.list_panel.isVisible() and window.toolbar.isVisible()
    assert window.photo_dock.isVisible() == photo_dock_shown
    assert window.form.layout().contentsMargins().left() < 20
    qtbot.waitUntil(lambda: window.size() == size)  # the window does not grow to take the panels back
    assert abs(window.preview_dock.width() - preview_width) <= 2


def test_focus_mode_comes_back_after_a_restart(make_window: Any, qtbot: Any) -> None:
    first = make_window()
    first.focus_mode.focus_action.setChecked(True)
    first.focus_mode.typewriter_action.setChecked(True)
    first.close()  # the layout saved at quit is the full one
    second = make_window()
    qtbot.waitUntil(lambda: second.attached)
    assert second.focus_mode.focus_action.isChecked() and second.focus_mode.typewriter_action.isChecked()
    assert not second.preview_dock.isVisible()
    second.focus_mode.focus_action.setChecked(False)
    assert second.preview_dock.isVisible()


def test_typewriter_scrolling_keeps_the_cursor_line_in_the_middle(demo_window: Any, qtbot: Any) -> None:
    window = demo_window
    body = window.form.body
    body.setPlainText("\n\n".join(f"Paragraph {n} of a long story." for n in range(200)))
    window.focus_mode.typewriter_action.setChecked(True)
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.Down, n=150)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_Down)
    middle = body.viewport().height() / 2
    qtbot.waitUntil(lambda: abs(body.cursorRect().center().y() - middle) < body.fontMetrics().height() * 2)
    window.focus_mode.typewriter_action.setChecked(False)
    for _ in range(15):
        qtbot.keyClick(body, Qt.Key.Key_Down)
    assert abs(body.cursorRect().center().y() - middle) > body.fontMetrics().height() * 2
