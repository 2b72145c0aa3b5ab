"""The window's layout as the user left it: geometry, docks and the list/editor splitter in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter


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
            self._window.restoreState(self._state)

    def save(self) -> None:
        self._settings.setValue("window/geometry", self._window.saveGeometry())
        self._settings.setValue("window/state", self._window.saveState())
        self._settings.setValue("window/splitter", self._splitter.saveState())
        self._settings.sync()
