"""Progress reported from a worker thread, delivered on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ProgressRelay(QObject):
    progressed = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        """Callable from any thread: Qt queues the signal to the relay's (GUI) thread."""
        self.progressed.emit(done, total)
