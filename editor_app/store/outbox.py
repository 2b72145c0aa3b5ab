"""The outbox repository: the changes waiting to be sent to the backend, one entry per article and operation."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select

from editor_app.domain import Status
from editor_app.domain.article import utcnow
from editor_app.store.direct import driver, stored_time
from editor_app.store.models import ARTICLES, OUTBOX
from editor_app.store.records import OutboxEntry

A = ARTICLES
OB = OUTBOX
_INSERT_OUTBOX = insert(OB)
_ARCHIVED_ARTICLE = select(A.c.pk).where(A.c.id == bindparam("aid"), A.c.status == Status.ARCHIVED.value)
_SQL_TOUCH_SAVE = (
    "UPDATE outbox SET updated_at = ? WHERE id = "
    "(SELECT id FROM outbox WHERE article_id = ? AND op = 'save' LIMIT 1) RETURNING id"
)


class OutboxRepository:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def enqueue(
        self, article_id: str, op: str, payload: dict[str, Any] | None = None, *, not_archived: bool = False
    ) -> int:
        """Queue a change for the backend (0 for an archived article: archive references never enter the outbox;
        the desk's "publish to site" changes the status first). Repeated saves of one article coalesce into its
        pending entry. ``not_archived``: the caller has just written the article with another status (no
        need to look)."""
        if not not_archived and self._c.execute(_ARCHIVED_ARTICLE, {"aid": article_id}).first() is not None:
            return 0
        now = utcnow()
        if op == "save":  # touch the pending save, if there is one, in one statement
            pending = driver(self._c).execute(_SQL_TOUCH_SAVE, (stored_time(now), article_id)).fetchone()
            if pending is not None:
                return int(pending[0])
        result = self._c.execute(
            _INSERT_OUTBOX,
            {
                "article_id": article_id,
                "op": op,
                "payload": payload or {},
                "created_at": now,
                "updated_at": now,
            },
        )
        (new_id,) = result.inserted_primary_key or (0,)
        return int(new_id)

    def pending(self, limit: int | None = None) -> list[OutboxEntry]:
        stmt = select(OB).order_by(OB.c.id)
        if limit:
            stmt = stmt.limit(limit)
        return [
            OutboxEntry(
                r["id"],
                r["article_id"],
                r["op"],
                r["payload"],
                r["created_at"],
                r["attempts"],
                r["last_error"],
            )
            for r in self._c.execute(stmt).mappings()
        ]

    def count(self) -> int:
        return int(self._c.execute(select(func.count()).select_from(OB)).scalar_one())

    def article_ids(self) -> set[str]:
        """Articles with at least one pending change."""
        return {row[0] for row in self._c.execute(select(OB.c.article_id).distinct())}

    def count_for(self, article_ids: Iterable[str]) -> dict[str, int]:
        ids = list(article_ids)
        if not ids:
            return {}
        rows = self._c.execute(
            select(OB.c.article_id, func.count()).where(OB.c.article_id.in_(ids)).group_by(OB.c.article_id)
        )
        return {r[0]: int(r[1]) for r in rows}

    def done(self, entry_id: int) -> None:
        self._c.execute(delete(OB).where(OB.c.id == entry_id))
