"""The related-items picker (``relatedPicker``): what it does. Its widgets are ``RelatedPickerView`` (view.py):
type-ahead search or "more like this" suggestions and the ordered chosen list, all operable from the keyboard.

Queries run on the task runner's reader threads. One query is in flight at a time; a newer request waits as
"pending" and replaces any older pending one, and a result whose generation is not the newest is dropped, so
fast typing never piles up work nor shows stale hits. The picker saves the chosen list itself (on the writer
thread) and emits ``relatedChanged(ids)`` at once, for the preview.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from editor_app.domain import Article
from editor_app.domain.article import utcnow
from editor_app.services.changes import Changes
from editor_app.services.related import RelatedHit, RelatedService
from editor_app.store.search_records import SearchFilters
from editor_app.ui.item_roles import ID_ROLE
from editor_app.ui.related.view import RelatedPickerView
from editor_app.ui.task_runner import TaskRunner

SEARCH_DELAY_MS = 150
SUGGEST_DELAY_MS = 600


class RelatedPicker(RelatedPickerView):
    relatedChanged = Signal(list)
    """The chosen ids in order, emitted at once on every change (the save follows on the writer thread)."""
    relatedSaved = Signal(object)
    """The Changes of a completed save (origin: this picker)."""

    def __init__(self, service: RelatedService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(service.maximum, parent)
        self.service = service
        self.runner = runner
        runner.changesApplied.connect(self.changed_elsewhere)
        self.article: Article | None = None
        self._last_saved: list[str] = []
        self._generation = 0
        self._in_flight = False
        self._pending: tuple[int, Callable[[], list[RelatedHit]]] | None = None
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self._suggest_timer = QTimer(self, singleShot=True, interval=SUGGEST_DELAY_MS)
        self._suggest_timer.timeout.connect(self.refresh)
        self._wire()
        self.setEnabled(False)
        # the first "more like this" is as fast as the next: its statistics and pages load while the profile opens
        runner.run(service.warm_up, lambda _result: None, lambda _error: None)

    def _wire(self) -> None:
        self.search.textChanged.connect(self._on_text)
        self.addRequested.connect(self.add_current)
        self.results.activated.connect(lambda index: self.add(str(index.data(ID_ROLE))))
        self.removeRequested.connect(self.remove_current)
        self.moveRequested.connect(self.move_current)
        self.section.currentIndexChanged.connect(self.refresh)
        self.dates.currentIndexChanged.connect(self.refresh)
        self.published.toggled.connect(self.refresh)
        # a drag-and-drop reorder inserts then removes rows: read the order once the drop has settled
        self.chosen_model.rowsRemoved.connect(lambda *_: QTimer.singleShot(0, self._chosen_reordered))

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
            self.section.addItem(self.tr("All sections"), None)
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
            self.heading.setText(self.tr("Results"))
            job: Callable[[], list[RelatedHit]] = lambda: service.search(query, filters, exclude, limit)  # noqa: E731
        else:
            self.heading.setText(self.tr("Suggestions: more like this"))
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
    def add_current(self) -> None:
        index = self.results.currentIndex()
        if index.isValid():
            self.add(str(index.data(ID_ROLE)))

    def add(self, article_id: str) -> None:
        hit = next((h for h in self.results_model.hits if h.id == article_id), None)
        if hit is None or article_id in self.chosen_ids():
            return
        if self.chosen_model.rowCount() >= self.service.maximum:
            self.message.setText(
                self.tr("At most {} related articles: remove one first.").format(self.service.maximum)
            )
            return
        row = self.results.currentIndex().row()
        self.chosen_model.blockSignals(True)
        self.chosen_model.appendRow(self.chosen_item(hit))
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
        self.message.setText(str(error).strip("'\"") or self.tr("Something went wrong; please try again."))

    def changed_elsewhere(self, changes: Changes, initiator: object | None = None) -> None:
        """Reload the chosen list when someone else changed the current article (not this picker's saves)."""
        if self in (changes.origin, initiator):
            return
        if self.article is not None and changes.touches(self.article.id):
            self._load_chosen(self.article.id)
