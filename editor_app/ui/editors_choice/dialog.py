"""The Editor's choice dialog: the selection (drag, or Move up / Move down, to reorder), add and remove."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.domain.site_lists import ListItem, SiteList, as_of

ITEM_ROLE = Qt.ItemDataRole.UserRole


def _label(item: ListItem) -> str:
    title = item.title.strip() or QCoreApplication.translate("EditorsChoiceDialog", "Untitled article")
    if item.status == "publish":
        return title
    waiting = QCoreApplication.translate(
        "EditorsChoiceDialog", "{title} ({status}: not shown to readers yet)"
    )
    return waiting.format(title=title, status=item.status)


class EditorsChoiceDialog(QDialog):
    """Emits ``saveRequested(items)`` with the selection in its new order."""

    saveRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorsChoiceDialog")
        self.setWindowTitle(self.tr("Editor's choice"))
        self.resize(560, 480)

        self.status = QLabel(self)
        self.status.setObjectName("editorsChoiceStatus")
        self.status.setWordWrap(True)

        self.list = QListWidget(self)
        self.list.setObjectName("editorsChoiceList")
        self.list.setAccessibleName(self.tr("Editor's choice, in order"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.model().rowsMoved.connect(self._edited)

        self.up = self._button("editorsChoiceUp", self.tr("Move &up"), lambda: self._move(-1))
        self.down = self._button("editorsChoiceDown", self.tr("Move &down"), lambda: self._move(1))
        self.remove = self._button("editorsChoiceRemove", self.tr("&Remove"), self._remove)
        side = QVBoxLayout()
        for button in (self.up, self.down, self.remove):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)

        self.candidates = QComboBox(self)
        self.candidates.setObjectName("editorsChoiceCandidates")
        self.candidates.setAccessibleName(self.tr("Published article to add"))
        self.add = self._button("editorsChoiceAdd", self.tr("&Add"), self._add)
        adding = QHBoxLayout()
        adding.addWidget(self.candidates, 1)
        adding.addWidget(self.add)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.setObjectName("editorsChoiceButtons")
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row, 1)
        layout.addLayout(adding)
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._dirty = False
        self._update_buttons()

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- content -----------------------------------------------------------------------------------------

    def show_list(self, current: SiteList, candidates: Sequence[ListItem]) -> None:
        self.list.clear()
        for item in current.items:
            self._append(item)
        self.candidates.clear()
        for candidate in candidates:
            self.candidates.addItem(candidate.title.strip() or self.tr("Untitled article"), candidate)
        when = as_of(current.fetched_at)
        if current.pending:
            self.status.setText(self.tr("Your order is saved here and goes to the site with the next sync."))
        elif when:
            self.status.setText(self.tr("The selection on the site, {}. Drag to reorder.").format(when))
        else:
            self.status.setText(self.tr("Not synced yet: the site's selection arrives with the next sync."))
        self._dirty = False
        self._update_buttons()

    def items(self) -> list[ListItem]:
        return [self.list.item(row).data(ITEM_ROLE) for row in range(self.list.count())]

    def _append(self, item: ListItem) -> None:
        entry = QListWidgetItem(_label(item))
        entry.setData(ITEM_ROLE, item)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsDragEnabled)
        self.list.addItem(entry)

    # -- editing -----------------------------------------------------------------------------------------

    def _edited(self, *_: object) -> None:
        self._dirty = True
        self._update_buttons()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        entry = self.list.takeItem(row)
        self.list.insertItem(target, entry)
        self.list.setCurrentRow(target)
        self._edited()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._edited()

    def _add(self) -> None:
        candidate = self.candidates.currentData()
        if not isinstance(candidate, ListItem):
            return
        if any(item.remote_id == candidate.remote_id for item in self.items()):
            self.status.setText(self.tr("“{}” is already in Editor's choice.").format(candidate.title))
            return
        self._append(candidate)
        self.list.setCurrentRow(self.list.count() - 1)
        self._edited()

    def _save(self) -> None:
        self.saveRequested.emit(self.items())
        self._dirty = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < count - 1)
        self.remove.setEnabled(row >= 0)
        self.add.setEnabled(self.candidates.count() > 0)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(self._dirty)
