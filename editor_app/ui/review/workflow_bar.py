"""The desk workflow in the window: Article-menu actions offered by role and status from the one transition
table, the local role picker, and the dialogs for a return note and a scheduled time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.domain import Article, Role, TransitionError, allowed_transitions
from editor_app.services import Changes
from editor_app.ui.core_text import error_text
from editor_app.ui.i18n import QT_TRANSLATE_NOOP
from editor_app.ui.labels import role_label, status_reading
from editor_app.ui.plain_text import ask, message_box, plain_label
from editor_app.ui.task_runner import TaskRunner

if TYPE_CHECKING:
    from editor_app.services.workflow import ChecklistFailed, WorkflowService

ACTION_NAMES = {
    "submit": "actionSubmit",
    "approve": "actionApprove",
    "publish": "actionPublish",
    "return": "actionReturn",
}
LABELS = {
    "submit": QT_TRANSLATE_NOOP("WorkflowBar", "&Submit to Desk…"),
    "approve": QT_TRANSLATE_NOOP("WorkflowBar", "&Approve…"),
    "publish": QT_TRANSLATE_NOOP("WorkflowBar", "&Publish Now"),
    "take": QT_TRANSLATE_NOOP("WorkflowBar", "&Take for Review"),
    "return": QT_TRANSLATE_NOOP("WorkflowBar", "&Return to Reporter…"),
    "withdraw": QT_TRANSLATE_NOOP("WorkflowBar", "&Withdraw Submission"),
    "kill": QT_TRANSLATE_NOOP("WorkflowBar", "&Kill…"),
    "restore": QT_TRANSLATE_NOOP("WorkflowBar", "Res&tore"),
    "unschedule": QT_TRANSLATE_NOOP("WorkflowBar", "&Unschedule"),
    "publish_to_site": QT_TRANSLATE_NOOP("WorkflowBar", "Publish to &Site"),
}
SHORTCUTS = {"submit": "Ctrl+Return", "approve": "Ctrl+Shift+A"}


class ReturnDialog(QDialog):
    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnDialog")
        self.setWindowTitle(self.tr("Return to reporter"))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("returnNoteEdit")
        self.note.setAccessibleName(self.tr("Note for the reporter (required)"))
        self.note.setPlaceholderText(self.tr("What should the reporter fix? (required)"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Return"))
        ok.setEnabled(False)
        self.note.textChanged.connect(lambda: ok.setEnabled(bool(self.note.toPlainText().strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(self.tr("Return “{}” to its reporter with a note:").format(article.title), self)
        )
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)


class ApproveDialog(QDialog):
    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approveDialog")
        self.setWindowTitle(self.tr("Approve"))
        self.now = QRadioButton(self.tr("Publish now"), self)
        self.now.setObjectName("publishNowRadio")
        self.now.setChecked(True)
        self.later = QRadioButton(self.tr("Schedule for"), self)
        self.later.setObjectName("scheduleRadio")
        group = QButtonGroup(self)
        group.addButton(self.now)
        group.addButton(self.later)
        self.when = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600), self)
        self.when.setObjectName("scheduleTimeEdit")
        self.when.setCalendarPopup(True)
        self.when.setEnabled(False)
        self.later.toggled.connect(self.when.setEnabled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Approve"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Approve “{}”:").format(article.title), self))
        layout.addWidget(self.now)
        layout.addWidget(self.later)
        layout.addWidget(self.when)
        layout.addWidget(buttons)

    def publish_at(self) -> datetime | None:
        if self.now.isChecked():
            return None
        local = self.when.dateTime().toPython()
        assert isinstance(local, datetime)
        return local.astimezone(UTC)  # a naive value is the user's local time


class WorkflowBar(QObject):
    """Owns the Article menu's workflow actions; ``changed`` carries the Changes of a completed transition."""

    changed = Signal(object)
    failed = Signal(str)
    roleChanged = Signal(object)
    """The role deciding what is offered: the signed-in site user's, or the one picked for local work."""
    statusText = Signal(str)
    """How the shown article's status reads, e.g. "Approved (publishes at next sync)" before the site confirms."""

    def __init__(self, parent: QWidget, runner: TaskRunner) -> None:
        super().__init__(parent)
        self._parent = parent
        self._runner = runner
        self.workflow: WorkflowService | None = None
        self.role = Role.REPORTER
        self.article: Article | None = None
        self.before_transition: Callable[[], None] = lambda: None
        self.on_checklist: Callable[[ChecklistFailed], None] | None = None
        """Shows a checklist refusal as a list (``ui/review/refusals.py``); else a message box says it."""
        self.menu = QMenu(self.tr("&Article"), parent)
        self.actions: dict[str, QAction] = {}
        for name, label in LABELS.items():
            action = QAction(self.tr(label), parent)
            action.setObjectName(
                ACTION_NAMES.get(name, "action" + "".join(p.capitalize() for p in name.split("_")))
            )
            if name in SHORTCUTS:
                action.setShortcut(SHORTCUTS[name])
            action.triggered.connect(lambda _=False, n=name: self.trigger(n))
            self.actions[name] = action
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.role_menu = self.menu.addMenu(self.tr("Local &Role"))
        self.role_group = QActionGroup(self)
        for role in Role:
            action = QAction(role_label(role), self.role_group)
            action.setCheckable(True)
            action.setObjectName(f"role_{role.value}")
            action.triggered.connect(lambda _=False, r=role: self.set_role(r))
            self.role_menu.addAction(action)
        self.refresh()

    def attach(self, workflow: WorkflowService) -> None:
        self.workflow = workflow
        self.reload_role()

    def reload_role(self) -> None:
        """Ask again which role applies (after a sync signed in, the site decides)."""
        workflow = self.workflow
        if workflow is not None:
            self._runner.run(lambda: (workflow.role(), workflow.site_role() is not None), self._role_loaded)

    def _role_loaded(self, result: tuple[Role, bool]) -> None:
        role, from_site = result
        self.role_menu.setEnabled(not from_site)
        self.role_menu.setToolTip(self.tr("Your role comes from the publishing site.") if from_site else "")
        if role is not self.role:
            self.role = role
            self.roleChanged.emit(role)
        self.refresh()

    def set_role(self, role: Role) -> None:
        """Pick the local role; the service refuses one stronger than the signed-in site user's."""
        workflow = self.workflow
        if workflow is None:
            return

        def picked(_: object) -> None:
            self.role = role
            self.roleChanged.emit(role)
            self.refresh()

        def refused(exc: BaseException) -> None:
            self.refresh()  # the check mark goes back to the role that applies
            self._refused(exc)

        self._runner.run(lambda: workflow.set_local_role(role), picked, refused, write=True)

    def show_article(self, article: Article | None) -> None:
        self.article = article
        self.refresh()
        workflow = self.workflow
        if article is not None and workflow is not None:

            def shown(text: str, article_id: str = article.id) -> None:
                if self.article is not None and self.article.id == article_id:
                    self.statusText.emit(status_reading(text))

            self._runner.run(lambda: workflow.status_text(article), shown)

    def refresh(self) -> None:
        allowed = (
            {t.name for t in allowed_transitions(self.article.status, self.role)} if self.article else set()
        )
        if "approve" in allowed:
            allowed.discard("publish")
        for name, action in self.actions.items():
            action.setVisible(name in allowed or name in ACTION_NAMES)
            action.setEnabled(name in allowed and self.workflow is not None)
        for action in self.role_group.actions():
            action.setChecked(action.objectName() == f"role_{self.role.value}")

    def trigger(self, name: str) -> None:
        article, workflow = self.article, self.workflow
        if article is None or workflow is None:
            return
        note, at = "", None
        if name == "return":
            dialog = ReturnDialog(article, self._parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            note = dialog.note.toPlainText()
        elif name == "approve":
            approve = ApproveDialog(article, self._parent)
            if approve.exec() != QDialog.DialogCode.Accepted:
                return
            at = approve.publish_at()
        elif name == "kill":
            answer = ask(
                self._parent,
                self.tr("Kill article"),
                self.tr("Kill “{}”? It is withdrawn from publication; the desk can restore it.").format(
                    article.title
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.before_transition()
        role, article_id = self.role, article.id

        def run() -> Changes:
            if name == "approve":
                return workflow.approve(article_id, role, at=at, origin=self)
            return workflow.apply(article_id, name, role, note=note, at=at, origin=self)

        self._runner.write(run, self.changed.emit, self._refused)

    def _refused(self, exc: BaseException) -> None:
        from editor_app.services.workflow import ChecklistFailed

        if isinstance(exc, ChecklistFailed) and self.on_checklist is not None:
            self.failed.emit(
                self.tr("Not yet: %n thing(s) to fix first (see the list).", "", len(exc.problems))
            )
            self.on_checklist(exc)
            return
        message = (
            error_text(exc)
            if isinstance(exc, TransitionError)
            else self.tr("The action failed: {}").format(exc)
        )
        self.failed.emit(message)
        box = message_box(self._parent, QMessageBox.Icon.Warning, self.tr("Not yet"), message)
        box.setObjectName("workflowRefusal")
        box.open()
