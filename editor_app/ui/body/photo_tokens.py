"""Inline photos in the body editor: "Insert in text" writes a short token (``![alt](photo:3f2a)``), and
hovering a token shows the photo's thumbnail, caption and credit.

The article's photos come from ``photos`` (a callable: the preview's current list, which the window keeps
in step with the open article); ``thumbnail`` finds a photo's thumbnail file.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDropEvent, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip

from editor_app.domain import Photo
from editor_app.render.photo_tokens import TOKEN, resolve, shorten, tokens_in

THUMB_WIDTH = 160


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
        self._body = body
        self._photos = photos
        self._thumbnail = thumbnail
        self._viewport = body.viewport()
        self._viewport.installEventFilter(self)

    def short(self, markdown: str) -> str:
        """``markdown`` (as the photo panel writes it, full id and caption) as short tokens."""
        ids = [p.id for p in self._photos()]
        ids += [m.group("ref") for m in TOKEN.finditer(markdown) if len(m.group("ref")) == 36]
        return shorten(markdown, list(dict.fromkeys(ids)))

    def insert(self, markdown: str) -> None:
        """ "Insert in text": the short token at the cursor, as its own paragraph."""
        insert_token(self._body, self.short(markdown))

    def photo_at(self, line: str, column: int) -> Photo | None:
        """The photo whose token covers ``column`` of ``line``, if one of the article's photos."""
        photos = {p.id: p for p in self._photos()}
        for token in tokens_in(line):
            if token.start <= column <= token.end:
                photo_id = resolve(token.ref, photos)
                return photos.get(photo_id) if photo_id else None
        return None

    def tooltip_html(self, photo: Photo) -> str:
        parts: list[str] = []
        thumb = self._thumbnail(photo)
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
            cursor = self._body.cursorForPosition(event.pos())
            photo = self.photo_at(cursor.block().text(), cursor.positionInBlock())
            if photo is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_html(photo), self._viewport)
                return True
            QToolTip.hideText()
        elif kind == QEvent.Type.Drop and watched is self._viewport:
            assert isinstance(event, QDropEvent)
            mime = event.mimeData()
            if mime.hasText() and not mime.hasUrls() and "](photo:" in mime.text():
                cursor = self._body.cursorForPosition(event.position().toPoint())
                self._body.setTextCursor(cursor)
                self.insert(mime.text())
                event.acceptProposedAction()
                return True
        return super().eventFilter(watched, event)
