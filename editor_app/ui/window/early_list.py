"""What the window shows before the profile opens: the article list's first page, the article last open in the
editor and the sync state, read with plain ``sqlite3`` on a thread while the window is built
(``store.quick_list``), before SQLAlchemy has loaded, and shown when they come, unless the profile's own came
first. When they cannot be read for sure, all of it comes as before, once the profile is open.

The editor is editable at once: what is typed is saved once the profile is open (``MainWindow.attach``), and
its text reaches the preview with the article's page (``EditorLink.hold``). Light to import: the reader's
modules (sqlite3 among them) load on its thread, not the GUI's."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor_app.store.quick_list import StartRead, SyncCounts
    from editor_app.store.records import ArticleQuery
    from editor_app.ui.window.main_window import MainWindow

    EarlyStart = tuple[ArticleQuery, StartRead | None]


def read_start(database: Path, last_article: str) -> EarlyStart:
    """The list's first page as it opens with no filter, the article ``last_article`` and the sync counts (off
    the GUI thread), and the list's query they were read for."""
    from editor_app.store.quick_list import start_read
    from editor_app.store.records import ArticleQuery
    from editor_app.ui.articles.list_page import PAGE  # not the list's model: no Qt on this thread

    query = ArticleQuery(limit=PAGE)
    return query, start_read(database, query, last_article)


def show_start(window: MainWindow, early: EarlyStart) -> None:
    """Fill the list with the early rows, the last article current and open in the editor, and the sync state."""
    query, read = early
    if read is None or window.attached:
        return
    window.early = True
    if not window.opened:  # else the sync controller shows its own counts
        _show_sync(window, read.sync)
    last = read.article.id if read.article is not None else None
    if read.rows and window.list_panel.show_early(query, read.rows, last):
        window.show_editor(when_made=True)  # the rows first, on their own (``editor_part``)
    if read.article is not None and window.editor.article is None and window.snapshot is None:
        window.preview_link.hold()  # the text reaches the preview with its page (``MainWindow.show_snapshot``)
        window.editor.open(read.article)
        window.show_editor()
    window.update_actions()


def _show_sync(window: MainWindow, counts: SyncCounts) -> None:
    from editor_app.ui.sync.status import Phase, SyncState, show_state

    state = SyncState(
        phase=Phase.IDLE if counts.site else Phase.NO_SITE,
        site=counts.site,
        pending=counts.pending,
        conflicts=counts.conflicts,
    )
    window.list_panel.model.set_pending(set(counts.unsynced))
    window.list_panel.model.show_sync = state.phase is not Phase.NO_SITE
    show_state(window.status.sync, state)
    window.sync_actions.conflicts.setEnabled(state.conflicts > 0)
