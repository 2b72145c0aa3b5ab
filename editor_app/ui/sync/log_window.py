"""The sync log: one row per run (time, why, what moved), its articles, failures and steps underneath."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.services.sync_run import SyncRun
from editor_app.ui.core_text import core_text
from editor_app.ui.labels import local_time
from editor_app.ui.plain_text import tip
from editor_app.ui.theme import tone

if TYPE_CHECKING:
    from collections.abc import Iterable

    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction


class RunLog(Protocol):
    """What the log window reads and triggers (the sync controller provides it; no import back to it)."""

    @property
    def action(self) -> QAction: ...
    @property
    def conflicts_action(self) -> QAction: ...
    @property
    def log(self) -> Iterable[SyncRun]: ...
    @property
    def logged(self) -> SignalInstance: ...


OUTCOME_TONES = {"ok": "success", "offline": "muted", "cancelled": "muted"}
"""The tone (``ui/theme.py``) of each outcome; any other outcome is a failure (``error``)."""
RUN_ROLE = Qt.ItemDataRole.UserRole + 1


class SyncLogWindow(QDialog):
    def __init__(self, controller: RunLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncLogWindow")
        self.setWindowTitle(self.tr("Sync log"))
        self.setAccessibleName(self.tr("Sync log"))
        self.setModal(False)
        self.resize(820, 520)
        self.controller = controller
        self.runs = QTreeWidget(self)
        self.runs.setObjectName("syncLogTree")
        self.runs.setAccessibleName(self.tr("Sync runs"))
        self.runs.setHeaderLabels([self.tr("When"), self.tr("Result"), self.tr("What happened")])
        self.runs.setAlternatingRowColors(True)
        self.runs.currentItemChanged.connect(self._show_steps)
        self.steps = QPlainTextEdit(self)
        self.steps.setObjectName("syncLogSteps")
        self.steps.setAccessibleName(self.tr("Steps of the selected run"))
        self.steps.setReadOnly(True)
        self.steps.setPlaceholderText(self.tr("Select a run to see its steps."))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.runs)
        splitter.addWidget(self.steps)
        splitter.setSizes([380, 120])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_button.setObjectName("syncLogSyncButton")
        self.sync_button.clicked.connect(controller.action.trigger)
        self.conflicts_button = QPushButton(self.tr("Resolve conflicts…"), self)
        self.conflicts_button.setObjectName("syncLogConflictsButton")
        self.conflicts_button.clicked.connect(controller.conflicts_action.trigger)
        self.conflicts_button.setEnabled(controller.conflicts_action.isEnabled())
        controller.conflicts_action.enabledChanged.connect(self.conflicts_button.setEnabled)
        buttons.addButton(self.sync_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.conflicts_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        for run in controller.log:
            self.add_run(run)
        controller.logged.connect(self.add_run)

    def add_run(self, run: SyncRun) -> QTreeWidgetItem:
        """Newest first; the newest run is expanded and selected."""
        when = local_time(run.started, "dd MMM HH:mm:ss")
        item = QTreeWidgetItem(
            [when, self._outcome(run.outcome), f"{run.trigger}: {core_text(run.summary())}"]
        )
        item.setData(0, RUN_ROLE, run)
        colour = tone(OUTCOME_TONES.get(run.outcome, "error"))
        item.setForeground(1, QBrush(colour))
        item.setToolTip(
            2,
            tip(
                self.tr("{site} as {user} ({role})").format(
                    site=run.report.site,
                    user=run.report.user,
                    role=run.report.role or self.tr("role unknown"),
                )
            ),
        )
        for kind, text in run.rows():
            text = core_text(text)
            child = QTreeWidgetItem(["", self._outcome(kind), text])
            child.setToolTip(2, tip(text))
            if kind == "failed":
                child.setForeground(1, QBrush(tone("error")))
            item.addChild(child)
        for i in range(self.runs.topLevelItemCount()):
            older = self.runs.topLevelItem(i)
            if older is not None:
                older.setExpanded(False)
        self.runs.insertTopLevelItem(0, item)
        item.setExpanded(True)
        self.runs.setCurrentItem(item)
        for column in range(2):
            self.runs.resizeColumnToContents(column)
        return item

    def _outcome(self, outcome: str) -> str:
        words = {
            "ok": self.tr("ok"),
            "offline": self.tr("offline"),
            "cancelled": self.tr("cancelled"),
            "failed": self.tr("failed"),
            "sign-in failed": self.tr("sign-in failed"),
            "note": self.tr("note"),
        }
        return words.get(outcome, outcome)

    def _show_steps(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        while current is not None and current.parent() is not None:
            current = current.parent()
        run = current.data(0, RUN_ROLE) if current is not None else None
        if not isinstance(run, SyncRun):
            self.steps.clear()
            return
        took = (run.finished - run.started).total_seconds()
        header = (
            self.tr("{start} to {end} ({seconds} s), %n request(s)", "", run.report.requests).format(
                start=f"{run.started:%H:%M:%S}", end=f"{run.finished:%H:%M:%S}", seconds=f"{took:.1f}"
            )
            + "; "
            + self.tr("%n change(s) still pending", "", run.pending)
        )
        self.steps.setPlainText("\n".join([header, *run.steps]))
