"""The article list (``articleList``) with its filter (``articleFilter``); rows load a page at a time."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from editor_app.domain import Status
from editor_app.store import ArticleQuery
from editor_app.ui.articles.list_delegate import ArticleDelegate
from editor_app.ui.articles.list_model import ArticleListModel, Rows, prepare_rows, release_rows
from editor_app.ui.articles.list_page import MORE, PAGE
from editor_app.ui.articles.list_view import ArticleListView
from editor_app.ui.item_roles import ID_ROLE
from editor_app.ui.labels import status_label
from editor_app.ui.task_runner import TaskRunner

if TYPE_CHECKING:
    from collections.abc import Callable

    from editor_app.services import ArticleService, Changes
    from editor_app.store import ArticleSummary

__all__ = ["ArticleDelegate", "ArticleListModel", "ArticleListPanel"]


class ArticleListPanel(QWidget):
    """The queue of articles. Emits ``articleSelected(id)``; reads its rows off the GUI thread."""

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
        self.view = ArticleListView(self)
        self.view.setObjectName("articleList")
        self.view.setAccessibleName(self.tr("Articles"))
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
        self._debounce.timeout.connect(self._requery)
        self.filter_edit.textChanged.connect(self._debounce.start)
        self.status_combo.currentIndexChanged.connect(self._requery)
        self.section_combo.currentIndexChanged.connect(self._requery)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.model.syncMarksWanted.connect(self._read_marks)
        self._articles: ArticleService | None = None
        self._runner: TaskRunner | None = None
        self._generation = 0
        self._shown_query: ArticleQuery | None = None
        self._applied = 0
        self._want_selected: str | None = None
        self._suppress_selection = False
        self._early_pick: str | None = None
        """The row chosen among the rows shown before the profile opened: it opens once the profile's are read."""

    def set_source(self, articles: ArticleService) -> None:
        """Read rows from ``articles`` on the list's own two reader threads (never queued behind the docks'
        reads: the first screen and each typed filter come at once)."""
        self._articles = articles
        if self._runner is None:
            self._runner = TaskRunner(self, readers=2)

    def follow(self, changes: Changes, on_pending: Callable[[set[str]], object]) -> bool:
        """Update the rows named in ``changes`` in place (then ``on_pending`` gets the unsynced articles), or
        reload the list when rows come or go, or may enter or leave the filter: then True."""
        if changes.created or changes.removed or self.filtered():
            self.refresh()
            return True
        model, articles = self.model, self._articles
        if articles is None or self._runner is None:
            return False
        shown = {article_id for article_id in changes.updated if model.row_of(article_id) >= 0}

        def update(result: tuple[list[ArticleSummary], set[str]]) -> None:
            rows, pending = result
            model.update_rows(rows, pending)
            on_pending(pending)

        self._runner.run(lambda: articles.rows(shown), update)
        return False

    def show_early(self, query: ArticleQuery, rows: list[ArticleSummary], select_id: str | None) -> bool:
        """Show the first page read before the profile opened (``store.quick_list``), with ``select_id`` current,
        if no rows of the profile's own were read yet and ``query`` is the first page the list would read now.
        Their rows replace these without a visible change when they are the same; True when shown."""
        if self._generation or not rows or query != replace(self.query(), limit=PAGE):
            return False
        self._shown_query = self.query()
        self._suppress_selection = True
        try:
            self.model.reset(prepare_rows(rows), more=len(rows) >= PAGE)
            row = self.model.row_of(select_id) if select_id else -1
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row))
                self.view.scrollTo(self.model.index(row))
        finally:
            self._suppress_selection = False
        return True

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
        """Read the list again (articles changed): as many rows as are loaded when the query is unchanged (the
        scroll position stays), else the first page; then the sections and "not synced" marks."""
        if select_id:
            self._want_selected = select_id
        self._requery()
        self._read_marks()

    def _requery(self) -> None:
        """The filter changed (or the rows did): read the rows alone, a page first."""
        self._debounce.stop()
        if self._articles is None or self._runner is None:
            return
        self._generation += 1
        generation = self._generation
        query = self.query()
        keep = self.model.rowCount() if query == self._shown_query else 0
        self._shown_query = query
        paged = replace(query, limit=max(PAGE, keep))
        articles = self._articles
        self._runner.run(
            lambda: articles.build_from_summaries(paged, prepare_rows),
            lambda rows: self._apply(generation, paged, rows),
        )

    def _read_marks(self) -> None:
        """The sections (for the filter) and, when the list marks them, the unsynced articles."""
        if self._articles is None or self._runner is None:
            return
        articles, marks = self._articles, self.model.show_sync

        def read() -> tuple[list[str], set[str] | None]:
            return articles.sections(), (articles.unsynced_ids() if marks else None)

        def show(result: tuple[list[str], set[str] | None]) -> None:
            sections, pending = result
            self._update_sections(sections)
            if pending is not None:
                self.model.set_pending(pending)

        self._runner.run(read, show)

    def _fetch_more(self, offset: int) -> None:
        if self._articles is None or self._runner is None or self._shown_query is None:
            self.model.fetch_failed()
            return
        generation = self._generation
        page = replace(self._shown_query, limit=MORE, offset=offset)

        def deliver(rows: Rows) -> None:
            if generation == self._generation:
                self.model.append(rows, more=rows.count >= MORE)
            else:
                self.model.fetch_failed()

        articles = self._articles
        self._runner.run(
            lambda: articles.build_from_summaries(page, prepare_rows),
            deliver,
            lambda _error: self.model.fetch_failed(),
        )

    @property
    def busy(self) -> bool:
        """A typed filter waits for its pause, or the rows of the latest query are still being read."""
        return self._debounce.isActive() or (self._articles is not None and self._applied != self._generation)

    def _apply(self, generation: int, query: ArticleQuery, rows: Rows) -> None:
        if generation != self._generation:
            if self._runner is not None:  # a newer query is on its way: drop this stale one, off this thread
                self._runner.run(lambda: release_rows(rows))
            return
        self._applied = generation
        picked, self._early_pick = self._early_pick, None
        keep = picked or self._want_selected or self.current_id()
        more = query.limit is not None and rows.count >= query.limit
        self._suppress_selection = True
        try:
            # The same rows as shown (those read before the profile opened): kept as they are, no reset.
            same = self.model.holds(rows, more=more)
            if not same:
                shown = self.model.reset(rows, more=more)
                if self._runner is not None and shown.count:
                    self._runner.run(lambda: release_rows(shown))
            row = self.model.row_of(keep) if keep else -1
            if row >= 0 and not (same and row == self.view.currentIndex().row()):
                self.view.setCurrentIndex(self.model.index(row))
                self.view.scrollTo(self.model.index(row))
        finally:
            self._suppress_selection = False
        if (picked or self._want_selected) and keep and (row >= 0 or self.model.has_more):
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
        if self._suppress_selection or not current.isValid():
            return
        if not self._applied:  # a row shown before the profile opened: it opens with the profile's rows
            self._early_pick = str(current.data(ID_ROLE))
        else:
            self.articleSelected.emit(str(current.data(ID_ROLE)))
