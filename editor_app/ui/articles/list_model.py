"""The article list's model: rows arrive a page at a time (``canFetchMore``/``fetchMore``), so a profile of
100,000 articles shows its first screen as soon as the first page is read."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt, Signal

from editor_app.domain import Status
from editor_app.store import ArticleSummary
from editor_app.ui.item_roles import DETAIL_ROLE, ID_ROLE, Index
from editor_app.ui.labels import local_time, status_label
from editor_app.ui.plain_text import tip

Row = tuple[str, str, str, str, datetime, bool]
"""id, headline, section, status value, updated, Editor's choice: a tuple of plain values, which Python's
garbage collector stops tracking, so 100,000 loaded rows do not lengthen its pauses."""
ID: Final = 0
HEADLINE: Final = 1
SECTION: Final = 2
STATUS: Final = 3
UPDATED: Final = 4
CHOICE: Final = 5


def _row(s: ArticleSummary) -> Row:
    return (s.id, s.headline, s.section, s.status.value, s.updated_at, s.editors_choice)


@dataclass(frozen=True, slots=True)
class Rows:
    """Rows ready for the model, built on the thread that read them (``prepare_rows``): the GUI thread only
    swaps them in, so reloading 100,000 rows costs it no Python loop over them (~50 ms before)."""

    rows: list[Row]
    where: dict[str, int]
    """Each row's position by article id (for a first page; a later page is placed after the loaded rows)."""
    count: int
    """How many rows were read (the page was full when this reaches the limit asked for)."""


def prepare_rows(summaries: Iterable[ArticleSummary]) -> Rows:
    """The model's rows of these summaries; call it where they were read, off the GUI thread."""
    rows = [_row(s) for s in summaries]
    return Rows(rows, {row[ID]: i for i, row in enumerate(rows)}, len(rows))


def release_rows(rows: Rows) -> None:
    """Free rows the model no longer shows, a slice at a time, off the GUI thread: freeing 100,000 at once
    holds the GIL ~30 ms, and the GUI thread would wait for it."""
    rows.where.clear()  # its keys are still held by the rows: no string is freed here
    while rows.rows:
        del rows.rows[-2000:]


class ArticleListModel(QAbstractListModel):
    """The loaded rows of the list. When the view scrolls near their end, ``moreWanted(offset)`` asks the panel
    for the next page, which comes back through ``append``."""

    moreWanted = Signal(int)
    syncMarksWanted = Signal()
    """``show_sync`` was switched on: the unsynced articles must be read."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._where: dict[str, int] = {}
        self._pending: set[str] = set()
        self._more = False
        self._loading = False
        self._show_sync = False

    @property
    def show_sync(self) -> bool:
        """Mark unsynced articles (only meaningful once a publishing site is set up)."""
        return self._show_sync

    @show_sync.setter
    def show_sync(self, on: bool) -> None:
        if on != self._show_sync:
            self._show_sync = on
            if on:
                self.syncMarksWanted.emit()
            self._all_changed()

    def set_pending(self, pending: set[str]) -> None:
        """The unsynced articles (their rows say "not synced" while ``show_sync`` is on)."""
        if pending != self._pending:
            self._pending = pending
            self._all_changed()

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

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
            return row[HEADLINE].strip() or QCoreApplication.translate("ArticleListModel", "Untitled article")
        if role == ID_ROLE:
            return row[ID]
        if role == DETAIL_ROLE:
            return self._detail(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(f"{self.data(index)}\n{self._detail(row)}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.data(index)}, {self._detail(row)}"
        return None

    def _detail(self, row: Row) -> str:
        parts = [
            row[SECTION] or QCoreApplication.translate("ArticleListModel", "No section"),
            status_label(Status(row[STATUS])),
            _when(row[UPDATED]),
        ]
        if row[CHOICE]:
            parts.insert(0, QCoreApplication.translate("ArticleListModel", "★ Editor's choice"))
        if self.show_sync and row[ID] in self._pending:
            parts.append(QCoreApplication.translate("ArticleListModel", "not synced"))
        return " · ".join(parts)

    def reset(self, rows: Rows, *, more: bool = False) -> Rows:
        """Show these rows (the first pages of a query); ``more`` says further rows can be fetched. Returns the
        rows shown until now, for ``release_rows`` off the GUI thread."""
        old = Rows(self._rows, self._where, len(self._rows))
        self.beginResetModel()
        self._rows, self._where = rows.rows, rows.where
        self._more, self._loading = more, False
        self.endResetModel()
        return old

    def holds(self, rows: Rows, *, more: bool) -> bool:
        """These are the rows shown, in the same order, and whether more can be fetched is the same."""
        return more == self._more and rows.rows == self._rows

    def append(self, rows: Rows, *, more: bool) -> None:
        """Add the next page (rows already shown, moved by a change in between, are skipped)."""
        where = self._where
        fresh = [row for row in rows.rows if row[ID] not in where]
        self._more, self._loading = more and bool(rows.count), False
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        where.update(zip((row[ID] for row in fresh), range(first, first + len(fresh)), strict=True))
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
                self._rows[i] = _row(summary)
        for article_id in changed:
            i = self._where.get(article_id, -1)
            if i >= 0:
                index = self.index(i)
                self.dataChanged.emit(index, index)

    def row_of(self, article_id: str) -> int:
        return self._where.get(article_id, -1)

    def summary(self, row: int) -> ArticleSummary:
        r = self._rows[row]
        return ArticleSummary(r[ID], r[HEADLINE], r[SECTION], Status(r[STATUS]), r[UPDATED], r[CHOICE])


def _when(moment: datetime) -> str:
    """``05 Dec 09:12`` this year; an article from another year shows its year instead (``05 Dec 2024``), so
    last year's story never reads as today's."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return local_time(moment, "dd MMM HH:mm" if local.year == datetime.now().year else "dd MMM yyyy")
