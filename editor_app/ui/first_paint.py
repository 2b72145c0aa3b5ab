"""Work that waits for a window's first frame: started before it, it would take the interpreter from it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], object], at_most_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then: Callable[[], object] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(at_most_ms, self, self._run)  # a window that never paints (minimised, hidden)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._run)  # once this paint is done (and flushed to the screen)
        return False

    def _run(self) -> None:
        if self._then is not None:
            then, self._then = self._then, None
            self._widget.removeEventFilter(self)
            self.deleteLater()
            then()


def after_first_paint(widget: QWidget, then: Callable[[], object], at_most_ms: int = 1000) -> None:
    """Run ``then`` once: just after ``widget``'s next paint (its first, when it is not shown yet), or after
    ``at_most_ms`` when it has not painted by then."""
    _FirstPaint(widget, then, at_most_ms)


class _AfterPaints(QObject):
    def __init__(self, parent: QObject, then: Callable[[], object]) -> None:
        super().__init__(parent)
        self._then = then

    def event(self, event: QEvent) -> bool:
        if event.type() != QEvent.Type.User:
            return super().event(event)
        self.deleteLater()
        self._then()
        return True


def after_pending_paints(parent: QObject, then: Callable[[], object]) -> None:
    """Run ``then`` once the repaints already asked for (``update()``) are painted: Qt posts them at low
    priority, behind every normal event (a zero timer among them), so ``then`` is posted behind them at the same
    priority. Nothing runs if ``parent`` is deleted first."""
    QCoreApplication.postEvent(
        _AfterPaints(parent, then), QEvent(QEvent.Type.User), Qt.EventPriority.LowEventPriority.value
    )
