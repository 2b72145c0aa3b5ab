"""How a photo looks in the grid: the thumbnail scaled to the zoom, its marks (featured star, rating, colour
label, "!" when incomplete, "GPS") and a selection frame that is clear at a glance."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from editor_app.domain import ArticlePhoto

SLOT_ROLE = Qt.ItemDataRole.UserRole + 10
"""The row's :class:`ArticlePhoto`."""
THUMBNAIL_ROLE = Qt.ItemDataRole.UserRole + 11
"""The row's thumbnail (a QImage, or None when the photo has no file)."""

LABEL_COLOURS = {"red": "#d93025", "yellow": "#f2b705", "green": "#2e9d4f", "blue": "#2f6fd6"}
_TEXT_LINES = 2  # the rating and one line of caption under the thumbnail
_PAD = 4


def label_name(label: str) -> str:
    names = {
        "red": QCoreApplication.translate("PhotoTiles", "red"),
        "yellow": QCoreApplication.translate("PhotoTiles", "yellow"),
        "green": QCoreApplication.translate("PhotoTiles", "green"),
        "blue": QCoreApplication.translate("PhotoTiles", "blue"),
    }
    return names.get(label, label)


def describe(slot: ArticlePhoto) -> str:
    """What the tooltip and screen readers say about a photo."""
    photo = slot.photo
    parts = [
        photo.caption_line()
        or photo.filename
        or QCoreApplication.translate("PhotoTiles", "Photo without caption")
    ]
    if slot.featured:
        parts.append(QCoreApplication.translate("PhotoTiles", "Featured photo."))
    if photo.rating:
        parts.append(QCoreApplication.translate("PhotoTiles", "Rating: {0} of 5 stars.").format(photo.rating))
    if photo.label:
        parts.append(
            QCoreApplication.translate("PhotoTiles", "Colour label: {0}.").format(label_name(photo.label))
        )
    if photo.keywords:
        parts.append(
            QCoreApplication.translate("PhotoTiles", "Keywords: {0}.").format(", ".join(photo.keywords))
        )
    missing = photo.missing_for_publishing()
    if missing:
        parts.append(
            QCoreApplication.translate("PhotoTiles", "Incomplete: no {0}.").format(", ".join(missing))
        )
    if photo.has_gps:
        parts.append(
            QCoreApplication.translate(
                "PhotoTiles", "The original carries a GPS location (removed from what is published)."
            )
        )
    return "\n".join(parts)


def cell_size(side: int, font_height: int) -> QSize:
    """The grid cell for thumbnails ``side`` pixels square."""
    return QSize(side + 2 * _PAD, side + 2 * _PAD + _TEXT_LINES * (font_height + 2))


class TileDelegate(QStyledItemDelegate):
    """Paints each photo as a tile; the thumbnail side follows the view's icon size (the zoom)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scaled: dict[tuple[int, int], QPixmap] = {}

    def clear_cache(self) -> None:
        self._scaled.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        side = option.decorationSize.width()
        return cell_size(side, option.fontMetrics.height())

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        slot = index.data(SLOT_ROLE)
        if not isinstance(slot, ArticlePhoto):
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        side = option.decorationSize.width()
        selected = bool(state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if selected:
            tint = QColor(highlight)
            tint.setAlpha(70)
            painter.fillRect(rect.adjusted(1, 1, -1, -1), tint)
        box = QRect(rect.left() + (rect.width() - side) // 2, rect.top() + _PAD, side, side)
        self._draw_picture(painter, box, index, palette)
        self._draw_marks(painter, box, slot)
        self._draw_text(painter, rect, box, slot, palette, selected)
        if selected:
            painter.setPen(QPen(highlight, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 4, 4)
        elif state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(highlight, 1, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(2, 2, -3, -3))
        painter.restore()

    def _draw_picture(
        self, painter: QPainter, box: QRect, index: QModelIndex | QPersistentModelIndex, palette: QPalette
    ) -> None:
        image = index.data(THUMBNAIL_ROLE)
        if not isinstance(image, QImage) or image.isNull():
            painter.fillRect(box, palette.color(QPalette.ColorRole.Mid))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                box, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("PhotoTiles", "no image\nfile")
            )
            return
        key = (image.cacheKey(), box.width())
        pixmap = self._scaled.get(key)
        if pixmap is None:
            if len(self._scaled) > 600:
                self._scaled.clear()
            pixmap = self._scaled[key] = QPixmap.fromImage(
                image.scaled(
                    box.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        x = box.left() + (box.width() - pixmap.width()) // 2
        y = box.top() + (box.height() - pixmap.height()) // 2
        painter.drawPixmap(x, y, pixmap)

    @staticmethod
    def _draw_marks(painter: QPainter, box: QRect, slot: ArticlePhoto) -> None:
        photo = slot.photo
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        size = max(18, min(24, box.width() // 6))
        if slot.featured:
            _badge(painter, QRect(box.left() + 2, box.top() + 2, size, size), "★", "#c58a00")
        if photo.missing_for_publishing():
            _badge(painter, QRect(box.right() - size - 1, box.top() + 2, size, size), "!", "#c0392b")
        if photo.has_gps:
            _badge(painter, QRect(box.left() + 2, box.bottom() - size - 1, size + 14, size), "GPS", "#2c5aa0")
        if photo.label in LABEL_COLOURS:
            strip = QRect(box.left(), box.bottom() - 4, box.width(), 5)
            painter.fillRect(strip, QColor(LABEL_COLOURS[photo.label]))
            dot = QRect(box.right() - size - 1, box.bottom() - size - 1, size, size)
            painter.setBrush(QColor(LABEL_COLOURS[photo.label]))
            painter.setPen(QPen(QColor("white"), 2))
            painter.drawEllipse(dot.adjusted(3, 3, -3, -3))

    @staticmethod
    def _draw_text(
        painter: QPainter, rect: QRect, box: QRect, slot: ArticlePhoto, palette: QPalette, selected: bool
    ) -> None:
        photo = slot.photo
        metrics = painter.fontMetrics()
        line = metrics.height() + 2
        top = box.bottom() + 4
        font = QFont(painter.font())
        font.setBold(False)
        painter.setFont(font)
        role = QPalette.ColorRole.Text
        if photo.rating:
            painter.setPen(QColor("#c58a00"))
            stars = "★" * photo.rating + "☆" * (5 - photo.rating)
            painter.drawText(QRect(rect.left(), top, rect.width(), line), Qt.AlignmentFlag.AlignCenter, stars)
        painter.setPen(palette.color(role))
        if selected:
            font.setBold(True)
            painter.setFont(font)
        text = (
            photo.caption or photo.filename or QCoreApplication.translate("PhotoTiles", "No caption")
        ).split("\n")[0]
        text_rect = QRect(rect.left() + _PAD, top + line, rect.width() - 2 * _PAD, line)
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, elided)


def _badge(painter: QPainter, rect: QRect, text: str, colour: str) -> None:
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(rect, 5, 5)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
