"""What the desk's review leaves behind: the audit trail of transitions, the reviews opened, editorial comments."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from editor_app.domain.article import utcnow
from editor_app.domain.message import QT_TRANSLATE_NOOP, Message, word
from editor_app.domain.workflow import Status


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One workflow transition: who made it, when, from which status to which, and the note given."""

    article_id: str
    who: str
    action: str
    from_status: str
    to_status: str
    note: str = ""
    at: datetime = field(default_factory=utcnow)
    publish_at: datetime | None = None
    """For a schedule: the publication time chosen."""
    revision_id: int | None = None
    """For an approval: the local revision the desk reviewed."""
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    synced: bool = False

    def line(self) -> str:
        """``Draft → Submitted by ew-reporter`` as the history panel lists it (status names, not keys)."""
        return Message(
            QT_TRANSLATE_NOOP("Core", "{before} → {after} by {who}"),
            before=word(status_label(self.from_status), "Workflow"),
            after=word(status_label(self.to_status), "Workflow"),
            who=self.who or word(QT_TRANSLATE_NOOP("Core", "someone")),
        )


def status_label(key: str) -> str:
    """``in_review`` → ``In review``; an unknown key in words all the same."""
    try:
        return Status(key).label
    except ValueError:
        return key.replace("_", " ").capitalize()


@dataclass(frozen=True, slots=True)
class Comment:
    """An editorial note on an article: threaded (``reply_to``), visible to the newsroom, never published."""

    article_id: str
    author: str
    text: str
    at: datetime = field(default_factory=utcnow)
    reply_to: str | None = None
    author_id: int = 0
    """The author's user id on the publishing site (0 for local work)."""
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    synced: bool = False


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    """A desk editor opened the review of an article and saw this content (revision ``revision_id``)."""

    id: int
    article_id: str
    desk_user: str
    revision_id: int | None
    content: dict[str, Any]
    opened_at: datetime
    approved_at: datetime | None = None


def thread_order(comments: list[Comment]) -> list[tuple[int, Comment]]:
    """Comments as a thread: each top-level note by time, its replies (at any depth) under it; (depth, note)."""
    children: dict[str | None, list[Comment]] = {}
    known = {c.id for c in comments}
    for comment in sorted(comments, key=lambda c: (c.at, c.id)):
        parent = comment.reply_to if comment.reply_to in known else None
        children.setdefault(parent, []).append(comment)
    ordered: list[tuple[int, Comment]] = []

    def walk(parent: str | None, depth: int) -> None:
        for child in children.get(parent, []):
            ordered.append((depth, child))
            walk(child.id, depth + 1)

    walk(None, 0)
    reached = {c.id for _, c in ordered}
    ordered.extend((0, c) for c in comments if c.id not in reached)  # replies caught in a cycle
    return ordered
