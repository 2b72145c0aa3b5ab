"""The related-articles repository: each article's ordered list of related article ids."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, delete, insert, select

from editor_app.store.models import RELATED

REL = RELATED


class RelatedRepository:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def get(self, article_id: str) -> list[str]:
        rows = self._c.execute(
            select(REL.c.related_id).where(REL.c.article_id == article_id).order_by(REL.c.position)
        )
        return [r[0] for r in rows]

    def set(self, article_id: str, related_ids: Sequence[str]) -> None:
        ids = list(dict.fromkeys(i for i in related_ids if i != article_id))
        self._c.execute(delete(REL).where(REL.c.article_id == article_id))
        if ids:
            self._c.execute(
                insert(REL),
                [{"article_id": article_id, "related_id": rid, "position": i} for i, rid in enumerate(ids)],
            )

    def add_many(self, related: Sequence[tuple[str, Sequence[str]]]) -> None:
        """The related articles of articles that have none yet, in one ``executemany``."""
        rows = [
            {"article_id": article_id, "related_id": rid, "position": i}
            for article_id, ids in related
            for i, rid in enumerate(dict.fromkeys(i for i in ids if i != article_id))
        ]
        if rows:
            self._c.execute(insert(REL), rows)
