"""Inline photos in the body editor: "Insert in text" writes a short token (``![alt](photo:3f2a)``), and
hovering a token shows the photo's thumbnail, caption and credit.

The article's photos come from ``photos`` (a callable: the preview's current list, which the window keeps
in step with the open article); ``thumbnail`` finds a photo's thumbnail file.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, SignalInstance
from PySide6.QtGui import QDropEvent, QHelpEvent, QPainter, QPaintEvent, QPixmap, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from editor_app.domain import Photo
from editor_app.render.photo_tokens import TOKEN, resolve, shorten, tokens_in

THUMB_WIDTH = 160
MARGIN = 64
"""The width of the margin beside the text where inline photos show as thumbnails."""


def insert_token(body: QPlainTextEdit, markdown: str) -> None:
    """Place an inline photo as its own paragraph: after the paragraph the cursor is in (never splitting it),
    or on the empty line the cursor is on, with blank lines around it."""
    cursor = body.textCursor()
    cursor.clearSelection()
    block = cursor.block()
    after = block.next()
    if block.text().strip():
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        text = f"\n\n{markdown}"
        if after.isValid() and after.text().strip():
            text += "\n\n"
    else:
        before = block.previous()
        prefix = "\n" if before.isValid() and before.text().strip() else ""
        suffix = "\n" if after.isValid() and after.text().strip() else ""
        text = f"{prefix}{markdown}{suffix}"
    cursor.insertText(text)
    body.setTextCursor(cursor)
    body.setFocus()


class InlinePhotos(QObject):
    """Writes inline photos as short tokens and explains them on hover; owned by the body editor."""

    def __init__(
        self,
        body: QPlainTextEdit,
        photos: Callable[[], Sequence[Photo]],
        thumbnail: Callable[[Photo], Path | None],
    ) -> None:
        super().__init__(body)
        self.body = body
        self.photos = photos
        """The open article's photos (a callable: read when needed)."""
        self.thumbnail = thumbnail
        self._viewport = body.viewport()
        self._viewport.installEventFilter(self)
        self.margin = PhotoMargin(self)
        self._refresh = QTimer(self, singleShot=True, interval=300)
        self._refresh.timeout.connect(self.margin.refresh)

    def follow(self, *signals: SignalInstance) -> None:
        """Refresh the margin (a moment later) when any of ``signals`` says the article or its photos changed."""
        for signal in signals:
            signal.connect(lambda *_: self._refresh.start())

    def short(self, markdown: str) -> str:
        """``markdown`` (as the photo panel writes it, full id and caption) as short tokens."""
        ids = [p.id for p in self.photos()]
        ids += [m.group("ref") for m in TOKEN.finditer(markdown) if len(m.group("ref")) == 36]
        return shorten(markdown, list(dict.fromkeys(ids)))

    def insert(self, markdown: str) -> None:
        """ "Insert in text": the short token at the cursor, as its own paragraph."""
        insert_token(self.body, self.short(markdown))

    def photo_at(self, line: str, column: int) -> Photo | None:
        """The photo whose token covers ``column`` of ``line``, if one of the article's photos."""
        photos = {p.id: p for p in self.photos()}
        for token in tokens_in(line):
            if token.start <= column <= token.end:
                photo_id = resolve(token.ref, photos)
                return photos.get(photo_id) if photo_id else None
        return None

    def tooltip_html(self, photo: Photo) -> str:
        parts: list[str] = []
        thumb = self.thumbnail(photo)
        if thumb is not None:
            parts.append(f"<img src='{html.escape(thumb.resolve().as_uri())}' width='{THUMB_WIDTH}'><br>")
        caption = photo.caption.strip() or self.tr("(no caption)")
        credit = photo.credit.strip() or self.tr("(no credit)")
        parts.append(f"<b>{html.escape(caption)}</b><br>{html.escape(credit)}")
        if photo.filename:
            parts.append(f"<br><small>{html.escape(photo.filename)}</small>")
        return "".join(parts)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ToolTip and watched is self._viewport:
            assert isinstance(event, QHelpEvent)
            cursor = self.body.cursorForPosition(event.pos())
            photo = self.photo_at(cursor.block().text(), cursor.positionInBlock())
            if photo is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_html(photo), self._viewport)
                return True
            QToolTip.hideText()
        elif kind == QEvent.Type.Drop and watched is self._viewport:
            assert isinstance(event, QDropEvent)
            mime = event.mimeData()
            if mime.hasText() and not mime.hasUrls() and "](photo:" in mime.text():
                cursor = self.body.cursorForPosition(event.position().toPoint())
                self.body.setTextCursor(cursor)
                self.insert(mime.text())
                event.acceptProposedAction()
                return True
        return super().eventFilter(watched, event)


class PhotoMargin(QWidget):
    """A margin at the right of the body editor: beside each line holding an inline photo token, the photo's
    thumbnail (``photoMargin``). It takes room only while the open article has photos."""

    def __init__(self, inline: InlinePhotos) -> None:
        body = inline.body
        super().__init__(body)
        self.setObjectName("photoMargin")
        self.setAccessibleName(self.tr("Inline photos beside the text"))
        self._inline = inline
        self._body = body
        self._pixmaps: dict[str, QPixmap] = {}
        self._width = 0
        body.updateRequest.connect(self._update_request)
        body.installEventFilter(self)
        self.refresh()

    def refresh(self) -> None:
        """The article's photos changed: take room (or give it back) and repaint."""
        width = MARGIN if self._inline.photos() else 0
        if width != self._width:
            self._width = width
            self._body.setViewportMargins(0, 0, width, 0)
            self._place()
        self.setVisible(bool(width))
        self.update()

    def thumbnails(self) -> list[tuple[int, str]]:
        """(y, photo id) of each thumbnail shown now, top to bottom (for tests and accessibility)."""
        shown: list[tuple[int, str]] = []
        body = self._body
        block = body.firstVisibleBlock()
        offset = body.contentOffset()
        height = body.viewport().height()
        while block.isValid():
            top = int(body.blockBoundingGeometry(block).translated(offset).top())
            if top > height:
                break
            if block.isVisible() and "](photo:" in block.text():
                photo = self._inline.photo_at(block.text(), block.text().index("](photo:"))
                if photo is not None:
                    shown.append((top, photo.id))
            block = block.next()
        return shown

    def _pixmap(self, photo: Photo) -> QPixmap | None:
        if photo.id not in self._pixmaps:
            path = self._inline.thumbnail(photo)
            pixmap = QPixmap(str(path)) if path is not None else QPixmap()
            side = MARGIN - 8
            self._pixmaps[photo.id] = (
                pixmap.scaled(
                    side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
                if not pixmap.isNull()
                else pixmap
            )
        pixmap = self._pixmaps[photo.id]
        return None if pixmap.isNull() else pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        photos = {p.id: p for p in self._inline.photos()}
        for top, photo_id in self.thumbnails():
            pixmap = self._pixmap(photos[photo_id])
            if pixmap is not None:
                painter.drawPixmap(4, top + 2, pixmap)
        painter.end()

    def _update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self.scroll(0, dy)
        self.update()

    def _place(self) -> None:
        area = self._body.contentsRect()
        scroll = self._body.verticalScrollBar()
        bar = scroll.width() if scroll.isVisible() else 0
        self.setGeometry(area.right() - bar - self._width + 1, area.top(), self._width, area.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._body and event.type() == QEvent.Type.Resize:
            self._place()
        return False
