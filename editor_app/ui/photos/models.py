"""The photo panel's parts: the list model (thumbnail tiles with featured, incomplete and GPS marks), the icon
view that reorders by drag and takes dropped files, and the ``=code=`` expander for text fields."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QIcon,
    QImage,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QPlainTextEdit, QWidget

from editor_app.domain import ArticlePhoto, Photo
from editor_app.services.photos import expand_codes, inline_markdown
from editor_app.ui.item_roles import Index
from editor_app.ui.plain_text import tip

PHOTO_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PHOTO_IDS_MIME = "application/x-editor-app-photo-ids"
TILE = 128


@dataclass(frozen=True, slots=True)
class PhotoItem:
    """A placed photo and its thumbnail (a QImage, loaded off the GUI thread)."""

    slot: ArticlePhoto
    thumbnail: QImage | None = None


def load_thumbnail(path: Path | None) -> QImage | None:
    """The thumbnail scaled to fit a tile; safe to call from a worker thread."""
    if path is None:
        return None
    image = QImage(str(path))
    if image.isNull():
        return None
    return image.scaled(
        TILE, TILE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def local_files(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []


def _badge(painter: QPainter, rect: QRect, text: str, colour: str) -> None:
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(rect, 5, 5)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def tile(item: PhotoItem) -> QImage:
    """The thumbnail centred on a square, with a star (featured), "!" (incomplete) and "GPS" marks."""
    canvas = QImage(TILE, TILE, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.fill(QColor(0, 0, 0, 0))
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    thumb = item.thumbnail
    if thumb is not None:
        painter.drawImage((TILE - thumb.width()) // 2, (TILE - thumb.height()) // 2, thumb)
    else:
        painter.fillRect(canvas.rect(), QColor("#d0d0d0"))
        painter.setPen(QColor("#505050"))
        painter.drawText(
            canvas.rect(),
            Qt.AlignmentFlag.AlignCenter,
            QCoreApplication.translate("PhotoList", "no image\nfile"),
        )
    font = QFont(painter.font())
    font.setBold(True)
    painter.setFont(font)
    photo = item.slot.photo
    if item.slot.featured:
        _badge(painter, QRect(2, 2, 24, 22), "★", "#c58a00")
    if photo.missing_for_publishing():
        _badge(painter, QRect(TILE - 26, 2, 24, 22), "!", "#c0392b")
    if photo.has_gps:
        _badge(painter, QRect(2, TILE - 24, 36, 22), "GPS", "#2c5aa0")
    painter.end()
    return canvas


def describe(slot: ArticlePhoto) -> str:
    """What the tooltip and screen readers say about a photo."""
    photo = slot.photo
    parts = [
        photo.caption_line()
        or photo.filename
        or QCoreApplication.translate("PhotoList", "Photo without caption")
    ]
    if slot.featured:
        parts.append(QCoreApplication.translate("PhotoList", "Featured photo."))
    missing = photo.missing_for_publishing()
    if missing:
        names = {
            "caption": QCoreApplication.translate("PhotoList", "caption"),
            "credit": QCoreApplication.translate("PhotoList", "credit"),
            "alt text": QCoreApplication.translate("PhotoList", "alt text"),
        }
        listed = QCoreApplication.translate("PhotoList", ", ").join(names.get(m, m) for m in missing)
        parts.append(QCoreApplication.translate("PhotoList", "Incomplete: no {}.").format(listed))
    if photo.has_gps:
        parts.append(
            QCoreApplication.translate(
                "PhotoList", "The original carries a GPS location (removed from what is published)."
            )
        )
    return "\n".join(parts)


class PhotoListModel(QAbstractListModel):
    """The article's photos in order. Dragging a photo out carries its id (and an inline Markdown image)."""

    orderChanged = Signal(list)
    """The photo ids in their new order after a move."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[PhotoItem] = []
        self._icons: dict[str, QIcon] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        photo = item.slot.photo
        if role == Qt.ItemDataRole.DisplayRole:
            return (photo.caption or photo.filename or self.tr("No caption")).split("\n")[0][:60]
        if role == Qt.ItemDataRole.DecorationRole:
            icon = self._icons.get(photo.id)
            if icon is None:
                icon = self._icons[photo.id] = QIcon(QPixmap.fromImage(tile(item)))
            return icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(describe(item.slot))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return describe(item.slot)
        if role == PHOTO_ID_ROLE:
            return photo.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return (
            base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base | Qt.ItemFlag.ItemIsDropEnabled
        )

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [PHOTO_IDS_MIME, "text/plain"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(PHOTO_IDS_MIME, "\n".join(self._items[r].slot.photo.id for r in rows).encode())
        mime.setText("\n\n".join(inline_markdown(self._items[r].slot.photo) for r in rows))
        return mime

    # the panel's API --------------------------------------------------------------------------------------
    def reset(self, items: Sequence[PhotoItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._icons.clear()
        self.endResetModel()

    def ids(self) -> list[str]:
        return [item.slot.photo.id for item in self._items]

    def row_of(self, photo_id: str) -> int:
        return next((i for i, item in enumerate(self._items) if item.slot.photo.id == photo_id), -1)

    def slot(self, row: int) -> ArticlePhoto:
        return self._items[row].slot

    def slots(self) -> list[ArticlePhoto]:
        return [item.slot for item in self._items]

    def replace_photo(self, photo: Photo) -> None:
        """Show edited metadata at once (the badges follow), before the database confirms."""
        row = self.row_of(photo.id)
        if row < 0:
            return
        item = self._items[row]
        self._items[row] = PhotoItem(
            ArticlePhoto(photo, item.slot.position, item.slot.featured), item.thumbnail
        )
        self._icons.pop(photo.id, None)
        self.dataChanged.emit(self.index(row), self.index(row))

    def move(self, photo_ids: Sequence[str], before_row: int) -> bool:
        """Move the photos to just before ``before_row`` (the end when it is out of range), keeping their order."""
        wanted = set(photo_ids)
        moving = [item for item in self._items if item.slot.photo.id in wanted]
        if not moving:
            return False
        later = [i.slot.photo.id for i in self._items[max(0, before_row) :] if i.slot.photo.id not in wanted]
        anchor = later[0] if later else None
        rest = [item for item in self._items if item.slot.photo.id not in wanted]
        at = next((i for i, item in enumerate(rest) if item.slot.photo.id == anchor), len(rest))
        order = rest[:at] + moving + rest[at:]
        if [i.slot.photo.id for i in order] == self.ids():
            return False
        self.beginResetModel()
        self._items = order
        self.endResetModel()
        self.orderChanged.emit(self.ids())
        return True


class PhotoListView(QListView):
    """Thumbnails in icon mode; drag to reorder, drop image files to import them."""

    filesDropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Snap)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWrapping(True)
        self.setIconSize(QSize(TILE, TILE))
        self.setGridSize(QSize(TILE + 20, TILE + 40))
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def _internal(self, event: QDropEvent | QDragMoveEvent) -> bool:
        return event.source() is self and event.mimeData().hasFormat(PHOTO_IDS_MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()) or self._internal(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event.mimeData()) or self._internal(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if self._internal(event):
            model = self.model()
            ids = bytes(event.mimeData().data(PHOTO_IDS_MIME).data()).decode().split("\n")
            target = self.indexAt(event.position().toPoint())
            row = target.row() if target.isValid() else model.rowCount()
            if isinstance(model, PhotoListModel):
                model.move(ids, row)
            event.setDropAction(Qt.DropAction.CopyAction)  # nothing for the view to remove afterwards
            event.accept()
        elif files:
            self.filesDropped.emit(files)
            event.acceptProposedAction()
        else:
            event.ignore()


class CodeExpander(QObject):
    """Typing ``=code=`` in a watched field replaces it with the saved text, keeping the cursor after it."""

    expanded = Signal(list)
    """The codes just used."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.codes: Mapping[str, str] = {}
        self._busy = False

    def watch(self, edit: QLineEdit | QPlainTextEdit) -> None:
        if isinstance(edit, QLineEdit):
            edit.textEdited.connect(lambda _text, e=edit: self._line(e))
        else:
            edit.textChanged.connect(lambda e=edit: self._plain(e))

    def _line(self, edit: QLineEdit) -> None:
        text = edit.text()
        new, used = expand_codes(text, self.codes)
        if used and not self._busy:
            tail = len(text) - edit.cursorPosition()
            edit.setText(new)
            edit.setCursorPosition(max(0, len(new) - tail))
            self.expanded.emit(used)

    def _plain(self, edit: QPlainTextEdit) -> None:
        if self._busy or "=" not in edit.toPlainText():
            return
        text = edit.toPlainText()
        new, used = expand_codes(text, self.codes)
        if not used:
            return
        cursor = edit.textCursor()
        tail = _utf16_len(text) - cursor.position()
        self._busy = True
        try:
            cursor.beginEditBlock()  # one undo step
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(new)
            cursor.endEditBlock()
            cursor.setPosition(max(0, _utf16_len(new) - tail))
            edit.setTextCursor(cursor)
        finally:
            self._busy = False
        self.expanded.emit(used)


def _utf16_len(text: str) -> int:
    """Qt counts positions in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2
