"""The revision repository: an article's content history, and an article restored from a revision.

Saves of one article within ``REVISION_WINDOW`` extend its latest revision instead of making a new one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.engine import RowMapping

from editor_app.domain import Article
from editor_app.domain.article import CONTENT_FIELDS, utcnow
from editor_app.store.direct import driver, stored_json, stored_time
from editor_app.store.models import REVISIONS
from editor_app.store.records import Revision

R = REVISIONS
_INSERT_REVISION = insert(R)
_SQL_LATEST_REVISION = (
    "SELECT id, article_id, number, kind, content, created_at, updated_at FROM revisions "
    "WHERE article_id = ? ORDER BY number DESC LIMIT 1"
)
_SQL_EXTEND_REVISION = "UPDATE revisions SET content = ?, updated_at = ? WHERE id = ?"

REVISION_WINDOW = timedelta(minutes=10)
"""Saves of the same article within this window extend its latest revision instead of making a new one."""


def _content(article: Article) -> dict[str, Any]:
    content = article.content()
    content["tags"] = list(article.tags)
    return content


class RevisionRepository:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def record(
        self, article: Article, *, kind: str = "edit", now: datetime | None = None, first: bool = False
    ) -> Revision:
        """Make a new revision of the article's content, or extend the latest one for a run of edits.

        ``first`` says the article was just created, so there is no earlier revision to look up.
        """
        now = now or utcnow()
        latest = None if first else self.latest(article.id)
        content = _content(article)
        if latest is not None and latest.content == content:
            return latest
        if (
            latest is not None
            and kind == "edit"
            and latest.kind == "edit"
            and now - latest.updated_at < REVISION_WINDOW
        ):
            driver(self._c).execute(_SQL_EXTEND_REVISION, (stored_json(content), stored_time(now), latest.id))
            return Revision(latest.id, article.id, latest.number, kind, content, latest.created_at, now)
        number = (latest.number if latest else 0) + 1
        result = self._c.execute(
            _INSERT_REVISION,
            {
                "article_id": article.id,
                "number": number,
                "kind": kind,
                "content": content,
                "created_at": now,
                "updated_at": now,
            },
        )
        (new_id,) = result.inserted_primary_key or (0,)
        return Revision(int(new_id), article.id, number, kind, content, now, now)

    def record_first(self, articles: Sequence[Article], *, kind: str) -> None:
        """The first revision of each of these just created articles (made at its ``updated_at``), in one
        ``executemany``."""
        if articles:
            self._c.execute(
                _INSERT_REVISION,
                [
                    {
                        "article_id": a.id,
                        "number": 1,
                        "kind": kind,
                        "content": _content(a),
                        "created_at": a.updated_at,
                        "updated_at": a.updated_at,
                    }
                    for a in articles
                ],
            )

    def latest(self, article_id: str) -> Revision | None:
        row = driver(self._c).execute(_SQL_LATEST_REVISION, (article_id,)).fetchone()
        if row is None:
            return None
        rid, aid, number, kind, content, created, updated = row
        return Revision(
            rid,
            aid,
            number,
            kind,
            json.loads(content),
            datetime.fromisoformat(created),
            datetime.fromisoformat(updated),
        )

    def history(self, article_id: str) -> list[Revision]:
        """All revisions, newest first."""
        rows = self._c.execute(select(R).where(R.c.article_id == article_id).order_by(R.c.number.desc()))
        return [_revision(r) for r in rows.mappings()]

    def get(self, revision_id: int) -> Revision | None:
        row = self._c.execute(select(R).where(R.c.id == revision_id)).mappings().first()
        return _revision(row) if row else None


def _revision(row: RowMapping) -> Revision:
    return Revision(
        row["id"],
        row["article_id"],
        row["number"],
        row["kind"],
        row["content"],
        row["created_at"],
        row["updated_at"],
    )


def article_from_revision(base: Article, revision: Revision) -> Article:
    """The article with its content fields taken from a revision (identity and status kept)."""
    content = {k: v for k, v in revision.content.items() if k in CONTENT_FIELDS}
    return base.with_changes(**content)
