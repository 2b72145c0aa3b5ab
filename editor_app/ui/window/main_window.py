"""The main window: it assembles the panels and wires their signals; behaviour lives in the panels."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QStackedWidget, QWidget

from editor_app.domain import Article
from editor_app.domain.workflow import not_editable_reason
from editor_app.services import Changes
from editor_app.services.snapshot import ArticleSnapshot
from editor_app.ui.actions import app_icon, build_actions
from editor_app.ui.articles.length_target import LengthTarget
from editor_app.ui.articles.list_panel import ArticleListPanel
from editor_app.ui.first_paint import after_first_paint
from editor_app.ui.preferences.controller import PreferencesController
from editor_app.ui.preview.factory import Preview, make_preview
from editor_app.ui.review.workflow_bar import WorkflowBar
from editor_app.ui.status_bar import StatusBar
from editor_app.ui.sync.actions import SyncActions
from editor_app.ui.task_runner import TaskRunner
from editor_app.ui.welcome import WelcomePage
from editor_app.ui.window.appearance import AppearanceMenu, apply_saved, dress
from editor_app.ui.window.article_commands import ArticleCommands
from editor_app.ui.window.docks import attach_docks, attach_sync, make_dock, make_placeholder_docks
from editor_app.ui.window.editor_part import EDITOR, EditorHost, EditorPart
from editor_app.ui.window.layout import SavedLayout
from editor_app.ui.window.menus import build_menus
from editor_app.ui.window.wiring import offer_commands, wire
from editor_app.ui.window.workspaces import Workspaces, fit_to_screen

if TYPE_CHECKING:
    from editor_app.services import Services
    from editor_app.services.importing import ImportReport
    from editor_app.ui.body.photo_tokens import InlinePhotos
    from editor_app.ui.editors_choice.controller import EditorsChoiceController
    from editor_app.ui.photos.panel import PhotoPanel
    from editor_app.ui.related.picker import RelatedPicker
    from editor_app.ui.review.panel import ReviewPanel
    from editor_app.ui.review.refusals import RefusalHandler
    from editor_app.ui.sync.controller import SyncController
    from editor_app.ui.window.body_photos import PhotoDropFilter
    from editor_app.ui.window.dock_menu import DockRestore
    from editor_app.ui.window.recovery import SessionWatch

log = logging.getLogger(__name__)

WELCOME = 0


class MainWindow(QMainWindow, EditorHost):
    """The main window: it assembles the panels and follows the change bus; behaviour lives in the panels."""

    # Built by ``attach_panels`` (editor_app/ui/window/docks.py) once the profile is open.
    photo_panel: PhotoPanel
    related_picker: RelatedPicker
    review_panel: ReviewPanel
    sync: SyncController
    editors_choice: EditorsChoiceController
    photo_drop: PhotoDropFilter
    inline_photos: InlinePhotos
    refusals: RefusalHandler
    session: SessionWatch
    dock_restore: DockRestore
    photo_dock: QDockWidget
    related_dock: QDockWidget
    review_dock: QDockWidget

    def __init__(
        self,
        services: Services | None,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        media_root: Path | None = None,
        preview: Preview | None = None,
        spelling_root: Path | None = None,
        editor_later: bool = False,
    ) -> None:
        """Build the window; with ``services`` None it paints at once and waits for ``attach()``.

        ``media_root`` (the profile's media folder) is the only place the preview loads images from.
        ``preview`` is one made by ``make_preview`` before the window (so its page is already loading).
        ``spelling_root`` (the profile's folder) starts the dictionary loading as the form is made.
        ``editor_later``: the article editor (``editor_part``) is made by ``build_editor``, or when first used.
        """
        apply_saved(settings)  # before any widget: some choose their colours once, when made
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setAccessibleName(self.tr("Editorial Workstation"))
        self.setWindowTitle(self.tr("Editorial Workstation"))
        after_first_paint(self, lambda: self.setWindowIcon(app_icon()))  # its SVG engine loads in ~4 ms
        self.settings = settings
        self.runner = TaskRunner(self)
        self._opened = False  # the list, the editor and sync are connected to the profile (``attach``)
        self._attached = False  # the docks are built too (``attach_panels``)
        self._started = False
        self._opening: str | None = None  # the article whose snapshot is being read (``open_article``)
        self._asked: str | None = None  # the article chosen before the profile opened, to open once it is
        self._on_open: list[Callable[[], object]] = []  # what the user asked for before the profile opened
        self.early = False
        """What the window shows was read before the profile opened (``early_list``): its commands are offered."""
        self._pending_files: list[Path] = []
        self.read_only_reason = ""
        """Why the whole profile cannot be written (a read-only folder or disk); empty when it can."""

        self.acts = build_actions(self)
        self.list_panel = ArticleListPanel(self)
        self._spelling_root = spelling_root
        self._part: EditorPart | None = None
        self.welcome = WelcomePage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        self.setCentralWidget(self.splitter)
        theme = services.paths.site_theme_page if services else None
        media = media_root or (services.paths.media if services else None)
        self.preview, self.preview_problem = preview or make_preview(media, theme, settings)
        self.snapshot: ArticleSnapshot | None = None
        self.preview_dock = make_dock(self, "previewDock", self.tr("Preview"), self.preview)
        make_placeholder_docks(self)
        self.workflow_bar = WorkflowBar(self, self.runner)
        self.commands = ArticleCommands(self)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.sync_actions = SyncActions(self)
        menus = build_menus(
            self,
            self.acts,
            workflow_menu=self.workflow_bar.menu,
            find_actions=[],  # the editor's, with it (``editor_part``)
            view_actions=[self.preview_dock.toggleViewAction()],
            sync_actions=self.sync_actions.in_menu(),
        )
        self.view_menu, self.help_menu, self.toolbar = menus.view, menus.help, menus.toolbar
        self.edit_commands = menus.edit_commands
        self.length_target = LengthTarget(self)
        wire(self)
        fit_to_screen(self)  # the saved geometry, if any, replaces it
        self.appearance = AppearanceMenu(self, settings)
        self.workspaces = Workspaces(self, settings)
        self.toolbar.addAction(self.sync_actions.sync)
        dress([self.sync_actions.sync])  # the toolbar's: in the first frame (the menu's come with the docks)
        self.layout_memory = SavedLayout(self, self.splitter, settings)
        self.layout_memory.restore()
        self.workspaces.prepare()
        self.preferences = PreferencesController(self)
        if not editor_later:
            self.build_editor()
        if services is not None:
            self.attach(services)

    @property
    def attached(self) -> bool:
        return self._attached

    @property
    def opened(self) -> bool:
        """The list, the editor and sync are connected to the profile (the docks may still be coming)."""
        return self._opened

    def attach(self, services: Services, *, panels: bool = True) -> None:
        """Connect the window to an open profile; with ``panels`` False only what shows (list, editor, sync)."""
        self.services = services
        self.editor.articles = services.articles
        self.files.services = services
        self.list_panel.set_source(services.articles)
        attach_sync(self, services)
        self._opened = True
        if services.db.read_only_reason is not None:
            from editor_app.ui.read_only import show_read_only_profile

            show_read_only_profile(self, services.db.read_only_reason)
        self.update_actions()
        if not self.read_only_reason:
            self.editor.save()  # what was typed before the profile opened
        asked, self._on_open = self._on_open, []
        for command in asked:  # after what opening the profile does (a command may open a dialog)
            QTimer.singleShot(0, self, command)
        if panels:
            self.attach_panels(services)

    def when_open(self, command: Callable[[], object]) -> None:
        """Run ``command`` now, or once the profile is open (a click on a command offered before then)."""
        if self._opened:
            command()
        elif command not in self._on_open:
            self._on_open.append(command)

    def attach_panels(self, services: Services, then: Callable[[], object] | None = None) -> None:
        """The docks that need the profile; with ``then``, one a turn of the event loop, then ``then`` runs."""
        attach_docks(self, services, lambda: self._docks_built(then), in_turns=then is not None)

    def _docks_built(self, then: Callable[[], object] | None) -> None:
        self._attached = True
        if then is not None:
            then()

    def lock_if_needed(self, article: Article) -> None:
        """Text the user's role may not change now (taken by the desk, published...) is shown read-only."""
        reason = self.read_only_reason or not_editable_reason(article.status, self.workflow_bar.role)
        self.form.set_read_only(reason)

    # list ------------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Fill the list (in the background) and reopen the last article, or show the welcome page."""
        last = str(self.settings.value("session/lastArticle", "") or "")

        def ready(count: int) -> None:
            if count:
                self.show_editor()
            else:
                self.stack.setCurrentIndex(WELCOME)
            self.list_panel.refresh(select_id=last or None)
            self._refresh_sync()
            self._started = True
            if self._pending_files:
                files, self._pending_files = self._pending_files, []
                self.import_paths(files)

        # At once, not once the list's rows are read: the article is what the user sees first. Also when the
        # editor shows it already (read before the profile opened), unless another was chosen meanwhile.
        wanted, self._asked = self._asked or last, None
        if wanted:
            self._read_snapshot(wanted)
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
                self.runner.run(lambda: self.services.articles.get(current.id), self.editor.take_stored)
                self.refresh_snapshot()  # photos or related items may have changed
        if self.list_panel.follow(changes, self._show_pending):
            self._refresh_sync()

    def _refresh_sync(self) -> None:
        if self._opened:
            self.sync.refresh()

    def _show_pending(self, pending: set[str]) -> None:
        if self._opened:
            self.sync.show_pending(len(pending))

    # the open article ------------------------------------------------------------------------------------
    def open_article(self, article_id: str) -> None:
        """Open ``article_id`` once its snapshot is read; the article asked for last is the one shown."""
        shown = self.editor.article is not None and self.editor.article.id == article_id
        if not self._opened:  # the one to open once the profile is (``start``)
            self._asked = None if shown else article_id
        elif not shown and article_id != self._opening:
            self._read_snapshot(article_id)

    def _read_snapshot(self, article_id: str) -> None:
        self._opening = article_id

        def show(snapshot: ArticleSnapshot | None) -> None:
            if self._opening == article_id:  # else another article was asked for since
                self._opening = None
                if snapshot is not None:
                    self.show_snapshot(snapshot)
                    return
                self.preview.drop_start_page()  # gone: the page loaded at start-up, if it waits for it, empties
                if self.preview_link.held:  # the article read before the profile opened is gone
                    self.editor.close_article()
                    self.preview_link.release(edited=False)
                    self.update_actions()

        def failed(exc: BaseException) -> None:
            if self._opening == article_id:
                self._opening = None
                self.preview_link.release(edited=True)  # the editor's text, then, is what the preview shows
            self.show_error(str(exc))

        self.runner.run(lambda: self.services.articles.snapshot(article_id), show, failed)

    def show_snapshot(self, snapshot: ArticleSnapshot) -> None:
        """Open an article in the form and load its page in the preview."""
        self.snapshot, self._opening = snapshot, None
        self.preview.images.set_photos(p.photo for p in snapshot.photos)
        if self._attached:
            self.photo_panel.set_article(snapshot.article.id)
        self.show_editor()
        self.preview.show_article(snapshot.article, **self._around_text(snapshot))
        shown = self.editor.article
        early = self.preview_link.held and shown is not None and shown.id == snapshot.article.id
        self.preview_link.release(edited=early and self.editor.edited)
        if early and self.editor.edited:  # typed before the profile opened: the form's fields stay (their
            self.editor.take_status(snapshot.article)  # save may come after this read)
        elif early:  # the form shows it (``early_list``): it takes only what changed since
            self.editor.take_stored(snapshot.article)
        else:
            self.editor.open(snapshot.article)
        self.settings.setValue("session/lastArticle", snapshot.article.id)
        self.update_actions()

    @staticmethod
    def _around_text(s: ArticleSnapshot) -> dict[str, Any]:
        return dict(featured=s.featured, related=s.related_links, corrected_at=s.corrected_at)

    def preview_fields(self, article: Article) -> None:
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
                self.preview_fields(self.form.apply_to(self.editor.article))
                self.preview.update_body(self.form.body.toPlainText())  # inline photos may resolve now

        self.runner.run(lambda: self.services.articles.snapshot(current.id), take)

    # commands (the menus' and the welcome page's) --------------------------------------------------------
    def new_article(self) -> None:
        self.commands.new_article()

    def open_demo(self) -> None:
        self.commands.open_demo()

    def import_paths(self, paths: list[Path]) -> None:
        self.files.import_paths(paths)

    def open_files(self, paths: list[Path]) -> None:
        """Import article files (a command line's, a launcher's) and open the first; they wait for the profile."""
        if self._started:
            self.import_paths(paths)
        else:
            self._pending_files.extend(paths)

    def imported(self, report: ImportReport) -> None:
        self.show_editor()
        self.list_panel.refresh(select_id=report.imported[0].article_id if report.imported else None)

    def update_actions(self) -> None:
        offer_commands(self, self._opened or self.early)

    def show_error(self, message: str) -> None:
        self.status.show_error(message)

    # layout and quitting ---------------------------------------------------------------------------------
    def save_layout(self) -> None:
        self.workspaces.save()
        self.layout_memory.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        if (
            not self._opened and self.editor.dirty
        ):  # typed before the profile opened: saved first, then closed
            self.when_open(self.close)
            event.ignore()
            return
        if self._attached:
            self.photo_panel.cancel_import()
            self.photo_panel.flush()
        self.editor.flush()
        if self._opened:
            self.sync.shutdown()
        self.runner.wait()
        self.save_layout()
        self.preview.shutdown()
        event.accept()
