"""One article's row without SQLAlchemy: the repository runs this SQL on its connection's SQLite driver, and
the start-up reader (``store.quick_list``) on a plain ``sqlite3`` connection, so both make the same Article."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from editor_app.domain import Article, Status

ARTICLE_COLUMNS = (
    "id",
    "headline",
    "standfirst",
    "body",
    "byline",
    "section",
    "tags",
    "source",
    "editors_choice",
    "language",
    "status",
    "note",
    "created_at",
    "updated_at",
    "length_target",
)
"""The ``articles`` table's columns an Article is made of (all but ``pk`` and ``deleted_at``), in table order."""

ARTICLE_SQL = f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE id = ?"
LIVE_ARTICLE_SQL = ARTICLE_SQL + " AND deleted_at IS NULL"


def article_of(row: tuple[Any, ...]) -> Article:
    """An article from a row of ``ARTICLE_COLUMNS`` as SQLite returns it."""
    values = dict(zip(ARTICLE_COLUMNS, row, strict=True))
    return Article(
        id=values["id"],
        headline=values["headline"],
        standfirst=values["standfirst"],
        body=values["body"],
        byline=values["byline"],
        section=values["section"],
        tags=tuple(json.loads(values["tags"]) or ()),
        source=values["source"],
        editors_choice=bool(values["editors_choice"]),
        language=values["language"],
        status=Status(values["status"]),
        note=values["note"],
        created_at=datetime.fromisoformat(values["created_at"]),
        updated_at=datetime.fromisoformat(values["updated_at"]),
        length_target=int(values["length_target"] or 0),
    )
