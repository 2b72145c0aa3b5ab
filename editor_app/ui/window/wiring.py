"""The main window's connections: its commands to their handlers (``wire``), the editor's signals to what follows
the article shown (``wire_editor``, with the editor). A command that needs the profile, clicked before it is
open, runs once it is (``when_open``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor_app.ui.window.menus import show_about, show_manual

if TYPE_CHECKING:
    from editor_app.ui.window.main_window import MainWindow


def wire(w: MainWindow) -> None:
    a, commands = w.acts, w.commands
    a.new_article.triggered.connect(lambda: w.when_open(w.new_article))
    a.save.triggered.connect(lambda: w.editor.save())
    a.import_.triggered.connect(lambda: w.when_open(w.files.import_files))
    a.import_folder.triggered.connect(lambda: w.when_open(w.files.import_folder))
    a.import_archive.triggered.connect(lambda: w.when_open(w.files.import_archive))
    a.export.triggered.connect(lambda: w.when_open(w.files.export_article))
    a.delete.triggered.connect(lambda: w.when_open(commands.delete_article))
    a.history.triggered.connect(lambda: w.when_open(commands.show_history))
    a.quit.triggered.connect(w.close)
    a.about.triggered.connect(lambda: w.when_open(lambda: show_about(w, w.services.paths.root)))
    a.manual.triggered.connect(lambda: show_manual(w))
    sync = w.sync_actions  # the controller comes with the profile
    sync.sync.triggered.connect(lambda: w.when_open(lambda: w.sync.sync_now("manual")))
    sync.sites.triggered.connect(lambda: w.when_open(lambda: w.sync.open_sites()))
    sync.log.triggered.connect(lambda: w.when_open(lambda: w.sync.open_log()))
    sync.conflicts.triggered.connect(lambda: w.when_open(lambda: w.sync.open_conflict()))
    w.status.sync.linkActivated.connect(lambda link: w.when_open(lambda: w.sync.open_link(link)))
    w.welcome.openDemo.connect(lambda: w.when_open(w.open_demo))
    w.welcome.newArticle.connect(lambda: w.when_open(w.new_article))
    w.welcome.importFiles.connect(lambda: w.when_open(w.files.import_files))
    w.list_panel.articleSelected.connect(w.open_article)
    w.runner.changesApplied.connect(w.apply_changes)
    w.workflow_bar.statusText.connect(w.status.show_status_text)
    w.workflow_bar.failed.connect(w.show_error)
    w.runner.failed.connect(w.show_error)
    w.status.follow_successes(w.workflow_bar.changed)
    w.update_actions()


def wire_editor(w: MainWindow) -> None:
    """The editor's signals to what follows the article shown (``editor_part``)."""
    w.editor.saveFailed.connect(w.show_error)
    # The article as loaded (open, stored version or status changed): never per keystroke.
    w.editor.articleChanged.connect(w.status.show_article)
    w.editor.articleChanged.connect(w.preview_fields)
    w.editor.articleChanged.connect(w.workflow_bar.show_article)
    w.editor.articleChanged.connect(w.lock_if_needed)
    # A header field typed in: its own path to the preview. The body goes through EditorLink alone.
    w.editor.fieldsEdited.connect(w.preview_fields)
    w.editor.textSettled.connect(lambda article: w.status.show_words(article.body))
    w.workflow_bar.before_transition = w.editor.save
    w.status.follow_successes(w.editor.saved)


def offer_commands(w: MainWindow, ready: bool) -> None:
    """Enable the commands that apply: writing ones once the profile is ``ready`` (open, or what shows was read
    before it opened: a click then waits for it) and writable, the article's while one is open."""
    writable = ready and not w.read_only_reason
    a = w.acts
    for action in (a.new_article, a.import_, a.import_folder, a.import_archive):
        action.setEnabled(writable)
    w.welcome.setEnabled(writable and not w.editor_page_pending)  # not beside rows, for a moment
    has_article = w.article is not None
    for action in (a.export, a.history):
        action.setEnabled(has_article)
    for action in (a.save, a.delete):
        action.setEnabled(has_article and not w.read_only_reason)
