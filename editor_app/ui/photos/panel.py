"""The photo panel (``photoPanel``): what it does with the article's photos. Its widgets are
``PhotoPanelView`` (view.py), imports run in ``PhotoImporter`` (importer.py).

Edits are saved after a short pause through the task runner's single writer, and announced with
``photosChanged(changes)``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget

from editor_app.domain import ArticlePhoto, Photo
from editor_app.services.changes import Changes
from editor_app.services.photos import EDITABLE_FIELDS, PhotoImportReport, PhotoService, inline_markdown
from editor_app.ui.photos.importer import PhotoImporter
from editor_app.ui.photos.models import PhotoItem, load_thumbnail, local_files
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
        self._shown: Photo | None = None
        self._loading_form = False
        self._dirty = False
        self._form_credit = ""
        self.importer = PhotoImporter(service, runner, self)
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
            (self.action_remove, self.remove_selected),
            (self.action_paste, self.paste),
        ):
            action.triggered.connect(slot)
        self.apply_button.clicked.connect(self.apply_credit_to_selection)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.filesDropped.connect(self.add_files)
        self.filesDropped.connect(self.add_files)
        self.imageDropped.connect(self.add_image)
        self.view.doubleClicked.connect(lambda _index: self.insert_inline())
        self.model.orderChanged.connect(self._on_reordered)
        for edit in self.edits.values():
            if isinstance(edit, QLineEdit):
                edit.textEdited.connect(self._on_edited)
            else:
                edit.textChanged.connect(self._on_edited)
        self.credit_edit.editingFinished.connect(self._remember_credit)
        self.expander.expanded.connect(
            lambda codes: self.runner.run(lambda: self.service.count_code_use(codes), write=True)
        )
        self.importer.filesReady.connect(lambda paths, cleanup: self.add_files(paths, cleanup=cleanup))
        self.importer.finished.connect(self._imported)

    # the article ------------------------------------------------------------------------------------------
    def set_article(self, article_id: str | None) -> None:
        """Show ``article_id``'s photos (None: nothing); pending edits of the previous photo are saved first."""
        self.flush()
        self.article_id = article_id
        self._shown = None
        self.report_label.hide()
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
        pending = self._shown if self._dirty else None
        if pending is not None:  # edits typed while this loaded win over what was read
            items = [
                PhotoItem(ArticlePhoto(pending, i.slot.position, i.slot.featured), i.thumbnail)
                if i.slot.photo.id == pending.id
                else i
                for i in items
            ]
        self.model.reset(items)
        selection = self.view.selectionModel()
        for photo_id in keep:
            row = self.model.row_of(photo_id)
            if row >= 0:
                selection.select(self.model.index(row), selection.SelectionFlag.Select)
        rows = [self.model.row_of(pid) for pid in keep if self.model.row_of(pid) >= 0]
        if rows:
            self.view.setCurrentIndex(self.model.index(rows[0]))
        elif items:
            self.view.setCurrentIndex(self.model.index(0))
        self._update_form()

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

    def current_slot(self) -> ArticlePhoto | None:
        index = self.view.currentIndex()
        return self.model.slot(index.row()) if index.isValid() else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.flush()
        self._update_form()

    def _update_form(self) -> None:
        slot = self.current_slot() if self.selected_ids() else None
        photo = slot.photo if slot else None
        self._shown = photo
        self._form_credit = photo.credit if photo else ""
        self._loading_form = True
        try:
            self.show_form(photo)
        finally:
            self._loading_form = False
        self.accepts_drops = self.article_id is not None
        self.show_selection(len(self.selected_ids()), self.article_id is not None)

    def _on_edited(self, *_args: object) -> None:
        if self._loading_form or self._shown is None:
            return
        edited = self._shown.with_changes(**{k: v.strip() for k, v in self.form_values().items()})
        self._shown = edited
        self.model.replace_photo(edited)  # badges update at once
        self.show_notes(edited)
        self._dirty = True
        self._save_timer.start()

    def flush(self) -> None:
        """Save the shown photo's pending edits now (called on selection change, article change and quit)."""
        self._save_timer.stop()
        if not self._dirty or self._shown is None:
            return
        self._dirty = False
        photo_id = self._shown.id
        fields = {name: getattr(self._shown, name) for name in EDITABLE_FIELDS}
        self._write(lambda: self.service.update(photo_id, fields, origin=self))

    def _write(self, job: Callable[[], Changes], then: Callable[[], None] | None = None) -> None:
        def done(changes: Changes) -> None:
            if not changes.empty:
                self.photosChanged.emit(changes)
            if then is not None:
                then()

        self.runner.write(job, done, self._on_error)

    def _on_error(self, exc: BaseException) -> None:
        self.show_report(
            [QCoreApplication.translate("PhotoPanel", "Could not save the photo: {}").format(exc)]
        )
        self.reload()

    def _remember_credit(self) -> None:
        credit = self.credit_edit.text().strip()
        if credit and credit != self._form_credit:
            self._form_credit = credit
            self._write(lambda: self.service.remember_credit(credit), self.refresh_desk_texts)

    # actions ----------------------------------------------------------------------------------------------
    def set_featured(self) -> None:
        slot, article_id = self.current_slot(), self.article_id
        if slot is None or article_id is None:
            return
        self.flush()
        self._write(
            lambda: self.service.set_featured(article_id, slot.photo.id, origin=self),
            lambda: self.reload([slot.photo.id]),
        )

    def insert_inline(self) -> None:
        slot = self.current_slot()
        if slot is not None:
            self.insertRequested.emit(inline_markdown(self._shown or slot.photo))

    def remove_selected(self) -> None:
        ids, article_id = self.selected_ids(), self.article_id
        if not ids or article_id is None:
            return
        self.flush()

        self._write(lambda: self.service.detach(article_id, *ids, origin=self), self.reload)

    def apply_credit_to_selection(self) -> None:
        ids = self.selected_ids()
        credit = self.line_text("credit") or None
        copyright_ = self.line_text("copyright") or None
        if len(ids) < 2 or (credit is None and copyright_ is None):
            return
        self.flush()

        def then() -> None:
            self.reload(ids)
            self.refresh_desk_texts()

        self._write(
            lambda: self.service.apply_to_many(ids, credit=credit, copyright=copyright_, origin=self), then
        )

    def _on_reordered(self, ids: list[str]) -> None:
        article_id = self.article_id
        if article_id is not None:
            self._write(lambda: self.service.reorder(article_id, ids, origin=self), lambda: self.reload(ids))

    # importing --------------------------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            QCoreApplication.translate("PhotoPanel", "Add photos"),
            "",
            QCoreApplication.translate(
                "PhotoPanel", "Images (*.jpg *.jpeg *.png *.tif *.tiff *.webp);;All files (*)"
            ),
        )
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
