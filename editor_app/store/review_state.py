"""The desk review's tables: the audit trail of transitions, the reviews the desk opened, editorial comments.

Take it from the unit of work, ``uow.review_state``, so an audit row commits in the
same transaction as the transition it records. Entries that came from (or reached) the server are ``synced``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    func,
    insert,
    literal_column,
    select,
    update,
)
from sqlalchemy.engine import RowMapping
from sqlalchemy.sql.elements import ColumnElement

from editor_app.domain.review import AuditEntry, Comment, ReviewRecord
from editor_app.store.models import REVISIONS
from editor_app.store.types import JSONText, UTCDateTime

_META = MetaData()

AUDIT = Table(
    "audit_trail",
    _META,
    Column("id", String(36), primary_key=True),
    Column("article_id", String(36)),
    Column("who", Text),
    Column("at", UTCDateTime),
    Column("action", String(16)),
    Column("from_status", String(16)),
    Column("to_status", String(16)),
    Column("note", Text),
    Column("publish_at", UTCDateTime, nullable=True),
    Column("revision_id", Integer, nullable=True),
    Column("synced", Boolean),
)
REVIEWS = Table(
    "reviews",
    _META,
    Column("id", Integer, primary_key=True),
    Column("article_id", String(36)),
    Column("desk_user", Text),
    Column("revision_id", Integer, nullable=True),
    Column("content", JSONText),
    Column("opened_at", UTCDateTime),
    Column("approved_at", UTCDateTime, nullable=True),
)
COMMENTS = Table(
    "comments",
    _META,
    Column("id", String(36), primary_key=True),
    Column("article_id", String(36)),
    Column("author", Text),
    Column("author_id", Integer),
    Column("at", UTCDateTime),
    Column("text", Text),
    Column("reply_to", String(36), nullable=True),
    Column("synced", Boolean),
)


AUDIT_ROWID: ColumnElement[Any] = literal_column("audit_trail.rowid")
# Statements built once: a pull confirms every audit entry of every post.
_AUDIT_BY_ID = select(AUDIT).where(AUDIT.c.id == bindparam("b_id"))
_AUDIT_EXISTS = select(AUDIT.c.id).where(AUDIT.c.id == bindparam("b_id"))
_UPDATE_AUDIT = update(AUDIT).where(AUDIT.c.id == bindparam("b_id"))
_INSERT_AUDIT = insert(AUDIT)
"""Insertion order: breaks ties between transitions made in the same millisecond (approve, then publish)."""


def _audit(row: RowMapping) -> AuditEntry:
    return AuditEntry(
        article_id=row["article_id"],
        who=row["who"] or "",
        action=row["action"],
        from_status=row["from_status"],
        to_status=row["to_status"],
        note=row["note"] or "",
        at=row["at"],
        publish_at=row["publish_at"],
        revision_id=row["revision_id"],
        id=row["id"],
        synced=bool(row["synced"]),
    )


def _audit_values(entry: AuditEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "article_id": entry.article_id,
        "who": entry.who,
        "at": entry.at,
        "action": entry.action,
        "from_status": entry.from_status,
        "to_status": entry.to_status,
        "note": entry.note,
        "publish_at": entry.publish_at,
        "revision_id": entry.revision_id,
        "synced": entry.synced,
    }


def _comment_values(comment: Comment) -> dict[str, Any]:
    return {
        "id": comment.id,
        "article_id": comment.article_id,
        "author": comment.author,
        "author_id": comment.author_id,
        "at": comment.at,
        "text": comment.text,
        "reply_to": comment.reply_to,
        "synced": comment.synced,
    }


def _comment(row: RowMapping) -> Comment:
    return Comment(
        article_id=row["article_id"],
        author=row["author"] or "",
        text=row["text"],
        at=row["at"],
        reply_to=row["reply_to"],
        author_id=int(row["author_id"] or 0),
        id=row["id"],
        synced=bool(row["synced"]),
    )


def _review(row: RowMapping) -> ReviewRecord:
    return ReviewRecord(
        row["id"],
        row["article_id"],
        row["desk_user"] or "",
        row["revision_id"],
        dict(row["content"] or {}),
        row["opened_at"],
        row["approved_at"],
    )


class ReviewState:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    # audit trail --------------------------------------------------------------------------------------------
    def record(self, entry: AuditEntry) -> None:
        """Store an entry; one already known (by id, e.g. pulled twice) is left as it is."""
        if self._c.execute(_AUDIT_EXISTS, {"b_id": entry.id}).first() is not None:
            return
        self._c.execute(_INSERT_AUDIT, _audit_values(entry))

    def known(self, audit_ids: Iterable[str], comment_ids: Iterable[str]) -> set[str]:
        """Which of these audit entry and comment ids are stored: two queries."""
        found: set[str] = set()
        for table, ids in ((AUDIT, set(audit_ids)), (COMMENTS, set(comment_ids))):
            if ids:
                found.update(
                    r[0] for r in self._c.execute(select(table.c.id).where(table.c.id.in_(list(ids))))
                )
        return found

    def add_many(self, entries: Sequence[AuditEntry], comments: Sequence[Comment]) -> None:
        """Store entries and comments whose ids are new (see ``known``), each kind in one ``executemany``."""
        if entries:
            self._c.execute(_INSERT_AUDIT, [_audit_values(e) for e in entries])
        if comments:
            self._c.execute(insert(COMMENTS), [_comment_values(c) for c in comments])

    def confirm(self, entry: AuditEntry) -> bool:
        """Take an entry as the server recorded it: a new one is stored; a local one with its id gets the server's
        who, time and statuses (the server is the authority) and counts as synced. True when anything changed."""
        row = self._c.execute(_AUDIT_BY_ID, {"b_id": entry.id}).mappings().first()
        if row is None:
            self.record(entry)
            return True
        known = _audit(row)
        server = {
            "who": entry.who,
            "at": entry.at,
            "action": entry.action,
            "from_status": entry.from_status,
            "to_status": entry.to_status,
            "note": entry.note,
            "publish_at": entry.publish_at,
            "synced": True,
        }
        if all(getattr(known, key) == value for key, value in server.items()):
            return False
        self._c.execute(_UPDATE_AUDIT, {"b_id": entry.id, **server})
        return True

    def trail(self, article_id: str) -> list[AuditEntry]:
        """Every transition of the article, oldest first."""
        rows = self._c.execute(
            select(AUDIT).where(AUDIT.c.article_id == article_id).order_by(AUDIT.c.at, AUDIT_ROWID)
        ).mappings()
        return [_audit(r) for r in rows]

    def last_transition(self, article_ids: Iterable[str], to_status: str) -> dict[str, AuditEntry]:
        """For each article, its latest transition into ``to_status`` (who submitted it, and when)."""
        ids = list(article_ids)
        if not ids:
            return {}
        rows = self._c.execute(
            select(AUDIT)
            .where(AUDIT.c.article_id.in_(ids), AUDIT.c.to_status == to_status)
            .order_by(AUDIT.c.at, AUDIT_ROWID)
        ).mappings()
        return {r["article_id"]: _audit(r) for r in rows}

    def scheduled_time(self, article_id: str) -> datetime | None:
        """The publication time of the article's latest schedule."""
        value = self._c.execute(
            select(AUDIT.c.publish_at)
            .where(AUDIT.c.article_id == article_id, AUDIT.c.publish_at.is_not(None))
            .order_by(AUDIT.c.at.desc())
            .limit(1)
        ).scalar()
        return value if isinstance(value, datetime) else None

    # comments -----------------------------------------------------------------------------------------------
    def add_comment(self, comment: Comment) -> bool:
        """Store a comment unless one with its id is known; True when stored."""
        if self._c.execute(select(COMMENTS.c.id).where(COMMENTS.c.id == comment.id)).first() is not None:
            return False
        self._c.execute(insert(COMMENTS).values(**_comment_values(comment)))
        return True

    def confirm_comment(self, comment: Comment) -> bool:
        """Take a note as the server recorded it (its author and time win over the local copy's); True when new or
        changed."""
        known = self.comment(comment.id)
        if known is None:
            return self.add_comment(comment)
        server = {"author": comment.author, "author_id": comment.author_id, "at": comment.at, "synced": True}
        if all(getattr(known, key) == value for key, value in server.items()):
            return False
        self._c.execute(update(COMMENTS).where(COMMENTS.c.id == comment.id).values(**server))
        return True

    def comment(self, comment_id: str) -> Comment | None:
        row = self._c.execute(select(COMMENTS).where(COMMENTS.c.id == comment_id)).mappings().first()
        return _comment(row) if row else None

    def comments(self, article_id: str) -> list[Comment]:
        rows = self._c.execute(
            select(COMMENTS).where(COMMENTS.c.article_id == article_id).order_by(COMMENTS.c.at, COMMENTS.c.id)
        ).mappings()
        return [_comment(r) for r in rows]

    # sync bookkeeping ---------------------------------------------------------------------------------------
    def unsynced(self, article_id: str) -> tuple[bool, bool]:
        """Whether the article has audit entries, and comments, the server has not seen yet."""
        audit = self._c.execute(
            select(func.count())
            .select_from(AUDIT)
            .where(AUDIT.c.article_id == article_id, AUDIT.c.synced.is_(False))
        ).scalar_one()
        notes = self._c.execute(
            select(func.count())
            .select_from(COMMENTS)
            .where(COMMENTS.c.article_id == article_id, COMMENTS.c.synced.is_(False))
        ).scalar_one()
        return bool(audit), bool(notes)

    def mark_synced(self, article_id: str, audit_ids: Iterable[str], comment_ids: Iterable[str]) -> None:
        audit, notes = list(audit_ids), list(comment_ids)
        if audit:
            self._c.execute(
                update(AUDIT)
                .where(AUDIT.c.article_id == article_id, AUDIT.c.id.in_(audit))
                .values(synced=True)
            )
        if notes:
            self._c.execute(
                update(COMMENTS)
                .where(COMMENTS.c.article_id == article_id, COMMENTS.c.id.in_(notes))
                .values(synced=True)
            )

    # reviews ------------------------------------------------------------------------------------------------
    def seal_revision(self, revision_id: int, kind: str) -> None:
        """Mark a run-of-edits revision as seen (submitted, reviewed): later edits start a new revision, so the
        revision id names exactly the text that was submitted or read."""
        self._c.execute(
            update(REVISIONS)
            .where(REVISIONS.c.id == revision_id, REVISIONS.c.kind == "edit")
            .values(kind=kind)
        )

    def open_review(
        self, article_id: str, desk_user: str, revision_id: int | None, content: dict[str, Any], at: datetime
    ) -> ReviewRecord:
        result = self._c.execute(
            insert(REVIEWS).values(
                article_id=article_id,
                desk_user=desk_user,
                revision_id=revision_id,
                content=content,
                opened_at=at,
            )
        )
        (new_id,) = result.inserted_primary_key or (0,)
        return ReviewRecord(int(new_id), article_id, desk_user, revision_id, content, at)

    def last_review(self, article_id: str, *, open_only: bool = False) -> ReviewRecord | None:
        """The latest review of the article (with ``open_only``, only one not yet ended by an approval)."""
        stmt = select(REVIEWS).where(REVIEWS.c.article_id == article_id)
        if open_only:
            stmt = stmt.where(REVIEWS.c.approved_at.is_(None))
        row = self._c.execute(stmt.order_by(REVIEWS.c.id.desc()).limit(1)).mappings().first()
        return _review(row) if row else None

    def close_reviews(self, article_id: str, at: datetime) -> None:
        """End every open review of the article (the approval came)."""
        self._c.execute(
            update(REVIEWS)
            .where(REVIEWS.c.article_id == article_id, REVIEWS.c.approved_at.is_(None))
            .values(approved_at=at)
        )
