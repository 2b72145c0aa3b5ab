"""Wires the site's lists into the window: the preview's Popular and Editor's choice blocks (refreshed after
each sync) and the desk's Editor's choice dialog (its order saved locally, then a sync sends it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from editor_app.domain.site_lists import ListItem, SiteList, as_of
from editor_app.services.site_lists import SiteLists, SiteListsService
from editor_app.ui.editors_choice.dialog import EditorsChoiceDialog
from editor_app.ui.task_runner import TaskRunner

ShowLists = Callable[[Sequence[ListItem], Sequence[ListItem], str], None]


class EditorsChoiceController(QObject):
    """``saved`` is emitted once the desk's order is stored locally (the window then asks for a sync)."""

    saved = Signal()

    def __init__(
        self, service: SiteListsService, runner: TaskRunner, show_lists: ShowLists, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._show_lists = show_lists
        self._window = parent
        self.dialog: EditorsChoiceDialog | None = None
        self.action = QAction(self.tr("&Editor's choice…"), parent)
        self.action.setObjectName("editorsChoiceAction")
        self.action.setStatusTip(self.tr("See and order the site's Editor's choice selection"))
        self.action.triggered.connect(self.open)

    def refresh(self, *_: object) -> None:
        """Reload both lists from the local copy (after a sync) into the preview and the open dialog."""
        self._runner.run(self._service.lists, self._take)

    def _take(self, lists: SiteLists) -> None:
        fetched = lists.popular.fetched_at or lists.editors_choice.fetched_at
        self._show_lists(lists.popular.items, lists.editors_choice.items, as_of(fetched))

    def open(self) -> EditorsChoiceDialog:
        if self.dialog is None:
            self.dialog = EditorsChoiceDialog(self._window)
            self.dialog.saveRequested.connect(self._save)
        self._runner.run(lambda: (self._service.lists(), self._service.candidates()), self._fill)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _fill(self, loaded: tuple[SiteLists, list[ListItem]]) -> None:
        lists, candidates = loaded
        if self.dialog is not None:
            self.dialog.show_list(lists.editors_choice, candidates)

    def _save(self, items: list[ListItem]) -> None:
        def stored(current: SiteList) -> None:
            if self.dialog is not None:
                self.dialog.show_list(
                    current,
                    [self.dialog.candidates.itemData(i) for i in range(self.dialog.candidates.count())],
                )
            self.refresh()
            self.saved.emit()

        def failed(error: BaseException) -> None:
            if self.dialog is not None:
                self.dialog.status.setText(str(error))

        self._runner.write(lambda: self._service.set_editors_choice(items), stored, failed)
