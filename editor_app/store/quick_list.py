"""The article list's first page, read at start-up with plain ``sqlite3`` while SQLAlchemy is still loading.

The same SQL and rows as the repository (``store.list_sql``). Only a sure answer is given: the file is opened
read-only (never created, never written), the read does not wait for a lock, and the schema must be exactly
this code's (``SCHEMA_HEAD``). Anything else (no file, an upgrade pending, a locked or damaged database) answers
None, and the list is read the normal way once the profile is open, which reports any problem as it always did.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from urllib.parse import quote

from editor_app.store.list_sql import summaries_sql, summary_of
from editor_app.store.records import ArticleQuery, ArticleSummary
from editor_app.store.schema_version import SCHEMA_HEAD

log = logging.getLogger(__name__)


def first_page(path: Path, query: ArticleQuery) -> list[ArticleSummary] | None:
    """The rows of ``query`` (an unfiltered or status/section query with a limit) in the database at ``path``,
    or None when they cannot be read for sure without opening the profile."""
    if query.text.strip() or not query.limit:  # a text filter needs the stemmer; the first page has a limit
        return None
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        connection = sqlite3.connect(
            f"file:{quote(str(path))}?mode=ro", uri=True, timeout=0, isolation_level=None
        )
    except (OSError, sqlite3.Error):
        return None
    try:
        connection.execute("BEGIN")  # the version and the rows from one snapshot
        if connection.execute("SELECT version_num FROM alembic_version").fetchall() != [(SCHEMA_HEAD,)]:
            return None
        sql, params = summaries_sql(query)
        return [summary_of(row) for row in connection.execute(sql, params)]
    except (sqlite3.Error, ValueError, TypeError) as exc:  # locked, damaged, or a row this code cannot read
        log.debug("the list's first page waits for the profile: %s", exc)
        return None
    finally:
        connection.close()
