"""What a photo says about itself wherever it goes: the one value object for its credits.

The photo in the database, a photo named in an article file, the metadata read from and written into an image
file, the media item on the site: each *is* a ``PhotoCredits`` (they extend it), so the fields are written out
here only and every layer converts with :meth:`PhotoCredits.credit_values` and :meth:`PhotoCredits.from_values`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Self


@dataclass(frozen=True, slots=True)
class PhotoCredits:
    caption: str = ""
    credit: str = ""
    creator: str = ""
    copyright: str = ""
    source: str = ""
    instructions: str = ""
    alt_text: str = ""

    @classmethod
    def from_values(cls, values: Mapping[str, object]) -> PhotoCredits:
        """The credit fields found in ``values`` (others ignored; a missing or empty one is "")."""
        return cls(**{name: str(values.get(name) or "") for name in CREDIT_FIELDS})

    @property
    def credits(self) -> PhotoCredits:
        """Only the credits (of a photo, a file's metadata, an article file's photo...)."""
        return PhotoCredits(**self.credit_values())

    def with_credits(self, credits: PhotoCredits) -> Self:
        """This value (a photo, a rendition's metadata...) with ``credits`` in place of its own."""
        return replace(self, **credits.credit_values())

    def credit_values(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in CREDIT_FIELDS}

    def missing_for_publishing(self) -> list[str]:
        """Names of the fields a published photo needs but this one lacks."""
        needed = (("caption", self.caption), ("credit", self.credit), ("alt text", self.alt_text))
        return [label for label, value in needed if not value.strip()]

    def caption_line(self) -> str:
        """``caption (credit)`` as the published page prints it under the photo."""
        caption, credit = self.caption.strip(), self.credit.strip()
        if caption and credit:
            return f"{caption} ({credit})"
        return caption or (f"({credit})" if credit else "")


CREDIT_FIELDS: tuple[str, ...] = tuple(field.name for field in fields(PhotoCredits))
