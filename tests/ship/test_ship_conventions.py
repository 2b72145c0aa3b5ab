"""Desktop conventions of the main window: unique shortcuts that leave the body's formatting keys alone, a
standard Edit menu acting on the focused field, F1 for the manual, and a crash hook that names the log."""

from __future__ import annotations

import sys
import threading
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

BODY_FORMATTING = ["Ctrl+B", "Ctrl+I", "Ctrl+K", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+F", "Ctrl+H", "F3"]


def portable(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def window_wide_shortcuts(window) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Each key of an action that fires wherever the focus is in the window, with the actions holding it."""
    holders: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue  # a field's own key (the body's Bold, the photo list's Paste) or shown for the field
        for sequence in action.shortcuts():
            holders[portable(sequence)].append(action.objectName() or action.text())
    return holders


def test_every_window_shortcut_is_unique_and_leaves_the_body_keys_alone(window) -> None:  # type: ignore[no-untyped-def]
    holders = window_wide_shortcuts(window)
    assert "Ctrl+O" in holders and "F1" in holders and "F5" in holders  # the panels' actions were found
    clashes = {key: names for key, names in holders.items() if len(names) > 1}
    assert clashes == {}
    assert sorted(set(holders) & set(BODY_FORMATTING)) == []
    body_keys = {
        portable(s)
        for action in [*window.form.body.format_actions.values(), *window.form.body.find_actions.values()]
        for s in action.shortcuts()
    }
    assert {"Ctrl+B", "Ctrl+I"} <= body_keys
    every = [portable(s) for a in window.findChildren(QAction) for s in a.shortcuts() if a.objectName() != ""]
    assert every.count("Ctrl+I") == 1  # Italic only: Import moved to Ctrl+O


def test_ctrl_i_in_the_body_is_italic_and_ctrl_o_is_import(demo_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    opened: list[bool] = []
    monkeypatch.setattr(window.files, "import_files", lambda: opened.append(True))
    body = window.form.body
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText("\n\nslanted")
    cursor.movePosition(cursor.MoveOperation.StartOfWord, cursor.MoveMode.MoveAnchor)
    cursor.movePosition(cursor.MoveOperation.EndOfWord, cursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText().endswith("*slanted*")
    assert opened == []
    qtbot.keyClick(body, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert opened == [True]


def test_the_edit_menu_acts_on_the_focused_field(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    menu = next(m for m in window.menuBar().findChildren(type(window.view_menu)) if m.title() == "&Edit")
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    for expected in ("actionUndo", "actionRedo", "actionCut", "actionCopy", "actionPaste", "actionFind"):
        assert expected in names
    headline: QLineEdit = window.form.headline
    original = headline.text()
    headline.setFocus()
    qtbot.waitUntil(headline.hasFocus)
    headline.end(False)
    qtbot.keyClicks(headline, " today")
    assert headline.text() == original + " today"
    window.acts.undo.trigger()
    assert headline.text() != original + " today"
    window.acts.redo.trigger()
    assert headline.text() == original + " today"
    window.acts.select_all.trigger()
    window.acts.cut.trigger()
    assert headline.text() == ""
    window.acts.paste.trigger()
    assert headline.text() == original + " today"
    qtbot.keyClick(
        headline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )  # the field's own key still works
    assert headline.text() != original + " today"

    body = window.form.body
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    before = body.toPlainText()
    qtbot.keyClicks(body, "x")
    window.acts.undo.trigger()
    assert body.toPlainText() == before
    window.form.body.find_actions["actionFind"].trigger()
    assert window.form.body.find_bar.isVisible()


def test_f1_opens_the_manual(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from editor_app.ui.manual import ManualDialog

    window.activateWindow()
    window.list_panel.setFocus()
    qtbot.keyClick(window.list_panel, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ManualDialog)))
    dialog = next(d for d in window.findChildren(ManualDialog) if d.isVisible())
    text = dialog.browser.toPlainText()
    assert "Editorial Workstation manual" in text and "Ctrl+O" in text
    dialog.close()


@pytest.fixture
def crash_hooks(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    from editor_app.crash_report import install_crash_hooks

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    log_file = tmp_path / "logs" / "editor-app.log"
    install_crash_hooks(log_file)
    return log_file


def crash_dialogs() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "crashDialog" and w.isVisible()
    ]


@pytest.mark.qt_no_exception_capture
@pytest.mark.allow_logged_errors  # the crash hook logs the crash, which is what this test checks
@pytest.mark.parametrize("where", ["gui", "thread"])
def test_an_unhandled_error_is_logged_and_a_dialog_names_the_log(
    window, qtbot, crash_hooks: Path, capsys, caplog, where: str
) -> None:  # type: ignore[no-untyped-def]
    def fail() -> None:
        raise RuntimeError("the spike of doom")

    if where == "gui":
        QTimer.singleShot(0, fail)
    else:
        worker = threading.Thread(target=fail)
        worker.start()
        worker.join()
    qtbot.waitUntil(lambda: bool(crash_dialogs()), timeout=5000)
    (box,) = crash_dialogs()
    assert "the spike of doom" in box.informativeText()
    assert str(crash_hooks) in box.informativeText()
    assert "the spike of doom" in capsys.readouterr().err
    assert any(r.exc_info and "spike of doom" in str(r.exc_info[1]) for r in caplog.records)
    box.close()
