"""The photo panel (``photoPanel``): the article's photos as thumbnails and the selected photo's metadata.

Imports run in the background (decoding on a process pool) with a progress bar and cancel; edits are saved
after a short pause through the task runner's single writer, and announced with ``photosChanged(changes)``.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import (
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from editor_app.domain import ArticlePhoto, Photo
from editor_app.services.changes import Changes
from editor_app.services.photos import (
    EDITABLE_FIELDS,
    PhotoImported,
    PhotoImportReport,
    PhotoService,
    attention_text,
    inline_markdown,
)
from editor_app.ui.photos.models import (
    CodeExpander,
    PhotoItem,
    PhotoListModel,
    PhotoListView,
    load_thumbnail,
    local_files,
)
from editor_app.ui.plain_text import plain, tip
from editor_app.ui.progress import ProgressRelay
from editor_app.ui.task_runner import TaskRunner

IMAGE_FILTER = "Images (*.jpg *.jpeg *.png *.tif *.tiff *.webp);;All files (*)"
SAVE_DELAY_MS = 600
_BANNER = (
    "background:#fdecea;color:#8a1c10;border:1px solid #e0a49c;border-radius:4px;padding:6px;font-weight:bold"
)
_NOTE = "background:#eaf1fb;color:#1c3f73;border:1px solid #a9c1e6;border-radius:4px;padding:6px"
_FIELDS: tuple[tuple[str, str, str, bool], ...] = (
    # (field, objectName, label, multi-line)
    ("caption", "captionEdit", "Caption", True),
    ("alt_text", "altTextEdit", "Alt text", True),
    ("credit", "creditEdit", "Credit", False),
    ("creator", "creatorEdit", "Creator", False),
    ("copyright", "copyrightEdit", "Copyright", False),
    ("source", "photoSourceEdit", "Source", False),
    ("instructions", "instructionsEdit", "Instructions", True),
    ("date_taken", "dateTakenEdit", "Date taken", False),
    ("city", "cityEdit", "City", False),
    ("country", "countryEdit", "Country", False),
)


class PhotoPanel(QWidget):
    photosChanged = Signal(object)
    """A :class:`Changes` record after every write (``origin`` is this panel)."""
    insertRequested = Signal(str)
    """Markdown that places the selected photo inline in the body (the main window inserts it)."""
    importFinished = Signal(object)
    """The :class:`PhotoImportReport` of a finished import."""

    def __init__(self, service: PhotoService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoPanel")
        self.setAccessibleName("Photos of the article")
        self.setAcceptDrops(True)
        self.service, self.runner = service, runner
        runner.changesApplied.connect(self.apply_changes)
        self.article_id: str | None = None
        self._generation = 0
        self._shown: Photo | None = None
        self._loading_form = False
        self._dirty = False
        self._form_credit = ""
        self._cancel: threading.Event | None = None
        self._queued: list[Path] = []
        self._relay = ProgressRelay(self)
        self._relay.progressed.connect(self._on_progress)

        self.model = PhotoListModel(self)
        self.view = PhotoListView(self)
        self.view.setObjectName("photoList")
        self.view.setAccessibleName("Photos: drag to reorder, drop image files to add them")
        self.view.setModel(self.model)
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.expander = CodeExpander(self)
        self.credits = QStringListModel(self)
        self._build_actions()
        self._build_layout()
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._wire()
        self._update_form()
        self.refresh_desk_texts()

    # assembly ---------------------------------------------------------------------------------------------
    def _action(self, name: str, text: str, tip: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.action_add = self._action(
            "actionAddPhotos", "Add photos…", "Import image files into this article", self.choose_files
        )
        self.action_featured = self._action(
            "actionSetFeatured", "Featured", "Make the selected photo the article's featured photo",
            self.set_featured,
        )  # fmt: skip
        self.action_insert = self._action(
            "actionInsertPhoto", "Insert in text", "Place the selected photo in the body", self.insert_inline
        )
        self.action_remove = self._action(
            "actionRemovePhoto",
            "Remove",
            "Take the selected photos out of this article",
            self.remove_selected,
        )
        self.action_remove.setShortcut(QKeySequence.StandardKey.Delete)
        self.action_remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.action_paste = self._action(
            "actionPastePhoto", "Paste image", "Add the image on the clipboard", self.paste
        )
        self.action_paste.setShortcut(QKeySequence.StandardKey.Paste)
        self.action_paste.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addActions([self.action_remove, self.action_paste])
        self.addAction(self.action_add)

    def _build_layout(self) -> None:
        toolbar = QToolBar("Photos", self)
        toolbar.setObjectName("photoToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.action_add, self.action_featured, self.action_insert, self.action_remove])
        self.progress = QProgressBar(self)
        self.progress.setObjectName("photoImportProgress")
        self.progress.setAccessibleName("Photo import progress")
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setObjectName("cancelImportButton")
        self.cancel_button.setAccessibleName("Cancel the photo import")
        self.cancel_button.clicked.connect(self.cancel_import)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.report_label = self._label("photoImportReport", "Photo import report", _NOTE)
        self.banner = self._label("instructionsBanner", "Special instructions", _BANNER)
        self.privacy_note = self._label("privacyNote", "Location privacy note", _NOTE)
        self.checklist_label = self._label("photoChecklist", "What the photo still needs", "color:#8a1c10")
        self.info_label = self._label("photoInfo", "Photo size and file", "color:palette(placeholder-text)")
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("applyToSelectionButton")
        self.apply_button.setAccessibleName("Apply credit and copyright to the selected photos")
        self.apply_button.clicked.connect(self.apply_credit_to_selection)

        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, object_name, label, multi_line in _FIELDS:
            edit: QLineEdit | QPlainTextEdit
            if multi_line:
                edit = QPlainTextEdit(form_widget)
                edit.setTabChangesFocus(True)
                edit.setMaximumHeight(72 if name == "caption" else 52)
            else:
                edit = QLineEdit(form_widget)
            edit.setObjectName(object_name)
            edit.setAccessibleName(f"Photo {label.lower()}")
            self.edits[name] = edit
            form.addRow(f"{label}:", edit)
        date = self.edits["date_taken"]
        assert isinstance(date, QLineEdit)
        date.setPlaceholderText("YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS")
        self.credit_completer = QCompleter(self.credits, self)
        self.credit_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.credit_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.credit_edit.setCompleter(self.credit_completer)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(toolbar)
        layout.addWidget(self.view, 3)
        layout.addLayout(progress_row)
        for widget in (
            self.report_label,
            self.banner,
            self.privacy_note,
            self.checklist_label,
            self.info_label,
        ):
            layout.addWidget(widget)
        layout.addWidget(scroll, 4)
        layout.addWidget(self.apply_button)
        self._show_progress(False)

    def _label(self, name: str, accessible: str, style: str) -> QLabel:
        label = plain(QLabel(self))  # file names and IPTC text are shown as written, never as markup
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    def _wire(self) -> None:
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.filesDropped.connect(self.add_files)
        self.view.doubleClicked.connect(lambda _index: self.insert_inline())
        self.model.orderChanged.connect(self._on_reordered)
        for edit in self.edits.values():
            self.expander.watch(edit)
            if isinstance(edit, QLineEdit):
                edit.textEdited.connect(self._on_edited)
            else:
                edit.textChanged.connect(self._on_edited)
        self.credit_edit.editingFinished.connect(self._remember_credit)
        self.expander.expanded.connect(
            lambda codes: self.runner.run(lambda: self.service.count_code_use(codes), write=True)
        )

    @property
    def caption_edit(self) -> QPlainTextEdit:
        edit = self.edits["caption"]
        assert isinstance(edit, QPlainTextEdit)
        return edit

    @property
    def credit_edit(self) -> QLineEdit:
        edit = self.edits["credit"]
        assert isinstance(edit, QLineEdit)
        return edit

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
            for name, edit in self.edits.items():
                value = getattr(photo, name) if photo else ""
                if isinstance(edit, QLineEdit):
                    edit.setText(value)
                else:
                    edit.setPlainText(value)
                edit.setEnabled(photo is not None)
        finally:
            self._loading_form = False
        self._update_notes(photo)
        count = len(self.selected_ids())
        has_article = self.article_id is not None
        self.action_add.setEnabled(has_article)
        self.action_paste.setEnabled(has_article)
        for action in (self.action_featured, self.action_insert):
            action.setEnabled(count == 1)
        self.action_remove.setEnabled(count > 0)
        self.apply_button.setVisible(count > 1)
        self.apply_button.setText(f"Apply this credit and copyright to the {count} selected photos")

    def _update_notes(self, photo: Photo | None) -> None:
        attention = attention_text(photo) if photo else ""
        short = attention if len(attention) <= 180 else attention[:179].rsplit(" ", 1)[0] + " …"
        self.banner.setText(f"⚠ Special instructions: {short}")
        self.banner.setToolTip(tip(attention))
        self.banner.setVisible(bool(attention))
        self.privacy_note.setText(
            "This photo's original file carries a GPS location. It is never published: the rendition that "
            "is uploaded has no location, camera serial numbers or owner names."
        )
        self.privacy_note.setVisible(bool(photo and photo.has_gps))
        missing = photo.missing_for_publishing() if photo else []
        self.checklist_label.setText(f"Incomplete: add {', '.join(missing)} before publishing.")
        self.checklist_label.setVisible(bool(missing))
        if photo:
            taken = f" · taken {photo.date_taken}" if photo.date_taken else ""
            self.info_label.setText(
                f"{photo.width} × {photo.height} px · {photo.filename or 'no file'}{taken}"
            )
        self.info_label.setVisible(photo is not None)

    def form_values(self) -> dict[str, str]:
        return {
            name: edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
            for name, edit in self.edits.items()
        }

    def _on_edited(self, *_args: object) -> None:
        if self._loading_form or self._shown is None:
            return
        edited = self._shown.with_changes(**{k: v.strip() for k, v in self.form_values().items()})
        self._shown = edited
        self.model.replace_photo(edited)  # badges update at once
        self._update_notes(edited)
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
        self._show_report([f"Could not save the photo: {exc}"])
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
        credit = self.credit_edit.text().strip() or None
        copyright_edit = self.edits["copyright"]
        assert isinstance(copyright_edit, QLineEdit)
        copyright_ = copyright_edit.text().strip() or None
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
        names, _filter = QFileDialog.getOpenFileNames(self, "Add photos", "", IMAGE_FILTER)
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: Sequence[Path | str], *, cleanup: Path | None = None) -> None:
        """Import files into the current article in the background (queued if an import is running)."""
        if self.article_id is None or not paths:
            return
        if self._cancel is not None:
            self._queued.extend(Path(p) for p in paths)
            return
        self.flush()
        article_id, service, files = self.article_id, self.service, [Path(p) for p in paths]
        featured = not any(slot.featured for slot in self.model.slots())
        cancel = self._cancel = threading.Event()
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.progress.setFormat(f"Importing %v of {len(files)} photos…")
        self._show_progress(True)

        def ingest() -> list[Any]:
            try:
                return service.ingest(files, self._relay.report, cancel)
            finally:
                if cleanup is not None:
                    shutil.rmtree(cleanup, ignore_errors=True)

        def attach(outcomes: list[Any]) -> None:
            self.runner.write(
                lambda: service.attach(article_id, outcomes, featured=featured, origin=self),
                lambda report: self._imported(report, cancel),
                self._import_failed,
            )

        self.runner.run(ingest, attach, self._import_failed)

    def add_image(self, image: QImage) -> None:
        """Import an image that has no file (pasted or dropped as data): written as PNG in the background."""
        if self.article_id is None or image.isNull():
            return
        folder = Path(tempfile.mkdtemp(prefix="editor-app-paste-"))
        path = folder / f"pasted-image-{datetime.now():%Y%m%d-%H%M%S}.png"
        copy = image.copy()

        def write() -> Path:
            if not copy.save(str(path)):
                raise OSError(f"could not write the pasted image to {path}")
            return path

        self.runner.run(write, lambda written: self.add_files([written], cleanup=folder), self._import_failed)

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
        if self._cancel is not None:
            self._cancel.set()
            self._queued.clear()
            self.progress.setFormat("Cancelling…")

    @property
    def importing(self) -> bool:
        return self._cancel is not None

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _imported(self, report: PhotoImportReport, cancel: threading.Event) -> None:
        report.cancelled = cancel.is_set()
        self._finish_import()
        lines = [line for item, line in zip(report.items, report.lines, strict=True) if _worth_saying(item)]
        added = sum(1 for item in report.imported if item.new or not item.already_placed)
        lines.insert(0, f"{added} of {len(report.items)} photos added.")
        if report.cancelled:
            lines.insert(0, "Import cancelled; the photos that finished were added.")
        self.report_label.setToolTip(tip("\n".join(report.lines)))
        self._show_report(lines)
        if not report.changes.empty:
            self.photosChanged.emit(report.changes)
        self.reload([item.photo.id for item in report.imported])
        self.importFinished.emit(report)

    def _import_failed(self, exc: BaseException) -> None:
        self._finish_import()
        self._show_report([f"The import failed: {' '.join(str(exc).split())}"])

    def _finish_import(self) -> None:
        self._cancel = None
        self._show_progress(False)
        if self._queued:
            queued, self._queued = self._queued, []
            self.add_files(queued)

    def _show_progress(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)

    def _show_report(self, lines: list[str]) -> None:
        self.report_label.setText("\n".join(lines))
        self.report_label.setVisible(bool(lines))

    # drops onto the panel ---------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if self.article_id and (local_files(mime) or mime.hasImage()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        files = local_files(mime)
        if files:
            self.add_files(files)
        elif mime.hasImage():
            self.add_image(QImage(mime.imageData()))
        else:
            return
        event.acceptProposedAction()


def _worth_saying(item: object) -> bool:
    """Failures, warnings and duplicates get their line in the panel; plain successes are counted."""
    return not isinstance(item, PhotoImported) or bool(item.warnings) or not item.new or item.already_placed
