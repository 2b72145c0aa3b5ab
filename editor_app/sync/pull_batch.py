"""The posts of one pulled page that are new to this side, stored together with ``executemany``.

A post qualifies when nothing here knows it yet: no link to it, no article under its id or client uuid, none of
its audit entries or notes, and no featured photo (placing one reads and writes the photo desk). For such a post
the pull's per-post path would only insert (article, first revision, link, related, audit, notes), so the batch
computes the same rows and inserts each kind in one statement. Any other post is applied one by one as before:
the batch is flushed first and looks again at what is stored before it takes another post, so the order of the
page is kept (a post sees the links and articles made by the posts before it, never those after it).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from editor_app.domain import Article
from editor_app.domain.article import utcnow
from editor_app.domain.review import AuditEntry, Comment
from editor_app.store import UnitOfWork
from editor_app.store.sync_state import Site
from editor_app.sync.backend import RemotePost
from editor_app.sync.length_target import BASE_KEY, remote_target
from editor_app.sync.mapping import apply_state
from editor_app.sync.report import SyncReport
from editor_app.sync.review_meta import review_entries

RemoteState = Callable[[RemotePost], dict[str, Any]]
"""The post as this side's fields (the puller's ``remote_state`` for a post with no base)."""


def client_uuid(post: RemotePost) -> str:
    return str(post.meta.get("ew_client_uuid") or "")


def fresh_uuid(post: RemotePost) -> str:
    """The client uuid when it is a well-formed uuid, else ""."""
    candidate = client_uuid(post)
    try:
        uuid.UUID(candidate)
    except ValueError:
        return ""
    return candidate


def derived_id(site: Site, post: RemotePost) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{site.url.rstrip('/')}/?p={post.id}"))


@dataclass
class _Rows:
    articles: list[Article] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    related: list[tuple[str, list[str]]] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)
    notes: list[Comment] = field(default_factory=list)


class NewPosts:
    def __init__(
        self,
        uow: UnitOfWork,
        site: Site,
        report: SyncReport,
        page: Sequence[RemotePost],
        later: dict[str, tuple[list[int], list[str]]],
    ) -> None:
        """``later`` collects the articles whose related posts were not all stored yet (the puller's)."""
        self._uow, self._site, self._report = uow, site, report
        self._later = later
        self._page = list(page)
        self._rows = _Rows()
        self._linked: dict[int, str] = {}  # remote id -> article id, stored or in this batch
        self._articles: set[str] = set()  # article ids stored or in this batch
        self._reviews: set[str] = set()  # audit entry and note ids stored or in this batch
        # remote id -> its derived id, made once by ``_look`` (uuid5 is slow)
        self._derived: dict[int, str] = {}
        self._stale = True

    def take(self, index: int, remote: RemoteState) -> bool:
        """Add the page's post ``index`` to the batch; False when it must be applied one by one."""
        post = self._page[index]
        if post.id in self._linked or post.featured_media:  # a link is never dropped while a page is stored
            return False
        if self._stale:
            self._look(self._page[index:])
        article_id = fresh_uuid(post)
        if not article_id or article_id in self._articles:
            article_id = self._derived.get(post.id) or derived_id(self._site, post)
        entries, notes = review_entries(article_id, post.meta)
        ids = [e.id for e in entries] + [c.id for c in notes]
        if (
            post.id in self._linked
            or client_uuid(post) in self._articles
            or article_id in self._articles
            or len(set(ids)) < len(ids)
            or not self._reviews.isdisjoint(ids)
        ):
            return False
        now = utcnow()
        state = remote(post)
        target = remote_target(post.meta)
        article = apply_state(Article(id=article_id), state).with_changes(
            updated_at=now, length_target=target or 0
        )
        base = dict(state)
        if target is not None:
            base[BASE_KEY] = target
        related: list[str] | None = None
        if "ew_related" in post.meta:
            wanted = [int(i) for i in post.meta.get("ew_related") or [] if str(i).isdigit()]
            related = []
            for remote_id in wanted:
                local = self._linked.get(remote_id)
                if local is not None and local != article_id and local not in related:
                    related.append(local)
            base["_related"] = wanted
        rows = self._rows
        rows.articles.append(article)
        rows.links.append(
            {
                "article_id": article_id,
                "remote_id": post.id,
                "remote_modified": post.modified_gmt,
                "remote_version": post.version,
                "base": base,
                "base_html": post.content,
                "remote_deleted": "trash" if post.status == "trash" else None,
                "synced_at": now,
            }
        )
        if related:
            rows.related.append((article_id, related))
        if related is not None and any(r not in self._linked for r in wanted):
            self._later[article_id] = (
                wanted,
                related,
            )  # named posts not stored yet: set again after the pull
        rows.audit.extend(entries)
        rows.notes.extend(notes)
        self._linked[post.id] = article_id
        self._articles.add(article_id)
        self._reviews.update(ids)
        self._report.pulled += 1
        self._report.created.add(article_id)
        if ids or related is not None:
            self._report.updated.add(article_id)
        return True

    def flush(self) -> None:
        """Insert what the batch holds; the next ``take`` looks again at what is stored."""
        rows, uow = self._rows, self._uow
        self._stale = True  # the post applied next, one by one, may store what the batch looked up
        if rows.articles:
            uow.articles.insert_many(rows.articles)
            uow.revisions.record_first(rows.articles, kind="sync")
            uow.sync_state.add_links(self._site.id, rows.links)
            uow.related.add_many(rows.related)
            uow.review_state.add_many(rows.audit, rows.notes)
            self._rows = _Rows()

    def _look(self, posts: Sequence[RemotePost]) -> None:
        """What is stored about these posts: links, articles under their ids, audit and note ids (4 queries)."""
        uow, site = self._uow, self._site
        wanted_links = {p.id for p in posts} | {
            int(i) for p in posts for i in p.meta.get("ew_related") or [] if str(i).isdigit()
        }
        self._linked = {
            remote_id: link.article_id
            for remote_id, link in uow.sync_state.links_by_remote(site.id, wanted_links).items()
        }
        self._derived.update((p.id, derived_id(site, p)) for p in posts if p.id not in self._derived)
        self._articles = uow.articles.existing(
            {client_uuid(p) for p in posts} | {self._derived[p.id] for p in posts}
        )
        entries = [review_entries("", p.meta) for p in posts]
        self._reviews = uow.review_state.known(
            (e.id for audit, _ in entries for e in audit), (c.id for _, notes in entries for c in notes)
        )
        self._stale = False
