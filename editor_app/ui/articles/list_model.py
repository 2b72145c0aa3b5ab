"""The article list's model: rows arrive a page at a time (``canFetchMore``/``fetchMore``), so a profile of
100,000 articles shows its first screen as soon as the first page is read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt, Signal

from editor_app.store import ArticleSummary
from editor_app.ui.item_roles import DETAIL_ROLE, ID_ROLE, Index
from editor_app.ui.plain_text import tip

PAGE = 200
"""Rows read per page: a few screens, read in a few milliseconds."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ArticleListModel", text)


class ArticleListModel(QAbstractListModel):
    """The loaded rows of the list. When the view scrolls near their end, ``moreWanted(offset)`` asks the panel
    for the next page, which comes back through ``append``."""

    moreWanted = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []
        self._where: dict[str, int] = {}
        self._pending: set[str] = set()
        self._more = False
        self._loading = False
        self.show_sync = False
        """Mark unsynced articles (only meaningful once a publishing site is set up)."""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._loading = True
            self.moreWanted.emit(len(self._rows))

    @property
    def has_more(self) -> bool:
        """More rows match than are loaded."""
        return self._more

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.headline.strip() or _tr("Untitled article")
        if role == ID_ROLE:
            return row.id
        if role == DETAIL_ROLE:
            return self._detail(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(f"{self.data(index)}\n{self._detail(row)}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.data(index)}, {self._detail(row)}"
        return None

    def _detail(self, row: ArticleSummary) -> str:
        parts = [
            row.section or _tr("No section"),
            row.status.label,
            row.updated_at.astimezone().strftime("%d %b %H:%M"),
        ]
        if row.editors_choice:
            parts.insert(0, _tr("★ Editor's choice"))
        if self.show_sync and row.id in self._pending:
            parts.append(_tr("not synced"))
        return " · ".join(parts)

    def reset(self, rows: Sequence[ArticleSummary], pending: set[str], *, more: bool = False) -> None:
        """Show these rows (the first pages of a query); ``more`` says further rows can be fetched."""
        self.beginResetModel()
        self._rows = list(rows)
        self._where = {r.id: i for i, r in enumerate(self._rows)}
        self._pending = pending
        self._more, self._loading = more, False
        self.endResetModel()

    def append(self, rows: Sequence[ArticleSummary], pending: set[str], *, more: bool) -> None:
        """Add the next page (rows already shown, moved by a change in between, are skipped)."""
        fresh = [r for r in rows if r.id not in self._where]
        self._pending = pending
        self._more, self._loading = more and bool(rows), False
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        for i, row in enumerate(fresh, start=first):
            self._rows.append(row)
            self._where[row.id] = i
        self.endInsertRows()

    def fetch_failed(self) -> None:
        """The page could not be read: allow the view to ask again."""
        self._loading = False

    def update_rows(self, rows: Sequence[ArticleSummary], pending: set[str]) -> None:
        """Replace the rows of these articles in place (no reset: the selection and scroll stay)."""
        changed = {r.id for r in rows} | (self._pending ^ pending)
        self._pending = set(pending)
        for summary in rows:
            i = self._where.get(summary.id)
            if i is not None:
                self._rows[i] = summary
        for article_id in changed:
            i = self._where.get(article_id, -1)
            if i >= 0:
                index = self.index(i)
                self.dataChanged.emit(index, index)

    def row_of(self, article_id: str) -> int:
        return self._where.get(article_id, -1)

    def summary(self, row: int) -> ArticleSummary:
        return self._rows[row]
