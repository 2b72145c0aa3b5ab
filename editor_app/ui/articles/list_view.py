"""The article list's view (``articleList``): one column of equally tall rows that stays quick at 100,000 rows.

A table view without headers or grid, not a ``QListView``: a list view lays out every item again whenever rows
are added (hundreds of milliseconds at 100,000 rows), while a table's fixed-height rows cost nothing to add.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyleOptionViewItem, QTableView, QWidget

from editor_app.ui.articles.list_delegate import ArticleDelegate


class ArticleListView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The viewport is made here, so Python knows it: the one Qt makes is a bare C++ widget, and PySide,
        # finding the class of the first such widget it is handed, makes every widget class of QtWidgets
        # (~6 ms at start, on the way to the list's first rows).
        self.setViewport(QWidget())
        self.setItemDelegate(ArticleDelegate(self))
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Every row is as tall as the delegate's two headline lines and detail line in the current font."""
        option = QStyleOptionViewItem()
        option.initFrom(self)
        height = self.itemDelegate().sizeHint(option, self.rootIndex()).height()
        self.verticalHeader().setMinimumSectionSize(1)
        self.verticalHeader().setDefaultSectionSize(height)
        self.verticalScrollBar().setSingleStep(max(1, height // 3))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()
