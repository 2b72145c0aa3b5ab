"""What the desk's review shares through the companion plugin's post meta: editorial notes (``ew_notes``), the
audit trail (``ew_audit``) and related articles (``ew_related``, remote post ids).

Notes and audit entries only ever grow: each side keeps the union by id, so pushing the local union after a
pull never drops someone else's entry (a concurrent one makes the push a 412, and the retry includes it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from editor_app.domain.review import AuditEntry, Comment
from editor_app.store import UnitOfWork
from editor_app.store.review_state import ReviewState
from editor_app.store.sync_state import SyncState

REMOTE_TIME = "%Y-%m-%dT%H:%M:%S"


@dataclass(frozen=True, slots=True)
class Outgoing:
    """What a push adds to the post for the review: meta, the publication time, the entries it makes synced."""

    meta: dict[str, Any] = field(default_factory=dict)
    related: list[int] = field(default_factory=list)
    publish_at: str | None = None
    audit_ids: tuple[str, ...] = ()
    comment_ids: tuple[str, ...] = ()

    @property
    def unsynced(self) -> bool:
        return bool(self.audit_ids or self.comment_ids)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def _parse(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def comment_json(comment: Comment) -> dict[str, Any]:
    return {
        "id": comment.id,
        "author": comment.author_id,
        "author_name": comment.author,
        "at": _iso(comment.at),
        "text": comment.text,
        "reply_to": comment.reply_to,
    }


def comment_from_json(article_id: str, data: Mapping[str, Any]) -> Comment | None:
    at = _parse(data.get("at"))
    if not data.get("id") or at is None or not isinstance(data.get("text"), str):
        return None
    reply_to = data.get("reply_to")
    return Comment(
        article_id,
        str(data.get("author_name") or f"user {data.get('author', '?')}"),
        str(data["text"]),
        at=at,
        reply_to=str(reply_to) if reply_to else None,
        author_id=int(data.get("author") or 0),
        id=str(data["id"]),
        synced=True,
    )


def audit_json(entry: AuditEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "who": entry.who,
        "at": _iso(entry.at),
        "action": entry.action,
        "from": entry.from_status,
        "to": entry.to_status,
        "note": entry.note,
        "publish_at": _iso(entry.publish_at) if entry.publish_at else None,
    }


def audit_from_json(article_id: str, data: Mapping[str, Any]) -> AuditEntry | None:
    at = _parse(data.get("at"))
    if not data.get("id") or at is None or not data.get("to"):
        return None
    return AuditEntry(
        article_id=article_id,
        who=str(data.get("who") or ""),
        action=str(data.get("action") or ""),
        from_status=str(data.get("from") or ""),
        to_status=str(data["to"]),
        note=str(data.get("note") or ""),
        at=at,
        publish_at=_parse(data.get("publish_at")),
        id=str(data["id"]),
        synced=True,
    )


def ingest(uow: UnitOfWork, article_id: str, meta: Mapping[str, Any]) -> bool:
    """Add the post's notes and audit entries this side does not know yet; True when any was new."""
    reviews = ReviewState(uow.connection)
    new = False
    for raw in _items(meta.get("ew_notes")):
        comment = comment_from_json(article_id, raw)
        if comment is not None:
            new = reviews.add_comment(comment) or new
    known = {e.id for e in reviews.trail(article_id)}
    for raw in _items(meta.get("ew_audit")):
        entry = audit_from_json(article_id, raw)
        if entry is not None and entry.id not in known:
            reviews.record(entry)
            new = True
    return new


def _items(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def outgoing(
    uow: UnitOfWork, site_id: int, article_id: str, base_related: Sequence[int] | None = None
) -> Outgoing:
    """The review's part of the article's next push. ``base_related`` is the related list last agreed with
    the server: when the local list is that list less the posts not pulled here, it is sent back whole."""
    reviews = ReviewState(uow.connection)
    meta: dict[str, Any] = {}
    audit_ids: tuple[str, ...] = ()
    comment_ids: tuple[str, ...] = ()
    has_audit, has_notes = reviews.unsynced(article_id)
    if has_audit:
        trail = reviews.trail(article_id)
        meta["ew_audit"] = [audit_json(e) for e in trail]
        audit_ids = tuple(e.id for e in trail if not e.synced)
    if has_notes:
        comments = reviews.comments(article_id)
        meta["ew_notes"] = [comment_json(c) for c in comments]
        comment_ids = tuple(c.id for c in comments if not c.synced)
    related = remote_related(uow, site_id, article_id)
    if base_related is not None:
        state = SyncState(uow.connection)
        visible = [i for i in base_related if state.link_by_remote(site_id, int(i)) is not None]
        if visible == related:
            related = [int(i) for i in base_related]
    meta["ew_related"] = related
    when = reviews.scheduled_time(article_id)
    return Outgoing(
        meta, related, when.astimezone(UTC).strftime(REMOTE_TIME) if when else None, audit_ids, comment_ids
    )


def remote_related(uow: UnitOfWork, site_id: int, article_id: str) -> list[int]:
    """The article's related articles as remote post ids (those not on the server yet are left out)."""
    state = SyncState(uow.connection)
    ids = []
    for related_id in uow.related.get(article_id):
        link = state.link(site_id, related_id)
        if link is not None and link.remote_id is not None:
            ids.append(link.remote_id)
    return ids


def take_related(uow: UnitOfWork, site_id: int, article_id: str, remote_ids: Sequence[int]) -> None:
    """Set the article's related articles from remote post ids (posts not known here are skipped)."""
    state = SyncState(uow.connection)
    local = []
    for remote_id in remote_ids:
        link = state.link_by_remote(site_id, int(remote_id))
        if link is not None and link.article_id != article_id and link.article_id not in local:
            local.append(link.article_id)
    uow.related.set(article_id, local)
