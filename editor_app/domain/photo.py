"""Photos and how they attach to articles."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime

from editor_app.domain.article import utcnow


@dataclass(frozen=True, slots=True)
class Photo:
    """A picture with the metadata a photo desk must get right.

    ``content_hash`` is the sha256 of the original file in the media store; ``None`` for a placeholder
    (an imported text article that names a photo whose file the app does not have yet).
    """

    id: str
    caption: str = ""
    credit: str = ""
    creator: str = ""
    copyright: str = ""
    source: str = ""
    instructions: str = ""
    alt_text: str = ""
    date_taken: str = ""
    city: str = ""
    country: str = ""
    width: int = 0
    height: int = 0
    content_hash: str | None = None
    filename: str = ""
    has_gps: bool = False
    created_at: datetime = field(default_factory=utcnow)

    def with_changes(self, **changes: object) -> Photo:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def is_placeholder(self) -> bool:
        return self.content_hash is None

    def missing_for_publishing(self) -> list[str]:
        """Names of the fields a published photo needs but this one lacks."""
        return [
            label
            for label, value in (
                ("caption", self.caption),
                ("credit", self.credit),
                ("alt text", self.alt_text),
            )
            if not value.strip()
        ]

    def caption_line(self) -> str:
        """``caption (credit)`` as the published page prints it under the photo."""
        caption, credit = self.caption.strip(), self.credit.strip()
        if caption and credit:
            return f"{caption} ({credit})"
        return caption or (f"({credit})" if credit else "")


def new_photo(**fields: object) -> Photo:
    photo = Photo(id=str(uuid.uuid4()))
    return photo.with_changes(**fields) if fields else photo


@dataclass(frozen=True, slots=True)
class ArticlePhoto:
    """A photo placed in an article: its slot (featured, or inline by position)."""

    photo: Photo
    position: int
    featured: bool = False
