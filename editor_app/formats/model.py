"""What a parsed article file yields: the article, its photo references and related article ids."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from editor_app.domain import Article, ArticlePhoto, Photo, PhotoCredits


@dataclass(frozen=True, slots=True, kw_only=True)
class PhotoRef(PhotoCredits):
    """A photo an article file names. ``id`` is set when the file came from the app (update that photo)."""

    id: str | None = None
    featured: bool = False

    @classmethod
    def from_article_photo(cls, placed: ArticlePhoto) -> PhotoRef:
        return cls(id=placed.photo.id, featured=placed.featured).with_credits(placed.photo)

    def as_photo(self) -> Photo:
        """A placeholder photo (no file yet) carrying this metadata; a new id when the file gave none."""
        return Photo(id=self.id or str(uuid.uuid4())).with_credits(self)


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """An article read from a file.

    ``id_from_file`` tells the caller to update the article with that id instead of creating one.
    ``source_format`` is ``"front-matter"``, ``"markdown"`` or ``"plain-text"``.
    ``dated`` says the file gave the article's date (else ``created_at`` is the time it was read).
    """

    article: Article
    id_from_file: bool = False
    photos: tuple[PhotoRef, ...] = ()
    related: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    source_format: str = "plain-text"
    dated: bool = False
