"""Work that waits for the preview's first page (the last article's, loaded at start-up).

Chromium's browser side runs on the GUI thread: work queued there while the page loads (building the docks)
holds the page up, so the window runs it once the page has loaded, or after a limit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWebEngineCore import QWebEnginePage


class FirstLoad(QObject):
    """Whether ``page``'s first load has finished, and what waits for it."""

    def __init__(self, page: QWebEnginePage) -> None:
        super().__init__(page)
        self._page = page
        self.done = False
        page.loadFinished.connect(self._finished)

    def _finished(self) -> None:
        self._page.loadFinished.disconnect(self._finished)
        self.done = True

    def then(self, then: Callable[[], object], at_most_ms: int) -> None:
        """Run ``then`` once: when the first load has finished (at once if it has), or after ``at_most_ms``."""
        if self.done:
            QTimer.singleShot(0, then)
            return
        ran = False

        def run(*_: object) -> None:
            nonlocal ran
            if not ran:
                ran = True
                self._page.loadFinished.disconnect(run)
                QTimer.singleShot(0, then)  # after the load's own handlers

        self._page.loadFinished.connect(run)
        QTimer.singleShot(at_most_ms, self, run)
