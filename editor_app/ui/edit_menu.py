"""The standard Edit menu: Undo, Redo, Cut, Copy, Paste, Select All on the focused text field, and the body
editor's Find and Replace (the body is the one editor with a find bar)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

from editor_app.ui.actions import Actions

TextField = QLineEdit | QPlainTextEdit | QTextEdit


class EditCommands(QObject):
    """Routes the Edit menu's actions to whichever text field has the keyboard focus (or had it last, as a
    menu opened with the mouse takes focus for a moment) and keeps them enabled only where they apply."""

    def __init__(self, window: QWidget, actions: Actions) -> None:
        super().__init__(window)
        self._window = window
        self._actions = actions
        self._target: TextField | None = None
        names = {"undo": "undo", "redo": "redo", "cut": "cut", "copy": "copy", "paste": "paste"}
        names["select_all"] = "selectAll"
        for field, method in names.items():
            getattr(actions, field).triggered.connect(lambda _=False, m=method: self._apply(m))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._update()

    def build_menu(self, menu: QMenu, find_actions: list[QAction], extra: list[QAction]) -> None:
        a = self._actions
        menu.addActions([a.undo, a.redo])
        menu.addSeparator()
        menu.addActions([a.cut, a.copy, a.paste, a.select_all])
        menu.addSeparator()
        menu.addActions(find_actions)
        self._find_menu, self._after_find = menu, menu.addSeparator()
        menu.addActions(extra)

    def add_find_actions(self, actions: list[QAction]) -> None:
        """Find and replace, when the editor comes after the menu (``editor_part``): in their place."""
        self._find_menu.insertActions(self._after_find, actions)

    @property
    def target(self) -> TextField | None:
        return self._target

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QLineEdit | QPlainTextEdit | QTextEdit) and self._window.isAncestorOf(new):
            self._target = new
            self._update()

    def _apply(self, method: str) -> None:
        target = self._target
        if target is None:
            return
        getattr(target, method)()
        target.setFocus()
        self._update()

    def _update(self) -> None:
        target = self._target
        read_only = target is None or target.isReadOnly()
        for action in self._actions.edit_actions:
            action.setEnabled(target is not None)
        for action in (self._actions.undo, self._actions.redo, self._actions.cut, self._actions.paste):
            action.setEnabled(not read_only)
