"""The window's commands on whole articles: new, demo, delete, history and restore."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from editor_app.services import Changes
from editor_app.services.snapshot import ArticleSnapshot
from editor_app.ui.plain_text import ask

if TYPE_CHECKING:
    from editor_app.domain import Article
    from editor_app.domain.review import AuditEntry
    from editor_app.store import Revision
    from editor_app.ui.window.main_window import MainWindow


class ArticleCommands(QObject):
    """Each command saves what is being typed first, then writes through the window's runner."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def new_article(self) -> None:
        w = self.window
        w.editor.save()
        section = w.list_panel.section_combo.currentData() or "News"

        def created(result: tuple[Article, Changes]) -> None:
            article, _changes = result
            w.show_snapshot(ArticleSnapshot(article, (), ()))
            w.list_panel.refresh(select_id=article.id)
            w.form.headline.setFocus()
            w.update_actions()

        w.runner.write(
            lambda: w.services.articles.create(origin=w, section=section, language=w.form.default_language),
            created,
        )

    def open_demo(self) -> None:
        w = self.window

        def opened(result: tuple[str, Changes]) -> None:
            lead, _changes = result
            w.show_editor()
            w.list_panel.refresh(select_id=lead)
            w.statusBar().showMessage(self.tr("Demo newsroom opened."), 5000)

        w.runner.write(w.services.demo.open_demo, opened)

    def delete_article(self) -> None:
        w = self.window
        article = w.editor.article
        if article is None:
            return
        answer = ask(
            w,
            self.tr("Delete article"),
            self.tr("Delete “{0}”?\n\nIt moves to Deleted and can be restored; nothing is erased.").format(
                article.title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        w.editor.save()
        article_id = article.id

        def deleted(changes: Changes) -> None:
            w.editor.close_article()
            w.status.show_article(None)
            w.update_actions()

        w.runner.write(lambda: w.services.articles.delete(article_id, origin=w), deleted)

    def show_history(self) -> None:
        """Open the history of the current article (after saving what is being typed)."""
        w = self.window
        if w.editor.article is None:
            return
        article_id = w.editor.article.id
        articles = w.services.articles
        w.editor.save()
        workflow = w.workflow_bar.workflow

        def load() -> tuple[Article | None, list[Revision], list[AuditEntry]]:
            trail = workflow.trail(article_id) if workflow is not None else []
            return articles.get(article_id), articles.history(article_id), trail

        def show(result: tuple[Article | None, list[Revision], list[AuditEntry]]) -> None:
            article, revisions, trail = result
            if article is None:
                return
            from editor_app.ui.review.history_dialog import HistoryDialog  # not before the first paint

            dialog = HistoryDialog(article, revisions, w, trail=trail)
            dialog.restoreRequested.connect(lambda rid: self.restore_revision(article_id, rid))
            dialog.open()

        w.runner.run(load, show, write=True)  # on the writer queue: after the save above

    def restore_revision(self, article_id: str, revision_id: int) -> None:
        w = self.window
        w.runner.write(lambda: w.services.articles.restore_revision(article_id, revision_id, origin=w))
