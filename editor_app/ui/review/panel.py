"""The desk's review panel (``reviewPanel``): the queue of submitted articles (newest first, who and when), the
word-level diff against the last version the desk saw, the publish checklist, the threaded editorial notes, and
Approve / Return. In photo-editor mode the queue lists articles whose photos are missing or incomplete."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from editor_app.domain import Role, Status, TransitionError
from editor_app.domain.workflow import allowed_transitions
from editor_app.services.changes import Changes
from editor_app.ui.core_text import error_text
from editor_app.ui.labels import local_time
from editor_app.ui.plain_text import inform, message_box, tip
from editor_app.ui.review.panel_layout import arrange
from editor_app.ui.review.queue_table import QueueTable
from editor_app.ui.review.review_html import checklist_html, diff_section_html, review_header_html
from editor_app.ui.review.workflow_bar import ApproveDialog, ReturnDialog
from editor_app.ui.task_runner import TaskRunner
from editor_app.ui.theme import text_style

if TYPE_CHECKING:
    from collections.abc import Callable

    from editor_app.services.review import PhotoQueueItem, QueueItem, ReviewService, ReviewView
    from editor_app.services.workflow import ChecklistFailed, WorkflowService

DESK_MODE, PHOTO_MODE = "desk", "photos"


class ReviewPanel(QWidget):
    """``changed`` carries the Changes of a take, an approval, a return or a note; ``openRequested`` an article
    id ("Open in editor"); ``showRequested`` the id of the article chosen in the desk's queue, for the window to
    show in its preview. Choosing only reads: taking it for review is the explicit Take (button, Enter or a
    double-click on the row)."""

    changed = Signal(object)
    openRequested = Signal(str)
    showRequested = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.setAccessibleName(self.tr("Desk review"))
        self._runner = runner
        self.review: ReviewService | None = None
        self.workflow: WorkflowService | None = None
        self.role = Role.DESK
        self.view: ReviewView | None = None
        self.on_checklist: Callable[[ChecklistFailed], None] | None = None
        """Shows a checklist refusal as a list (``ui/review/refusals.py``)."""

        self.mode = QComboBox(self)
        self.mode.setObjectName("reviewQueueMode")
        self.mode.addItem(self.tr("Submitted to the desk"), DESK_MODE)
        self.mode.addItem(self.tr("Photos missing or incomplete"), PHOTO_MODE)
        self.mode.setAccessibleName(self.tr("Which queue"))
        self.queue = QueueTable(self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("reviewRefreshButton")

        self.header = QLabel(self)
        self.header.setObjectName("reviewHeader")
        self.header.setWordWrap(True)
        self.diff = QTextBrowser(self)
        self.diff.setObjectName("reviewDiff")
        self.diff.setAccessibleName(self.tr("Changes since you last saw this article"))
        self.diff.setOpenLinks(False)
        self.checklist = QLabel(self)
        self.checklist.setObjectName("reviewChecklist")
        self.checklist.setWordWrap(True)
        self.comments = QTreeWidget(self)
        self.comments.setObjectName("reviewComments")
        self.comments.setHeaderLabels([self.tr("Note"), self.tr("By"), self.tr("When")])
        self.comments.setAccessibleName(self.tr("Editorial notes (never published)"))
        header = self.comments.header()  # the note takes the room; who and when only what they need
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("reviewNoteEdit")
        self.note_edit.setPlaceholderText(self.tr("Write a note for the newsroom (never published)…"))
        self.note_edit.setMaximumHeight(64)
        self.add_note = QPushButton(self.tr("Add note"), self)
        self.add_note.setObjectName("reviewAddNoteButton")
        self.reply = QPushButton(self.tr("Reply to selected"), self)
        self.reply.setObjectName("reviewReplyButton")
        self.take_button = QPushButton(self.tr("Take for review"), self)
        self.take_button.setObjectName("reviewTakeButton")
        self.take_button.setToolTip(
            self.tr("Take this article for review (also Enter or a double-click in the queue)")
        )
        self.open_button = QPushButton(self.tr("Open in editor"), self)
        self.open_button.setObjectName("reviewOpenButton")
        self.approve = QPushButton(self.tr("Approve…"), self)
        self.approve.setObjectName("reviewApproveButton")
        self.return_button = QPushButton(self.tr("Return to reporter…"), self)
        self.return_button.setObjectName("reviewReturnButton")

        self.splitter = arrange(self)

        self.mode.currentIndexChanged.connect(lambda _: self._switched())
        self.refresh_button.clicked.connect(self.reload)
        self.queue.currentItemChanged.connect(lambda item, _: self._chosen(self.queue.article_id(item)))
        self.queue.itemActivated.connect(lambda item, _: self._take(item))
        self.take_button.clicked.connect(lambda: self._take(self.queue.currentItem()))
        self.add_note.clicked.connect(lambda: self._note(None))
        self.reply.clicked.connect(self._reply)
        self.approve.clicked.connect(self._approve)
        self.return_button.clicked.connect(self._return)
        self.open_button.clicked.connect(self._open)
        self._show(None)

    # wiring -------------------------------------------------------------------------------------------------
    def attach(self, review: ReviewService, workflow: WorkflowService, role: Role) -> None:
        self.review, self.workflow = review, workflow
        self._runner.changesApplied.connect(self.apply_changes)
        self.set_role(role)

    def set_role(self, role: Role) -> None:
        """The photo editor starts in the photo queue; approve and return are the desk's."""
        self.role = role
        self._show(None)
        self.mode.setCurrentIndex(1 if role is Role.PHOTO_EDITOR else 0)
        self.reload()

    def _switched(self) -> None:
        self._show(None)
        self.reload()

    def apply_changes(self, changes: Changes, initiator: object | None = None) -> None:
        """Another part of the app (or a sync) changed articles: the queue reloads, and the shown article
        too when it was touched (its status decides whether Approve and Return are offered)."""
        if self in (changes.origin, initiator) or self.review is None:
            return
        self.reload()
        if self.view is not None and changes.touches(self.view.article.id):
            self._reopen(self.view.article.id)

    def _reopen(self, article_id: str) -> None:
        review = self.review
        if review is None:
            return

        def shown(view: ReviewView | None) -> None:
            if self.view is not None and self.view.article.id == article_id:
                self._show(view)

        self._runner.write(lambda: review.open(article_id), shown, self._failed)

    # loading ------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        review = self.review
        if review is None:
            return
        photo_mode = self.mode.currentData() == PHOTO_MODE
        load = review.photo_queue if photo_mode else review.queue
        self._runner.run(load, self._fill)

    def _fill(self, items: list[QueueItem] | list[PhotoQueueItem]) -> None:
        photo_mode = self.mode.currentData() == PHOTO_MODE
        if photo_mode != self.queue.photo_mode:
            self.queue.show_photo_columns() if photo_mode else self.queue.show_desk_columns()
        self.queue.fill(items, self.queue.article_id(self.queue.currentItem()))
        if self.queue.count() == 0:
            self._show(None)

    def _chosen(self, article_id: str | None) -> None:
        """Show the chosen article's review (and, through ``showRequested``, its page): nothing changes on the
        site; the desk's own record of what it has read is kept for the next diff."""
        review = self.review
        if article_id is None or review is None:
            return
        if self.mode.currentData() == PHOTO_MODE:
            self.openRequested.emit(article_id)
            return
        self.showRequested.emit(article_id)

        def shown(view: ReviewView | None) -> None:
            current = self.queue.article_id(self.queue.currentItem())
            if current in (None, article_id):  # the user has not moved on meanwhile
                self._show(view)

        self._runner.write(lambda: review.open(article_id), shown, self._failed)

    def _take(self, row: QTreeWidgetItem | None) -> None:
        """Take the row's submitted article for review (submitted → in review): from then on its text changes
        through the desk. Enter or a double-click on a row the desk has already taken does nothing."""
        workflow, role, article_id = self.workflow, self.role, self.queue.article_id(row)
        if article_id is None or workflow is None or self.mode.currentData() == PHOTO_MODE:
            return
        if role is not Role.DESK or self.queue.status(row) != Status.SUBMITTED.value:
            return
        self._runner.write(
            lambda: workflow.apply(article_id, "take", role, origin=self), self._done, self._failed
        )

    def _show(self, view: ReviewView | None) -> None:
        self.view = view
        desk = self.role is Role.DESK
        for widget in (self.add_note, self.reply, self.open_button, self.note_edit):
            widget.setEnabled(view is not None)
        allowed = {t.name for t in allowed_transitions(view.article.status, self.role)} if view else set()
        self.take_button.setEnabled(desk and "take" in allowed)
        self.approve.setEnabled(desk and "approve" in allowed)
        self.return_button.setEnabled(desk and "return" in allowed)
        self.comments.clear()
        if view is None:
            self.header.setText("<p>{}</p>".format(self.tr("Choose an article in the queue to review it.")))
            self.diff.setHtml("")
            self.checklist.setText("")
            return
        self.header.setText(review_header_html(view))
        self.diff.setHtml(diff_section_html(view))
        self.checklist.setText(checklist_html(view))
        parents: dict[str, QTreeWidgetItem] = {}
        for _depth, comment in view.comments:
            when = local_time(comment.at, "dd MMM HH:mm")
            row = QTreeWidgetItem([comment.text, comment.author, when])
            row.setData(0, Qt.ItemDataRole.UserRole, comment.id)
            row.setToolTip(0, tip(comment.text))
            parent = parents.get(comment.reply_to or "")
            if parent is not None:
                parent.addChild(row)
            else:
                self.comments.addTopLevelItem(row)
            parents[comment.id] = row
        self.comments.expandAll()

    # actions ------------------------------------------------------------------------------------------------
    def _note(self, reply_to: str | None) -> None:
        review, view, text = self.review, self.view, self.note_edit.toPlainText()
        if review is None or view is None or not text.strip():
            return
        article_id = view.article.id

        def done(result: object) -> None:
            self.note_edit.clear()
            self._chosen(self.queue.article_id(self.queue.currentItem()))

        self._runner.write(
            lambda: review.comment(article_id, text, reply_to=reply_to, origin=self),
            done,
            self._failed,
        )

    def _reply(self) -> None:
        selected = self.comments.currentItem()
        if selected is not None:
            self._note(str(selected.data(0, Qt.ItemDataRole.UserRole)))

    def _open(self) -> None:
        if self.view is not None:
            self.openRequested.emit(self.view.article.id)

    def _approve(self) -> None:
        workflow, view = self.workflow, self.view
        if workflow is None or view is None:
            return
        dialog = ApproveDialog(view.article, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        at, article_id, role = dialog.publish_at(), view.article.id, self.role
        self._runner.write(
            lambda: workflow.approve(article_id, role, at=at, origin=self),
            self._done,
            self._failed,
        )

    def _return(self) -> None:
        workflow, view = self.workflow, self.view
        if workflow is None or view is None:
            return
        dialog = ReturnDialog(view.article, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        note, article_id, role = dialog.note.toPlainText(), view.article.id, self.role
        self._runner.write(
            lambda: workflow.apply(article_id, "return", role, note=note, origin=self),
            self._done,
            self._failed,
        )

    def _done(self, changes: Changes) -> None:
        self.changed.emit(changes)
        self.reload()
        if self.view is not None:
            self._reopen(self.view.article.id)

    def _failed(self, exc: BaseException) -> None:
        from editor_app.services.workflow import ChecklistFailed, TextChangedSinceReview

        if isinstance(exc, ChecklistFailed) and self.on_checklist is not None:
            self.on_checklist(exc)
            return
        if isinstance(exc, TextChangedSinceReview):
            self.diff.setHtml(
                f"<p style='{text_style('error')}'><b>{html.escape(error_text(exc))}</b></p>{exc.diff_html}"
            )
            self._chosen(
                self.queue.article_id(self.queue.currentItem())
            )  # reopens the review at the new text
            inform(self, self.tr("The text changed"), error_text(exc))
            return
        message = (
            error_text(exc)
            if isinstance(exc, (TransitionError, ValueError, LookupError))
            else self.tr("Failed: {}").format(exc)
        )
        box = message_box(self, QMessageBox.Icon.Warning, self.tr("Not done"), message)
        box.setObjectName("reviewRefusal")
        box.open()
