"""The Sync menu's actions, made with the window (so its menu and toolbar button are in the first frame) and
taken by ``SyncController`` once the profile is open. Their texts keep the controller's translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


class SyncActions:
    """Sync Now (F5), Resolve Sync Conflicts (enabled while there are conflicts), Sync Log and Publishing Sites."""

    def __init__(self, owner: QObject) -> None:
        self.sync = _action(
            owner,
            "actionSync",
            QCoreApplication.translate("SyncController", "&Sync Now"),
            "F5",
            QCoreApplication.translate("SyncController", "Send local changes and fetch new ones"),
        )
        self.sites = _action(
            owner,
            "actionSyncSites",
            QCoreApplication.translate("SyncController", "Publishing &Sites…"),
            None,
            QCoreApplication.translate("SyncController", "Set up a site"),
        )
        self.log = _action(
            owner,
            "actionSyncLog",
            QCoreApplication.translate("SyncController", "Sync &Log"),
            None,
            QCoreApplication.translate("SyncController", "What the last syncs did"),
        )
        self.conflicts = _action(
            owner,
            "actionResolveConflicts",
            QCoreApplication.translate("SyncController", "Resolve Sync &Conflicts…"),
            None,
            QCoreApplication.translate("SyncController", "Choose between two versions"),
        )
        self.conflicts.setEnabled(False)

    def in_menu(self) -> list[QAction]:
        return [self.sync, self.conflicts, self.log, self.sites]


def _action(owner: QObject, name: str, text: str, shortcut: str | None, tip: str) -> QAction:
    action = QAction(text, owner)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.setStatusTip(tip)
    action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
    return action
