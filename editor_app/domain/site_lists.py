"""The site's reader lists as the app keeps them: Popular this week and the desk's ordered Editor's choice."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum


class ListKind(StrEnum):
    POPULAR = "popular"
    EDITORS_CHOICE = "editors_choice"


@dataclass(frozen=True, slots=True)
class ListItem:
    """One post of a list, as the site described it at the last sync."""

    remote_id: int
    title: str
    url: str = ""
    views: int = 0
    status: str = "publish"
    article_id: str | None = None
    """The local article linked to that post, when there is one."""


@dataclass(frozen=True, slots=True)
class SiteList:
    kind: ListKind
    items: tuple[ListItem, ...] = ()
    fetched_at: datetime | None = None
    """When the site last sent this list (None: never synced)."""
    pending: bool = False
    """The desk changed the order or the selection here; the next sync sends it (Editor's choice only)."""

    @property
    def public_items(self) -> tuple[ListItem, ...]:
        """What readers see: published posts only."""
        return tuple(item for item in self.items if item.status == "publish")

    def with_items(self, items: tuple[ListItem, ...], *, pending: bool) -> SiteList:
        return replace(self, items=items, pending=pending)


SHOWN_ON_PAGE = 5
"""How many posts of each list the article page shows."""


def page_links(items: tuple[ListItem, ...], article_id: str | None) -> tuple[tuple[str, str | None], ...]:
    """The (headline, link) pairs a list shows under an article: published posts only, the article itself left
    out, at most :data:`SHOWN_ON_PAGE`."""
    shown = [i for i in items if i.status == "publish" and i.article_id != article_id]
    return tuple((i.title, i.url or None) for i in shown[:SHOWN_ON_PAGE])


def as_of(fetched_at: datetime | None) -> str:
    """``as of the last sync, 12 May 10:03`` (UTC), or an empty string when never synced."""
    if fetched_at is None:
        return ""
    return f"as of the last sync, {fetched_at.day} {fetched_at:%b %H:%M} UTC"
