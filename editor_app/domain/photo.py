"""Photos and how they attach to articles."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from editor_app.domain.article import utcnow
from editor_app.domain.photo_credits import PhotoCredits


@dataclass(frozen=True, slots=True, kw_only=True)
class Photo(PhotoCredits):
    """A picture with the metadata a photo desk must get right: its credits (``PhotoCredits``) and the rest.

    ``content_hash`` is the sha256 of the original file in the media store; ``None`` for a placeholder
    (an imported text article that names a photo whose file the app does not have yet).
    """

    id: str
    date_taken: str = ""
    city: str = ""
    country: str = ""
    width: int = 0
    height: int = 0
    content_hash: str | None = None
    filename: str = ""
    has_gps: bool = False
    keywords: tuple[str, ...] = ()
    """IPTC Keywords / XMP dc:subject, in order, without duplicates."""
    rating: int = 0
    """0 (none) to 5 stars, the photo editor's own mark."""
    label: str = ""
    """A colour label (one of :data:`COLOUR_LABELS`) or ""."""
    created_at: datetime = field(default_factory=utcnow)

    def with_changes(self, **changes: object) -> Photo:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def is_placeholder(self) -> bool:
        return self.content_hash is None


COLOUR_LABELS: tuple[str, ...] = ("red", "yellow", "green", "blue")
"""The colour labels a photo editor tags with (keys 6 to 9 in the photo grid)."""


def parse_keywords(text: str | Sequence[str]) -> tuple[str, ...]:
    """Keywords from ``"a, b; c"`` (or a list): trimmed, empty ones dropped, the first of duplicates kept."""
    parts = re.split(r"[,;\n]", text) if isinstance(text, str) else list(text)
    seen: dict[str, str] = {}
    for part in parts:
        word = " ".join(part.split())
        if word and word.casefold() not in seen:
            seen[word.casefold()] = word
    return tuple(seen.values())


def keywords_text(keywords: Sequence[str]) -> str:
    """The keywords as the form shows them: ``"a, b, c"``."""
    return ", ".join(keywords)


def new_photo(**fields: object) -> Photo:
    import uuid  # here: ~2.5 ms to import, and the window's first paint needs no new id

    photo = Photo(id=str(uuid.uuid4()))
    return photo.with_changes(**fields) if fields else photo


@dataclass(frozen=True, slots=True)
class ArticlePhoto:
    """A photo placed in an article: its slot (featured, or inline by position)."""

    photo: Photo
    position: int
    featured: bool = False
