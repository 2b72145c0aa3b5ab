"""An article with what is placed in it, as views and exports need it (no database import here)."""

from __future__ import annotations

from dataclasses import dataclass

from editor_app.domain import Article, ArticlePhoto


@dataclass(frozen=True, slots=True)
class ArticleSnapshot:
    """An article with what is placed in it: everything a view or an export needs in one read."""

    article: Article
    photos: tuple[ArticlePhoto, ...]
    related: tuple[tuple[str, str], ...]
    """(id, headline) of the related articles, in order."""

    @property
    def featured(self) -> ArticlePhoto | None:
        return next((p for p in self.photos if p.featured), None)
