"""The loupe (``photoLoupe``): the selected photo full-size over the panel. Arrow keys move to the next or
previous photo, the tagging keys work as in the grid, Esc (or Space) closes.

The original is decoded off the GUI thread, scaled to the screen (``QImageReader`` applies EXIF orientation);
the thumbnail stands in until it arrives.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QDialog, QLabel, QSizePolicy, QVBoxLayout, QWidget

from editor_app.domain import ArticlePhoto
from editor_app.ui.photos.models import tag_for_key
from editor_app.ui.photos.tiles import describe
from editor_app.ui.plain_text import plain
from editor_app.ui.task_runner import TaskRunner

MAX_ZOOM = 4
"""How many times the loupe may enlarge an original smaller than the window."""


def read_full(path: Path, fit: QSize) -> QImage | None:
    """The image at ``path`` upright and at most ``fit``; safe in a worker thread."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > fit.width() or size.height() > fit.height()):
        reader.setScaledSize(size.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


class Loupe(QDialog):
    step = Signal(int)
    """-1 (previous) or +1 (next) photo."""
    tagKey = Signal(str, object)
    """A tagging key pressed in the loupe (see ``models.tag_for_key``)."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoLoupe")
        self.setAccessibleName(self.tr("Photo at full size"))
        self.setWindowTitle(self.tr("Loupe"))
        self.runner = runner
        self._image: QImage | None = None
        self._photo_id = ""
        self._full = False
        self.picture = QLabel(self)
        self.picture.setObjectName("loupeImage")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setMinimumSize(200, 150)
        self.picture.setStyleSheet("background:#111")
        self.caption = plain(QLabel(self))
        self.caption.setObjectName("loupeCaption")
        self.caption.setWordWrap(True)
        self.position = plain(QLabel(self))
        self.position.setObjectName("loupePosition")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.position)
        screen = QGuiApplication.primaryScreen()
        area = screen.availableGeometry().size() if screen else QSize(1280, 800)
        self.resize(int(area.width() * 0.85), int(area.height() * 0.85))

    @property
    def photo_id(self) -> str:
        return self._photo_id

    @property
    def full_loaded(self) -> bool:
        """True once the original (not the thumbnail) is shown."""
        return self._full

    def show_photo(
        self, slot: ArticlePhoto, row: int, count: int, thumbnail: QImage | None, original: Path | None
    ) -> None:
        """Show ``slot`` (row ``row`` of ``count``): the thumbnail at once, the original when decoded."""
        self._photo_id, self._full = slot.photo.id, False
        self.caption.setText(describe(slot))
        self.position.setText(
            self.tr(
                "{0} of {1} · {2} × {3} px · ← → to move · 1–5 rate · 6–9 label · F featured · Esc closes"
            ).format(row + 1, count, slot.photo.width, slot.photo.height)
        )
        self._set_image(thumbnail)
        if original is None:
            return
        photo_id, fit = slot.photo.id, QSize(2560, 2560)

        def loaded(image: QImage | None) -> None:
            if image is not None and photo_id == self._photo_id:
                self._full = True
                self._set_image(image)

        self.runner.run(lambda: read_full(original, fit), loaded)

    def update_caption(self, slot: ArticlePhoto) -> None:
        if slot.photo.id == self._photo_id:
            self.caption.setText(describe(slot))

    def _set_image(self, image: QImage | None) -> None:
        self._image = image
        self._render()

    def _render(self) -> None:
        if self._image is None:
            self.picture.setText(self.tr("No image file for this photo"))
            return
        target = self.picture.size()
        if self._full:  # the original: never blown up more than MAX_ZOOM times (a tiny file stays honest)
            longest = max(self._image.width(), self._image.height(), 1)
            cap = MAX_ZOOM * longest
            target = target.boundedTo(QSize(cap, cap))
        self.picture.setPixmap(
            QPixmap.fromImage(self._image).scaled(
                target, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._render()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.step.emit(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp):
            self.step.emit(-1)
        else:
            tag = tag_for_key(event)
            if tag is None:
                super().keyPressEvent(event)  # Esc closes
            elif tag[0] == "loupe":
                self.close()
            else:
                self.tagKey.emit(*tag)
        event.accept()
