"""What the sync engine remembers per site: the sites, each article's link to its remote post (with the base
snapshot for three-way merges and any unresolved conflict), uploaded media, known terms, pull checkpoints.

Take it from the unit of work, ``uow.sync_state``, so sync bookkeeping commits in the
same transaction as the article it describes. Passwords are never stored here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    bindparam,
    delete,
    false,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import RowMapping

from editor_app.domain.article import utcnow
from editor_app.store.models import OUTBOX
from editor_app.store.types import JSONText, UTCDateTime

_META = MetaData()

SITES = Table(
    "sync_sites",
    _META,
    Column("id", Integer, primary_key=True),
    Column("name", Text),
    Column("url", Text),
    Column("api_root", Text),
    Column("username", Text),
    Column("role", Text),
    Column("pull_after", Text, nullable=True),
    Column("archive_after", Text, nullable=True),
    Column("reconciled_at", UTCDateTime, nullable=True),
    Column("created_at", UTCDateTime),
    Column("allow_http", Boolean, nullable=False, server_default=false()),
)
LINKS = Table(
    "sync_links",
    _META,
    Column("site_id", Integer, ForeignKey("sync_sites.id"), primary_key=True),
    Column("article_id", String(36), primary_key=True),
    Column("remote_id", Integer, nullable=True),
    Column("remote_modified", Text, nullable=True),
    Column("base", JSONText, nullable=True),
    Column("base_html", Text),
    Column("create_attempted_at", UTCDateTime, nullable=True),
    Column("remote_deleted", Text, nullable=True),
    Column("conflict", JSONText, nullable=True),
    Column("last_error", Text, nullable=True),
    Column("synced_at", UTCDateTime, nullable=True),
    Column("sent", JSONText, nullable=True),
    Column("remote_version", Integer, nullable=True),
)
# Statements built once (building SQLAlchemy constructs per call costs more than SQLite's work in a pull).
_KEY = and_(LINKS.c.site_id == bindparam("b_site"), LINKS.c.article_id == bindparam("b_article"))
_LINK = select(LINKS).where(_KEY)
_LINK_EXISTS = select(LINKS.c.article_id).where(_KEY)
_LINK_BY_REMOTE = select(LINKS).where(
    LINKS.c.site_id == bindparam("b_site"), LINKS.c.remote_id == bindparam("b_remote")
)
_UPDATE_LINK = update(LINKS).where(_KEY)
_INSERT_LINK = insert(LINKS)

MEDIA = Table(
    "sync_media",
    _META,
    Column("site_id", Integer, primary_key=True),
    Column("photo_id", String(36), primary_key=True),
    Column("media_id", Integer),
    Column("content_hash", Text),
    Column("fingerprint", Text),
)
TERMS = Table(
    "sync_terms",
    _META,
    Column("site_id", Integer, primary_key=True),
    Column("taxonomy", String(16), primary_key=True),
    Column("term_id", Integer, primary_key=True),
    Column("name", Text),
)
OB = OUTBOX


@dataclass(frozen=True, slots=True)
class Site:
    id: int
    name: str
    url: str
    api_root: str
    username: str
    role: str
    pull_after: str | None
    """``modified_gmt`` (UTC, ``YYYY-MM-DDTHH:MM:SS``) of the newest remote change already pulled."""
    reconciled_at: datetime | None
    archive_after: str | None = None
    """The same for the archive listing (published posts the user may read but not edit)."""
    allow_http: bool = False
    """The user accepted plain http to this (non-loopback) site, password and all, after a warning."""


@dataclass(frozen=True, slots=True)
class Link:
    """An article's tie to its post on one site."""

    site_id: int
    article_id: str
    remote_id: int | None
    remote_modified: str | None
    base: dict[str, Any] | None
    """The article content both sides last agreed on (the base of a three-way merge)."""
    base_html: str
    """``content.raw`` as the server held it at that moment (to tell a web-editor change from our own)."""
    create_attempted: bool
    remote_deleted: str | None
    """None, ``"trash"`` or ``"deleted"`` (force-deleted: found missing by reconciliation)."""
    conflict: dict[str, Any] | None
    last_error: str | None
    sent: dict[str, Any] | None = None
    """What an update in flight sent, until the server's answer is recorded (then None)."""
    remote_version: int | None = None
    """The post's version (the plugin's ``ew_version``) at ``remote_modified``: every write names it."""


@dataclass(frozen=True, slots=True)
class PendingChange:
    """An outbox entry as the sync engine drains it (``updated_at`` tells whether it was re-queued meanwhile)."""

    id: int
    article_id: str
    op: str
    updated_at: datetime
    attempts: int
    last_error: str | None


@dataclass(frozen=True, slots=True)
class UploadedMedia:
    media_id: int
    content_hash: str
    fingerprint: str


def _site(row: RowMapping) -> Site:
    return Site(
        row["id"],
        row["name"],
        row["url"],
        row["api_root"],
        row["username"],
        row["role"],
        row["pull_after"],
        row["reconciled_at"],
        row["archive_after"],
        bool(row["allow_http"]),
    )


def _link(row: RowMapping) -> Link:
    return Link(
        row["site_id"],
        row["article_id"],
        row["remote_id"],
        row["remote_modified"],
        row["base"],
        row["base_html"] or "",
        row["create_attempted_at"] is not None,
        row["remote_deleted"],
        row["conflict"],
        row["last_error"],
        row["sent"],
        row["remote_version"],
    )


class SyncState:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    # sites --------------------------------------------------------------------------------------------------
    def add_site(
        self, name: str, url: str, username: str, api_root: str = "", *, allow_http: bool = False
    ) -> Site:
        """Add a site, or update the address, user and http allowance of the one with this name (a new
        address forgets the API root found for the old one)."""
        current = self.site(name)
        if current is None:
            self._c.execute(
                insert(SITES).values(
                    name=name,
                    url=url,
                    username=username,
                    api_root=api_root,
                    role="",
                    created_at=utcnow(),
                    allow_http=allow_http,
                )
            )
        else:
            kept_root = current.api_root if current.url == url else ""
            self._c.execute(
                update(SITES)
                .where(SITES.c.id == current.id)
                .values(url=url, username=username, api_root=api_root or kept_root, allow_http=allow_http)
            )
        site = self.site(name)
        assert site is not None
        return site

    def site(self, name: str) -> Site | None:
        row = self._c.execute(select(SITES).where(SITES.c.name == name)).mappings().first()
        return _site(row) if row else None

    def sites(self) -> list[Site]:
        return [_site(r) for r in self._c.execute(select(SITES).order_by(SITES.c.id)).mappings()]

    def remove_site(self, site_id: int) -> None:
        """Forget a site and everything synced with it (links, uploads, terms); the articles stay."""
        for table in (LINKS, MEDIA, TERMS):
            self._c.execute(delete(table).where(table.c.site_id == site_id))
        self._c.execute(delete(SITES).where(SITES.c.id == site_id))

    def update_site(self, site_id: int, **values: Any) -> None:
        """Set ``api_root``, ``role``, ``pull_after`` or ``reconciled_at``."""
        allowed = {"api_root", "role", "pull_after", "archive_after", "reconciled_at"}
        if set(values) - allowed:
            raise ValueError(f"not a site field: {sorted(set(values) - allowed)}")
        self._c.execute(update(SITES).where(SITES.c.id == site_id).values(**values))

    # links --------------------------------------------------------------------------------------------------
    def link(self, site_id: int, article_id: str) -> Link | None:
        row = self._c.execute(_LINK, {"b_site": site_id, "b_article": article_id}).mappings().first()
        return _link(row) if row else None

    def link_by_remote(self, site_id: int, remote_id: int) -> Link | None:
        row = self._c.execute(_LINK_BY_REMOTE, {"b_site": site_id, "b_remote": remote_id}).mappings().first()
        return _link(row) if row else None

    def links_by_remote(self, site_id: int, remote_ids: Iterable[int]) -> dict[int, Link]:
        """remote id -> link for those of these posts that are linked: one query."""
        ids = list(set(remote_ids))
        if not ids:
            return {}
        rows = self._c.execute(
            select(LINKS).where(LINKS.c.site_id == site_id, LINKS.c.remote_id.in_(ids))
        ).mappings()
        return {int(r["remote_id"]): _link(r) for r in rows}

    def add_links(self, site_id: int, links: Sequence[Mapping[str, Any]]) -> None:
        """Insert new links (``article_id`` and columns of ``sync_links``) in one ``executemany``."""
        if links:
            columns = [c.name for c in LINKS.columns if c.name != "site_id"]
            rows = [{"site_id": site_id, **{c: link.get(c) for c in columns}} for link in links]
            for row in rows:
                row["base_html"] = row["base_html"] or ""
            self._c.execute(_INSERT_LINK, rows)

    def links(self, site_id: int) -> list[Link]:
        rows = self._c.execute(select(LINKS).where(LINKS.c.site_id == site_id)).mappings()
        return [_link(r) for r in rows]

    def remote_ids(self, site_id: int) -> dict[int, str]:
        """remote id -> article id of every linked post that is not already marked deleted."""
        rows = self._c.execute(
            select(LINKS.c.remote_id, LINKS.c.article_id).where(
                LINKS.c.site_id == site_id,
                LINKS.c.remote_id.is_not(None),
                func.coalesce(LINKS.c.remote_deleted, "") != "deleted",
            )
        )
        return {int(r[0]): r[1] for r in rows}

    def remote_versions(self, site_id: int) -> dict[int, tuple[str, int]]:
        """remote id -> (``modified_gmt``, version) already pulled or pushed (for de-duplicating overlapping
        pulls: two changes within one second differ in version)."""
        rows = self._c.execute(
            select(LINKS.c.remote_id, LINKS.c.remote_modified, LINKS.c.remote_version).where(
                LINKS.c.site_id == site_id, LINKS.c.remote_id.is_not(None)
            )
        )
        return {int(r[0]): (r[1] or "", int(r[2] or 0)) for r in rows}

    def put_link(self, site_id: int, article_id: str, **values: Any) -> None:
        """Create or update the link; ``values`` are columns of ``sync_links``."""
        exists = self._c.execute(_LINK_EXISTS, {"b_site": site_id, "b_article": article_id}).first()
        if exists is not None:
            if values:  # the parameters' keys are the columns set (statements built once, see _UPDATE_LINK)
                self._c.execute(_UPDATE_LINK, {"b_site": site_id, "b_article": article_id, **values})
        else:
            values.setdefault("base_html", "")
            self._c.execute(_INSERT_LINK, {"site_id": site_id, "article_id": article_id, **values})

    def conflicts(self, site_id: int | None = None) -> list[Link]:
        stmt = select(LINKS).where(LINKS.c.conflict.is_not(None))
        if site_id is not None:
            stmt = stmt.where(LINKS.c.site_id == site_id)
        return [_link(r) for r in self._c.execute(stmt).mappings()]

    def conflict_count(self) -> int:
        return int(
            self._c.execute(
                select(func.count()).select_from(LINKS).where(LINKS.c.conflict.is_not(None))
            ).scalar_one()
        )

    # outbox -------------------------------------------------------------------------------------------------
    def pending(self) -> list[PendingChange]:
        rows = self._c.execute(
            select(
                OB.c.id, OB.c.article_id, OB.c.op, OB.c.updated_at, OB.c.attempts, OB.c.last_error
            ).order_by(OB.c.id)
        )
        return [PendingChange(r[0], r[1], r[2], r[3], r[4] or 0, r[5]) for r in rows]

    def finish(self, change: PendingChange) -> bool:
        """Drop the entry unless it was queued again since it was read; True when dropped."""
        result = self._c.execute(delete(OB).where(OB.c.id == change.id, OB.c.updated_at == change.updated_at))
        return bool(result.rowcount)

    def failed(self, change: PendingChange, error: str) -> None:
        self._c.execute(
            update(OB).where(OB.c.id == change.id).values(attempts=OB.c.attempts + 1, last_error=error)
        )

    # media and terms ----------------------------------------------------------------------------------------
    def media(self, site_id: int, photo_id: str) -> UploadedMedia | None:
        row = self._c.execute(
            select(MEDIA.c.media_id, MEDIA.c.content_hash, MEDIA.c.fingerprint).where(
                MEDIA.c.site_id == site_id, MEDIA.c.photo_id == photo_id
            )
        ).first()
        return UploadedMedia(int(row[0]), row[1], row[2]) if row else None

    def photo_for_media(self, site_id: int, media_id: int) -> str | None:
        """The local photo a media item of the site holds (an upload of ours or a pulled placeholder)."""
        row = self._c.execute(
            select(MEDIA.c.photo_id).where(MEDIA.c.site_id == site_id, MEDIA.c.media_id == media_id).limit(1)
        ).first()
        return str(row[0]) if row else None

    def put_media(self, site_id: int, photo_id: str, media: UploadedMedia) -> None:
        self._c.execute(delete(MEDIA).where(MEDIA.c.site_id == site_id, MEDIA.c.photo_id == photo_id))
        self._c.execute(
            insert(MEDIA).values(
                site_id=site_id,
                photo_id=photo_id,
                media_id=media.media_id,
                content_hash=media.content_hash,
                fingerprint=media.fingerprint,
            )
        )

    def terms(self, site_id: int, taxonomy: str) -> dict[int, str]:
        rows = self._c.execute(
            select(TERMS.c.term_id, TERMS.c.name).where(
                TERMS.c.site_id == site_id, TERMS.c.taxonomy == taxonomy
            )
        )
        return {int(r[0]): r[1] for r in rows}

    def put_terms(self, site_id: int, taxonomy: str, terms: dict[int, str]) -> None:
        """Add or rename terms (the cache only grows: the server's terms have no change feed)."""
        known = self.terms(site_id, taxonomy)
        for term_id, name in terms.items():
            if term_id not in known:
                self._c.execute(
                    insert(TERMS).values(site_id=site_id, taxonomy=taxonomy, term_id=term_id, name=name)
                )
            elif known[term_id] != name:
                self._c.execute(
                    update(TERMS)
                    .where(
                        TERMS.c.site_id == site_id, TERMS.c.taxonomy == taxonomy, TERMS.c.term_id == term_id
                    )
                    .values(name=name)
                )
