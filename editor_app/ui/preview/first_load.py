"""Work that waits for the preview's first page (the last article's, loaded at start-up).

Chromium's browser side runs on the GUI thread: work queued there while the page loads (building the docks)
holds the page up, so the window runs it once the page has loaded, or after a limit. Work that takes the
cores for long (opening the profile) waits until the page's frames are on screen as well.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWidgets import QWidget

SETTLED_MS = 50
"""A loaded page is on screen once its view has painted no new frame for this long (its first frames come
in two or three paints, ~10-25 ms apart)."""


class FirstLoad(QObject):
    """Whether ``page``'s first load has finished, and what waits for it (``view`` shows the page)."""

    def __init__(self, page: QWebEnginePage, view: QWidget) -> None:
        super().__init__(page)
        self._page = page
        self._view = view
        self._quiet: list[QTimer] = []  # one per ``then_on_screen`` waiting, its page loaded, for quiet
        self._watched: QWidget | None = None  # the widget whose paints they watch
        self.done = False
        page.loadFinished.connect(self._finished)

    def _finished(self) -> None:
        self._page.loadFinished.disconnect(self._finished)
        self.done = True

    def then(self, then: Callable[[], object], at_most_ms: int) -> None:
        """Run ``then`` once: when the first load has finished (at once if it has), or after ``at_most_ms``."""
        if self.done:
            QTimer.singleShot(0, self, then)
            return
        ran = False

        def run(*_: object) -> None:
            nonlocal ran
            if not ran:
                ran = True
                self._page.loadFinished.disconnect(run)
                QTimer.singleShot(0, self, then)  # after the load's own handlers

        self._page.loadFinished.connect(run)
        QTimer.singleShot(at_most_ms, self, run)

    def then_on_screen(self, then: Callable[[], object], at_most_ms: int) -> None:
        """Run ``then`` once: when the first load has finished and its frames are on screen (the view has
        painted since, then nothing new for ``SETTLED_MS``; at once quiet when it had loaded already), or after
        ``at_most_ms``."""
        quiet = QTimer(self)
        quiet.setSingleShot(True)
        quiet.setInterval(SETTLED_MS)
        loaded_before = self.done
        ran = False

        def run() -> None:
            nonlocal ran
            if not ran:
                ran = True
                quiet.stop()
                if quiet in self._quiet:
                    self._quiet.remove(quiet)
                quiet.deleteLater()
                if not self._quiet and self._watched is not None:  # no Python on each frame from now on
                    self._watched.removeEventFilter(self)
                    self._watched = None
                then()

        def loaded() -> None:
            if ran:
                return
            if self._watched is None:
                self._watched = self._view.focusProxy() or self._view  # Qt WebEngine's delegate paints
                self._watched.installEventFilter(self)
            self._quiet.append(quiet)  # each paint from now on starts its wait again
            if loaded_before:
                quiet.start()

        quiet.timeout.connect(run)
        self.then(loaded, at_most_ms)
        QTimer.singleShot(at_most_ms, self, run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            for quiet in self._quiet:
                quiet.start()  # a new frame: wait again
        return False
