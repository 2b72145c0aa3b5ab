"""An article's page fields as both previews show them (the live one and the plain one): its featured photo
from the media store unless given, its related articles, and the site's lists without the article itself."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from editor_app.domain import Article, ArticlePhoto
from editor_app.domain.site_lists import ListItem, page_links

if TYPE_CHECKING:
    from editor_app.render import PageData
    from editor_app.ui.preview.images import MediaImages

Related = Sequence[tuple[str, str | None]]
"""``(headline, url or None)`` of each related article, in order."""

SiteLists = tuple[tuple[ListItem, ...], tuple[ListItem, ...], str]
"""Popular this week, Editor's choice, and when they were synced (``set_site_lists``)."""


def list_links(site_lists: SiteLists, article_id: str | None) -> tuple[Related, Related, str]:
    """The site's lists as links, without ``article_id``'s own entry, and their note."""
    popular, picks, note = site_lists
    return page_links(popular, article_id), page_links(picks, article_id), note


def page_fields(
    article: Article,
    featured: ArticlePhoto | None,
    related: Related,
    photo_src: str | None,
    corrected_at: datetime | None,
    images: MediaImages,
    site_lists: SiteLists,
) -> PageData:
    from editor_app.render import page_data_for  # with the first article: not before the window's first paint

    if photo_src is None and featured is not None:
        photo_src = images.featured_src(featured.photo)
    popular, picks, note = list_links(site_lists, article.id)
    return page_data_for(
        article,
        featured,
        related,
        photo_src,
        body_html="",
        popular=popular,
        editors_picks=picks,
        lists_note=note,
        corrected_at=corrected_at,
    )
