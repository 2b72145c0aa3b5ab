"""The photo panel (``photoPanel``): what it does with the article's photos. Its widgets are
``PhotoPanelView`` (view.py), imports run in ``PhotoImporter`` (importer.py).

Edits are saved after a short pause through the task runner's single writer, and announced with
``photosChanged(changes)``. With several photos selected, a field the user edits is set on all of them and the
other fields stay as they are. Tagging keys (1-5, 0, 6-9, F) and the loupe work on the selection; a removal is
confirmed and can be undone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from editor_app.domain import ArticlePhoto, Photo
from editor_app.domain.photo import parse_keywords
from editor_app.services.changes import Changes
from editor_app.services.photos import PhotoImportReport, PhotoService, inline_markdown
from editor_app.ui.photos.desk_texts import CreditsCodesDialog
from editor_app.ui.photos.importer import PhotoImporter
from editor_app.ui.photos.loupe import Loupe
from editor_app.ui.photos.models import PhotoItem, load_thumbnail, local_files
from editor_app.ui.photos.removal import PhotoRemover
from editor_app.ui.photos.view import PhotoPanelView
from editor_app.ui.task_runner import TaskRunner

SAVE_DELAY_MS = 600


class PhotoPanel(PhotoPanelView):
    photosChanged = Signal(object)
    """A :class:`Changes` record after every write (``origin`` is this panel)."""
    insertRequested = Signal(str)
    """Markdown that places the selected photo inline in the body (the main window inserts it)."""
    importFinished = Signal(object)
    """The :class:`PhotoImportReport` of a finished import."""

    def __init__(self, service: PhotoService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.runner = service, runner
        runner.changesApplied.connect(self.apply_changes)
        self.article_id: str | None = None
        self._generation = 0
        self._editing: list[str] = []
        """Ids of the photos the form shows (pending edits go to them)."""
        self._pending: dict[str, str] = {}
        self._form_credit = ""
        self.loupe: Loupe | None = None
        self.texts_dialog: CreditsCodesDialog | None = None
        self.importer = PhotoImporter(service, runner, self)
        self.remover = PhotoRemover(self)
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._wire()
        self._update_form()
        self.refresh_desk_texts()

    def _wire(self) -> None:
        for action, slot in (
            (self.action_add, self.choose_files),
            (self.action_featured, self.set_featured),
            (self.action_insert, self.insert_inline),
            (self.action_loupe, self.open_loupe),
            (self.action_remove, self.remove_selected),
            (self.action_undo, self.undo_remove),
            (self.action_texts, self.open_desk_texts),
            (self.action_paste, self.paste),
        ):
            action.triggered.connect(slot)
        self.undo_bar.undoRequested.connect(self.undo_remove)
        self.view.undoKey.connect(self.undo_remove)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.filesDropped.connect(self.add_files)
        self.view.tagKey.connect(self.tag)
        self.filesDropped.connect(self.add_files)
        self.imageDropped.connect(self.add_image)
        self.view.doubleClicked.connect(lambda _index: self.open_loupe())
        self.model.orderChanged.connect(self._on_reordered)
        self.form.fieldEdited.connect(self._on_field)
        self.credit_edit.editingFinished.connect(self._remember_credit)
        self.expander.expanded.connect(
            lambda codes: self.runner.run(lambda: self.service.count_code_use(codes), write=True)
        )
        self.importer.filesReady.connect(lambda paths, cleanup: self.add_files(paths, cleanup=cleanup))
        self.importer.finished.connect(self._imported)

    # the article ------------------------------------------------------------------------------------------
    def set_article(self, article_id: str | None) -> None:
        """Show ``article_id``'s photos (None: nothing); pending edits of the previous photos are saved first."""
        self.flush()
        if article_id != self.article_id:
            self.remover.forget()
            self.report.hide()
            if self.loupe is not None:
                self.loupe.close()
        self.article_id = article_id
        self._editing = []
        self.reload()

    def reload(self, select: Sequence[str] = ()) -> None:
        """Load the article's photos and thumbnails off the GUI thread, then keep (or set) the selection."""
        self._generation += 1
        generation, article_id, service = self._generation, self.article_id, self.service
        keep = list(select) or self.selected_ids()
        if article_id is None:
            self._loaded(generation, [], keep)
            return

        def load() -> list[PhotoItem]:
            return [
                PhotoItem(slot, load_thumbnail(service.thumbnail_path(slot.photo)))
                for slot in service.photos(article_id)
            ]

        self.runner.run(load, lambda items: self._loaded(generation, items, keep))

    def _loaded(self, generation: int, items: list[PhotoItem], keep: list[str]) -> None:
        if generation != self._generation:
            return  # another article (or a newer load) came since
        if self._pending:  # edits typed while this loaded win over what was read
            items = [
                PhotoItem(
                    ArticlePhoto(_edited(i.slot.photo, self._pending), i.slot.position, i.slot.featured),
                    i.thumbnail,
                )
                if i.slot.photo.id in self._editing
                else i
                for i in items
            ]
        selection = self.view.selectionModel()
        selection.blockSignals(True)  # one form update below, not one per selected row
        try:
            self.model.reset(items)
            rows = [self.model.row_of(pid) for pid in keep if self.model.row_of(pid) >= 0]
            current = rows[0] if rows else (0 if items else -1)
            if current >= 0:
                selection.setCurrentIndex(
                    self.model.index(current), QItemSelectionModel.SelectionFlag.NoUpdate
                )
            for row in rows or ([current] if current >= 0 else []):
                selection.select(self.model.index(row), QItemSelectionModel.SelectionFlag.Select)
        finally:
            selection.blockSignals(False)
        self.view.viewport().update()
        self._update_form()
        self._update_loupe()

    def apply_changes(self, changes: Changes, initiator: object | None = None) -> None:
        """Refresh when someone else changed this article (changes this panel made are already shown)."""
        if self in (changes.origin, initiator):
            return
        if self.article_id and changes.touches(self.article_id):
            self.reload()

    def refresh_desk_texts(self) -> None:
        """Reload saved credits (autocomplete) and code replacements in the background."""
        service = self.service

        def load() -> tuple[list[str], dict[str, str]]:
            return service.saved_credits(), service.code_replacements()

        def apply(result: tuple[list[str], dict[str, str]]) -> None:
            self.credits.setStringList(result[0])
            self.expander.codes = result[1]

        self.runner.run(load, apply)

    # selection and the form -------------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedIndexes())
        return [self.model.slot(row).photo.id for row in rows if row < self.model.rowCount()]

    def selected_photos(self) -> list[Photo]:
        return [p for p in (self.model.photo(pid) for pid in self.selected_ids()) if p is not None]

    def current_slot(self) -> ArticlePhoto | None:
        """The current photo when it is selected, else the first selected one (None without a selection)."""
        index = self.view.currentIndex()
        selected = self.view.selectionModel().isSelected(index) if index.isValid() else False
        if selected and index.row() < self.model.rowCount():
            return self.model.slot(index.row())
        ids = self.selected_ids()
        return self.model.slot(self.model.row_of(ids[0])) if ids else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self.selected_ids() != self._editing:
            self.flush()
            self._update_form()

    def _update_form(self) -> None:
        photos = self.selected_photos()
        self._editing = [p.id for p in photos]
        self._form_credit = photos[0].credit if len(photos) == 1 else ""
        self.form.show_photos(photos)
        self.accepts_drops = self.article_id is not None
        self.show_selection(len(photos), self.article_id is not None)

    def _on_field(self, name: str, text: str) -> None:
        if not self._editing:
            return
        self._pending[name] = text
        for photo_id in self._editing:
            photo = self.model.photo(photo_id)
            if photo is not None:
                self.model.replace_photo(_edited(photo, {name: text}))  # badges update at once
        self.form.show_notes(self.selected_photos())
        self._save_timer.start()

    def flush(self) -> None:
        """Save pending edits now (called on selection change, article change and quit)."""
        self._save_timer.stop()
        if not self._pending or not self._editing:
            self._pending = {}
            return
        ids, fields = list(self._editing), dict(self._pending)
        self._pending = {}
        self.write(lambda: self.service.apply_fields(ids, fields, origin=self))

    def write(self, job: Callable[[], Changes], then: Callable[[], None] | None = None) -> None:
        """Run ``job`` on the writer; announce its changes, then call ``then`` (errors are shown)."""

        def done(changes: Changes) -> None:
            if not changes.empty:
                self.photosChanged.emit(changes)
            if then is not None:
                then()

        self.runner.write(job, done, self._on_error)

    def _on_error(self, exc: BaseException) -> None:
        self.show_message(self.tr("Could not save the photo: {0}").format(exc))
        self.reload()

    def _remember_credit(self) -> None:
        credit = self.credit_edit.text().strip()
        if credit and credit != self._form_credit and "credit" not in self.form.mixed:
            self._form_credit = credit
            self.write(lambda: self.service.remember_credit(credit), self.refresh_desk_texts)

    # tagging ----------------------------------------------------------------------------------------------
    def tag(self, kind: str, value: object = None, *, shown_only: bool = False) -> None:
        """A tagging key: ``rating`` (0-5), ``label`` (a colour; the same again clears it), ``featured``,
        ``loupe``. Ratings and labels go to every selected photo (``shown_only``: the loupe's photo alone)."""
        if kind == "featured":
            self.set_featured()
            return
        if kind == "loupe":
            self.open_loupe()
            return
        current = self.current_slot()
        photos = ([current.photo] if current else []) if shown_only else self.selected_photos()
        if not photos:
            return
        self.flush()
        ids = [p.id for p in photos]
        if kind == "rating" and isinstance(value, int):
            rating: int | None = value
            label: str | None = None
            for photo in photos:
                self.model.replace_photo(photo.with_changes(rating=value))
        elif kind == "label" and isinstance(value, str):
            rating, label = None, "" if all(p.label == value for p in photos) else value
            for photo in photos:
                self.model.replace_photo(photo.with_changes(label=label))
        else:
            return
        self._update_loupe()
        self.write(lambda: self.service.tag(ids, rating=rating, label=label, origin=self))

    def set_featured(self) -> None:
        slot, article_id = self.current_slot(), self.article_id
        if slot is None or article_id is None:
            return
        self.flush()
        self.write(
            lambda: self.service.set_featured(article_id, slot.photo.id, origin=self),
            lambda: self.reload(self.selected_ids()),
        )

    # the loupe --------------------------------------------------------------------------------------------
    def open_loupe(self) -> None:
        if self.current_slot() is None:
            return
        if self.loupe is None:
            self.loupe = Loupe(self.runner, self)
            self.loupe.step.connect(self.step_loupe)
            self.loupe.tagKey.connect(lambda kind, value: self.tag(kind, value, shown_only=True))
        self._update_loupe(force=True)
        self.loupe.show()
        self.loupe.activateWindow()

    def step_loupe(self, step: int) -> None:
        slot = self.current_slot()
        if slot is None or not self.model.rowCount():
            return
        row = max(0, min(self.model.rowCount() - 1, self.model.row_of(slot.photo.id) + step))
        self.view.setCurrentIndex(self.model.index(row))  # selects it alone, as a click would
        self._update_loupe(force=True)

    def _update_loupe(self, force: bool = False) -> None:
        loupe, slot = self.loupe, self.current_slot()
        if loupe is None or slot is None or not (force or loupe.isVisible()):
            return
        if slot.photo.id == loupe.photo_id and not force:
            loupe.update_caption(slot)
            return
        row = self.model.row_of(slot.photo.id)
        original = self.service.original_path(slot.photo)
        loupe.show_photo(slot, row, self.model.rowCount(), self.model.thumbnail(row), original)

    # actions ----------------------------------------------------------------------------------------------
    def insert_inline(self) -> None:
        slot = self.current_slot()
        if slot is not None:
            self.insertRequested.emit(inline_markdown(slot.photo))

    def remove_selected(self) -> None:
        """Ask first (how many, and whether the featured photo is among them); the answer removes them."""
        self.remover.ask(self.selected_ids())

    def undo_remove(self) -> None:
        self.remover.undo()

    @property
    def confirm_box(self) -> QMessageBox | None:
        return self.remover.confirm_box

    def open_desk_texts(self) -> None:
        """The Credits & Codes manager; the panel picks up what changed there."""
        if self.texts_dialog is None:
            self.texts_dialog = CreditsCodesDialog(self.service, self.runner, self)
            self.texts_dialog.changed.connect(self.refresh_desk_texts)
        else:
            self.texts_dialog.reload()
        self.texts_dialog.show()
        self.texts_dialog.activateWindow()

    def _on_reordered(self, ids: list[str]) -> None:
        article_id = self.article_id
        if article_id is not None:
            self.write(lambda: self.service.reorder(article_id, ids, origin=self), lambda: self.reload(ids))

    # importing --------------------------------------------------------------------------------------------
    def choose_files(self) -> None:
        images = self.tr("Images (*.jpg *.jpeg *.png *.tif *.tiff *.webp);;All files (*)")
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), "", images)
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: Sequence[Path | str], *, cleanup: Path | None = None) -> None:
        """Import files into the current article in the background (queued if an import is running)."""
        if self.article_id is None or not paths:
            return
        if not self.importer.running:
            self.flush()
        featured = not any(slot.featured for slot in self.model.slots())
        self.importer.add_files(self.article_id, paths, featured=featured, cleanup=cleanup)

    def add_image(self, image: QImage) -> None:
        """Import an image that has no file (pasted or dropped as data)."""
        if self.article_id is not None:
            self.importer.add_image(image)

    def paste(self) -> bool:
        """Add the clipboard's image files or image; False when it holds neither."""
        mime = QGuiApplication.clipboard().mimeData()
        files = local_files(mime) if mime is not None else []
        if files:
            self.add_files(files)
            return True
        if mime is not None and mime.hasImage():
            self.add_image(QGuiApplication.clipboard().image())
            return True
        return False

    def cancel_import(self) -> None:
        self.importer.cancel()

    @property
    def importing(self) -> bool:
        return self.importer.running

    def _imported(self, report: PhotoImportReport) -> None:
        if not report.changes.empty:
            self.photosChanged.emit(report.changes)
        self.reload([item.photo.id for item in report.imported])
        self.importFinished.emit(report)


def _edited(photo: Photo, fields: dict[str, str]) -> Photo:
    """``photo`` with form texts applied as the service will store them."""
    values: dict[str, object] = {
        name: parse_keywords(text) if name == "keywords" else text.strip() for name, text in fields.items()
    }
    return photo.with_changes(**values)
