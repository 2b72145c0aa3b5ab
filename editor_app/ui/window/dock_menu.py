"""Getting a closed panel back. Every dock stays closable (a journalist may want the room), View lists each one
to show it again, and View ▸ Reset Layout (also in View ▸ Workspace) puts the current workspace back as first
arranged. Closing a dock says in the status bar where to find it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu

from editor_app.ui.icons import icon

if TYPE_CHECKING:
    from editor_app.ui.window.main_window import MainWindow


class DockRestore(QObject):
    """The Reset Layout action and the note shown when the user closes a dock."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self.reset_action = QAction(
            icon("view-dashboard-outline"), QCoreApplication.translate("DockRestore", "&Reset Layout"), window
        )
        self.reset_action.setObjectName("actionResetLayout")
        self.reset_action.setStatusTip(
            QCoreApplication.translate(
                "DockRestore", "Show every panel of this workspace again, arranged as at first"
            )
        )
        self.reset_action.triggered.connect(window.workspaces.reset)
        workspace_menu = window.findChild(QMenu, "workspaceMenu")
        if workspace_menu is not None:
            workspace_menu.addSeparator()
            workspace_menu.addAction(self.reset_action)
        self.docks: list[QDockWidget] = []

    def watch(self, docks: list[QDockWidget]) -> None:
        """The docks exist: list Reset Layout after their entries in View, and follow their closing."""
        self._w.view_menu.addSeparator()
        self._w.view_menu.addAction(self.reset_action)
        for dock in docks:
            dock.installEventFilter(self)
        self.docks = docks

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and isinstance(watched, QDockWidget):
            self._w.status.show_note(
                QCoreApplication.translate(
                    "DockRestore",
                    "{0} closed: View ▸ {0} shows it again, View ▸ Reset Layout restores the workspace",
                ).format(watched.windowTitle())
            )
        return False
