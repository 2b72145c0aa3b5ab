"""An article with what is placed in it, as views and exports need it (no database import here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from editor_app.domain import Article, ArticlePhoto


@dataclass(frozen=True, slots=True)
class ArticleSnapshot:
    """An article with what is placed in it: everything a view or an export needs in one read."""

    article: Article
    photos: tuple[ArticlePhoto, ...]
    related: tuple[tuple[str, str], ...]
    """(id, headline) of the related articles, in order."""
    corrected_at: datetime | None = None
    """When the desk last corrected the published article (the server's "corrected" audit entry), if ever."""

    @property
    def related_links(self) -> tuple[tuple[str, str | None], ...]:
        """``(headline, url)`` of the related articles as a page lists them (no url is known locally)."""
        return tuple((headline, None) for _id, headline in self.related)

    @property
    def featured(self) -> ArticlePhoto | None:
        return next((p for p in self.photos if p.featured), None)
