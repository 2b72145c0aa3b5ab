"""Importing and exporting from the window: the file dialogs, the work in the background, the report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from editor_app.ui.articles.autosave import EditorController
from editor_app.ui.plain_text import message_box
from editor_app.ui.progress import ProgressRelay
from editor_app.ui.status_bar import StatusBar
from editor_app.ui.task_runner import TaskRunner

if TYPE_CHECKING:
    from editor_app.services import Services
    from editor_app.services.importing import ImportReport


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
            "Import articles",
            str(Path.home()),
            "Articles (*.md *.markdown *.txt);;All files (*)",
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._window, "Import a folder of articles", str(Path.home())
        )
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        """Import in the background with progress; one line per bad file in the report, the rest imported."""
        if self.services is None:
            return
        relay = ProgressRelay(self)
        relay.progressed.connect(lambda done, total: self._status.show_progress(done, total, "Importing"))
        importer = self.services.importer

        def finished(report: ImportReport) -> None:
            self._status.show_progress(0, 0)
            relay.deleteLater()
            self.imported.emit(report)
            count = len(report.imported)
            summary = f"Imported {count} article{'s' if count != 1 else ''}."
            problems = [f.message for f in report.failures] + report.warnings
            if problems:
                text = f"{summary}\n\n{problems[0]}" if len(problems) == 1 else summary
                box = message_box(self._window, QMessageBox.Icon.Warning, "Import", text)
                box.setObjectName("importReport")
                if len(problems) > 1:
                    box.setInformativeText(f"{len(problems)} file(s) need attention; details below.")
                box.setDetailedText("\n".join(problems))
                box.open()
            self._status.showMessage(summary, 8000)

        self._runner.run(lambda: importer.import_paths(paths, progress=relay.report), finished, write=True)

    def export_article(self) -> None:
        """Save the open article as Markdown (imports back losslessly) or as the page the preview shows."""
        article, services = self._editor.article, self.services
        if article is None or services is None:
            return
        self._editor.save()
        suggested = str(Path.home() / f"{(article.headline or 'article')[:60].strip()}.md")
        name, chosen = QFileDialog.getSaveFileName(
            self._window, "Export article", suggested, "Markdown (*.md);;Web page (*.html)"
        )
        if not name:
            return
        as_html = name.endswith(".html") or "html" in chosen

        def export() -> None:
            exporter = services.exporter.page_html if as_html else services.importer.export_markdown
            Path(name).write_text(exporter(article.id), encoding="utf-8")

        self._runner.run(export, lambda _: self._status.showMessage(f"Exported to {name}", 6000), write=True)
