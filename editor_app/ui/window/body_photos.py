"""Photos meeting the body text: image files dropped on the text (inline photo tokens: ``ui/body/photo_tokens``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QPlainTextEdit

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp"})


class PhotoDropFilter(QObject):
    """Image files dropped on the body are imported as photos of the open article (other drops: as usual).

    ``add_photos`` receives the files; ``has_article`` says whether an article is open to take them. The
    filter belongs to ``owner`` (the window). It looks at the event type before anything else: while the
    window is torn down it still sees the viewport's last events, and must not touch the half-destroyed body.
    """

    def __init__(
        self,
        body: QPlainTextEdit,
        add_photos: Callable[[list[Path]], None],
        has_article: Callable[[], bool],
        owner: QObject,
    ) -> None:
        super().__init__(owner)
        self._viewport = body.viewport()
        self._add_photos = add_photos
        self._has_article = has_article
        self._viewport.installEventFilter(self)
        body.setAcceptDrops(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.Drop) and watched is self._viewport:
            assert isinstance(event, QDropEvent | QDragEnterEvent)
            files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
            images = [Path(f) for f in files if Path(f).suffix.lower() in IMAGE_SUFFIXES]
            if images and self._has_article():
                event.acceptProposedAction()
                if event.type() == QEvent.Type.Drop:
                    self._add_photos(images)
                return True
        return super().eventFilter(watched, event)
