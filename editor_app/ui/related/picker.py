"""The related-items picker (``relatedPicker``): type-ahead search or "more like this" suggestions
(``relatedResults``) and the ordered chosen list (``relatedChosen``), all operable from the keyboard.

Queries run on the task runner's reader threads. One query is in flight at a time; a newer request waits as
"pending" and replaces any older pending one, and a result whose generation is not the newest is dropped, so
fast typing never piles up work nor shows stale hits. The picker saves the chosen list itself (on the writer
thread) and emits ``relatedChanged(ids)`` at once, for the preview.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.domain import Article
from editor_app.domain.article import utcnow
from editor_app.services.changes import Changes
from editor_app.services.related import RelatedHit, RelatedService
from editor_app.store.search import SearchFilters
from editor_app.ui.item_roles import DETAIL_ROLE, ID_ROLE, SNIPPET_ROLE, Index
from editor_app.ui.plain_text import plain, tip
from editor_app.ui.task_runner import TaskRunner

SEARCH_DELAY_MS = 150
SUGGEST_DELAY_MS = 600
DATE_RANGES: tuple[tuple[str, int | None], ...] = (
    ("Any time", None),
    ("Past week", 7),
    ("Past month", 31),
    ("Past year", 366),
)


def detail_text(hit: RelatedHit) -> str:
    return " · ".join(p for p in (hit.section, f"{hit.date.day} {hit.date:%b %Y}", hit.status.label) if p)


class ResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[RelatedHit] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == ID_ROLE:
            return hit.id
        if role == DETAIL_ROLE:
            return detail_text(hit)
        if role == SNIPPET_ROLE:
            return hit.snippet_html
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(f"{hit.title}, {detail_text(hit)}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.title}, {detail_text(hit)}"
        return None

    def reset(self, hits: list[RelatedHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()


class ResultDelegate(QStyledItemDelegate):
    """Headline in bold, then section · date · status, then the highlighted snippet."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, int(option.fontMetrics.height() * 3.6) + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        from PySide6.QtGui import QFont, QTextDocument

        self.initStyleOption(option, index)
        widget = option.widget
        option.text = ""
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(8, 4, -8, -4)
        line = option.fontMetrics.height()
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option.palette.color(role))
        title = option.fontMetrics.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.adjusted(0, 0, 0, -2 * line), Qt.AlignmentFlag.AlignTop, title)
        painter.setFont(option.font)
        detail = option.fontMetrics.elidedText(
            str(index.data(DETAIL_ROLE)), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect.adjusted(0, line, 0, -line), Qt.AlignmentFlag.AlignTop, detail)
        snippet = str(index.data(SNIPPET_ROLE) or "")
        if snippet:
            document = QTextDocument()
            document.setDefaultFont(option.font)
            document.setDocumentMargin(0)
            colour = option.palette.color(role).name()
            document.setHtml(f'<div style="color:{colour}">{snippet}</div>')
            document.setTextWidth(rect.width())
            painter.translate(rect.left(), rect.top() + 2 * line)
            painter.setClipRect(0, 0, rect.width(), line + 2)
            document.drawContents(painter)
        painter.restore()


class RelatedPicker(QWidget):
    relatedChanged = Signal(list)
    """The chosen ids in order, emitted at once on every change (the save follows on the writer thread)."""
    relatedSaved = Signal(object)
    """The Changes of a completed save (origin: this picker)."""

    def __init__(self, service: RelatedService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relatedPicker")
        self.setAccessibleName("Related articles")
        self.service = service
        self.runner = runner
        runner.changesApplied.connect(self.changed_elsewhere)
        self.article: Article | None = None
        self._last_saved: list[str] = []
        self._build()
        self._generation = 0
        self._in_flight = False
        self._pending: tuple[int, Callable[[], list[RelatedHit]]] | None = None
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self._suggest_timer = QTimer(self, singleShot=True, interval=SUGGEST_DELAY_MS)
        self._suggest_timer.timeout.connect(self.refresh)
        self._wire()
        self.setEnabled(False)

    # layout ------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("relatedSearch")
        self.search.setAccessibleName("Search the archive for related articles")
        self.search.setPlaceholderText("Search the archive, or pick from suggestions…")
        self.search.setClearButtonEnabled(True)
        self.section = QComboBox(self)
        self.section.setObjectName("relatedSectionFilter")
        self.section.setAccessibleName("Only articles of this section")
        self.section.addItem("All sections", None)
        self.dates = QComboBox(self)
        self.dates.setObjectName("relatedDateFilter")
        self.dates.setAccessibleName("Only articles from this period")
        for label, days in DATE_RANGES:
            self.dates.addItem(label, days)
        self.published = QCheckBox("Published only", self)
        self.published.setObjectName("relatedPublishedOnly")
        self.published.setAccessibleName("Only published articles")
        self.heading = QLabel("Suggestions", self)
        self.heading.setObjectName("relatedResultsHeading")
        self.results = QListView(self)
        self.results.setObjectName("relatedResults")
        self.results.setAccessibleName("Search results and suggestions; press Enter to add")
        self.results_model = ResultsModel(self)
        self.results.setModel(self.results_model)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.add_button = QPushButton("&Add", self)
        self.add_button.setObjectName("relatedAdd")
        self.add_button.setAccessibleName("Add the selected result to the related articles")
        self.chosen = QListView(self)
        self.chosen.setObjectName("relatedChosen")
        self.chosen.setAccessibleName(
            "Chosen related articles, in order; Alt+Up and Alt+Down move, Delete removes"
        )
        self.chosen_model = QStandardItemModel(self)
        self.chosen.setModel(self.chosen_model)
        self.chosen.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.chosen.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.chosen.setDragDropOverwriteMode(False)
        self.up_button = QPushButton("Move &up", self)
        self.up_button.setObjectName("relatedUp")
        self.up_button.setAccessibleName("Move the selected related article up")
        self.down_button = QPushButton("Move &down", self)
        self.down_button.setObjectName("relatedDown")
        self.down_button.setAccessibleName("Move the selected related article down")
        self.remove_button = QPushButton("&Remove", self)
        self.remove_button.setObjectName("relatedRemove")
        self.remove_button.setAccessibleName("Remove the selected related article")
        self.message = plain(QLabel(self))  # error texts can quote headlines
        self.message.setObjectName("relatedMessage")
        self.message.setWordWrap(True)
        self.chosen_label = QLabel(self)
        self.chosen_label.setObjectName("relatedChosenHeading")

        filters = QHBoxLayout()
        filters.addWidget(self.section)
        filters.addWidget(self.dates)
        filters.addWidget(self.published)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.heading)
        layout.addWidget(self.results, 3)
        layout.addWidget(self.add_button)
        layout.addWidget(self.chosen_label)
        layout.addWidget(self.chosen, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._update_chosen_label()

    def _wire(self) -> None:
        self.search.textChanged.connect(self._on_text)
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)
        self.chosen.installEventFilter(self)
        self.results.activated.connect(lambda index: self.add(str(index.data(ID_ROLE))))
        self.add_button.clicked.connect(self.add_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.section.currentIndexChanged.connect(self.refresh)
        self.dates.currentIndexChanged.connect(self.refresh)
        self.published.toggled.connect(self.refresh)
        # a drag-and-drop reorder inserts then removes rows: read the order once the drop has settled
        self.chosen_model.rowsRemoved.connect(lambda *_: QTimer.singleShot(0, self._chosen_reordered))
        for keys, slot in (
            ("Alt+Up", lambda: self.move_current(-1)),
            ("Alt+Down", lambda: self.move_current(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.chosen)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search and key == Qt.Key.Key_Down and self.results_model.rowCount():
            self.results.setFocus()
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.results_model.index(0))
            return True
        if watched is self.search and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_current()
            return True
        if watched is self.results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_current()
            return True
        if watched is self.chosen and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_current()
            return True
        return super().eventFilter(watched, event)

    # the article -------------------------------------------------------------------------------------------
    def set_article(self, article: Article | None) -> None:
        """Show the picker for ``article``; call again as it is edited (suggestions refresh, debounced)."""
        previous = self.article
        self.article = article
        self.setEnabled(article is not None)
        if article is None:
            self._set_chosen([])
            self.results_model.reset([])
            return
        if previous is None or previous.id != article.id:
            self.message.clear()
            self._set_chosen([])
            self.results_model.reset([])
            self._load_chosen(article.id)
            self._load_sections()
            self.refresh()
        elif not self.search.text().strip():
            self._suggest_timer.start()

    def _load_chosen(self, article_id: str) -> None:
        def loaded(hits: list[RelatedHit]) -> None:
            if self.article is not None and self.article.id == article_id:
                self._set_chosen(hits)
                self._drop_chosen_from_results()

        self.runner.run(lambda: self.service.chosen(article_id), loaded, self._failed)

    def _load_sections(self) -> None:
        def loaded(sections: list[str]) -> None:
            current = self.section.currentData()
            self.section.blockSignals(True)
            self.section.clear()
            self.section.addItem("All sections", None)
            for name in sections:
                self.section.addItem(name, name)
            self.section.setCurrentIndex(max(0, self.section.findData(current)) if current else 0)
            self.section.blockSignals(False)

        self.runner.run(self.service.sections, loaded, self._failed)

    # queries -----------------------------------------------------------------------------------------------
    def filters(self) -> SearchFilters:
        days = self.dates.currentData()
        return SearchFilters(
            section=self.section.currentData(),
            since=utcnow() - timedelta(days=int(days)) if days else None,
            published_only=self.published.isChecked(),
        )

    def _on_text(self, _text: str) -> None:
        self._suggest_timer.stop()
        self._search_timer.start()

    def refresh(self) -> None:
        """Run the search (or the suggestions when the box is empty) in the background."""
        self._search_timer.stop()
        self._suggest_timer.stop()
        article = self.article
        if article is None:
            return
        query, filters, exclude = self.search.text(), self.filters(), [article.id, *self.chosen_ids()]
        service = self.service
        limit = 20
        if query.strip():
            self.heading.setText("Results")
            job: Callable[[], list[RelatedHit]] = lambda: service.search(query, filters, exclude, limit)  # noqa: E731
        else:
            self.heading.setText("Suggestions: more like this")
            job = lambda: service.suggest(article, limit, exclude, filters)  # noqa: E731
        self._generation += 1
        self._pending = (self._generation, job)
        self._start_pending()

    def _start_pending(self) -> None:
        if self._in_flight or self._pending is None:
            return
        generation, job = self._pending
        self._pending = None
        self._in_flight = True

        def done(hits: list[RelatedHit]) -> None:
            self._in_flight = False
            if generation == self._generation:
                self.results_model.reset(hits)
                self._drop_chosen_from_results()
                if hits and not self.results.currentIndex().isValid():
                    self.results.setCurrentIndex(self.results_model.index(0))
            self._start_pending()

        def failed(error: BaseException) -> None:
            self._in_flight = False
            self._failed(error)
            self._start_pending()

        self.runner.run(job, done, failed)

    @property
    def busy(self) -> bool:
        return self._in_flight or self._pending is not None or self._search_timer.isActive()

    def _drop_chosen_from_results(self) -> None:
        chosen = set(self.chosen_ids())
        if self.article is not None:
            chosen.add(self.article.id)
        if any(h.id in chosen for h in self.results_model.hits):
            self.results_model.reset([h for h in self.results_model.hits if h.id not in chosen])

    # the chosen list ---------------------------------------------------------------------------------------
    def chosen_ids(self) -> list[str]:
        return [str(self.chosen_model.item(row).data(ID_ROLE)) for row in range(self.chosen_model.rowCount())]

    def _item(self, hit: RelatedHit) -> QStandardItem:
        item = QStandardItem(hit.title)
        item.setData(hit.id, ID_ROLE)
        item.setData(f"{hit.title}, {detail_text(hit)}", Qt.ItemDataRole.AccessibleTextRole)
        item.setToolTip(tip(f"{hit.title}\n{detail_text(hit)}"))
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )  # not a drop target: drops land between items, never onto one
        return item

    def _set_chosen(self, hits: list[RelatedHit]) -> None:
        self.chosen_model.blockSignals(True)
        self.chosen_model.clear()
        for hit in hits:
            self.chosen_model.appendRow(self._item(hit))
        self.chosen_model.blockSignals(False)
        self.chosen.reset()
        self._last_saved = self.chosen_ids()
        self._update_chosen_label()

    def _update_chosen_label(self) -> None:
        count = self.chosen_model.rowCount()
        self.chosen_label.setText(f"Related articles ({count} of {self.service.maximum})")

    def add_current(self) -> None:
        index = self.results.currentIndex()
        if index.isValid():
            self.add(str(index.data(ID_ROLE)))

    def add(self, article_id: str) -> None:
        hit = next((h for h in self.results_model.hits if h.id == article_id), None)
        if hit is None or article_id in self.chosen_ids():
            return
        if self.chosen_model.rowCount() >= self.service.maximum:
            self.message.setText(f"At most {self.service.maximum} related articles: remove one first.")
            return
        row = self.results.currentIndex().row()
        self.chosen_model.blockSignals(True)
        self.chosen_model.appendRow(self._item(hit))
        self.chosen_model.blockSignals(False)
        self.chosen.reset()
        self._drop_chosen_from_results()
        if self.results_model.rowCount():
            self.results.setCurrentIndex(
                self.results_model.index(min(max(row, 0), self.results_model.rowCount() - 1))
            )
        self._commit()

    def remove_current(self) -> None:
        row = self.chosen.currentIndex().row()
        if row < 0:
            return
        self.chosen_model.blockSignals(True)
        self.chosen_model.removeRow(row)
        self.chosen_model.blockSignals(False)
        self.chosen.reset()
        if self.chosen_model.rowCount():
            self.chosen.setCurrentIndex(
                self.chosen_model.index(min(row, self.chosen_model.rowCount() - 1), 0)
            )
        self._commit()
        self.refresh()  # the removed article may be a result again

    def move_current(self, step: int) -> None:
        row = self.chosen.currentIndex().row()
        target = row + step
        if row < 0 or not 0 <= target < self.chosen_model.rowCount():
            return
        self.chosen_model.blockSignals(True)
        items = self.chosen_model.takeRow(row)
        self.chosen_model.insertRow(target, items)
        self.chosen_model.blockSignals(False)
        self.chosen.reset()
        self.chosen.setCurrentIndex(self.chosen_model.index(target, 0))
        self._commit()

    def _chosen_reordered(self) -> None:
        if self.chosen_ids() != self._last_saved:
            self._commit()

    def _commit(self) -> None:
        article = self.article
        if article is None:
            return
        ids = self.chosen_ids()
        self._last_saved = ids
        self.message.clear()
        self._update_chosen_label()
        self.relatedChanged.emit(ids)

        def failed(error: BaseException) -> None:
            self._failed(error)
            self._load_chosen(article.id)

        self.runner.write(
            lambda: self.service.set_related(article.id, ids, origin=self), self.relatedSaved.emit, failed
        )

    def _failed(self, error: BaseException) -> None:
        self.message.setText(str(error).strip("'\"") or "Something went wrong; please try again.")

    def changed_elsewhere(self, changes: Changes, initiator: object | None = None) -> None:
        """Reload the chosen list when someone else changed the current article (not this picker's saves)."""
        if self in (changes.origin, initiator):
            return
        if self.article is not None and changes.touches(self.article.id):
            self._load_chosen(self.article.id)
