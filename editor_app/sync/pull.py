"""Pull: posts changed since the checkpoint, oldest first, one transaction per page (checkpoint included).

The request overlaps the checkpoint by one second (``modified_after`` is strictly greater-than at one-second
resolution) and versions already held are skipped. Each post is decided against the local article and the
stored base (see ``merge.decide``); new posts become local articles, so the related picker finds them. Posts
new to this side are stored together (``pull_batch.NewPosts``), the others one by one.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import replace
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from editor_app.domain import Article
from editor_app.domain.article import utcnow
from editor_app.store import UnitOfWork
from editor_app.store.sync_state import Link, Site, SyncState
from editor_app.sync import length_target
from editor_app.sync.backend import Backend, RemotePost
from editor_app.sync.mapping import apply_state, article_state, remote_state
from editor_app.sync.merge import Action, decide
from editor_app.sync.pull_batch import NewPosts, derived_id, fresh_uuid
from editor_app.sync.pulled_photos import PulledPhotos
from editor_app.sync.report import Cancel, Progress, SyncProgress, SyncReport
from editor_app.sync.review_meta import ingest, remote_related, take_related, vouched_status
from editor_app.sync.terms import Terms
from editor_app.sync.transactions import Transactions

REMOTE_FORMAT = "%Y-%m-%dT%H:%M:%S"


def overlap(checkpoint: str | None) -> str | None:
    """The ``modified_after`` to ask for: one second before the checkpoint."""
    if not checkpoint:
        return None
    return (datetime.strptime(checkpoint, REMOTE_FORMAT) - timedelta(seconds=1)).strftime(REMOTE_FORMAT)


def local_id_for(site: Site, post: RemotePost, uow: UnitOfWork) -> str:
    """The post's client uuid when it is a fresh one, else a stable id derived from site and post id."""
    candidate = fresh_uuid(post)
    if candidate and not uow.articles.exists(candidate):
        return candidate
    return derived_id(site, post)


def read_ahead(pages: Iterator[list[RemotePost]], depth: int = 2) -> Iterator[list[RemotePost]]:
    """The listing's pages, fetched ahead of the caller on one thread: up to ``depth`` pages while the caller
    stores the current one, one request in flight at most. The listing's keyset paging needs only the page
    before (``changed_posts``), so its requests follow each other without waiting for the pages to be stored.
    An error of the listing surfaces where that page is taken. Leaving early waits for the request in flight,
    and nothing runs on after the pull."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull-listing") as pool:
        ahead = deque(pool.submit(next, pages, None) for _ in range(depth))  # run in turn: one worker
        try:
            while True:
                page = ahead.popleft().result()
                if page is None:
                    return
                ahead.append(pool.submit(next, pages, None))
                yield page
        finally:
            for waiting in ahead:
                waiting.cancel()
            wait(ahead)


def store_synced(uow: UnitOfWork, article: Article, *, kind: str, queue: bool) -> None:
    """Save an article changed by a sync, with a revision; ``queue`` sends it back to the server too."""
    existing = uow.articles.get(article.id, include_deleted=True)
    now = utcnow()
    article = article.with_changes(updated_at=now)
    uow.articles.save(article, current=existing)
    if existing is None or not existing.same_content(article):
        uow.revisions.record(article, kind=kind, now=now, first=existing is None)
    if queue:
        uow.outbox.enqueue(article.id, "save")


class Puller:
    def __init__(
        self,
        transactions: Transactions,
        backend: Backend,
        site: Site,
        terms: Terms,
        report: SyncReport,
        progress: Progress,
        cancel: Cancel | None,
    ) -> None:
        self._transactions = transactions
        self._backend = backend
        self._site = site
        self._terms = terms
        self._report = report
        self._progress = progress
        self._cancel = cancel
        self._desk = False
        """Whether the signed-in user is the desk (their unsent length target is kept, see ``length_target``)."""
        self._photos = PulledPhotos(backend, site, report)
        self.related_later: dict[str, tuple[list[int], list[str]]] = {}
        """Article id -> the remote ids of its related posts, when some were not stored yet, and the list then
        set (see ``run``)."""

    def run(self, *, archive: bool = False, beside: Callable[[], object] | None = None) -> None:
        """Pull the posts the user may edit; with ``archive`` then also the published ones they may only read
        (a user who may edit every post sees them all in the first listing). ``beside`` (other requests of the
        run, which the pull does not need) runs on a thread while the pull does; on another, the site's terms
        are fetched when none are known here (a first pull), while the first page is requested: it is stored
        once they are in."""
        with self._transactions.read() as uow:
            self._desk = length_target.desk_site(uow, self._site.id)  # the role the sign-in just stored
        self._listing(archive=False, beside=beside)
        if archive and not self._report.cancelled:
            self._listing(archive=True)
        self._resolve_related_later()

    def _resolve_related_later(self) -> None:
        """Related articles that named posts this pull stored only afterwards (later in the listing): set
        their lists again now that those posts are here, unless the list was changed here meanwhile."""
        if not self.related_later:
            return
        with self._transactions.write() as uow:
            for article_id, (remote, partial) in self.related_later.items():
                if uow.related.get(article_id) == partial:
                    take_related(uow, self._site.id, article_id, remote)
        self.related_later.clear()

    def _listing(self, *, archive: bool, beside: Callable[[], object] | None = None) -> None:
        key = "archive_after" if archive else "pull_after"
        with self._transactions.read() as uow:
            state = uow.sync_state
            site = next(s for s in state.sites() if s.id == self._site.id)
            versions = state.remote_versions(site.id)
        checkpoint = site.archive_after if archive else site.pull_after
        listing = read_ahead(self._backend.changed_posts(overlap(checkpoint), archive=archive))
        with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pull-beside") as pool:
            terms: Future[None] | None = pool.submit(self._terms.fetch_if_none) if not archive else None
            other = pool.submit(beside) if beside is not None else None
            for pages, page in enumerate(listing, 1):
                if terms is not None:  # the first page's terms: its failure, if any, ends the run here
                    terms.result()
                    terms = None
                fresh = [p for p in page if versions.get(p.id) != (p.modified_gmt, p.version)]
                self._learn_terms(fresh)
                self._photos.learn(fresh)
                checkpoint = self._store(page, fresh, versions, checkpoint, key)
                if fresh:
                    self._progress(
                        SyncProgress(
                            f"pulled {'archive ' if archive else ''}page {pages}: {len(fresh)} changed posts"
                        )
                    )
                if self._cancel is not None and self._cancel.is_set():
                    self._report.cancelled = True
                    break
            if other is not None:
                other.result()

    def _store(
        self,
        page: list[RemotePost],
        fresh: list[RemotePost],
        versions: dict[int, tuple[str, int]],
        checkpoint: str | None,
        key: str,
    ) -> str | None:
        """Store a page's ``fresh`` posts and move the checkpoint ``key`` to its newest, in one transaction;
        the checkpoint now."""
        with self._transactions.write() as uow:
            new = NewPosts(uow, self._site, self._report, fresh, self.related_later)
            as_new = partial(self._remote, base=None, base_html="", local=None, state=uow.sync_state)
            for index, post in enumerate(fresh):
                if not new.take(index, as_new):
                    new.flush()
                    self.apply(uow, post)
                versions[post.id] = (post.modified_gmt, post.version)
            new.flush()
            newest = max((p.modified_gmt for p in page), default=None)
            if newest is not None and (checkpoint is None or newest > checkpoint):
                checkpoint = newest
                uow.sync_state.update_site(self._site.id, **{key: checkpoint})
        return checkpoint

    def _learn_terms(self, posts: list[RemotePost]) -> None:
        self._terms.know_ids("categories", {i for p in posts for i in p.categories})
        self._terms.know_ids("tags", {i for p in posts for i in p.tags})

    def apply(self, uow: UnitOfWork, post: RemotePost) -> Action | None:
        """Bring one post into the local store (in the caller's transaction); the action taken."""
        state = uow.sync_state
        site_id = self._site.id
        link = state.link_by_remote(site_id, post.id)
        if link is None:
            link = self._adopt(uow, state, post)
        if link is None:
            article_id = self._create_local(uow, state, post)
            self._review_meta(uow, state, article_id, post)
            return None
        article = uow.articles.get(link.article_id, include_deleted=True)
        if article is None:  # pragma: no cover - links cascade with their article
            return None
        action = self._decide(uow, state, link, article, post)
        self._review_meta(uow, state, article.id, post)
        return action

    def _review_meta(self, uow: UnitOfWork, state: SyncState, article_id: str, post: RemotePost) -> None:
        """Bring in the post's notes and audit entries, its related articles (see ``review_meta``) and its
        featured photo's metadata, and the desk's length target."""
        if length_target.take(uow, self._site.id, article_id, post.meta, desk=self._desk):
            self._report.updated.add(article_id)
        if self._photos.place(uow, article_id, post):
            self._report.updated.add(article_id)
        if ingest(uow, article_id, post.meta):
            self._report.updated.add(article_id)
        if "ew_related" not in post.meta:
            return
        remote = [int(i) for i in post.meta.get("ew_related") or [] if str(i).isdigit()]
        link = state.link(self._site.id, article_id)
        if link is None or link.conflict is not None:
            return
        base = dict(link.base or {})
        known = base.get("_related")
        local = remote_related(uow, self._site.id, article_id)
        if remote == known:
            return
        if local != remote and known is not None and local != known:
            uow.outbox.enqueue(article_id, "save")  # changed on both sides: the local choice is pushed
            return
        if local != remote and known is None and local and not remote:
            return  # never pushed yet: the local choice goes with the next push
        if not take_related(uow, self._site.id, article_id, remote):
            self.related_later[article_id] = (remote, uow.related.get(article_id))
        state.put_link(self._site.id, article_id, base={**base, "_related": remote})
        self._report.updated.add(article_id)

    def _adopt(self, uow: UnitOfWork, state: SyncState, post: RemotePost) -> Link | None:
        """A post we created whose link was never completed (e.g. the process died after the create)."""
        client_uuid = str(post.meta.get("ew_client_uuid") or "")
        if not client_uuid or not uow.articles.exists(client_uuid):
            return None
        link = state.link(self._site.id, client_uuid)
        if link is not None and link.remote_id not in (None, post.id):
            return None  # a copy of one of ours (duplicate uuid): treat as a separate post
        # Only this client sent that uuid: the post holds one of our own earlier versions, so it is the base
        # (local edits made since are pushed on top of it, not mistaken for a conflict).
        article = uow.articles.get(client_uuid, include_deleted=True)
        local = article_state(article) if article is not None else None
        base = self._remote(post, None, "", local, state)
        state.put_link(
            self._site.id,
            client_uuid,
            remote_id=post.id,
            create_attempted_at=None,
            base=base,
            base_html=post.content,
            remote_modified=None,
        )
        return state.link(self._site.id, client_uuid)

    def _remote(
        self, post: RemotePost, base: dict[str, Any] | None, base_html: str, local: Any, state: SyncState
    ) -> dict[str, Any]:
        site_id = self._site.id
        # The workflow status as the server's audit trail vouches for it (see review_meta.vouched_status).
        post = replace(post, meta={**post.meta, "ew_status": vouched_status(post.meta)})
        return remote_state(
            post,
            base=base,
            base_html=base_html,
            local=local,
            categories=self._terms.names("categories"),
            tags=self._terms.names("tags"),
            photos=lambda media_id: state.photo_for_media(site_id, media_id),
        )

    def _create_local(self, uow: UnitOfWork, state: SyncState, post: RemotePost) -> str:
        article_id = local_id_for(self._site, post, uow)
        remote = self._remote(post, None, "", None, state)
        article = apply_state(Article(id=article_id), remote)
        store_synced(uow, article, kind="sync", queue=False)
        state.put_link(
            self._site.id,
            article_id,
            remote_id=post.id,
            remote_modified=post.modified_gmt,
            remote_version=post.version,
            base=remote,
            base_html=post.content,
            remote_deleted="trash" if post.status == "trash" else None,
            synced_at=utcnow(),
        )
        self._report.pulled += 1
        self._report.created.add(article_id)
        return article_id

    def _decide(
        self, uow: UnitOfWork, state: SyncState, link: Link, article: Article, post: RemotePost
    ) -> Action:
        local = article_state(article)
        if link.sent is not None:
            link = self._own_version(state, link, post, local)
        remote = self._remote(post, link.base, link.base_html, local, state)
        decision = decide(link.base, local, remote)
        site_id, article_id = self._site.id, article.id
        agreed: dict[str, Any] = {
            "remote_modified": post.modified_gmt,
            "remote_version": post.version,
            "base_html": post.content,
            "conflict": None,
            "remote_deleted": "trash" if post.status == "trash" else None,
            "synced_at": utcnow(),
        }
        if decision.action is Action.NOTHING:
            state.put_link(site_id, article_id, base=_with_extras(remote, link.base), **agreed)
        elif decision.action is Action.TAKE_REMOTE:
            store_synced(uow, apply_state(article, remote), kind="sync", queue=False)
            state.put_link(site_id, article_id, base=_with_extras(remote, link.base), **agreed)
            self._report.pulled += 1
            self._report.updated.add(article_id)
        elif decision.action is Action.PUSH:
            state.put_link(site_id, article_id, **agreed)
            uow.outbox.enqueue(article_id, "save")
        elif decision.action is Action.MERGED:
            assert decision.merged is not None
            store_synced(uow, apply_state(article, decision.merged), kind="merge", queue=True)
            state.put_link(site_id, article_id, base=_with_extras(remote, link.base), **agreed)
            self._report.merged += 1
            self._report.updated.add(article_id)
        else:
            conflict = {
                "base": link.base,
                "local": local,
                "remote": remote,
                "remote_modified": post.modified_gmt,
                "remote_version": post.version,
                "remote_html": post.content,
                "fields": {k: [c.as_json() for c in v] for k, v in decision.conflicts.items()},
                "merged": decision.merged,
            }
            state.put_link(site_id, article_id, conflict=conflict, remote_deleted=agreed["remote_deleted"])
            self._report.conflicts.append(article_id)
            self._report.updated.add(article_id)
        return decision.action

    def _own_version(self, state: SyncState, link: Link, post: RemotePost, local: dict[str, Any]) -> Link:
        """An update we sent may have reached the server though its answer was never recorded: if the post holds
        exactly what we sent, that is the version both sides agree on (the base), not someone else's edit."""
        sent = link.sent or {}
        as_sent = self._remote(post, sent, post.content, local, state)  # the meta as written, not a web edit
        if all(as_sent.get(key) == sent.get(key) for key in as_sent):
            state.put_link(
                self._site.id, link.article_id, base=_with_extras(sent, link.base), base_html=post.content
            )
        state.put_link(self._site.id, link.article_id, sent=None)
        refreshed = state.link(self._site.id, link.article_id)
        assert refreshed is not None
        return refreshed


def _with_extras(state: dict[str, Any], old_base: dict[str, Any] | None) -> dict[str, Any]:
    """A new base keeping the bookkeeping keys (``_featured_media``) of the old one."""
    extras = {k: v for k, v in (old_base or {}).items() if k.startswith("_")}
    return {**state, **extras}
