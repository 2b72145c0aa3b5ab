"""The plain values archive search takes and returns: the filters, a hit, and a hit with the text compared."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from editor_app.domain import Status


@dataclass(frozen=True, slots=True)
class SearchFilters:
    section: str | None = None
    since: datetime | None = None
    """Articles first saved at or after this moment (timezone-aware)."""
    until: datetime | None = None
    """Articles first saved before this moment (timezone-aware)."""
    published_only: bool = False


@dataclass(frozen=True, slots=True)
class ArchiveHit:
    """One article of the archive as the picker lists it. ``snippet`` is raw text with highlight markers."""

    id: str
    headline: str
    section: str
    status: Status
    date: datetime
    snippet: str = ""
    score: float = 0.0

    @property
    def title(self) -> str:
        return self.headline.strip() or "Untitled article"


@dataclass(frozen=True, slots=True)
class ArchiveText:
    """A hit with the text "more like this" compares, and the time it last changed (a cache key)."""

    hit: ArchiveHit
    standfirst: str
    body: str
    updated_at: str
    counts: str | None = None
    """The stored term counts (``term_stats.encode_counts``) when asked for; then standfirst and body are
    left empty."""
