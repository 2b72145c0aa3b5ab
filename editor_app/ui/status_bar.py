"""The status bar: workflow badge, word count, sync state and background progress."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QStatusBar, QWidget

from editor_app.domain import Article, Status
from editor_app.domain.article import reading_minutes, word_count
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


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.badge = QLabel(self)
        self.badge.setObjectName("statusBadge")
        self.badge.setAccessibleName("Workflow status")
        self.words = QLabel(self)
        self.words.setObjectName("wordCountLabel")
        self.words.setAccessibleName("Word count")
        self.sync = plain(QLabel(self))  # the site's name as typed (show_state switches to rich text)
        self.sync.setObjectName("syncStatus")
        self.sync.setAccessibleName("Sync status")
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

    def show_status_text(self, text: str) -> None:
        """How the workflow reads the shown article's status (an unconfirmed approval is not "Published")."""
        if text:
            self.badge.setText(f" {text} ")
            self.badge.setToolTip(f"Workflow status: {text}")

    def show_article(self, article: Article | None) -> None:
        if article is None:
            self.badge.setText("")
            self.badge.setToolTip("")
            self.words.setText("")
            return
        self._status = article.status
        self.badge.setText(f" {article.status.label} ")
        self._paint_badge()
        self.badge.setToolTip(f"Workflow status: {article.status.label}")
        self.show_words(article.body)

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
        """The body's word and character counts and reading time (after a typing pause, not per key)."""
        words = word_count(body)
        chars = len(body)
        minutes = reading_minutes(words)
        self.words.setText(f"{words:,} words · {chars:,} characters · {minutes} min read")

    def show_sync(self, pending: int, site: str | None = None) -> None:
        if site is None:
            text = "Local only" + (
                f" · {pending} change{'s' if pending != 1 else ''} not synced" if pending else ""
            )
            tip = "No publishing site is set up: everything is saved on this computer."
        else:
            text = f"{site}: {pending} pending" if pending else f"{site}: synced"
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
