"""The article repository: articles as domain objects, read and written on one connection.

The service layer opens the transaction (``Database.write()``) and calls several repositories inside it, so an
edit, its revision and its outbox entry commit together. ``get`` and ``save`` run their one-row statements on
the SQLite connection itself (``store.direct``), and so do the list's rows (``store.list_sql``, the SQL text the
start-up reader shares).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from editor_app.domain import Article
from editor_app.domain.article import utcnow
from editor_app.store import fts
from editor_app.store.article_sql import ARTICLE_COLUMNS, ARTICLE_SQL, LIVE_ARTICLE_SQL, article_of
from editor_app.store.direct import driver, stored_json, stored_time
from editor_app.store.list_sql import summaries_sql, summary_of
from editor_app.store.models import ARTICLES
from editor_app.store.records import ArticleQuery, ArticleSummary

A = ARTICLES
_INSERT_ARTICLE = insert(A)
_UPDATED_COLUMNS = tuple(c for c in ARTICLE_COLUMNS if c not in ("id", "created_at"))
_SQL_UPDATE_ARTICLE = f"UPDATE articles SET {', '.join(f'{c} = ?' for c in _UPDATED_COLUMNS)} WHERE id = ?"


def _article_values(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "headline": article.headline,
        "standfirst": article.standfirst,
        "body": article.body,
        "byline": article.byline,
        "section": article.section,
        "tags": list(article.tags),
        "source": article.source,
        "editors_choice": article.editors_choice,
        "language": article.language,
        "status": article.status.value,
        "note": article.note,
        "created_at": article.created_at,
        "updated_at": article.updated_at,
        "length_target": article.length_target,
    }


class ArticleRepository:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def get(self, article_id: str, *, include_deleted: bool = False) -> Article | None:
        sql = ARTICLE_SQL if include_deleted else LIVE_ARTICLE_SQL
        row = driver(self._c).execute(sql, (article_id,)).fetchone()
        return article_of(row) if row else None

    def exists(self, article_id: str) -> bool:
        return self._c.execute(select(A.c.pk).where(A.c.id == article_id)).first() is not None

    def save(self, article: Article, *, current: Article | bool | None = True) -> tuple[bool, bool]:
        """Insert or update; returns ``(created, content_changed)``. Unchanged content writes nothing.

        Pass ``current`` (the stored article, or None when there is none) when the caller already read it.
        """
        if current is True:
            current = self.get(article.id, include_deleted=True)
        if current is None or current is False:
            self._c.execute(_INSERT_ARTICLE, _article_values(article))
            return True, True
        assert isinstance(current, Article)
        if current == article:
            return False, False
        values = _article_values(article)
        values["tags"] = stored_json(values["tags"])
        values["updated_at"] = stored_time(values["updated_at"])
        driver(self._c).execute(_SQL_UPDATE_ARTICLE, (*(values[c] for c in _UPDATED_COLUMNS), article.id))
        return False, not current.same_content(article)

    def existing(self, article_ids: Iterable[str]) -> set[str]:
        """Which of these ids are stored (deleted ones included): one query."""
        ids = list(set(article_ids))
        if not ids:
            return set()
        return {r[0] for r in self._c.execute(select(A.c.id).where(A.c.id.in_(ids)))}

    def insert_many(self, articles: Sequence[Article]) -> None:
        """Insert new articles in one ``executemany`` (the search triggers still run row by row)."""
        if articles:
            self._c.execute(_INSERT_ARTICLE, [_article_values(a) for a in articles])

    def mark_deleted(self, article_id: str, when: datetime | None = None) -> None:
        self._c.execute(update(A).where(A.c.id == article_id).values(deleted_at=when or utcnow()))

    def undelete(self, article_id: str) -> None:
        self._c.execute(update(A).where(A.c.id == article_id).values(deleted_at=None))

    def summaries(self, query: ArticleQuery | None = None) -> list[ArticleSummary]:
        """The rows of a list, newest first."""
        return list(self.each_summary(query))

    def each_summary(self, query: ArticleQuery | None = None) -> Iterator[ArticleSummary]:
        """``summaries`` one at a time, as SQLite returns them (a caller that keeps only what it builds from
        each leaves the collector nothing to promote: 100,000 live summaries set off its full passes).

        Read on the SQLite connection itself: through SQLAlchemy's result rows and column types a page of
        1,000 cost ~6 ms of Python and all 100,000 ~0.75 s, holding the GIL the GUI thread needs to paint."""
        query = query or ArticleQuery()
        match = fts.match_expression(query.text) if query.text.strip() else None
        if query.text.strip() and match is None:
            return
        sql, params = summaries_sql(query, match)
        for row in driver(self._c).execute(sql, params):
            yield summary_of(row)

    def count(self, *, include_deleted: bool = False) -> int:
        stmt = select(func.count()).select_from(A)
        if not include_deleted:
            stmt = stmt.where(A.c.deleted_at.is_(None))
        return int(self._c.execute(stmt).scalar_one())

    def sections(self) -> list[str]:
        stmt = select(A.c.section).where(A.c.deleted_at.is_(None), A.c.section != "").distinct()
        return sorted(r[0] for r in self._c.execute(stmt))

    def headlines(self, ids: Sequence[str]) -> dict[str, str]:
        if not ids:
            return {}
        rows = self._c.execute(select(A.c.id, A.c.headline).where(A.c.id.in_(list(ids))))
        return {r.id: r.headline for r in rows}
