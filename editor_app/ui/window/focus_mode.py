"""Focus mode and typewriter scrolling, two checkable View actions remembered in the settings.

Focus mode (F11 or Ctrl+Shift+F) hides the docks, the article list and the toolbars and centres the article
in a column of readable width; leaving it brings back exactly what was shown. Typewriter scrolling keeps the
line with the cursor in the middle of the body editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLayout, QToolBar, QWidget

if TYPE_CHECKING:
    from editor_app.ui.window.main_window import MainWindow

FOCUS_KEY = "view/focusMode"
TYPEWRITER_KEY = "view/typewriter"
COLUMN_CHARS = 72
"""The width of the text column in focus mode, in average characters of the body's font."""


def _flag(settings: QSettings, key: str) -> bool:
    return str(settings.value(key, "false")).lower() in ("true", "1")


class FocusMode(QObject):
    """Owns ``actionFocusMode`` and ``actionTypewriter`` (added to the View menu)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._settings = window.settings
        self._hidden: list[QWidget] = []
        self._margins: tuple[int, int, int, int] | None = None
        self._state: tuple[QByteArray, QByteArray] | None = None
        self._size = QSize()
        self.focus_action = QAction(self.tr("&Focus Mode"), window)
        self.focus_action.setObjectName("actionFocusMode")
        self.focus_action.setCheckable(True)
        self.focus_action.setShortcuts([QKeySequence("F11"), QKeySequence("Ctrl+Shift+F")])
        self.focus_action.setToolTip(self.tr("Only the article: hide the panels, the list and the toolbars"))
        self.typewriter_action = QAction(self.tr("&Typewriter Scrolling"), window)
        self.typewriter_action.setObjectName("actionTypewriter")
        self.typewriter_action.setCheckable(True)
        self.typewriter_action.setToolTip(
            self.tr("Keep the line you are writing in the middle of the editor")
        )
        window.addAction(self.focus_action)  # the shortcut works while the menu bar is hidden too
        window.view_menu.addSeparator()
        window.view_menu.addActions([self.focus_action, self.typewriter_action])
        self.focus_action.toggled.connect(self.set_focus)
        self.typewriter_action.toggled.connect(self.set_typewriter)
        body = window.form.body
        body.cursorPositionChanged.connect(self._centre_cursor)
        window.installEventFilter(self)
        window.form.installEventFilter(self)

    @property
    def active(self) -> bool:
        return bool(self._hidden) or self._margins is not None

    def restore(self) -> None:
        """Take the remembered choices (call once the docks exist)."""
        self.typewriter_action.setChecked(_flag(self._settings, TYPEWRITER_KEY))
        self.focus_action.setChecked(_flag(self._settings, FOCUS_KEY))

    def _layout(self) -> QLayout:
        layout = self._window.form.layout()
        assert layout is not None
        return layout

    # focus mode ---------------------------------------------------------------------------------------------
    def set_focus(self, on: bool) -> None:
        self._settings.setValue(FOCUS_KEY, on)
        if on:
            self._enter()
        else:
            self._leave()

    def _enter(self) -> None:
        if self.active:
            return
        w = self._window
        self._state = (w.saveState(), w.splitter.saveState())
        self._size = w.size()
        shown: list[QWidget] = [
            d for d in w.findChildren(QDockWidget) if not d.isHidden() and d.parent() is w
        ]
        shown += [t for t in w.findChildren(QToolBar) if not t.isHidden() and t.parent() is w]
        if not w.list_panel.isHidden():
            shown.append(w.list_panel)
        for widget in shown:
            widget.hide()
        self._hidden = shown
        layout = self._layout()
        margins = layout.contentsMargins()
        self._margins = (margins.left(), margins.top(), margins.right(), margins.bottom())
        self._centre()
        w.form.body.setFocus()

    def _leave(self) -> None:
        if not self.active:
            return
        if self._margins is not None:  # first: wide margins would make the window grow to fit the panels
            self._layout().setContentsMargins(*self._margins)
            self._layout().activate()
            self._margins = None
        if (
            self._state is not None
        ):  # the list's and form's widths before the list shows (else it adds its own)
            self._window.splitter.restoreState(self._state[1])
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        if self._state is not None:
            w, (state, splitter), size = self._window, self._state, self._size
            self._state = None

            def restore() -> None:  # once the layout has taken the panels back: their sizes as they were
                if not (w.isMaximized() or w.isFullScreen()):
                    w.resize(size)
                w.restoreState(state)
                w.splitter.restoreState(splitter)

            restore()
            QTimer.singleShot(0, restore)

    def _centre(self) -> None:
        """Side margins that leave a column of ``COLUMN_CHARS`` characters in the middle of the form."""
        if self._margins is None:
            return
        form = self._window.form
        column = form.body.fontMetrics().averageCharWidth() * COLUMN_CHARS + 60
        side = max(self._margins[0], (form.width() - column) // 2)
        self._layout().setContentsMargins(side, self._margins[1], side, self._margins[3])

    # typewriter scrolling -----------------------------------------------------------------------------------
    def set_typewriter(self, on: bool) -> None:
        self._settings.setValue(TYPEWRITER_KEY, on)
        body = self._window.form.body
        body.setCenterOnScroll(on)  # the last lines can come to the middle too
        if on:
            body.centerCursor()

    def _centre_cursor(self) -> None:
        if self.typewriter_action.isChecked():
            self._window.form.body.centerCursor()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self._window.form:
            self._centre()
        elif kind == QEvent.Type.Close and watched is self._window:
            self._leave()  # the layout saved at quit is the full one; the setting brings focus mode back
        return False
