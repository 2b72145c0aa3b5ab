"""The review's part of a push: what the server writes itself is never sent as data; transitions and notes made
here go through the companion plugin's routes, one request each, each naming the post's version.

The server checks each transition against the same table as the app, records who made it and when, and answers
with the post; its version is the precondition of the next request. An approval names the text the desk read: the
hash of the post's title and content as the server holds them at the version the desk's copy is based on.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC
from typing import Any

from editor_app.domain.review import AuditEntry
from editor_app.sync.backend import Backend, NoteOut, RemotePost, Step
from editor_app.sync.rest_json import text_hash
from editor_app.sync.review_meta import LOCAL_ONLY_ACTIONS, Outgoing

SERVER_OWNED_META = frozenset({"ew_status", "ew_desk_note", "ew_audit", "ew_notes", "ew_version"})
"""Meta only the plugin writes (read-only over REST)."""
SERVER_OWNED_STATE = frozenset({"status", "note"})
"""Article state that reaches the server only through transitions (the status and the desk's return note)."""
APPROVALS = frozenset({"approve", "schedule", "publish"})


def without_server_fields(payload: Mapping[str, Any]) -> dict[str, Any]:
    """A post payload without what the server owns: the status (and a schedule's date goes with the schedule
    transition) and the server-written meta."""
    out = {k: v for k, v in payload.items() if k not in ("status", "date_gmt")}
    if isinstance(payload.get("meta"), Mapping):
        out["meta"] = {k: v for k, v in payload["meta"].items() if k not in SERVER_OWNED_META}
    return out


def same_content(base: Mapping[str, Any] | None, state: Mapping[str, Any]) -> bool:
    """Whether the state differs from the base only in what transitions carry (no content update needed)."""
    if base is None:
        return False
    keys = (set(base) | set(state)) - SERVER_OWNED_STATE
    return all(base.get(k) == state.get(k) for k in keys)


def approval_pending(review: Outgoing) -> bool:
    return any(e.action in APPROVALS for e in review.audit)


def send_review(
    backend: Backend, remote_id: int, post: RemotePost | None, version: int | None, review: Outgoing
) -> RemotePost | None:
    """Send the notes, then the transitions, oldest first; the post as the last answer left it (None when
    nothing was sent). Raises what the backend raises (Forbidden, Rejected, PreconditionFailed...)."""
    if post is not None:
        version = post.version
    for comment in review.comments:
        post = backend.add_note(remote_id, NoteOut(comment.id, comment.text, comment.reply_to), version)
        version = post.version
    for entry in review.audit:
        if entry.action in LOCAL_ONLY_ACTIONS:
            continue
        reviewed = None
        if entry.action == "approve":
            read = post if post is not None else backend.get_post(remote_id)
            reviewed = text_hash(read)  # with the version below: a text changed since is a 412 or a 409
        post = backend.transition(remote_id, _step(entry, reviewed), version)
        version = post.version
    return post


def _step(entry: AuditEntry, reviewed_hash: str | None) -> Step:
    at = entry.publish_at.astimezone(UTC).isoformat() if entry.publish_at is not None else None
    return Step(entry.action, entry.id, entry.note, at=at, reviewed_hash=reviewed_hash)
