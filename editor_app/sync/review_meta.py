"""What the desk's review shares through the companion plugin: editorial notes (``ew_notes``), the audit trail
(``ew_audit``) and related articles (``ew_related``, remote post ids).

The server writes notes and audit entries (author, time, who made a transition) from the signed-in user; the app
sends a transition or a note through the plugin's routes with its local entry's id, and takes the server's entry
as the truth when it comes back. A workflow status is believed only when the server's audit trail vouches for it:
an approval counts only if a user with the desk's capabilities made it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from editor_app.domain.review import AuditEntry, Comment
from editor_app.store import UnitOfWork

REMOTE_TIME = "%Y-%m-%dT%H:%M:%S"


DESK_ONLY = frozenset({"in_review", "approved", "scheduled"})
"""Pending statuses only the desk can reach: believed only when the server's audit says the desk made them."""
LOCAL_ONLY_ACTIONS = frozenset({"refused"})


@dataclass(frozen=True, slots=True)
class Outgoing:
    """What a push adds for the review: meta, the publication time, the transitions and notes to send."""

    meta: dict[str, Any] = field(default_factory=dict)
    related: list[int] = field(default_factory=list)
    publish_at: str | None = None
    audit: tuple[AuditEntry, ...] = ()
    """Transitions made here that the server has not recorded yet, oldest first."""
    comments: tuple[Comment, ...] = ()

    @property
    def unsynced(self) -> bool:
        return bool(self.audit or self.comments)

    @property
    def audit_ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.audit)

    @property
    def comment_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.comments)


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
    """Take the post's notes and audit entries as the server recorded them (a local entry the server confirmed
    gets the server's author and time); True when any was new or changed."""
    reviews = uow.review_state
    new = False
    for raw in _items(meta.get("ew_notes")):
        comment = comment_from_json(article_id, raw)
        if comment is not None:
            new = reviews.confirm_comment(comment) or new
    for raw in _items(meta.get("ew_audit")):
        entry = audit_from_json(article_id, raw)
        if entry is not None:
            new = reviews.confirm(entry) or new
    return new


def review_entries(article_id: str, meta: Mapping[str, Any]) -> tuple[list[AuditEntry], list[Comment]]:
    """The post's audit entries and notes as ``ingest`` reads them (malformed ones left out)."""
    entries = [e for e in (audit_from_json(article_id, raw) for raw in _items(meta.get("ew_audit"))) if e]
    notes = [c for c in (comment_from_json(article_id, raw) for raw in _items(meta.get("ew_notes"))) if c]
    return entries, notes


def vouched_status(meta: Mapping[str, Any]) -> str:
    """The post's ``ew_status`` if the server's audit trail vouches for it, else "" (read the WordPress status).

    A desk-only status (in review, approved, scheduled) counts only when the latest audit entry reaching it was
    written by the server for a user with the desk's capabilities (``role: desk``); anything else, such as a
    status or an entry a client managed to write, is not believed."""
    status = str(meta.get("ew_status") or "")
    if status not in DESK_ONLY:
        return status
    reached = [
        e for e in _items(meta.get("ew_audit")) if e.get("to") == status and e.get("action") != "corrected"
    ]
    if reached and reached[-1].get("role") == "desk" and isinstance(reached[-1].get("user"), int):
        return status
    return ""


def _items(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def outgoing(
    uow: UnitOfWork, site_id: int, article_id: str, base_related: Sequence[int] | None = None
) -> Outgoing:
    """The review's part of the article's next push. ``base_related`` is the related list last agreed with
    the server: when the local list is that list less the posts not pulled here, it is sent back whole."""
    reviews = uow.review_state
    meta: dict[str, Any] = {}
    audit: tuple[AuditEntry, ...] = ()
    comments: tuple[Comment, ...] = ()
    has_audit, has_notes = reviews.unsynced(article_id)
    if has_audit:
        audit = tuple(e for e in reviews.trail(article_id) if not e.synced)
    if has_notes:
        comments = tuple(c for c in reviews.comments(article_id) if not c.synced)
    related = remote_related(uow, site_id, article_id)
    if base_related is not None:
        state = uow.sync_state
        visible = [i for i in base_related if state.link_by_remote(site_id, int(i)) is not None]
        if visible == related:
            related = [int(i) for i in base_related]
    meta["ew_related"] = related
    when = reviews.scheduled_time(article_id)
    return Outgoing(
        meta, related, when.astimezone(UTC).strftime(REMOTE_TIME) if when else None, audit, comments
    )


def remote_related(uow: UnitOfWork, site_id: int, article_id: str) -> list[int]:
    """The article's related articles as remote post ids (those not on the server yet are left out)."""
    state = uow.sync_state
    ids = []
    for related_id in uow.related.get(article_id):
        link = state.link(site_id, related_id)
        if link is not None and link.remote_id is not None:
            ids.append(link.remote_id)
    return ids


def take_related(uow: UnitOfWork, site_id: int, article_id: str, remote_ids: Sequence[int]) -> bool:
    """Set the article's related articles from remote post ids (posts not known here are skipped); whether
    every one was known (a pull stores the others later and then sets the list again)."""
    state = uow.sync_state
    local = []
    complete = True
    for remote_id in remote_ids:
        link = state.link_by_remote(site_id, int(remote_id))
        if link is None:
            complete = False
        elif link.article_id != article_id and link.article_id not in local:
            local.append(link.article_id)
    uow.related.set(article_id, local)
    return complete
