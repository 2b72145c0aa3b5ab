"""The site's reader lists (table ``site_lists``, migration 0007): one row per site and list, the items as JSON.

Take it from the unit of work, ``uow.site_lists``. ``pending`` holds the Editor's
choice order (remote post ids) the desk set here and the next sync sends; the items then show that order already.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Column, Connection, Integer, MetaData, String, Table, select, update
from sqlalchemy.dialects.sqlite import insert

from editor_app.domain.site_lists import ListItem, ListKind, SiteList
from editor_app.store.types import JSONText, UTCDateTime

_META = MetaData()

LISTS = Table(
    "site_lists",
    _META,
    Column("site_id", Integer, primary_key=True),
    Column("kind", String(32), primary_key=True),
    Column("items", JSONText),
    Column("fetched_at", UTCDateTime, nullable=True),
    Column("pending", JSONText, nullable=True),
)


def _item(data: Mapping[str, Any], article_ids: Mapping[int, str]) -> ListItem:
    remote_id = int(data["remote_id"])
    return ListItem(
        remote_id=remote_id,
        title=str(data.get("title", "")),
        url=str(data.get("url", "")),
        views=int(data.get("views", 0)),
        status=str(data.get("status", "publish")),
        article_id=article_ids.get(remote_id),
    )


def _plain(item: ListItem) -> dict[str, Any]:
    return {
        "remote_id": item.remote_id,
        "title": item.title,
        "url": item.url,
        "views": item.views,
        "status": item.status,
    }


class SiteListsStore:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def get(self, site_id: int, kind: ListKind, article_ids: Mapping[int, str] | None = None) -> SiteList:
        """The list as last stored (empty and never fetched when there is none); ``article_ids`` maps remote
        post ids to local articles."""
        row = (
            self._c.execute(select(LISTS).where(LISTS.c.site_id == site_id, LISTS.c.kind == kind.value))
            .mappings()
            .first()
        )
        if row is None:
            return SiteList(kind)
        ids = article_ids or {}
        return SiteList(
            kind,
            tuple(_item(data, ids) for data in row["items"] or ()),
            row["fetched_at"],
            row["pending"] is not None,
        )

    def pending_ids(self, site_id: int, kind: ListKind) -> list[int] | None:
        value = self._c.execute(
            select(LISTS.c.pending).where(LISTS.c.site_id == site_id, LISTS.c.kind == kind.value)
        ).scalar()
        return None if value is None else [int(i) for i in value]

    def store_fetched(self, site_id: int, kind: ListKind, items: Sequence[ListItem], at: datetime) -> None:
        """What the site sent; any pending order is settled by it."""
        values = {"items": [_plain(i) for i in items], "fetched_at": at, "pending": None}
        stmt = insert(LISTS).values(site_id=site_id, kind=kind.value, **values)
        self._c.execute(stmt.on_conflict_do_update(index_elements=["site_id", "kind"], set_=values))

    def set_pending(self, site_id: int, kind: ListKind, items: Sequence[ListItem]) -> None:
        """The desk's new selection and order, shown at once and sent at the next sync."""
        values = {"items": [_plain(i) for i in items], "pending": [i.remote_id for i in items]}
        stmt = insert(LISTS).values(site_id=site_id, kind=kind.value, fetched_at=None, **values)
        self._c.execute(stmt.on_conflict_do_update(index_elements=["site_id", "kind"], set_=values))

    def clear_pending(self, site_id: int, kind: ListKind) -> None:
        self._c.execute(
            update(LISTS).where(LISTS.c.site_id == site_id, LISTS.c.kind == kind.value).values(pending=None)
        )
