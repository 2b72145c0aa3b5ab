"""The status bar: workflow badge, word count, sync state and background progress."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, SignalInstance
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QStatusBar, QWidget

from editor_app.domain import Article, Status
from editor_app.domain.article import reading_minutes, word_count
from editor_app.ui.labels import status_label
from editor_app.ui.plain_text import plain
from editor_app.ui.plain_text import tip as plain_tip
from editor_app.ui.theme import tone

BADGE_TONES = {
    Status.DRAFT: "muted",
    Status.RETURNED: "warning",
    Status.SUBMITTED: "info",
    Status.IN_REVIEW: "info",
    Status.APPROVED: "success",
    Status.SCHEDULED: "accent",
    Status.PUBLISHED: "success",
    Status.KILLED: "error",
    Status.ARCHIVED: "archive",
}
"""The badge's colour per status, as a tone of ``ui/theme.py`` (light on a light palette, bright on a dark one)."""


ERROR_MS = 8000
"""How long an error stays in the status bar, unless a later message or a success replaces it first."""
NOTE_MS = 5000


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._error = ""
        self.target = 0
        """The article's length target in words (0: none), shown as progress beside the count."""
        self._body = ""
        self.messageChanged.connect(self._message_changed)
        self.badge = QLabel(self)
        self.badge.setObjectName("statusBadge")
        self.badge.setAccessibleName(self.tr("Workflow status"))
        self.words = QLabel(self)
        self.words.setObjectName("wordCountLabel")
        self.words.setAccessibleName(self.tr("Word count"))
        self.sync = plain(QLabel(self))  # the site's name as typed (show_state switches to rich text)
        self.sync.setObjectName("syncStatus")
        self.sync.setAccessibleName(self.tr("Sync status"))
        self.progress = QProgressBar(self)
        self.progress.setObjectName("backgroundProgress")
        self.progress.setMaximumWidth(180)
        self.progress.hide()
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.words)
        self.addPermanentWidget(self.sync)
        self.addPermanentWidget(self.badge)
        self._status: Status | None = None
        self.show_article(None)

    # messages: the newest replaces the last; an error expires, and a later success clears it ------------
    def show_error(self, message: str) -> None:
        self._error = message
        self.showMessage(message, ERROR_MS)

    def show_note(self, message: str) -> None:
        self.showMessage(message, NOTE_MS)

    def clear_error(self, *_: object) -> None:
        """A later success: the error it answers (if still shown) goes."""
        if self._error and self.currentMessage() == self._error:
            self.clearMessage()
        self._error = ""

    def follow_successes(self, *signals: SignalInstance) -> None:
        for signal in signals:
            signal.connect(self.clear_error)

    def _message_changed(self, message: str) -> None:
        if message != self._error:
            self._error = ""

    def show_status_text(self, text: str) -> None:
        """How the workflow reads the shown article's status (an unconfirmed approval is not "Published")."""
        if text:
            self.badge.setText(f" {text} ")
            self.badge.setToolTip(self.tr("Workflow status: {}").format(text))

    def show_article(self, article: Article | None) -> None:
        if article is None:
            self.badge.setText("")
            self.badge.setToolTip("")
            self.words.setText("")
            return
        self._status = article.status
        self.badge.setText(f" {status_label(article.status)} ")
        self._paint_badge()
        self.badge.setToolTip(self.tr("Workflow status: {}").format(status_label(article.status)))
        self.show_words(article.body)

    def set_target(self, words: int) -> None:
        self.target = max(0, words)
        self.show_words(self._body)

    def _paint_badge(self) -> None:
        if self._status is None:
            return
        text = QApplication.palette().color(QPalette.ColorRole.Base).name()
        self.badge.setStyleSheet(
            f"color:{text};background:{tone(BADGE_TONES[self._status]).name()};"
            "border-radius:8px;padding:1px 8px;font-weight:bold;"
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self._paint_badge()

    def show_words(self, body: str) -> None:
        """The body's word and character counts and reading time (after a typing pause, not per key), with
        the progress towards the length target when there is one (``412 / 600 words``)."""
        self._body = body
        words = word_count(body)
        chars = len(body)
        minutes = reading_minutes(words)
        if self.target:
            self.words.setText(
                self.tr("{0} / %Ln word(s) · {1} · {2}", "", self.target).format(
                    f"{words:,}", self.tr("%Ln character(s)", "", chars), self.tr("%n min read", "", minutes)
                )
            )
            self.words.setToolTip(
                self.tr("{0}% of the length the desk asked for").format(round(100 * words / self.target))
            )
            return
        counts = (
            self.tr("%Ln word(s)", "", words),
            self.tr("%Ln character(s)", "", chars),
            self.tr("%n min read", "", minutes),
        )
        self.words.setText(" · ".join(counts))
        self.words.setToolTip("")

    def show_sync(self, pending: int, site: str | None = None) -> None:
        if site is None:
            text = (
                self.tr("Local only · %n change(s) not synced", "", pending)
                if pending
                else self.tr("Local only")
            )
            tip = self.tr("No publishing site is set up: everything is saved on this computer.")
        else:
            text = (
                self.tr("{}: %n pending", "", pending).format(site)
                if pending
                else self.tr("{}: synced").format(site)
            )
            tip = text
        self.sync.setTextFormat(Qt.TextFormat.PlainText)
        self.sync.setText(text)
        self.sync.setToolTip(plain_tip(tip))

    def show_progress(self, done: int, total: int, label: str = "") -> None:
        if total <= 0 or done >= total:
            self.progress.hide()
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(f"{label} %v/%m" if label else "%v/%m")
        self.progress.show()
