"""Photo imports for the photo panel: files, dropped or pasted images, decoded in the background (a process
pool) with the panel's progress bar and cancel button; a second import waits for the running one."""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from editor_app.services.photos import PhotoImported, PhotoImportReport, PhotoService
from editor_app.ui.photos.view import PhotoPanelView
from editor_app.ui.plain_text import tip
from editor_app.ui.progress import ProgressRelay
from editor_app.ui.task_runner import TaskRunner


class PhotoImporter(QObject):
    finished = Signal(object)
    """The :class:`PhotoImportReport` of a finished import (its report is already shown)."""
    filesReady = Signal(list, object)
    """Files to import now (``list[Path]``, a folder to delete afterwards or None): those queued behind an
    import that ended, or a pasted image written to a file; the panel adds them to the article it shows."""

    def __init__(self, service: PhotoService, runner: TaskRunner, view: PhotoPanelView) -> None:
        super().__init__(view)
        self.service, self.runner, self.view = service, runner, view
        self._cancel: threading.Event | None = None
        self._queued: list[Path] = []
        self._relay = ProgressRelay(self)
        self._relay.progressed.connect(self._on_progress)
        view.cancel_button.clicked.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def add_files(
        self, article_id: str, paths: Sequence[Path | str], *, featured: bool, cleanup: Path | None = None
    ) -> None:
        """Import files into the article (``featured``: the first becomes its featured photo)."""
        if not paths:
            return
        if self._cancel is not None:
            self._queued.extend(Path(p) for p in paths)
            return
        service, files, view = self.service, [Path(p) for p in paths], self.view
        cancel = self._cancel = threading.Event()
        view.progress.setRange(0, len(files))
        view.progress.setValue(0)
        view.progress.setFormat(self.tr("Importing %v of %n photo(s)…", "", len(files)))
        view.show_progress(True)

        def ingest() -> list[Any]:
            try:
                return service.ingest(files, self._relay.report, cancel)
            finally:
                if cleanup is not None:
                    shutil.rmtree(cleanup, ignore_errors=True)

        def attach(outcomes: list[Any]) -> None:
            self.runner.write(
                lambda: service.attach(article_id, outcomes, featured=featured, origin=view),
                lambda report: self._imported(report, cancel),
                self._failed,
            )

        self.runner.run(ingest, attach, self._failed)

    def add_image(self, image: QImage) -> None:
        """Import an image that has no file (pasted or dropped as data): written as PNG in the background."""
        if image.isNull():
            return
        folder = Path(tempfile.mkdtemp(prefix="editor-app-paste-"))
        path = folder / f"pasted-image-{datetime.now():%Y%m%d-%H%M%S}.png"
        copy = image.copy()

        def write() -> Path:
            if not copy.save(str(path)):
                raise OSError(f"could not write the pasted image to {path}")
            return path

        self.runner.run(write, lambda written: self.filesReady.emit([written], folder), self._failed)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self._queued.clear()
            self.view.progress.setFormat(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.view.progress.setMaximum(total)
        self.view.progress.setValue(done)

    def _imported(self, report: PhotoImportReport, cancel: threading.Event) -> None:
        report.cancelled = cancel.is_set()
        self._done()
        lines = [line for item, line in zip(report.items, report.lines, strict=True) if _worth_saying(item)]
        added = sum(1 for item in report.imported if item.new or not item.already_placed)
        lines.insert(0, self.tr("{} of %n photo(s) added.", "", len(report.items)).format(added))
        if report.cancelled:
            lines.insert(0, self.tr("Import cancelled; the photos that finished were added."))
        self.view.report_label.setToolTip(tip("\n".join(report.lines)))
        self.view.show_report(lines)
        self.finished.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self._done()
        self.view.show_report([self.tr("The import failed: {}").format(" ".join(str(exc).split()))])

    def _done(self) -> None:
        self._cancel = None
        self.view.show_progress(False)
        if self._queued:
            queued, self._queued = self._queued, []
            self.filesReady.emit(queued, None)


def _worth_saying(item: object) -> bool:
    """Failures, warnings and duplicates get their line in the panel; plain successes are counted."""
    return not isinstance(item, PhotoImported) or bool(item.warnings) or not item.new or item.already_placed
