"""The docks that need an open profile (photos, related, review) and the controllers beside them (sync,
Editor's choice). Sync shows (its menu, button and state), so it comes with the profile; the docks once the
preview's page is in. The docks themselves exist, empty, from before the first paint (``make_placeholder_docks``),
so the window's first frame already has its final layout; ``attach_docks`` puts the panels in them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from editor_app.domain import Role
from editor_app.ui.window.appearance import dress_actions
from editor_app.ui.window.workspaces import fit_dock

DOCK_MODULES = tuple(
    f"editor_app.ui.{name}"
    for name in (
        "photos.panel",
        "related.picker",
        "review.panel",
        "editors_choice.controller",
        "body.photo_tokens",
        "window.body_photos",
        "window.dock_menu",
        "window.fixes",
        "window.recovery",
    )
)
"""What building the docks imports (below, in the functions that build them): the profile's warm-up loads it
off the GUI thread (``app.open_workstation``), not the window's first paint."""

if TYPE_CHECKING:
    from editor_app.services import Services
    from editor_app.ui.sync.status import SyncState
    from editor_app.ui.window.main_window import MainWindow


def make_dock(window: QMainWindow, name: str, title: str, widget: QWidget) -> QDockWidget:
    """The dock ``name`` holding ``widget``: a new one, or the placeholder of that name with ``widget`` put in."""
    dock = window.findChild(QDockWidget, name)
    if dock is not None:
        old = dock.widget()
        dock.setWidget(widget)
        if old is not None:
            old.deleteLater()
        if name != "previewDock":
            fit_dock(dock)
        return dock
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetMovable
        | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        | QDockWidget.DockWidgetFeature.DockWidgetClosable
    )
    if name != "previewDock":
        fit_dock(dock)  # a panel's own minimum width scrolls instead of widening the window
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    return dock


def make_placeholder_docks(w: MainWindow) -> None:
    """The photo, related and review docks, empty, tabbed behind the preview: the workspace arranges them before
    the first paint and ``attach_docks`` fills them, so attaching the profile does not move the layout."""
    w.photo_dock = make_dock(w, "photoDock", QCoreApplication.translate("MainWindow", "Photos"), QWidget())
    w.related_dock = make_dock(
        w, "relatedDock", QCoreApplication.translate("MainWindow", "Related articles"), QWidget()
    )
    w.review_dock = make_dock(w, "reviewDock", QCoreApplication.translate("MainWindow", "Review"), QWidget())
    for dock in (w.photo_dock, w.related_dock, w.review_dock):
        w.tabifyDockWidget(w.preview_dock, dock)
    w.preview_dock.raise_()


def attach_docks(
    w: MainWindow, services: Services, then: Callable[[], object], *, in_turns: bool = False
) -> None:
    """Build every profile dock and controller, then call ``then``. The panels go into the placeholder docks where
    they stand; the role's workspace then arranges them once (as the user left it, or afresh). ``in_turns``: one
    dock a turn of the event loop (the preview's frames and the user's input go between them: the docks are
    behind the preview's tab, the page is what shows)."""
    steps: list[Callable[[], object]] = [
        lambda: _attach_photos(w, services),
        lambda: _attach_related(w, services),
        lambda: _attach_review(w, services),
        lambda: _attach_rest(w, services),
        then,
    ]
    if not in_turns:
        for step in steps:
            step()
        return

    def next_step() -> None:
        steps.pop(0)()
        if steps:
            QTimer.singleShot(0, w, next_step)

    QTimer.singleShot(0, w, next_step)


def _attach_rest(w: MainWindow, services: Services) -> None:
    from editor_app.ui.window.dock_menu import DockRestore
    from editor_app.ui.window.fixes import attach_refusals
    from editor_app.ui.window.recovery import SessionWatch

    attach_refusals(w, services)
    w.form.body.set_personal_dictionary(services.paths.root)
    _attach_editors_choice(w, services)
    w.workspaces.attach()  # the role's workspace, as the user left it
    w.dock_restore = DockRestore(w)
    w.dock_restore.watch([w.preview_dock, w.photo_dock, w.related_dock, w.review_dock])
    w.focus_mode.restore()  # after the workspace: focus mode hides what it showed
    w.session = SessionWatch(w, services)
    dress_actions(w)


def _attach_photos(w: MainWindow, services: Services) -> None:
    from editor_app.ui.body.photo_tokens import InlinePhotos
    from editor_app.ui.photos.panel import PhotoPanel
    from editor_app.ui.window.body_photos import PhotoDropFilter

    w.photo_panel = PhotoPanel(services.photos, w.runner)
    w.photo_dock = make_dock(
        w, "photoDock", QCoreApplication.translate("MainWindow", "Photos"), w.photo_panel
    )
    w.view_menu.addAction(w.photo_dock.toggleViewAction())
    w.inline_photos = InlinePhotos(
        w.form.body, lambda: w.preview.images.photos, services.photos.thumbnail_path
    )
    w.photo_panel.insertRequested.connect(w.inline_photos.insert)
    w.inline_photos.follow(w.editor.articleChanged, w.editor.textSettled, w.runner.changesApplied)
    w.photo_drop = PhotoDropFilter(
        w.form.body, w.photo_panel.add_files, lambda: w.editor.article is not None, owner=w
    )
    if w.editor.article is not None:
        w.photo_panel.set_article(w.editor.article.id)


def _attach_related(w: MainWindow, services: Services) -> None:
    from editor_app.ui.related.picker import RelatedPicker

    w.related_picker = RelatedPicker(services.related, w.runner)
    w.related_dock = make_dock(
        w, "relatedDock", QCoreApplication.translate("MainWindow", "Related articles"), w.related_picker
    )
    w.view_menu.addAction(w.related_dock.toggleViewAction())
    for article_signal in (w.editor.articleChanged, w.editor.fieldsEdited, w.editor.textSettled):
        article_signal.connect(w.related_picker.set_article)
    if w.editor.article is not None:
        w.related_picker.set_article(w.editor.article)


def _attach_review(w: MainWindow, services: Services) -> None:
    from editor_app.ui.review.panel import ReviewPanel

    w.workflow_bar.attach(services.workflow)
    w.review_panel = ReviewPanel(w.runner, w)
    w.review_dock = make_dock(
        w, "reviewDock", QCoreApplication.translate("MainWindow", "Review"), w.review_panel
    )
    w.view_menu.addAction(w.review_dock.toggleViewAction())
    w.review_panel.attach(services.review, services.workflow, w.workflow_bar.role)
    w.review_panel.openRequested.connect(w.open_article)
    w.review_panel.showRequested.connect(w.open_article)  # the chosen story in the preview (and the form)

    def role_changed(role: Role) -> None:
        if w.editor.article is not None:
            w.lock_if_needed(w.editor.article)
        w.review_panel.set_role(role)  # the role's workspace brings its own dock to the front

    w.workflow_bar.roleChanged.connect(role_changed)


def attach_sync(w: MainWindow, services: Services) -> None:
    """The Sync menu's actions (made with the window) and the status bar's sync state: they show, so they come
    with the profile (before the docks, which wait for the preview's page)."""
    from editor_app.ui.sync.controller import SyncController
    from editor_app.ui.sync.status import Phase, show_state

    w.sync = sync = SyncController(
        services.sync, w.runner, w, articles=services.articles, actions=w.sync_actions
    )

    def show(state: SyncState) -> None:
        show_state(w.status.sync, state)
        w.list_panel.model.show_sync = state.phase is not Phase.NO_SITE

    sync.stateChanged.connect(show)
    sync.progressed.connect(
        lambda done, total: w.status.show_progress(
            done, total, QCoreApplication.translate("MainWindow", "Syncing")
        )
    )
    sync.logged.connect(lambda _run: w.list_panel.refresh())  # pushes change the "not synced" marks
    sync.start()


def _attach_editors_choice(w: MainWindow, services: Services) -> None:
    """The site's Popular and Editor's choice in the preview, and the desk's Editor's choice dialog."""
    from editor_app.ui.editors_choice.controller import EditorsChoiceController

    w.editors_choice = EditorsChoiceController(services.site_lists, w.runner, w.preview.set_site_lists, w)
    w.view_menu.addAction(w.editors_choice.action)
    w.sync.logged.connect(w.editors_choice.refresh)  # after every sync run
    w.editors_choice.saved.connect(lambda: w.sync.sync_now("editors-choice"))
    w.editors_choice.refresh()
