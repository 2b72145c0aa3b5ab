"""The window's layout as the user left it: geometry, docks and the list/editor splitter in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QMainWindow, QSplitter

_FULL = Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen


def restore_docks(window: QMainWindow, state: QByteArray) -> bool:
    """``restoreState`` that is safe on a window still hidden and to be shown maximised: Qt then keeps a copy of
    the state to re-apply once the window has its final size, and a dock added or moved meanwhile (the
    workspaces do) leaves that copy pointing at freed layout items, which crashes. The state is restored as for
    a normal window and the maximised flag put back."""
    shown = window.windowState()
    if window.isVisible() or not shown & _FULL:
        return window.restoreState(state)
    window.setWindowState(shown & ~_FULL)
    try:
        return window.restoreState(state)
    finally:
        window.setWindowState(shown)


class SavedLayout:
    """Restores what was saved at the last quit; docks built after the first paint are placed by
    ``place_docks`` once they exist."""

    def __init__(self, window: QMainWindow, splitter: QSplitter, settings: QSettings) -> None:
        self._window = window
        self._splitter = splitter
        self._settings = settings
        state = settings.value("window/state")
        self._state = state if isinstance(state, QByteArray) else None

    @property
    def saved(self) -> bool:
        return self._state is not None

    def restore(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self._window.restoreGeometry(geometry)
        self.place_docks()
        splitter = self._settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self._splitter.restoreState(splitter)

    def place_docks(self) -> None:
        if self._state is not None:
            restore_docks(self._window, self._state)

    def save(self) -> None:
        self._settings.setValue("window/geometry", self._window.saveGeometry())
        self._settings.setValue("window/state", self._window.saveState())
        self._settings.setValue("window/splitter", self._splitter.saveState())
        self._settings.sync()
