"""What the store hands out besides domain objects: list rows, queries, revisions, outbox entries.

Plain dataclasses with no SQLAlchemy import, so the UI can use them without loading the database layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from editor_app.domain import Status


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """What lists show: cheap to load for thousands of rows."""

    id: str
    headline: str
    section: str
    status: Status
    updated_at: datetime
    editors_choice: bool

    @property
    def title(self) -> str:
        return self.headline.strip() or "Untitled article"


@dataclass(frozen=True, slots=True)
class ArticleQuery:
    text: str = ""
    status: Status | None = None
    section: str | None = None
    include_deleted: bool = False
    limit: int | None = None
    offset: int = 0
    """Skip this many rows (with ``limit``: one page of a list that loads as it scrolls)."""


@dataclass(frozen=True, slots=True)
class Revision:
    id: int
    article_id: str
    number: int
    kind: str
    content: dict[str, Any]
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    id: int
    article_id: str
    op: str
    payload: dict[str, Any]
    created_at: datetime
    attempts: int
    last_error: str | None
