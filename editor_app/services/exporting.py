"""The article as a web page: exactly what the preview shows (same template, same block renderer and sanitiser)."""

from __future__ import annotations

from collections.abc import Callable

from editor_app.domain import Photo
from editor_app.render import BlockRenderer, page_data_for, render_page
from editor_app.render.photo_tokens import expand_tokens
from editor_app.services.articles import load_snapshot
from editor_app.services.snapshot import ArticleSnapshot
from editor_app.store import Database

PhotoSource = Callable[[Photo], "str | None"]
"""Where the page loads a photo from (a local file URL), or None when the app has no file for it."""


def page_for(snapshot: ArticleSnapshot, photo_src: PhotoSource, renderer: BlockRenderer | None = None) -> str:
    """The complete HTML page for an article snapshot. Pass the preview's renderer to reuse its block cache."""
    featured = snapshot.featured
    body = expand_tokens(snapshot.article.body, [p.photo for p in snapshot.photos])
    body_html = (renderer or BlockRenderer()).render(body).html
    return render_page(
        page_data_for(
            snapshot.article,
            featured,
            [(headline, None) for _id, headline in snapshot.related],
            photo_src(featured.photo) if featured is not None else None,
            body_html=body_html,
            corrected_at=snapshot.corrected_at,
        )
    )


class ExportService:
    def __init__(self, db: Database, photo_src: PhotoSource) -> None:
        self._db = db
        self._photo_src = photo_src

    def page_html(self, article_id: str) -> str:
        with self._db.read() as uow:
            snapshot = load_snapshot(uow, article_id)
        if snapshot is None:
            raise LookupError(f"No article with id {article_id}.")
        return page_for(snapshot, self._photo_src)
