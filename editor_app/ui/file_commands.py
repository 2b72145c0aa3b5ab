"""Importing and exporting from the window: the file dialogs, the work in the background, the report.

A folder is asked about: an archive (references published elsewhere, kept with their dates, never sent to the
site) or drafts to work on. "Import Archive…" skips the question.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from editor_app.ui.articles.autosave import EditorController
from editor_app.ui.core_text import core_text
from editor_app.ui.plain_text import message_box
from editor_app.ui.progress import ProgressRelay
from editor_app.ui.status_bar import StatusBar
from editor_app.ui.task_runner import TaskRunner

if TYPE_CHECKING:
    from editor_app.services import Services
    from editor_app.services.importing import ImportReport
    from editor_app.ui.window.main_window import MainWindow


def open_files(window: MainWindow, paths: Iterable[str | os.PathLike[str]]) -> None:
    """Import the article files ``paths`` (Markdown or plain text) into ``window``'s newsroom and open the
    first; bad files get the usual import report. Safe to call while the window is still starting."""
    files = [Path(p).expanduser().absolute() for p in paths]
    if files:
        window.open_files(files)


class FileCommands(QObject):
    imported = Signal(object)
    """The ImportReport of a finished import (after its report was shown)."""

    def __init__(self, window: QMainWindow, runner: TaskRunner, editor: EditorController) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._editor = editor
        self.services: Services | None = None

    @property
    def _status(self) -> StatusBar:
        bar = self._window.statusBar()
        assert isinstance(bar, StatusBar)
        return bar

    def import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self._window,
            self.tr("Import articles"),
            str(Path.home()),
            self.tr("Articles (*.md *.markdown *.txt);;All files (*)"),
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._window, self.tr("Import a folder of articles"), str(Path.home())
        )
        if not folder:
            return
        archive = self.ask_archive(Path(folder))
        if archive is not None:
            self.import_paths([Path(folder)], archive=archive)

    def import_archive(self) -> None:
        """A folder of articles published elsewhere, as archive references (no question asked)."""
        folder = QFileDialog.getExistingDirectory(
            self._window, self.tr("Import an archive (articles published elsewhere)"), str(Path.home())
        )
        if folder:
            self.import_paths([Path(folder)], archive=True)

    def ask_archive(self, folder: Path) -> bool | None:
        """Whether the folder is an archive (True) or drafts to work on (False); None when cancelled."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Import folder"),
            self.tr("Is “{}” an archive of articles published elsewhere?").format(folder.name),
            parent=self._window,
        )
        box.setObjectName("importKindQuestion")
        box.setInformativeText(
            self.tr(
                "An archive keeps each article's original date and is searchable and linkable as related, but "
                "is never sent to the site (the desk can publish one article at a time). Drafts are new work "
                "that syncs with the site."
            )
        )
        archive = box.addButton(self.tr("Import as &Archive"), QMessageBox.ButtonRole.AcceptRole)
        archive.setObjectName("importAsArchive")
        drafts = box.addButton(self.tr("Import as &Drafts"), QMessageBox.ButtonRole.AcceptRole)
        drafts.setObjectName("importAsDrafts")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(archive)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is archive else False if clicked is drafts else None

    def import_paths(self, paths: list[Path], *, archive: bool | None = None) -> None:
        """Import in the background with progress; one line per bad file in the report, the rest imported.
        ``archive`` as in ``ImportService.import_paths`` (None: folders are archives)."""
        if self.services is None:
            return
        relay = ProgressRelay(self)
        relay.progressed.connect(
            lambda done, total: self._status.show_progress(done, total, self.tr("Importing"))
        )
        importer = self.services.importer

        def finished(report: ImportReport) -> None:
            self._status.show_progress(0, 0)
            relay.deleteLater()
            self.imported.emit(report)
            summary = self._summary(report)
            problems = [core_text(text) for text in [*(f.message for f in report.failures), *report.warnings]]
            if problems:
                text = f"{summary}\n\n{problems[0]}" if len(problems) == 1 else summary
                box = message_box(self._window, QMessageBox.Icon.Warning, self.tr("Import"), text)
                box.setObjectName("importReport")
                if len(problems) > 1:
                    box.setInformativeText(
                        self.tr("%n file(s) need attention; details below.", "", len(problems))
                    )
                box.setDetailedText("\n".join(problems))
                box.open()
            self._status.showMessage(summary, 8000)

        self._runner.write(
            lambda: importer.import_paths(paths, archive=archive, progress=relay.report), finished
        )

    def _summary(self, report: ImportReport) -> str:
        """``ImportReport.summary`` in the interface's language."""
        count, archived = len(report.imported), report.archived
        if archived == count and count:
            return self.tr(
                "Imported %n article(s) into the archive (published elsewhere: kept with their dates, not sent "
                "to the site).",
                "",
                count,
            )
        if archived:
            return self.tr(
                "Imported %n article(s); {} into the archive (not sent to the site).", "", count
            ).format(archived)
        return self.tr("Imported %n article(s).", "", count)

    def export_article(self) -> None:
        """Save the open article as Markdown (imports back losslessly) or as the page the preview shows."""
        article, services = self._editor.article, self.services
        if article is None or services is None:
            return
        self._editor.save()
        suggested = str(Path.home() / f"{(article.headline or 'article')[:60].strip()}.md")
        name, chosen = QFileDialog.getSaveFileName(
            self._window, self.tr("Export article"), suggested, self.tr("Markdown (*.md);;Web page (*.html)")
        )
        if not name:
            return
        as_html = name.endswith(".html") or "html" in chosen

        def export() -> None:
            exporter = services.exporter.page_html if as_html else services.importer.export_markdown
            Path(name).write_text(exporter(article.id), encoding="utf-8")

        self._runner.run(
            export,
            lambda _: self._status.showMessage(self.tr("Exported to {}").format(name), 6000),
            write=True,
        )
