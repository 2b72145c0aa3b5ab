"""After a crash: a note of what was recovered and when.

While the workstation runs, ``session-running`` in the profile folder says so; a timer touches it every
:data:`HEARTBEAT_MS`, so its modification time is the last moment the app was known to be alive. A clean
close removes it. Found at start, it means the last session ended without closing (killed, crashed, power
lost): a non-modal bar above the window says which article was recovered, as saved when, and how long before
the app stopped (``Recovered 'Port floods' as saved at 14:02, 3 seconds before the app stopped.``).
"""

from __future__ import annotations

import contextlib
import logging
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QToolBar, QToolButton, QWidget

from editor_app.domain import Article

if TYPE_CHECKING:
    from editor_app.services import Services
    from editor_app.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)

MARKER = "session-running"
HEARTBEAT_MS = 2000


def recovery_text(article: Article | None, stopped_at: datetime) -> str:
    """The note's sentence (local times)."""
    stopped = stopped_at.astimezone().strftime("%H:%M")
    if article is None:
        return QCoreApplication.translate(
            "Recovery",
            "Editorial Workstation stopped unexpectedly at {0}; everything saved until then is here.",
        ).format(stopped)
    saved = article.updated_at.astimezone().strftime("%H:%M")
    gap = max(0, round((stopped_at - article.updated_at).total_seconds()))
    if gap < 120:
        seconds = gap
        text = QCoreApplication.translate(
            "Recovery", "Recovered “{0}” as saved at {1}, %n second(s) before the app stopped.", "", seconds
        )
        return text.format(article.title, saved)
    minutes = gap // 60
    text = QCoreApplication.translate(
        "Recovery", "Recovered “{0}” as saved at {1}, %n minute(s) before the app stopped.", "", minutes
    )
    return text.format(article.title, saved)


class SessionMarker(QObject):
    """The running marker of one profile: ``begin`` says whether the last session ended unclean (and when it
    was last alive), ``end`` removes the marker."""

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = root / MARKER
        self._timer = QTimer(self)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._beat)

    def begin(self) -> datetime | None:
        """Start this session's marker; the last sign of life of an unclean previous session, else None."""
        previous: datetime | None = None
        with contextlib.suppress(OSError):
            previous = datetime.fromtimestamp(self.path.stat().st_mtime, UTC)
        try:
            self.path.write_text(f"{os.getpid()}\n", encoding="utf-8")
        except OSError as exc:  # a read-only profile: nothing to recover into anyway
            log.info("no session marker: %s", exc)
            return previous
        self._timer.start()
        return previous

    def _beat(self) -> None:
        try:
            os.utime(self.path)
        except OSError:
            self._timer.stop()

    def end(self) -> None:
        self._timer.stop()
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            log.info("session marker not removed: %s", exc)


def recovery_bar(parent: QWidget, text: str) -> QToolBar:
    """A bar above the window with ``text`` and a close button (non-modal: the work goes on under it)."""
    bar = QToolBar(QCoreApplication.translate("Recovery", "Recovered after a crash"), parent)
    bar.setObjectName("recoveryBar")
    bar.setMovable(False)
    bar.setFloatable(False)
    label = QLabel(text, bar)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("recoveryBanner")
    label.setAccessibleName(
        QCoreApplication.translate("Recovery", "What was recovered after the app stopped")
    )
    label.setWordWrap(True)
    label.setStyleSheet("padding:6px;")
    bar.addWidget(label)
    close = QToolButton(bar)
    close.setObjectName("recoveryClose")
    close.setText("✕")
    close.setToolTip(QCoreApplication.translate("Recovery", "Close this note"))
    close.clicked.connect(bar.hide)
    bar.addWidget(close)
    return bar


class SessionWatch(QObject):
    """Begins the marker when the window gets its profile, ends it when the window closes."""

    def __init__(self, window: MainWindow, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self.marker = SessionMarker(services.paths.root, self)
        self.bar: QToolBar | None = None
        stopped_at = self.marker.begin()
        window.installEventFilter(self)
        if stopped_at is not None:
            self._note(services, stopped_at)

    def _note(self, services: Services, stopped_at: datetime) -> None:
        last = str(self._window.settings.value("session/lastArticle", "") or "")
        articles = services.articles

        def load() -> Article | None:
            return articles.get(last) if last else None

        def show(article: Article | None) -> None:
            text = recovery_text(article, stopped_at)
            log.warning("the last session ended without closing: %s", text)
            self.bar = recovery_bar(self._window, text)
            self._window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
            self._window.insertToolBarBreak(self.bar)
            self.bar.show()

        self._window.runner.run(load, show)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and watched is self._window:
            self.marker.end()
        return False
