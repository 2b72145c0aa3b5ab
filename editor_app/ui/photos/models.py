"""The photo panel's parts: the list model, the zoomable icon view (painted by ``tiles.TileDelegate``) that
reorders by drag, takes dropped files and the tagging keys, and the ``=code=`` expander for text fields."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QPlainTextEdit, QWidget

from editor_app.domain import ArticlePhoto, Photo
from editor_app.domain.photo import COLOUR_LABELS
from editor_app.services.photos import expand_codes, inline_markdown
from editor_app.ui.item_roles import Index
from editor_app.ui.photos.tiles import SLOT_ROLE, THUMBNAIL_ROLE, TileDelegate, cell_size, describe
from editor_app.ui.plain_text import tip

PHOTO_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PHOTO_IDS_MIME = "application/x-editor-app-photo-ids"
TILE = 128
"""The thumbnails' side at first (the zoom changes it between MIN_TILE and MAX_TILE)."""
MIN_TILE, MAX_TILE, TILE_STEP = 64, 320, 16


@dataclass(frozen=True, slots=True)
class PhotoItem:
    """A placed photo and its thumbnail (a QImage, loaded off the GUI thread)."""

    slot: ArticlePhoto
    thumbnail: QImage | None = None


def load_thumbnail(path: Path | None) -> QImage | None:
    """The stored thumbnail (at most ``MAX_TILE`` a side); safe to call from a worker thread."""
    if path is None:
        return None
    image = QImage(str(path))
    if image.isNull():
        return None
    if max(image.width(), image.height()) <= MAX_TILE:
        return image
    return image.scaled(
        MAX_TILE, MAX_TILE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def local_files(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []


def tag_for_key(event: QKeyEvent) -> tuple[str, object] | None:
    """The photo editor's tagging keys: 1-5 rate (0 clears), 6-9 colour labels, F featured, Space the loupe.
    Returns ``("rating", n)``, ``("label", name)``, ``("featured", None)``, ``("loupe", None)`` or None."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
        return None
    text = event.text()
    if text.isdigit() and len(text) == 1 and mods == Qt.KeyboardModifier.NoModifier:
        digit = int(text)
        return ("rating", digit) if digit <= 5 else ("label", COLOUR_LABELS[digit - 6])
    if event.key() == Qt.Key.Key_F and mods == Qt.KeyboardModifier.NoModifier:
        return ("featured", None)
    if event.key() == Qt.Key.Key_Space:
        return ("loupe", None)
    return None


class PhotoListModel(QAbstractListModel):
    """The article's photos in order. Dragging a photo out carries its id (and an inline Markdown image)."""

    orderChanged = Signal(list)
    """The photo ids in their new order after a move."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[PhotoItem] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        photo = item.slot.photo
        if role == Qt.ItemDataRole.DisplayRole:
            return (photo.caption or photo.filename or "No caption").split("\n")[0][:60]
        if role == SLOT_ROLE:
            return item.slot
        if role == THUMBNAIL_ROLE:
            return item.thumbnail
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
        self.endResetModel()

    def ids(self) -> list[str]:
        return [item.slot.photo.id for item in self._items]

    def row_of(self, photo_id: str) -> int:
        return next((i for i, item in enumerate(self._items) if item.slot.photo.id == photo_id), -1)

    def slot(self, row: int) -> ArticlePhoto:
        return self._items[row].slot

    def slots(self) -> list[ArticlePhoto]:
        return [item.slot for item in self._items]

    def photo(self, photo_id: str) -> Photo | None:
        row = self.row_of(photo_id)
        return self._items[row].slot.photo if row >= 0 else None

    def thumbnail(self, row: int) -> QImage | None:
        return self._items[row].thumbnail

    def replace_photo(self, photo: Photo) -> None:
        """Show edited metadata at once (the badges follow), before the database confirms."""
        row = self.row_of(photo.id)
        if row < 0:
            return
        item = self._items[row]
        self._items[row] = PhotoItem(
            ArticlePhoto(photo, item.slot.position, item.slot.featured), item.thumbnail
        )
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
    """Thumbnails in icon mode; drag to reorder, drop image files to import them, Ctrl+wheel to zoom, and the
    tagging keys of :func:`tag_for_key`."""

    filesDropped = Signal(list)
    tagKey = Signal(str, object)
    """A tagging key was pressed: ``(kind, value)`` as :func:`tag_for_key` names it."""
    zoomStep = Signal(int)
    """Ctrl+wheel: +1 (bigger) or -1 (smaller) per notch."""
    undoKey = Signal()
    """Ctrl+Z reached the grid (when the window's shortcut did not take it first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Snap)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWrapping(True)
        self.setSpacing(0)
        self.setUniformItemSizes(True)
        self.tiles = TileDelegate(self)
        self.setItemDelegate(self.tiles)
        self.set_tile_size(TILE)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def set_tile_size(self, side: int) -> None:
        """Show thumbnails ``side`` pixels square (clamped to MIN_TILE..MAX_TILE)."""
        side = max(MIN_TILE, min(MAX_TILE, side))
        self.setIconSize(QSize(side, side))
        self._spread_columns()

    def _spread_columns(self) -> None:
        """Cells as wide as the columns that fit, so the tiles spread over the whole width (no empty strip on
        the right of the grid); the tiles themselves keep the zoom's size. The width leaves room for the scroll
        bar whether or not it shows, so its coming and going never changes the columns."""
        side = self.iconSize().width()
        cell = cell_size(side, self.fontMetrics().height())
        width = self.contentsRect().width() - self.verticalScrollBar().sizeHint().width() - 2
        columns = max(1, width // cell.width())
        if columns > 1:
            cell.setWidth(cell.width() + (width - columns * cell.width()) // columns)
        if cell != self.gridSize():
            self.setGridSize(cell)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._spread_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undoKey.emit()
            event.accept()
            return
        tag = tag_for_key(event)
        if tag is not None and self.model() is not None and self.model().rowCount():
            self.tagKey.emit(*tag)
            event.accept()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoomStep.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

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
