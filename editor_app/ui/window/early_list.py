"""The article list's first page before the profile opens: read with plain ``sqlite3`` on a thread while the
window is built (``store.quick_list``), before SQLAlchemy has loaded, and shown when it comes, unless the
profile's own rows came first. When it cannot be read for sure the list fills as before, once the profile is
open. Light to import: the reader's modules (sqlite3 among them) load on its thread, not the GUI's."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor_app.store.records import ArticleQuery, ArticleSummary
    from editor_app.ui.window.main_window import MainWindow

    EarlyPage = tuple[ArticleQuery, list[ArticleSummary] | None]


def read_first_page(database: Path) -> EarlyPage:
    """The list's first page as it opens with no filter (off the GUI thread), and the query it was read for."""
    from editor_app.store.quick_list import first_page
    from editor_app.store.records import ArticleQuery
    from editor_app.ui.articles.list_model import PAGE

    query = ArticleQuery(limit=PAGE)
    return query, first_page(database, query)


def show_first_page(window: MainWindow, page: EarlyPage) -> None:
    """Fill the list with the early rows, the last article current, and show the (still empty) editor."""
    query, rows = page
    last = str(window.settings.value("session/lastArticle", "") or "")
    if rows and window.list_panel.show_early(query, rows, last or None):
        window.show_editor()
