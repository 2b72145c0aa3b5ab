"""The main window: it assembles the panels and wires their signals; behaviour lives in the panels."""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from editor_app import __version__
from editor_app.domain import Article, Role
from editor_app.domain.workflow import not_editable_reason
from editor_app.services import Changes
from editor_app.services.snapshot import ArticleSnapshot
from editor_app.store import ArticleQuery, ArticleSummary, Revision
from editor_app.ui.actions import Actions, app_icon, build_actions
from editor_app.ui.articles.autosave import EditorController
from editor_app.ui.articles.form import ArticleForm
from editor_app.ui.articles.list_panel import ArticleListPanel
from editor_app.ui.edit_menu import EditCommands
from editor_app.ui.file_commands import FileCommands
from editor_app.ui.plain_text import ask
from editor_app.ui.preview.editor_link import EditorLink
from editor_app.ui.preview.factory import make_preview
from editor_app.ui.review.history_dialog import HistoryDialog
from editor_app.ui.review.workflow_bar import WorkflowBar
from editor_app.ui.status_bar import StatusBar
from editor_app.ui.task_runner import TaskRunner
from editor_app.ui.welcome import WelcomePage

if TYPE_CHECKING:
    from editor_app.domain.review import AuditEntry
    from editor_app.services import Services
    from editor_app.services.importing import ImportReport
    from editor_app.services.workflow import WorkflowService
    from editor_app.ui.sync.status import SyncState

log = logging.getLogger(__name__)

WELCOME, EDITOR = 0, 1
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp"})


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services | None,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        media_root: Path | None = None,
    ) -> None:
        """Build the window; with ``services`` None it paints at once and waits for ``attach()``.

        ``media_root`` (the profile's media folder) is the only place the preview loads images from.
        """
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setAccessibleName("Editorial Workstation")
        self.setWindowTitle("Editorial Workstation")
        self.setWindowIcon(app_icon())
        self.settings = settings
        self.runner = TaskRunner(self)
        self._attached = False
        self._started = False
        self._pending_files: list[Path] = []
        self.read_only_reason = ""
        """Why the whole profile cannot be written (a read-only folder or disk); empty when it can."""

        self.acts = build_actions(self)
        self.list_panel = ArticleListPanel(self)
        self.form = ArticleForm(self)
        self.form.setEnabled(False)
        self.editor = EditorController(self.form, self.runner)
        self.welcome = WelcomePage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.form)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        self.setCentralWidget(self.splitter)
        theme = services.paths.site_theme_page if services else None
        media = media_root or (services.paths.media if services else None)
        self.preview, self.preview_problem = make_preview(media, theme, settings)
        self.preview_link = EditorLink(self.form.body, self.preview)
        self.snapshot: ArticleSnapshot | None = None
        self.preview_dock = self._dock("previewDock", "Preview", self.preview)
        self.workflow_bar = WorkflowBar(self, self.runner)
        self.files = FileCommands(self, self.runner, self.editor)
        self.files.imported.connect(self._imported)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self._build_menus(self.acts)
        self._wire()
        self.resize(1400, 860)
        self.resizeDocks([self.preview_dock], [560], Qt.Orientation.Horizontal)
        self._restore_layout()
        if services is not None:
            self.attach(services)

    @property
    def attached(self) -> bool:
        return self._attached

    def attach(self, services: Services, *, panels: bool = True) -> None:
        """Connect the window to an open profile. With ``panels`` False only the list and the editor are
        connected, so the article list can start loading before ``attach_panels`` builds the docks."""
        self.services = services
        self.editor.articles = services.articles
        self.files.services = services
        self.list_panel.set_fetcher(self._fetch_list)
        if panels:
            self.attach_panels(services)

    def attach_panels(self, services: Services) -> None:
        """The docks and controllers that need the open profile: photos, related, review, sync."""
        self._attach_photos(services)
        self._attach_related(services)
        workflow = services.workflow
        self.workflow_bar.attach(workflow)
        self._attach_review(services, workflow)
        self.form.body.set_personal_dictionary(services.paths.root)
        self._attach_sync(services)
        self._attach_editors_choice(services)
        self._attached = True
        self._update_actions()

    def _attach_review(self, services: Services, workflow: WorkflowService) -> None:
        from editor_app.ui.review.panel import ReviewPanel

        self.review_panel = ReviewPanel(self.runner, self)
        self.review_dock = self._dock("reviewDock", "Review", self.review_panel)
        self.tabifyDockWidget(self.related_dock, self.review_dock)
        self.photo_dock.raise_()  # a reporter starts from the photos; desks get their queue (_role_changed)
        self.view_menu.addAction(self.review_dock.toggleViewAction())
        self.review_panel.attach(services.review, workflow, self.workflow_bar.role)
        self.review_panel.openRequested.connect(self.open_article)
        self.workflow_bar.roleChanged.connect(self._role_changed)
        if self._saved_state is not None:
            self.restoreState(self._saved_state)

    def _lock_if_needed(self, article: Article) -> None:
        """Text the user's role may not change now (taken by the desk, published...) is shown read-only."""
        reason = self.read_only_reason or not_editable_reason(article.status, self.workflow_bar.role)
        self.form.set_read_only(reason)

    def _role_changed(self, role: Role) -> None:
        if self.editor.article is not None:
            self._lock_if_needed(self.editor.article)
        self.review_panel.set_role(role)
        if role is not Role.REPORTER:  # the desk and the photo desk start from their queues
            self.review_dock.raise_()

    def _attach_editors_choice(self, services: Services) -> None:
        """The site's Popular and Editor's choice in the preview, and the desk's Editor's choice dialog."""
        from editor_app.ui.editors_choice.controller import EditorsChoiceController

        self.editors_choice = EditorsChoiceController(
            services.site_lists, self.runner, self.preview.set_site_lists, self
        )
        self.view_menu.addAction(self.editors_choice.action)
        self.sync.logged.connect(self.editors_choice.refresh)  # after every sync run
        self.editors_choice.saved.connect(lambda: self.sync.sync_now("editors-choice"))
        self.editors_choice.refresh()

    def _attach_sync(self, services: Services) -> None:
        from editor_app.ui.sync.controller import SyncController
        from editor_app.ui.sync.status import Phase, show_state

        self.sync = SyncController(services.sync, self.runner, self, articles=services.articles)

        def show(state: SyncState) -> None:
            show_state(self.status.sync, state)
            self.list_panel.model.show_sync = state.phase is not Phase.NO_SITE

        self.sync.stateChanged.connect(show)
        self.sync.progressed.connect(lambda done, total: self.status.show_progress(done, total, "Syncing"))
        self.sync.logged.connect(
            lambda _run: self.list_panel.refresh()
        )  # pushes change the "not synced" marks
        self.status.sync.linkActivated.connect(self.sync.open_link)
        sync_menu = QMenu("S&ync", self)
        self.menuBar().insertMenu(self.help_menu.menuAction(), sync_menu)
        sync_menu.addActions(
            [self.sync.action, self.sync.conflicts_action, self.sync.log_action, self.sync.sites_action]
        )
        self.toolbar.addAction(self.sync.action)
        self.sync.start()

    # assembly -------------------------------------------------------------------------------------------
    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def _build_menus(self, a: Actions) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([a.new_article, a.save])
        file_menu.addSeparator()
        file_menu.addActions([a.import_, a.import_folder, a.import_archive, a.export])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        bar.addMenu(self.workflow_bar.menu)
        edit_menu = bar.addMenu("&Edit")
        self.edit_commands = EditCommands(self, a)
        self.edit_commands.build_menu(edit_menu, list(self.form.body.find_actions.values()), [a.history])
        edit_menu.addSeparator()
        edit_menu.addAction(a.delete)
        self.view_menu = bar.addMenu("&View")
        self.view_menu.addAction(self.preview_dock.toggleViewAction())
        self.help_menu = bar.addMenu("&Help")
        self.help_menu.addAction(a.manual)
        self.help_menu.addSeparator()
        self.help_menu.addAction(a.about)
        toolbar = self.toolbar = QToolBar("Main toolbar", self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([a.new_article, a.save, a.import_, a.export])
        self.addToolBar(toolbar)

    def _wire(self) -> None:
        a = self.acts
        a.new_article.triggered.connect(self.new_article)
        a.save.triggered.connect(lambda: self.editor.save())
        a.import_.triggered.connect(self.import_files)
        a.import_folder.triggered.connect(self.import_folder)
        a.import_archive.triggered.connect(self.files.import_archive)
        a.export.triggered.connect(self.export_article)
        a.delete.triggered.connect(self.delete_article)
        a.history.triggered.connect(self.show_history)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self._about)
        a.manual.triggered.connect(self.show_manual)
        self.welcome.openDemo.connect(self.open_demo)
        self.welcome.newArticle.connect(self.new_article)
        self.welcome.importFiles.connect(self.import_files)
        self.list_panel.articleSelected.connect(self.open_article)
        self.runner.changesApplied.connect(self.apply_changes)
        self.editor.saveFailed.connect(self._show_error)
        # The article as loaded (open, stored version or status changed): never per keystroke.
        self.editor.articleChanged.connect(self.status.show_article)
        self.editor.articleChanged.connect(self._preview_fields)
        self.editor.articleChanged.connect(self.workflow_bar.show_article)
        self.editor.articleChanged.connect(self._lock_if_needed)
        # A header field typed in: its own path to the preview. The body goes through EditorLink alone.
        self.editor.fieldsEdited.connect(self._preview_fields)
        self.editor.textSettled.connect(lambda article: self.status.show_words(article.body))
        self.workflow_bar.statusText.connect(self.status.show_status_text)
        self.workflow_bar.before_transition = self.editor.save
        self.workflow_bar.failed.connect(self._show_error)
        self.runner.failed.connect(self._show_error)
        self._update_actions()

    # list ------------------------------------------------------------------------------------------------
    def _fetch_list(self, query: ArticleQuery, deliver: object) -> None:
        articles = self.services.articles

        def load() -> tuple[list[ArticleSummary], set[str], list[str]]:
            return articles.summaries(query), articles.unsynced_ids(), articles.sections()

        self.runner.run(load, deliver)  # type: ignore[arg-type]

    def start(self) -> None:
        """Fill the list (in the background) and reopen the last article, or show the welcome page."""
        last = str(self.settings.value("session/lastArticle", "") or "")

        def ready(count: int) -> None:
            if count == 0:
                self.stack.setCurrentIndex(WELCOME)
            else:
                self.stack.setCurrentIndex(EDITOR)
            self.list_panel.refresh(select_id=last or None)
            self._refresh_sync()
            self._started = True
            if self._pending_files:
                files, self._pending_files = self._pending_files, []
                self.import_paths(files)

        self.runner.run(self.services.articles.count, ready)

    def apply_changes(self, changes: Changes, initiator: object | None = None) -> None:
        """The window's subscription to the change bus (``runner.changesApplied``): the editor, the preview
        around the text, the list rows and the sync counts follow; the editor skips its own saves."""
        if changes.empty:
            return
        current = self.editor.article
        if current is not None and initiator is not self.editor and changes.touches(current.id):
            if current.id in changes.removed:
                self.editor.close_article()
                self.stack.setCurrentIndex(WELCOME if self.list_panel.model.rowCount() <= 1 else EDITOR)
            else:
                self.runner.run(lambda: self.services.articles.get(current.id), self._refresh_editor)
                self.refresh_snapshot()  # photos or related items may have changed
        self._update_list(changes)

    def _update_list(self, changes: Changes) -> None:
        """Update the rows named in ``changes`` in place; reload the list only when rows come or go."""
        if changes.created or changes.removed or self.list_panel.filtered():
            self.list_panel.refresh()
            self._refresh_sync()
            return
        model = self.list_panel.model
        shown = {article_id for article_id in changes.updated if model.row_of(article_id) >= 0}
        articles = self.services.articles

        def update(result: tuple[list[ArticleSummary], set[str]]) -> None:
            rows, pending = result
            model.update_rows(rows, pending)
            if self._attached:
                self.sync.show_pending(len(pending))

        self.runner.run(lambda: articles.rows(shown), update)

    def _refresh_editor(self, article: Article | None) -> None:
        """A stored version changed elsewhere: the form takes it, or only the status while edits are unsaved."""
        if article is None:
            return
        if self.editor.dirty or self.editor.saving:
            self.editor.take_status(article)
        else:
            self.editor.refresh_from(article)

    def _refresh_sync(self) -> None:
        if self._attached:
            self.sync.refresh()

    # commands --------------------------------------------------------------------------------------------
    def open_article(self, article_id: str) -> None:
        if self.editor.article is not None and self.editor.article.id == article_id:
            return

        def show(snapshot: ArticleSnapshot | None) -> None:
            if snapshot is not None:
                self.show_snapshot(snapshot)

        self.runner.run(lambda: self.services.articles.snapshot(article_id), show)

    def show_snapshot(self, snapshot: ArticleSnapshot) -> None:
        """Open an article in the form and load its page in the preview."""
        self.snapshot = snapshot
        self.preview.images.set_photos(p.photo for p in snapshot.photos)
        if self._attached:
            self.photo_panel.set_article(snapshot.article.id)
        self.stack.setCurrentIndex(EDITOR)
        self.preview.show_article(snapshot.article, **self._around_text(snapshot))
        self.editor.open(snapshot.article)
        self.settings.setValue("session/lastArticle", snapshot.article.id)
        self._update_actions()

    @staticmethod
    def _around_text(s: ArticleSnapshot) -> dict[str, Any]:
        return dict(featured=s.featured, related=s.related_links, corrected_at=s.corrected_at)

    def _preview_fields(self, article: Article) -> None:
        """Patch the preview's header fields as the user edits them (the body has its own path)."""
        snapshot = self.snapshot
        if snapshot is None or snapshot.article.id != article.id:
            return
        self.preview.update_fields(article, **self._around_text(snapshot))

    def refresh_snapshot(self) -> None:
        """Photos or related items changed: reload what the preview shows around the text."""
        current = self.editor.article
        if current is None:
            return

        def take(snapshot: ArticleSnapshot | None) -> None:
            if snapshot is not None and self.editor.article is not None:
                self.snapshot = snapshot
                self.preview.images.set_photos(p.photo for p in snapshot.photos)
                self._preview_fields(self.form.apply_to(self.editor.article))
                self.preview.update_body(self.form.body.toPlainText())  # inline photos may resolve now

        self.runner.run(lambda: self.services.articles.snapshot(current.id), take)

    def new_article(self) -> None:
        self.editor.save()
        section = self.list_panel.section_combo.currentData() or "News"

        def created(result: tuple[Article, Changes]) -> None:
            article, _changes = result
            self.show_snapshot(ArticleSnapshot(article, (), ()))
            self.list_panel.refresh(select_id=article.id)
            self.form.headline.setFocus()
            self._update_actions()

        self.runner.write(lambda: self.services.articles.create(origin=self, section=section), created)

    def open_demo(self) -> None:
        def opened(result: tuple[str, Changes]) -> None:
            lead, _changes = result
            self.stack.setCurrentIndex(EDITOR)
            self.list_panel.refresh(select_id=lead)
            self.statusBar().showMessage("Demo newsroom opened.", 5000)

        self.runner.write(self.services.demo.open_demo, opened)

    def import_files(self) -> None:
        self.files.import_files()

    def import_folder(self) -> None:
        self.files.import_folder()

    def import_paths(self, paths: list[Path]) -> None:
        self.files.import_paths(paths)

    def open_files(self, paths: list[Path]) -> None:
        """Import article files and open the first (files given on the command line or to the launcher);
        while the profile is still opening they wait for it."""
        if self._started:
            self.import_paths(paths)
        else:
            self._pending_files.extend(paths)

    def export_article(self) -> None:
        self.files.export_article()

    def _imported(self, report: ImportReport) -> None:
        self.stack.setCurrentIndex(EDITOR)
        self.list_panel.refresh(select_id=report.imported[0].article_id if report.imported else None)

    def delete_article(self) -> None:
        article = self.editor.article
        if article is None:
            return
        answer = ask(
            self,
            "Delete article",
            f"Delete “{article.title}”?\n\nIt moves to Deleted and can be restored; nothing is erased.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.editor.save()
        article_id = article.id

        def deleted(changes: Changes) -> None:
            self.editor.close_article()
            self.status.show_article(None)
            self._update_actions()

        self.runner.write(lambda: self.services.articles.delete(article_id, origin=self), deleted)

    def show_history(self) -> None:
        """Open the history of the current article (after saving what is being typed)."""
        if self.editor.article is None:
            return
        article_id = self.editor.article.id
        articles = self.services.articles
        self.editor.save()

        workflow = self.workflow_bar.workflow

        def load() -> tuple[Article | None, list[Revision], list[AuditEntry]]:
            trail = workflow.trail(article_id) if workflow is not None else []
            return articles.get(article_id), articles.history(article_id), trail

        def show(result: tuple[Article | None, list[Revision], list[AuditEntry]]) -> None:
            article, revisions, trail = result
            if article is None:
                return
            dialog = HistoryDialog(article, revisions, self, trail=trail)
            dialog.restoreRequested.connect(lambda rid: self.restore_revision(article_id, rid))
            dialog.open()

        self.runner.run(load, show, write=True)  # on the writer queue: after the save above

    def restore_revision(self, article_id: str, revision_id: int) -> None:
        self.runner.write(
            lambda: self.services.articles.restore_revision(article_id, revision_id, origin=self)
        )

    def _attach_photos(self, services: Services) -> None:
        from editor_app.ui.photos.panel import PhotoPanel

        self.photo_panel = PhotoPanel(services.photos, self.runner)
        self.photo_dock = self._dock("photoDock", "Photos", self.photo_panel)
        self.splitDockWidget(self.preview_dock, self.photo_dock, Qt.Orientation.Vertical)
        self.view_menu.addAction(self.photo_dock.toggleViewAction())
        self.photo_panel.insertRequested.connect(self._insert_in_body)
        self.form.body.viewport().installEventFilter(self)
        self.form.body.setAcceptDrops(True)
        if self.editor.article is not None:
            self.photo_panel.set_article(self.editor.article.id)
        if self._saved_state is not None:  # the saved layout places this dock too, now that it exists
            self.restoreState(self._saved_state)

    def _attach_related(self, services: Services) -> None:
        from editor_app.ui.related.picker import RelatedPicker

        self.related_picker = RelatedPicker(services.related, self.runner)
        self.related_dock = self._dock("relatedDock", "Related articles", self.related_picker)
        self.tabifyDockWidget(self.photo_dock, self.related_dock)
        self.photo_dock.raise_()
        self.view_menu.addAction(self.related_dock.toggleViewAction())
        for article_signal in (self.editor.articleChanged, self.editor.fieldsEdited, self.editor.textSettled):
            article_signal.connect(self.related_picker.set_article)
        if self.editor.article is not None:
            self.related_picker.set_article(self.editor.article)
        if self._saved_state is not None:
            self.restoreState(self._saved_state)

    def _insert_in_body(self, markdown: str) -> None:
        """Place an inline photo at the cursor, as its own paragraph."""
        cursor = self.form.body.textCursor()
        block_text = cursor.block().text()
        prefix = "" if not block_text.strip() else "\n\n"
        cursor.insertText(f"{prefix}{markdown}\n\n")
        self.form.body.setTextCursor(cursor)
        self.form.body.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Image files dropped on the body are imported as photos of the article (other drops: as usual)."""
        if watched is self.form.body.viewport() and event.type() in (QEvent.Type.DragEnter, QEvent.Type.Drop):
            assert isinstance(event, QDropEvent | QDragEnterEvent)
            files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
            images = [f for f in files if Path(f).suffix.lower() in IMAGE_SUFFIXES]
            if images and self.editor.article is not None:
                event.acceptProposedAction()
                if event.type() == QEvent.Type.Drop:
                    self.photo_panel.add_files([Path(f) for f in images])
                return True
        return super().eventFilter(watched, event)

    def _update_actions(self) -> None:
        writable = self._attached and not self.read_only_reason
        for action in (
            self.acts.new_article,
            self.acts.import_,
            self.acts.import_folder,
            self.acts.import_archive,
        ):
            action.setEnabled(writable)
        self.welcome.setEnabled(writable)
        has_article = self.editor.article is not None
        for action in (self.acts.export, self.acts.history):
            action.setEnabled(has_article)
        for action in (self.acts.save, self.acts.delete):
            action.setEnabled(has_article and not self.read_only_reason)

    def show_read_only_profile(self, reason: str) -> None:
        """The profile cannot be written: a banner says why, and editing is switched off everywhere."""
        from editor_app.ui.read_only import read_only_banner

        self.read_only_reason = f"This profile is read-only ({reason}): you can read, search and export."
        banner = read_only_banner(self, self.read_only_reason)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)
        banner.show()
        if self.editor.article is not None:
            self._lock_if_needed(self.editor.article)
        self._update_actions()

    def _show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)

    def show_manual(self) -> None:
        from editor_app.ui.manual import ManualDialog

        dialog = ManualDialog(self)
        dialog.open()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About Editorial Workstation",
            f"<b>Editorial Workstation</b> {__version__}<br>Data folder: {html.escape(str(self.services.paths.root))}",
        )

    # layout and quitting ---------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        self._saved_state = state if isinstance(state, QByteArray) else None
        if self._saved_state is not None:
            self.restoreState(self._saved_state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._attached:
            self.photo_panel.cancel_import()
            self.photo_panel.flush()
        self.editor.flush()
        if self._attached:
            self.sync.shutdown()
        self.runner.wait()
        self.save_layout()
        self.preview.shutdown()
        event.accept()
