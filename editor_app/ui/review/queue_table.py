"""The review queue as a sortable table (``reviewQueue``): headline, reporter, section, length and submitted
time for the desk; headline, status and what is missing for the photo editor. One line per article, so a
768-pixel-high window shows at least eight."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

if TYPE_CHECKING:
    from editor_app.services.review import PhotoQueueItem, QueueItem

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
VISIBLE_ROWS = 8
HEADLINE_MIN = 220
"""The headline column never gets narrower: in a narrow dock the table scrolls sideways instead."""


class _Row(QTreeWidgetItem):
    """Sorts by each column's sort key (numbers and times as such, not as text)."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() is not None else 0
        mine, theirs = self.data(column, SORT_ROLE), other.data(column, SORT_ROLE)
        if mine is None or theirs is None:
            return bool(self.text(column).lower() < other.text(column).lower())
        return bool(mine < theirs)


class QueueTable(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewQueue")
        self.setAccessibleName(QCoreApplication.translate("ReviewQueue", "Review queue"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSortingEnabled(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.photo_mode = False
        self.show_desk_columns()

    def show_desk_columns(self) -> None:
        self.photo_mode = False
        self.setHeaderLabels(
            [
                QCoreApplication.translate("ReviewQueue", "Headline"),
                QCoreApplication.translate("ReviewQueue", "Reporter"),
                QCoreApplication.translate("ReviewQueue", "Section"),
                QCoreApplication.translate("ReviewQueue", "Words"),
                QCoreApplication.translate("ReviewQueue", "Submitted"),
            ]
        )
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.sortByColumn(4, Qt.SortOrder.DescendingOrder)

    def show_photo_columns(self) -> None:
        self.photo_mode = True
        self.setHeaderLabels(
            [
                QCoreApplication.translate("ReviewQueue", "Headline"),
                QCoreApplication.translate("ReviewQueue", "Status"),
                QCoreApplication.translate("ReviewQueue", "Missing"),
            ]
        )
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def rows_height(self, rows: int = VISIBLE_ROWS) -> int:
        """The height that shows ``rows`` rows and the header."""
        row = self.sizeHintForRow(0) if self.topLevelItemCount() else self.fontMetrics().height() + 8
        return self.header().sizeHint().height() + rows * max(row, 1) + 2 * self.frameWidth() + 4

    def fill(self, items: Sequence[QueueItem] | Sequence[PhotoQueueItem], keep: str | None) -> None:
        """Show ``items``; the article ``keep`` stays current (without a currentItemChanged)."""
        self.blockSignals(True)
        sorting = self.isSortingEnabled()
        self.setSortingEnabled(False)
        self.clear()
        current = None
        for item in items:
            row = _Row(self)
            self._set(row, item)
            row.setData(0, Qt.ItemDataRole.UserRole, item.article_id)
            row.setData(0, STATUS_ROLE, item.status.value)
            if item.article_id == keep:
                current = row
        self.setSortingEnabled(sorting)
        self._fit_headline()
        if current is not None:
            self.setCurrentItem(current)
        self.blockSignals(False)

    def _set(self, row: QTreeWidgetItem, item: Any) -> None:
        title = item.headline.strip() or QCoreApplication.translate("ReviewQueue", "Untitled article")
        row.setText(0, title)
        row.setToolTip(0, title)
        if self.photo_mode:
            row.setText(1, item.status.label)
            row.setText(2, " ".join(item.missing))
            row.setToolTip(2, "\n".join(item.missing))
            return
        when = item.submitted_at.astimezone()
        # who submitted it as the site's audit trail names them (their display name); before a sync, the
        # signed-in login; an article that arrived submitted with no record of it (an import) says so
        row.setText(1, item.submitted_by or QCoreApplication.translate("ReviewQueue", "Unknown reporter"))
        row.setText(2, item.section)
        row.setText(3, f"{item.words:,}")
        row.setData(3, SORT_ROLE, item.words)
        row.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.setText(4, when.strftime("%d %b %H:%M"))
        row.setData(4, SORT_ROLE, when.timestamp())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_headline()

    def _fit_headline(self) -> None:
        header = self.header()
        others = sum(
            header.sectionSize(c) for c in range(1, self.columnCount()) if not header.isSectionHidden(c)
        )
        room = self.viewport().width() - others
        if room >= HEADLINE_MIN:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(0, HEADLINE_MIN)

    # the list API the panel and its tests use ---------------------------------------------------------------
    def count(self) -> int:
        return self.topLevelItemCount()

    def article_id(self, row: QTreeWidgetItem | None) -> str | None:
        return str(row.data(0, Qt.ItemDataRole.UserRole)) if row is not None else None

    def status(self, row: QTreeWidgetItem | None) -> str | None:
        """The row's workflow status key as the queue was filled (``submitted``, ``in_review``...)."""
        return str(row.data(0, STATUS_ROLE)) if row is not None else None

    def setCurrentRow(self, row: int) -> None:
        item = self.topLevelItem(row)
        if item is not None:
            self.setCurrentItem(item)
