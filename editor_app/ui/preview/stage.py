"""The stage of the preview: the web view at the chosen width, centred on a backdrop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtGui import QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from editor_app.ui.preview.widths import PreviewWidth, fit
from editor_app.ui.theme import backdrop

if TYPE_CHECKING:
    from PySide6.QtWebEngineWidgets import QWebEngineView


class Stage(QWidget):
    """Holds the view at the chosen width, centred on a grey backdrop, zoomed out when it does not fit. It is
    placed once a turn's sizes have settled: the stage passes through several widths as the window is laid out,
    and each, sent to Chromium with its zoom, could reach the screen as a frame of the page at a passing size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: QWebEngineView | None = None
        self.mode = PreviewWidth.DESKTOP
        self._place_due = False
        self.setAutoFillBackground(True)
        self._paint_backdrop()

    def _paint_backdrop(self) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, backdrop())
        self.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changed = event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
        if changed and self.palette().color(QPalette.ColorRole.Window) != backdrop():
            self._paint_backdrop()

    def set_view(self, view: QWebEngineView) -> None:
        self.view = view
        view.setParent(self)
        self._place_soon()
        view.show()

    def set_mode(self, mode: PreviewWidth) -> None:
        self.mode = mode
        self._place_soon()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_soon()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown with the window, its size is final for this layout: placed at once, so the page's first frame
        (it may be loading already) is at its width and zoom, before what the event loop has queued runs."""
        super().showEvent(event)
        self._place()

    def _place_soon(self) -> None:
        if not self._place_due:
            self._place_due = True
            QTimer.singleShot(0, self, self._place)

    def _place(self) -> None:
        self._place_due = False
        if self.view is None:
            return
        width, zoom = fit(self.mode, self.width())
        if abs(self.view.zoomFactor() - zoom) > 1e-3:
            self.view.setZoomFactor(zoom)  # before the size: no frame at the new size with the old zoom
        self.view.setGeometry((self.width() - width) // 2, 0, width, self.height())

    def sizeHint(self) -> QSize:
        return QSize(PreviewWidth.PHONE.css_width, 400)
