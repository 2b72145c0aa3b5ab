"""The article list (``articleList``) with its filter (``articleFilter``): a model, a delegate and the panel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.domain import Status
from editor_app.store import ArticleQuery, ArticleSummary
from editor_app.ui.item_roles import DETAIL_ROLE, ID_ROLE, Index
from editor_app.ui.labels import local_time, status_label
from editor_app.ui.plain_text import tip


class ArticleListModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []
        self._pending: set[str] = set()
        self.show_sync = False
        """Mark unsynced articles (only meaningful once a publishing site is set up)."""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == ID_ROLE:
            return row.id
        if role == DETAIL_ROLE:
            parts = [
                row.section or self.tr("No section"),
                status_label(row.status),
                local_time(row.updated_at, "dd MMM HH:mm"),
            ]
            if row.editors_choice:
                parts.insert(0, self.tr("★ Editor's choice"))
            if self.show_sync and row.id in self._pending:
                parts.append(self.tr("not synced"))
            return " · ".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(f"{row.title}\n{self.data(index, DETAIL_ROLE)}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.title}, {self.data(index, DETAIL_ROLE)}"
        return None

    def reset(self, rows: Sequence[ArticleSummary], pending: set[str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._pending = pending
        self.endResetModel()

    def update_rows(self, rows: Sequence[ArticleSummary], pending: set[str]) -> None:
        """Replace the rows of these articles in place (no reset: the selection and scroll stay)."""
        changed = {r.id for r in rows} | (self._pending ^ pending)
        self._pending = set(pending)
        fresh = {r.id: r for r in rows}
        for i, row in enumerate(self._rows):
            if row.id in fresh:
                self._rows[i] = fresh[row.id]
            if row.id in changed:
                index = self.index(i)
                self.dataChanged.emit(index, index)

    def row_of(self, article_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == article_id), -1)

    def summary(self, row: int) -> ArticleSummary:
        return self._rows[row]


class ArticleDelegate(QStyledItemDelegate):
    """Two lines per article: the headline in bold, then section, status and time."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = option.fontMetrics.height()
        return QSize(200, int(height * 2.6) + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect: QRect = option.rect.adjusted(8, 5, -8, -5)
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option.palette.color(group))
        line = rect.height() // 2
        title = option.fontMetrics.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.adjusted(0, 0, 0, -line), Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(option.font)
        detail_colour = option.palette.color(group if selected else QPalette.ColorRole.PlaceholderText)
        painter.setPen(detail_colour)
        detail = option.fontMetrics.elidedText(
            str(index.data(DETAIL_ROLE)), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect.adjusted(0, line, 0, 0), Qt.AlignmentFlag.AlignVCenter, detail)
        painter.restore()


class ArticleListPanel(QWidget):
    """The queue of articles. Emits ``articleSelected(id)``; asks ``fetch`` for rows off the GUI thread."""

    articleSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("articleFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter articles…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter articles by text"))
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.setAccessibleName(self.tr("Filter by status"))
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status_combo.addItem(status_label(status), status.value)
        self.section_combo = QComboBox(self)
        self.section_combo.setObjectName("sectionFilter")
        self.section_combo.setAccessibleName(self.tr("Filter by section"))
        self.section_combo.addItem(self.tr("All sections"), None)
        self.view = QListView(self)
        self.view.setObjectName("articleList")
        self.view.setAccessibleName(self.tr("Articles"))
        self.view.setUniformItemSizes(True)
        self.view.setItemDelegate(ArticleDelegate(self.view))
        self.view.setAlternatingRowColors(True)
        self.model = ArticleListModel(self)
        self.view.setModel(self.model)

        filters = QHBoxLayout()
        filters.addWidget(self.status_combo)
        filters.addWidget(self.section_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.filter_edit)
        layout.addLayout(filters)
        layout.addWidget(self.view)

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh)
        self.filter_edit.textChanged.connect(self._debounce.start)
        self.status_combo.currentIndexChanged.connect(self.refresh)
        self.section_combo.currentIndexChanged.connect(self.refresh)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self._fetch: Callable[[ArticleQuery, Callable[[Any], None]], None] | None = None
        self._generation = 0
        self._want_selected: str | None = None
        self._suppress_selection = False

    def set_fetcher(self, fetch: Callable[[ArticleQuery, Callable[[Any], None]], None]) -> None:
        """``fetch(query, deliver)`` runs the query in the background and calls ``deliver((rows, pending))``."""
        self._fetch = fetch

    def query(self) -> ArticleQuery:
        return ArticleQuery(
            text=self.filter_edit.text(),
            status=Status(self.status_combo.currentData()) if self.status_combo.currentData() else None,
            section=self.section_combo.currentData(),
        )

    def filtered(self) -> bool:
        """True when a filter is set (a changed row may then enter or leave the list: reload it all)."""
        query = self.query()
        return bool(query.text.strip() or query.status or query.section)

    def refresh(self, select_id: str | None = None) -> None:
        if select_id:
            self._want_selected = select_id
        if self._fetch is None:
            return
        self._generation += 1
        generation = self._generation
        self._fetch(self.query(), lambda result: self._apply(generation, result))

    def _apply(self, generation: int, result: tuple[list[ArticleSummary], set[str], list[str]]) -> None:
        if generation != self._generation:
            return  # a newer query is on its way: drop this stale one
        rows, pending, sections = result
        keep = self._want_selected or self.current_id()
        self._suppress_selection = True
        try:
            self.model.reset(rows, pending)
            self._update_sections(sections)
            row = self.model.row_of(keep) if keep else -1
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row))
                self.view.scrollTo(self.model.index(row))
        finally:
            self._suppress_selection = False
        if self._want_selected and row >= 0:
            self._want_selected = None
            self.articleSelected.emit(keep)

    def _update_sections(self, sections: list[str]) -> None:
        current = self.section_combo.currentData()
        known = [self.section_combo.itemData(i) for i in range(1, self.section_combo.count())]
        if known == sections:
            return
        self.section_combo.blockSignals(True)
        self.section_combo.clear()
        self.section_combo.addItem(self.tr("All sections"), None)
        for section in sections:
            self.section_combo.addItem(section, section)
        index = self.section_combo.findData(current) if current else 0
        self.section_combo.setCurrentIndex(max(index, 0))
        self.section_combo.blockSignals(False)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._suppress_selection and current.isValid():
            self.articleSelected.emit(str(current.data(ID_ROLE)))
