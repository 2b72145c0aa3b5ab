"""How an article row is drawn: the whole headline in bold on up to two lines (word-wrapped, elided after the
second), then right under it a small line with section, status and time. Colours come from the palette alone."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from editor_app.ui.item_roles import DETAIL_ROLE, Index

HEADLINE_LINES = 2
PAD_X, PAD_Y, GAP = 8, 5, 2


def headline_lines(text: str, font: QFont, width: int, most: int = HEADLINE_LINES) -> list[str]:
    """``text`` word-wrapped to ``width`` pixels in ``font``: at most ``most`` lines, the last elided when the
    text goes on."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    try:
        while len(lines) < most:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start, length = line.textStart(), line.textLength()
            if len(lines) == most - 1 and start + length < len(text):
                rest = text[start:].replace("\n", " ")
                lines.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
                break
            lines.append(text[start : start + length].rstrip())
    finally:
        layout.endLayout()
    return lines


class ArticleDelegate(QStyledItemDelegate):
    """Every row has room for two headline lines (so the list keeps uniform row heights and scrolls fast); the
    detail line follows the headline's last line, so a one-line headline leaves the spare room below the row."""

    @staticmethod
    def _bold(font: QFont) -> QFont:
        bold = QFont(font)
        bold.setBold(True)
        return bold

    @staticmethod
    def _small(font: QFont) -> QFont:
        small = QFont(font)
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.9)
        return small

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title = QFontMetrics(self._bold(option.font)).lineSpacing()
        detail = QFontMetrics(self._small(option.font)).height()
        return QSize(200, HEADLINE_LINES * title + GAP + detail + 2 * PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        option.text = ""
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect: QRect = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        bold, small = self._bold(option.font), self._small(option.font)
        bold_metrics = QFontMetrics(bold)
        painter.save()
        painter.setFont(bold)
        painter.setPen(option.palette.color(text_role))
        y = rect.top()
        for line in headline_lines(str(index.data() or ""), bold, rect.width()) or [""]:
            painter.drawText(QPointF(rect.left(), y + bold_metrics.ascent()), line)
            y += bold_metrics.lineSpacing()
        y += GAP
        painter.setFont(small)
        detail_role = text_role if selected else QPalette.ColorRole.PlaceholderText
        painter.setPen(option.palette.color(detail_role))
        small_metrics = QFontMetrics(small)
        detail = small_metrics.elidedText(
            str(index.data(DETAIL_ROLE) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(QPointF(rect.left(), y + small_metrics.ascent()), detail)
        painter.restore()
