"""The related-items picker's widgets (``relatedPicker``): the search box and filters, the results
(``relatedResults``, drawn by ``ResultDelegate``) and the ordered chosen list (``relatedChosen``), with their
keys. What they do is ``RelatedPicker``'s job (picker.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSize,
    Qt,
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

from editor_app.services.related import RelatedHit
from editor_app.ui.i18n import QT_TRANSLATE_NOOP
from editor_app.ui.item_roles import DETAIL_ROLE, ID_ROLE, SNIPPET_ROLE, Index
from editor_app.ui.labels import local_time, status_label
from editor_app.ui.plain_text import plain, tip

DATE_RANGES: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("RelatedPickerView", "Any time"), None),
    (QT_TRANSLATE_NOOP("RelatedPickerView", "Past week"), 7),
    (QT_TRANSLATE_NOOP("RelatedPickerView", "Past month"), 31),
    (QT_TRANSLATE_NOOP("RelatedPickerView", "Past year"), 366),
)


def detail_text(hit: RelatedHit) -> str:
    return " · ".join(
        p for p in (hit.section, local_time(hit.date, "d MMM yyyy"), status_label(hit.status)) if p
    )


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


class RelatedPickerView(QWidget):
    addRequested = Signal()
    """Enter on the search box or a result, or Add: add the current result."""
    removeRequested = Signal()
    moveRequested = Signal(int)
    """Move the current chosen article by this many places (Alt+Up/Alt+Down, the buttons)."""

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relatedPicker")
        self.setAccessibleName(self.tr("Related articles"))
        self.maximum = maximum
        self._build()
        self._wire_keys()

    # layout ------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("relatedSearch")
        self.search.setAccessibleName(self.tr("Search the archive for related articles"))
        self.search.setPlaceholderText(self.tr("Search the archive, or pick from suggestions…"))
        self.search.setClearButtonEnabled(True)
        self.section = QComboBox(self)
        self.section.setObjectName("relatedSectionFilter")
        self.section.setAccessibleName(self.tr("Only articles of this section"))
        self.section.addItem(self.tr("All sections"), None)
        self.dates = QComboBox(self)
        self.dates.setObjectName("relatedDateFilter")
        self.dates.setAccessibleName(self.tr("Only articles from this period"))
        for label, days in DATE_RANGES:
            self.dates.addItem(QCoreApplication.translate("RelatedPickerView", label), days)
        self.published = QCheckBox(self.tr("Published only"), self)
        self.published.setObjectName("relatedPublishedOnly")
        self.published.setAccessibleName(self.tr("Only published articles"))
        self.heading = QLabel(self.tr("Suggestions"), self)
        self.heading.setObjectName("relatedResultsHeading")
        self.results = QListView(self)
        self.results.setObjectName("relatedResults")
        self.results.setAccessibleName(self.tr("Search results and suggestions; press Enter to add"))
        self.results_model = ResultsModel(self)
        self.results.setModel(self.results_model)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setObjectName("relatedAdd")
        self.add_button.setAccessibleName(self.tr("Add the selected result to the related articles"))
        self.chosen = QListView(self)
        self.chosen.setObjectName("relatedChosen")
        self.chosen.setAccessibleName(
            self.tr("Chosen related articles, in order; Alt+Up and Alt+Down move, Delete removes")
        )
        self.chosen_model = QStandardItemModel(self)
        self.chosen.setModel(self.chosen_model)
        self.chosen.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.chosen.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.chosen.setDragDropOverwriteMode(False)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.setObjectName("relatedUp")
        self.up_button.setAccessibleName(self.tr("Move the selected related article up"))
        self.down_button = QPushButton(self.tr("Move &down"), self)
        self.down_button.setObjectName("relatedDown")
        self.down_button.setAccessibleName(self.tr("Move the selected related article down"))
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("relatedRemove")
        self.remove_button.setAccessibleName(self.tr("Remove the selected related article"))
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

    def _wire_keys(self) -> None:
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)
        self.chosen.installEventFilter(self)
        self.add_button.clicked.connect(self.addRequested.emit)
        self.up_button.clicked.connect(lambda: self.moveRequested.emit(-1))
        self.down_button.clicked.connect(lambda: self.moveRequested.emit(1))
        self.remove_button.clicked.connect(self.removeRequested.emit)
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.chosen)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.moveRequested.emit(step))

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
            self.addRequested.emit()
            return True
        if watched is self.results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.addRequested.emit()
            return True
        if watched is self.chosen and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.removeRequested.emit()
            return True
        return super().eventFilter(watched, event)

    def chosen_ids(self) -> list[str]:
        return [str(self.chosen_model.item(row).data(ID_ROLE)) for row in range(self.chosen_model.rowCount())]

    def chosen_item(self, hit: RelatedHit) -> QStandardItem:
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
            self.chosen_model.appendRow(self.chosen_item(hit))
        self.chosen_model.blockSignals(False)
        self.chosen.reset()
        self._last_saved = self.chosen_ids()
        self._update_chosen_label()

    def _update_chosen_label(self) -> None:
        count = self.chosen_model.rowCount()
        self.chosen_label.setText(self.tr("Related articles ({} of {})").format(count, self.maximum))
