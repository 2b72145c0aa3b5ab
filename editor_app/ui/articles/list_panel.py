"""The article list (``articleList``) with its filter (``articleFilter``); rows load a page at a time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QListView, QVBoxLayout, QWidget

from editor_app.domain import Status
from editor_app.store import ArticleQuery, ArticleSummary
from editor_app.ui.articles.list_delegate import ArticleDelegate
from editor_app.ui.articles.list_model import PAGE, ArticleListModel
from editor_app.ui.item_roles import ID_ROLE

__all__ = ["ArticleDelegate", "ArticleListModel", "ArticleListPanel"]

Result = tuple[list[ArticleSummary], set[str], list[str] | None]
"""What a fetch delivers: the rows, the unsynced article ids, and the sections (None: not read for this page)."""


class ArticleListPanel(QWidget):
    """The queue of articles. Emits ``articleSelected(id)``; asks ``fetch`` for rows off the GUI thread."""

    articleSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("articleFilter")
        self.filter_edit.setPlaceholderText("Filter articles…")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName("Filter articles by text")
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.setAccessibleName("Filter by status")
        self.status_combo.addItem("All statuses", None)
        for status in Status:
            self.status_combo.addItem(status.label, status.value)
        self.section_combo = QComboBox(self)
        self.section_combo.setObjectName("sectionFilter")
        self.section_combo.setAccessibleName("Filter by section")
        self.section_combo.addItem("All sections", None)
        self.view = QListView(self)
        self.view.setObjectName("articleList")
        self.view.setAccessibleName("Articles")
        self.view.setUniformItemSizes(True)
        self.view.setItemDelegate(ArticleDelegate(self.view))
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.model = ArticleListModel(self)
        self.view.setModel(self.model)
        self.model.moreWanted.connect(self._fetch_more)

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
        self._shown_query: ArticleQuery | None = None
        self._want_selected: str | None = None
        self._suppress_selection = False

    def set_fetcher(self, fetch: Callable[[ArticleQuery, Callable[[Any], None]], None]) -> None:
        """``fetch(query, deliver)`` runs the query (one page: ``limit``, ``offset``) in the background and calls
        ``deliver((rows, pending, sections))`` (sections may be None for a page after the first)."""
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
        """Read the list again: as many rows as are loaded when the query is unchanged (the scroll position
        stays), else the first page."""
        if select_id:
            self._want_selected = select_id
        if self._fetch is None:
            return
        self._generation += 1
        generation = self._generation
        query = self.query()
        keep = self.model.rowCount() if query == self._shown_query else 0
        self._shown_query = query
        paged = replace(query, limit=max(PAGE, keep))
        self._fetch(paged, lambda result: self._apply(generation, paged, result))

    def _fetch_more(self, offset: int) -> None:
        if self._fetch is None or self._shown_query is None:
            self.model.fetch_failed()
            return
        generation = self._generation
        page = replace(self._shown_query, limit=PAGE, offset=offset)

        def deliver(result: Result) -> None:
            if generation == self._generation:
                rows, pending, _sections = result
                self.model.append(rows, pending, more=len(rows) >= PAGE)

        self._fetch(page, deliver)

    def _apply(self, generation: int, query: ArticleQuery, result: Result) -> None:
        if generation != self._generation:
            return  # a newer query is on its way: drop this stale one
        rows, pending, sections = result
        keep = self._want_selected or self.current_id()
        self._suppress_selection = True
        try:
            self.model.reset(rows, pending, more=query.limit is not None and len(rows) >= query.limit)
            if sections is not None:
                self._update_sections(sections)
            row = self.model.row_of(keep) if keep else -1
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row))
                self.view.scrollTo(self.model.index(row))
        finally:
            self._suppress_selection = False
        if self._want_selected and keep and (row >= 0 or self.model.has_more):
            # An article further down than the rows read so far opens all the same.
            self._want_selected = None
            self.articleSelected.emit(keep)

    def _update_sections(self, sections: list[str]) -> None:
        current = self.section_combo.currentData()
        known = [self.section_combo.itemData(i) for i in range(1, self.section_combo.count())]
        if known == sections:
            return
        self.section_combo.blockSignals(True)
        self.section_combo.clear()
        self.section_combo.addItem("All sections", None)
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
