"""Push: drain the outbox in order. Creates carry the client uuid and are never repeated blindly; updates carry
the base ``modified_gmt`` (a 412 sends the article through the pull decision and, if that allows, pushes again);
photos are uploaded first so ``featured_media`` can be set and inline photos point at their uploads.

A change leaves the outbox only in the transaction that records what the server now holds, and only if it was
not queued again meanwhile, so a process killed at any point pushes each edit again at most as the same content.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from typing import Any

from editor_app.domain import Article, ArticlePhoto, Role, Status
from editor_app.domain.article import utcnow
from editor_app.domain.review import AuditEntry
from editor_app.render import PublishedPhoto, local_photo_refs, publish_body
from editor_app.store import Database
from editor_app.store.review_state import ReviewState
from editor_app.store.sync_state import Link, PendingChange, Site, SyncState
from editor_app.sync.backend import (
    Ambiguous,
    AuthFailed,
    Backend,
    Forbidden,
    NotFound,
    Offline,
    PreconditionFailed,
    RemotePost,
    RemoteUser,
    SyncError,
)
from editor_app.sync.mapping import article_state, post_payload
from editor_app.sync.media_push import MediaPush
from editor_app.sync.merge import Action
from editor_app.sync.pull import Puller, store_synced
from editor_app.sync.report import Cancel, Progress, SyncReport
from editor_app.sync.review_meta import Outgoing, outgoing
from editor_app.sync.roles import role_for
from editor_app.sync.terms import Terms

log = logging.getLogger(__name__)
FEATURED = "_featured_media"
RELATED = "_related"
PUBLISH_AT = "_publish_at"
PHOTO_FIELDS = ("featured_media",)
PHOTO_META = ("ew_notes",)


@dataclass(frozen=True, slots=True)
class _Work:
    change: PendingChange
    article: Article | None
    link: Link | None
    photos: tuple[ArticlePhoto, ...]
    review: Outgoing


class Pusher:
    def __init__(
        self,
        db: Database,
        backend: Backend,
        site: Site,
        user: RemoteUser,
        terms: Terms,
        media: MediaPush,
        puller: Puller,
        report: SyncReport,
        progress: Progress,
        cancel: Cancel | None,
    ) -> None:
        self._db = db
        self._backend = backend
        self._site = site
        self._user = user
        self._terms = terms
        self._media = media
        self._puller = puller
        self._report = report
        self._progress = progress
        self._cancel = cancel

    def run(self) -> None:
        with self._db.read() as uow:
            pending = SyncState(uow.connection).pending()
        for n, change in enumerate(pending, 1):
            if self._cancel is not None and self._cancel.is_set():
                self._report.cancelled = True
                return
            try:
                self._push(change)
            except (Offline, AuthFailed) as exc:
                with self._db.write() as uow:
                    SyncState(uow.connection).failed(change, str(exc))
                raise  # nothing more can reach the server in this run
            except SyncError as exc:
                self._fail(change, exc)
            if n % 10 == 0 or n == len(pending):
                self._progress(f"pushed {n}/{len(pending)} changes")

    def _fail(self, change: PendingChange, exc: SyncError) -> None:
        title = self._title(change.article_id)
        self._report.failures.append(f"{title}: {exc}")
        with self._db.write() as uow:
            SyncState(uow.connection).failed(change, str(exc))

    def _title(self, article_id: str) -> str:
        with self._db.read() as uow:
            article = uow.articles.get(article_id, include_deleted=True)
        return f"'{article.title}'" if article else article_id

    def _load(self, change: PendingChange) -> _Work:
        with self._db.read() as uow:
            state = SyncState(uow.connection)
            fresh = next((p for p in state.pending() if p.id == change.id), None)
            link = state.link(self._site.id, change.article_id)
            base_related = (link.base or {}).get(RELATED) if link is not None else None
            return _Work(
                fresh or change,
                uow.articles.get(change.article_id, include_deleted=True),
                link,
                tuple(uow.photos.for_article(change.article_id)),
                outgoing(uow, self._site.id, change.article_id, base_related),
            )

    def _finish(self, change: PendingChange) -> None:
        with self._db.write() as uow:
            SyncState(uow.connection).finish(change)

    def _push(self, change: PendingChange, *, again: bool = True) -> None:
        work = self._load(change)
        article, link = work.article, work.link
        if article is None or article.status is Status.ARCHIVED:
            self._finish(
                work.change
            )  # gone, or an archive reference: never sent unless published to the site
            return
        if link is not None and link.conflict is not None:
            return  # waits for the user's choice; reported by the pull that found it
        if link is not None and link.remote_deleted == "deleted":
            self._report.remote_deleted.append(article.id)
            self._finish(work.change)
            return
        if work.change.op == "delete" or article.status is Status.KILLED:
            self._trash(work, article, link)
            return
        state = article_state(article)
        featured = self._featured(work, article)
        if featured is not None:
            state[FEATURED] = featured
        review = work.review
        state[RELATED] = review.related
        if review.publish_at and article.status is Status.SCHEDULED:
            state[PUBLISH_AT] = review.publish_at
        unchanged = link is not None and link.remote_id is not None and link.base == state
        if unchanged and not review.unsynced:
            self._finish(work.change)  # the server already holds exactly this
            return
        payload = post_payload(
            state,
            article.id,
            categories=self._terms.ids_for("categories", [article.section]),
            tags=self._terms.ids_for("tags", article.tags),
            featured_media=featured,
            extra_meta=review.meta,
            date_gmt=state.get(PUBLISH_AT),
            photos=self._inline_photos(article),
        )
        if link is not None and link.remote_id is not None and self._photos_only(link, state):
            payload = _photo_part(payload)
        try:
            if link is None or link.remote_id is None:
                post = self._create(article, payload, link)
                self._report.created_remote += 1
            else:
                self._remember_sent(article.id, state)
                post = self._backend.update_post(link.remote_id, payload, link.remote_modified)
        except Forbidden as exc:
            self._refused(work, article, link, exc)
            return
        except PreconditionFailed:
            assert link is not None and link.remote_id is not None
            action = self._refresh(link.remote_id)
            if again and action in (Action.PUSH, Action.MERGED, Action.NOTHING):
                self._push(change, again=False)
            return
        except NotFound:
            self._mark_deleted(work.change, article.id)
            return
        self._record(work.change, article.id, post, state, review)

    def _remember_sent(self, article_id: str, state: dict[str, Any]) -> None:
        """Note what this update sends before sending it: should the process die after the server applied it
        but before ``_record``, the next pull recognises the version as our own instead of a rival edit."""
        with self._db.write() as uow:
            SyncState(uow.connection).put_link(self._site.id, article_id, sent=state)

    def _photos_only(self, link: Link, state: dict[str, Any]) -> bool:
        """A photo editor whose copy differs from the server only in photos and notes sends just those (their
        role may not touch a colleague's text, even unchanged)."""
        if role_for(self._user).role is not Role.PHOTO_EDITOR or link.base is None:
            return False
        return all(state.get(k) == link.base.get(k) for k in state if k != FEATURED)

    def _refused(self, work: _Work, article: Article, link: Link | None, exc: Forbidden) -> None:
        """The site's roles refused the change: say so in plain words; a refused transition is undone locally
        (the text stays as the user wrote it) and never shared as if it had happened."""
        message = f"{self._title(article.id)}: {exc}"
        base_status = str((link.base or {}).get("status") or "") if link is not None else ""
        with self._db.write() as uow:
            current = uow.articles.get(article.id, include_deleted=True)
            if current is not None and base_status and current.status.value != base_status:
                note = str((link.base or {}).get("note", current.note)) if link is not None else current.note
                store_synced(
                    uow, current.with_changes(status=Status(base_status), note=note), kind="sync", queue=False
                )
                reviews = ReviewState(uow.connection)
                refused = [e.id for e in reviews.trail(article.id) if not e.synced]
                reviews.record(
                    AuditEntry(
                        article.id,
                        who=self._site.name,
                        action="refused",
                        from_status=current.status.value,
                        to_status=base_status,
                        note=str(exc),
                        synced=True,
                    )
                )
                reviews.mark_synced(article.id, refused, ())  # local record only: it never happened there
                message += f" The article is back to {Status(base_status).label.lower()}."
                self._report.updated.add(article.id)
            SyncState(uow.connection).failed(work.change, str(exc))
        self._report.failures.append(message)

    def _featured(self, work: _Work, article: Article) -> int | None:
        if not work.photos:
            return None
        try:
            return self._media.featured_media(work.photos, article.headline)
        except (Offline, AuthFailed):
            raise
        except SyncError as exc:
            self._report.warnings.append(f"'{article.title}': photos not uploaded: {exc}")
            return None

    def _inline_photos(self, article: Article) -> dict[str, PublishedPhoto]:
        """Uploads for the photos the body shows; a SyncError (the article is not sent) when one cannot be."""
        if "photo:" not in article.body and "media:" not in article.body:
            return {}
        refs = local_photo_refs(publish_body(article.body))
        return self._media.inline(refs, article.headline) if refs else {}

    def _create(self, article: Article, payload: dict[str, Any], link: Link | None) -> RemotePost:
        if link is not None and link.create_attempted:
            found = self._backend.find_by_uuid(article.id)
            if found is not None:
                return self._backend.update_post(found.id, payload, found.modified_gmt)
        with self._db.write() as uow:
            SyncState(uow.connection).put_link(self._site.id, article.id, create_attempted_at=utcnow())
        try:
            return self._backend.create_post(payload)
        except Ambiguous:
            if not self._user.plugin:
                raise SyncError(
                    "The create may have reached the server, and without the Editorial Workstation plugin it "
                    "cannot be looked up: check the site before syncing again."
                ) from None
            found = self._backend.find_by_uuid(article.id)
            if found is not None:
                return self._backend.get_post(found.id)
            return self._backend.create_post(payload)

    def _refresh(self, remote_id: int) -> Action | None:
        """412: read the server's version and decide as a pull would."""
        post = self._backend.get_post(remote_id)
        self._puller._learn_terms([post])
        self._puller._photos.learn([post])
        with self._db.write() as uow:
            return self._puller.apply(uow, post)

    def _record(
        self,
        change: PendingChange,
        article_id: str,
        post: RemotePost,
        state: dict[str, Any],
        review: Outgoing | None = None,
    ) -> None:
        with self._db.write() as uow:
            if review is not None:
                ReviewState(uow.connection).mark_synced(article_id, review.audit_ids, review.comment_ids)
            sync_state = SyncState(uow.connection)
            sync_state.put_link(
                self._site.id,
                article_id,
                remote_id=post.id,
                remote_modified=post.modified_gmt,
                base=state,
                base_html=post.content,
                create_attempted_at=None,
                remote_deleted=None,
                last_error=None,
                synced_at=utcnow(),
                sent=None,
            )
            sync_state.finish(change)
        self._report.pushed += 1

    def _trash(self, work: _Work, article: Article, link: Link | None) -> None:
        if link is not None and link.remote_id is not None and link.remote_deleted is None:
            if (
                work.review.unsynced
            ):  # the kill's audit entry reaches the server before the post goes to trash
                with contextlib.suppress(NotFound):
                    self._backend.update_post(link.remote_id, {"meta": work.review.meta}, None)
                with self._db.write() as uow:
                    ReviewState(uow.connection).mark_synced(
                        article.id, work.review.audit_ids, work.review.comment_ids
                    )
            with contextlib.suppress(NotFound):
                self._backend.trash_post(link.remote_id)
            with self._db.write() as uow:
                SyncState(uow.connection).put_link(
                    self._site.id, article.id, remote_deleted="trash", base=article_state(article)
                )
            self._report.pushed += 1
        self._finish(work.change)

    def _mark_deleted(self, change: PendingChange, article_id: str) -> None:
        with self._db.write() as uow:
            state = SyncState(uow.connection)
            state.put_link(self._site.id, article_id, remote_deleted="deleted")
            state.finish(change)
        self._report.remote_deleted.append(article_id)


def _photo_part(payload: dict[str, Any]) -> dict[str, Any]:
    """Only the photo editor's part of a post payload: the featured photo and the notes."""
    part: dict[str, Any] = {k: payload[k] for k in PHOTO_FIELDS if k in payload}
    meta = {k: v for k, v in payload.get("meta", {}).items() if k in PHOTO_META}
    if meta:
        part["meta"] = meta
    return part
