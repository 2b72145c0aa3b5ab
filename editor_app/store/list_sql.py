"""The article list's SQL text and its rows, without SQLAlchemy: the repository runs it on its connection's
SQLite driver, and the start-up reader (``store.quick_list``) on a plain ``sqlite3`` connection, so both read
the same rows in the same order."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from editor_app.domain import Status
from editor_app.store.fts import FTS_TABLE
from editor_app.store.records import ArticleQuery, ArticleSummary

SUMMARY_COLUMNS = "id, headline, section, status, updated_at, editors_choice"


def summaries_sql(query: ArticleQuery, match: str | None = None) -> tuple[str, list[Any]]:
    """The statement and parameters for ``query``'s rows, newest first; ``match`` is the FTS5 expression of
    its text (``fts.match_expression``), None for no text filter."""
    conditions: list[str] = []
    params: list[Any] = []
    if not query.include_deleted:
        conditions.append("deleted_at IS NULL")
    if query.status is not None:
        conditions.append("status = ?")
        params.append(query.status.value)
    if query.section:
        conditions.append("section = ?")
        params.append(query.section)
    if match is not None:
        conditions.append(f"pk IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)")
        params.append(match)
    sql = f"SELECT {SUMMARY_COLUMNS} FROM articles"
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    sql += " ORDER BY updated_at DESC, pk DESC"
    if query.limit or query.offset:
        sql += " LIMIT ? OFFSET ?"
        params += [query.limit or -1, query.offset]
    return sql, params


_STATUS_OF = {status.value: status for status in Status}
"""A dict lookup: ``Status(value)`` costs an enum call per row (100,000 rows in a full list)."""


def summary_of(row: tuple[Any, ...]) -> ArticleSummary:
    """A list row from a row of ``SUMMARY_COLUMNS`` as SQLite returns it."""
    article_id, headline, section, status, updated_at, editors_choice = row
    return ArticleSummary(
        article_id,
        headline,
        section,
        _STATUS_OF[status],
        datetime.fromisoformat(updated_at),
        bool(editors_choice),
    )
