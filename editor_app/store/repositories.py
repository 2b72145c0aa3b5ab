"""Repositories: read and write domain objects on one connection. They never return ORM rows.

The service layer opens the transaction (``Database.write()``) and calls several repositories inside it, so an
edit, its revision and its outbox entry commit together.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.engine import RowMapping

from editor_app.domain import CREDIT_FIELDS, Article, ArticlePhoto, Photo, PhotoCredits, Status
from editor_app.domain.article import CONTENT_FIELDS, utcnow
from editor_app.store import fts
from editor_app.store.models import (
    ArticlePhotoRow,
    ArticleRow,
    OutboxRow,
    PhotoRow,
    RelatedRow,
    RevisionRow,
    SettingRow,
)
from editor_app.store.records import ArticleQuery, ArticleSummary, OutboxEntry, Revision
from editor_app.store.types import JSONText, UTCDateTime

A = cast(Table, ArticleRow.__table__)
R = cast(Table, RevisionRow.__table__)
OB = cast(Table, OutboxRow.__table__)
P = cast(Table, PhotoRow.__table__)
AP = cast(Table, ArticlePhotoRow.__table__)
REL = cast(Table, RelatedRow.__table__)
S = cast(Table, SettingRow.__table__)

# Statements built once: building SQLAlchemy constructs per call costs more than SQLite's own work.
_INSERT_ARTICLE = insert(A)
_INSERT_REVISION = insert(R)
_INSERT_OUTBOX = insert(OB)
_ARCHIVED_ARTICLE = select(A.c.pk).where(A.c.id == bindparam("aid"), A.c.status == Status.ARCHIVED.value)

# The save path's one-row statements in SQL, run on the SQLite connection itself (inside the same transaction):
# SQLAlchemy's execution of a cached statement costs more than SQLite's work for them. Values are converted by
# the columns' own types.
_ARTICLE_COLUMNS = tuple(c.name for c in A.columns if c.name not in ("pk", "deleted_at"))
_SQL_ARTICLE = f"SELECT {', '.join(_ARTICLE_COLUMNS)} FROM articles WHERE id = ?"
_SQL_LIVE_ARTICLE = _SQL_ARTICLE + " AND deleted_at IS NULL"
_UPDATED_COLUMNS = tuple(c for c in _ARTICLE_COLUMNS if c not in ("id", "created_at"))
_SQL_UPDATE_ARTICLE = f"UPDATE articles SET {', '.join(f'{c} = ?' for c in _UPDATED_COLUMNS)} WHERE id = ?"
_SQL_LATEST_REVISION = (
    "SELECT id, article_id, number, kind, content, created_at, updated_at FROM revisions "
    "WHERE article_id = ? ORDER BY number DESC LIMIT 1"
)
_SQL_EXTEND_REVISION = "UPDATE revisions SET content = ?, updated_at = ? WHERE id = ?"
_SQL_TOUCH_SAVE = (
    "UPDATE outbox SET updated_at = ? WHERE id = "
    "(SELECT id FROM outbox WHERE article_id = ? AND op = 'save' LIMIT 1) RETURNING id"
)
_TIME = UTCDateTime()
_JSON = JSONText()


def _driver(connection: Connection) -> sqlite3.Connection:
    """The SQLite connection under ``connection``, in its transaction (begun by ``Database.write``/``read``)."""
    return cast(sqlite3.Connection, connection.connection.driver_connection)


def _stored_time(value: datetime) -> str | None:
    return _TIME.process_bind_param(value, None)  # type: ignore[arg-type]


def _stored_json(value: Any) -> str | None:
    return _JSON.process_bind_param(value, None)  # type: ignore[arg-type]


REVISION_WINDOW = timedelta(minutes=10)
"""Saves of the same article within this window extend its latest revision instead of making a new one."""


def _article_of(row: tuple[Any, ...]) -> Article:
    """An article from a row of ``_ARTICLE_COLUMNS`` as SQLite returns it."""
    values = dict(zip(_ARTICLE_COLUMNS, row, strict=True))
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


def _content(article: Article) -> dict[str, Any]:
    content = article.content()
    content["tags"] = list(article.tags)
    return content


class ArticleRepository:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def get(self, article_id: str, *, include_deleted: bool = False) -> Article | None:
        sql = _SQL_ARTICLE if include_deleted else _SQL_LIVE_ARTICLE
        row = _driver(self._c).execute(sql, (article_id,)).fetchone()
        return _article_of(row) if row else None

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
        values["tags"] = _stored_json(values["tags"])
        values["updated_at"] = _stored_time(values["updated_at"])
        _driver(self._c).execute(_SQL_UPDATE_ARTICLE, (*(values[c] for c in _UPDATED_COLUMNS), article.id))
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
        query = query or ArticleQuery()
        cols = (A.c.id, A.c.headline, A.c.section, A.c.status, A.c.updated_at, A.c.editors_choice)
        stmt = select(*cols)
        conditions: list[ColumnElement[bool]] = []
        if not query.include_deleted:
            conditions.append(A.c.deleted_at.is_(None))
        if query.status is not None:
            conditions.append(A.c.status == query.status.value)
        if query.section:
            conditions.append(A.c.section == query.section)
        match = fts.match_expression(query.text) if query.text.strip() else None
        if query.text.strip() and match is None:
            return []
        if match is not None:
            conditions.append(
                A.c.pk.in_(
                    text(f"SELECT rowid FROM {fts.FTS_TABLE} WHERE {fts.FTS_TABLE} MATCH :q").bindparams(
                        q=match
                    )
                )
            )
        if conditions:
            stmt = stmt.where(and_(*conditions))
        stmt = stmt.order_by(A.c.updated_at.desc(), A.c.pk.desc())
        if query.limit:
            stmt = stmt.limit(query.limit)
        if query.offset:
            stmt = stmt.offset(query.offset)
        return [
            ArticleSummary(
                r.id, r.headline, r.section, Status(r.status), r.updated_at, bool(r.editors_choice)
            )
            for r in self._c.execute(stmt)
        ]

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
            _driver(self._c).execute(
                _SQL_EXTEND_REVISION, (_stored_json(content), _stored_time(now), latest.id)
            )
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
        row = _driver(self._c).execute(_SQL_LATEST_REVISION, (article_id,)).fetchone()
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
            pending = _driver(self._c).execute(_SQL_TOUCH_SAVE, (_stored_time(now), article_id)).fetchone()
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


def _photo(row: RowMapping) -> Photo:
    return Photo(
        id=row["id"],
        date_taken=row["date_taken"],
        city=row["city"],
        country=row["country"],
        width=row["width"],
        height=row["height"],
        content_hash=row["content_hash"],
        filename=row["filename"],
        has_gps=bool(row["has_gps"]),
        keywords=tuple(k for k in (row["keywords"] or "").split("\n") if k),
        rating=int(row["rating"] or 0),
        label=row["label"] or "",
        created_at=row["created_at"],
    ).with_credits(PhotoCredits.from_values(dict(row)))


_PHOTO_FIELDS = (
    *CREDIT_FIELDS,
    "width",
    "height",
    "content_hash",
    "filename",
    "has_gps",
)


class PhotoRepository:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def get(self, photo_id: str) -> Photo | None:
        row = self._c.execute(select(P).where(P.c.id == photo_id)).mappings().first()
        return _photo(row) if row else None

    def by_hash(self, content_hash: str) -> Photo | None:
        row = self._c.execute(select(P).where(P.c.content_hash == content_hash).limit(1)).mappings().first()
        return _photo(row) if row else None

    def save(self, photo: Photo) -> None:
        values = {name: getattr(photo, name) for name in (*_PHOTO_FIELDS, "date_taken", "city", "country")}
        values.update(keywords="\n".join(photo.keywords), rating=photo.rating, label=photo.label)
        if self._c.execute(select(P.c.pk).where(P.c.id == photo.id)).first() is None:
            self._c.execute(insert(P).values(id=photo.id, created_at=photo.created_at, **values))
        else:
            self._c.execute(update(P).where(P.c.id == photo.id).values(**values))

    def for_article(self, article_id: str) -> list[ArticlePhoto]:
        stmt = (
            select(P, AP.c.position, AP.c.featured)
            .join(AP, AP.c.photo_id == P.c.id)
            .where(AP.c.article_id == article_id)
            .order_by(AP.c.position)
        )
        return [
            ArticlePhoto(_photo(r), r["position"], bool(r["featured"]))
            for r in self._c.execute(stmt).mappings()
        ]

    def articles_using(self, photo_ids: Iterable[str]) -> set[str]:
        """Ids of the articles that any of these photos is placed in."""
        ids = list(photo_ids)
        if not ids:
            return set()
        rows = self._c.execute(select(AP.c.article_id).where(AP.c.photo_id.in_(ids)).distinct())
        return {r[0] for r in rows}

    def set_for_article(self, article_id: str, slots: Sequence[tuple[str, bool]]) -> None:
        """Replace the article's photos with ``(photo_id, featured)`` in order; at most one is featured."""
        if sum(1 for _, featured in slots if featured) > 1:
            raise ValueError("an article has at most one featured photo")
        self._c.execute(delete(AP).where(AP.c.article_id == article_id))
        if slots:
            self._c.execute(
                insert(AP),
                [
                    {"article_id": article_id, "photo_id": pid, "position": i, "featured": featured}
                    for i, (pid, featured) in enumerate(slots)
                ],
            )


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


class SettingsRepository:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def get(self, key: str, default: Any = None) -> Any:
        row = self._c.execute(select(S.c.value).where(S.c.key == key)).first()
        return default if row is None else row[0]

    def set(self, key: str, value: Any) -> None:
        if self._c.execute(select(S.c.key).where(S.c.key == key)).first() is None:
            self._c.execute(insert(S).values(key=key, value=value))
        else:
            self._c.execute(update(S).where(S.c.key == key).values(value=value))
