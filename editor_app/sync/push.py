"""Push: drain the outbox in order. Creates carry the client uuid and are never repeated blindly; every write
names the post's version the copy is based on (a 412 sends the article through the pull decision and, if that
allows, pushes again); photos are uploaded first so ``featured_media`` can be set and inline photos point at their
uploads. Transitions and notes follow the content through the plugin's routes (``review_push``); a refused one is
undone here.

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
from editor_app.render.photo_tokens import expand_tokens
from editor_app.store.sync_state import Link, PendingChange, Site
from editor_app.sync import length_target
from editor_app.sync.backend import (
    Ambiguous,
    AuthFailed,
    Backend,
    Forbidden,
    NotFound,
    Offline,
    PreconditionFailed,
    Rejected,
    RemotePost,
    RemoteUser,
    SyncError,
)
from editor_app.sync.mapping import article_state, local_status, post_payload
from editor_app.sync.media_push import MediaPush
from editor_app.sync.merge import Action
from editor_app.sync.pull import Puller, store_synced
from editor_app.sync.report import Cancel, Progress, SyncProgress, SyncReport
from editor_app.sync.review_meta import Outgoing, ingest, outgoing, vouched_status
from editor_app.sync.review_push import approval_pending, same_content, send_review, without_server_fields
from editor_app.sync.roles import role_for
from editor_app.sync.terms import Terms
from editor_app.sync.transactions import Transactions

log = logging.getLogger(__name__)
FEATURED = "_featured_media"
RELATED = "_related"
PUBLISH_AT = "_publish_at"
PHOTO_FIELDS = ("featured_media",)
PHOTO_META: tuple[str, ...] = ()
REFUSALS = frozenset({"ew_transition_refused", "ew_text_changed", "ew_note_required", "ew_time_required"})
"""Rejected (4xx) answers that mean the server's workflow said no (undone locally like a 403)."""
TEXT_CHANGED = (
    "The text changed on the server after you approved it: read the new version, then approve again."
)


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
        transactions: Transactions,
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
        self._transactions = transactions
        self._backend = backend
        self._site = site
        self._user = user
        self._terms = terms
        self._media = media
        self._puller = puller
        self._report = report
        self._progress = progress
        self._cancel = cancel
        self._desk = length_target.may_set(user)

    def run(self) -> None:
        with self._transactions.read() as uow:
            pending = uow.sync_state.pending()
        for n, change in enumerate(pending, 1):
            if self._cancel is not None and self._cancel.is_set():
                self._report.cancelled = True
                return
            try:
                self._push(change)
            except (Offline, AuthFailed) as exc:
                with self._transactions.write() as uow:
                    uow.sync_state.failed(change, str(exc))
                raise  # nothing more can reach the server in this run
            except SyncError as exc:
                self._fail(change, exc)
            if n % 10 == 0 or n == len(pending):
                self._progress(SyncProgress("pushing changes", n, len(pending)))

    def _fail(self, change: PendingChange, exc: SyncError) -> None:
        title = self._title(change.article_id)
        self._report.failures.append(f"{title}: {exc}")
        with self._transactions.write() as uow:
            uow.sync_state.failed(change, str(exc))

    def _title(self, article_id: str) -> str:
        with self._transactions.read() as uow:
            article = uow.articles.get(article_id, include_deleted=True)
        return f"'{article.title}'" if article else article_id

    def _load(self, change: PendingChange) -> _Work:
        with self._transactions.read() as uow:
            state = uow.sync_state
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
        with self._transactions.write() as uow:
            uow.sync_state.finish(change)

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
        target = length_target.outgoing(state, article, link.base if link else None, desk=self._desk)
        unchanged = link is not None and link.remote_id is not None and link.base == state
        if unchanged and not review.unsynced:
            self._finish(work.change)  # the server already holds exactly this
            return
        content_body = expand_tokens(article.body, [slot.photo for slot in work.photos])
        payload = post_payload(
            state,
            article.id,
            categories=self._terms.ids_for("categories", [article.section]),
            tags=self._terms.ids_for("tags", article.tags),
            featured_media=featured,
            extra_meta={**review.meta, **target},
            date_gmt=state.get(PUBLISH_AT),
            photos=self._inline_photos(article, content_body),
            content_body=content_body,
        )
        authority = self._user.plugin  # the plugin owns the status; without it WordPress's roles decide alone
        if authority:
            payload = without_server_fields(payload)
        if link is not None and link.remote_id is not None and self._photos_only(link, state):
            payload = _photo_part(payload)
        post: RemotePost | None = None
        try:
            if link is None or link.remote_id is None:
                post = self._create(article, payload, link)
                self._report.created_remote += 1
            elif not (same_content(link.base, state) if authority else link.base == state):
                self._remember_sent(article.id, state)
                post = self._backend.update_post(link.remote_id, payload, link.remote_version)
            if authority:
                remote_id = post.id if post is not None else link.remote_id if link is not None else None
                assert remote_id is not None
                version = link.remote_version if link is not None else None
                post = send_review(self._backend, remote_id, post, version, review) or post
                _check_held(post, article)
        except Forbidden as exc:
            self._refused(work, article, link, exc, post)
            return
        except Rejected as exc:
            if exc.code not in REFUSALS:
                raise
            self._refused(work, article, link, exc, post)
            return
        except PreconditionFailed:
            self._stale(work, article, link, post, again=again)
            return
        except NotFound:
            self._mark_deleted(work.change, article.id)
            return
        if post is None:
            self._finish(work.change)  # nothing the server does not hold already
            return
        self._record(work.change, article.id, post, state, review)

    def _stale(
        self, work: _Work, article: Article, link: Link | None, post: RemotePost | None, *, again: bool
    ) -> None:
        """412: read the server's version and decide as a pull would; push again if that allows, unless the text
        changed under a pending approval (the desk must read the new text first)."""
        remote_id = post.id if post is not None else (link.remote_id if link is not None else None)
        assert remote_id is not None
        before = _content(article)
        action = self._refresh(remote_id)
        with self._transactions.read() as uow:
            now = uow.articles.get(article.id, include_deleted=True)
        if now is not None and approval_pending(work.review) and _content(now) != before:
            fresh = self._link(article.id)
            self._refused(work, now, fresh, Forbidden(TEXT_CHANGED, "ew_text_changed"), None)
            return
        if again and action in (Action.PUSH, Action.MERGED, Action.NOTHING):
            self._push(work.change, again=False)

    def _link(self, article_id: str) -> Link | None:
        with self._transactions.read() as uow:
            return uow.sync_state.link(self._site.id, article_id)

    def _remember_sent(self, article_id: str, state: dict[str, Any]) -> None:
        """Note what this update sends before sending it: should the process die after the server applied it
        but before ``_record``, the next pull recognises the version as our own instead of a rival edit."""
        with self._transactions.write() as uow:
            uow.sync_state.put_link(self._site.id, article_id, sent=state)

    def _photos_only(self, link: Link, state: dict[str, Any]) -> bool:
        """A photo editor whose copy differs from the server only in photos and notes sends just those (their
        role may not touch a colleague's text, even unchanged)."""
        if role_for(self._user).role is not Role.PHOTO_EDITOR or link.base is None:
            return False
        return all(state.get(k) == link.base.get(k) for k in state if k != FEATURED)

    def _refused(
        self, work: _Work, article: Article, link: Link | None, exc: SyncError, post: RemotePost | None
    ) -> None:
        """The site refused the change: say so in plain words; a refused transition is undone locally (the text
        stays as the user wrote it), never shared as if it had happened, and the article takes the status the
        server holds (``post``: its last answer in this push, else read now)."""
        message = f"{self._title(article.id)}: {exc}"
        server = post
        remote_id = post.id if post is not None else (link.remote_id if link is not None else None)
        if server is None and remote_id is not None:
            with contextlib.suppress(SyncError):
                server = self._backend.get_post(remote_id)
        base_status = str((link.base or {}).get("status") or "") if link is not None else ""
        base_note = str((link.base or {}).get("note", article.note)) if link is not None else article.note
        if server is not None:
            base_status = local_status(server.status, None, vouched_status(server.meta))
            base_note = str(server.meta.get("ew_desk_note") or "")
        with self._transactions.write() as uow:
            current = uow.articles.get(article.id, include_deleted=True)
            if current is not None and base_status and current.status.value != base_status:
                note = base_note
                store_synced(
                    uow, current.with_changes(status=Status(base_status), note=note), kind="sync", queue=False
                )
                reviews = uow.review_state
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
            uow.sync_state.failed(work.change, str(exc))
        self._report.failures.append(message)
        if server is not None:  # what the server holds now, taken as a pull would
            self._puller._learn_terms([server])
            with self._transactions.write() as uow:
                self._puller.apply(uow, server)

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

    def _inline_photos(self, article: Article, body: str) -> dict[str, PublishedPhoto]:
        """Uploads for the photos ``body`` (the article's, tokens expanded) shows; a SyncError (the article is
        not sent) when one cannot be."""
        if "photo:" not in body and "media:" not in body:
            return {}
        refs = local_photo_refs(publish_body(body))
        return self._media.inline(refs, article.headline) if refs else {}

    def _create(self, article: Article, payload: dict[str, Any], link: Link | None) -> RemotePost:
        if link is not None and link.create_attempted:
            found = self._backend.find_by_uuid(article.id)
            if found is not None:
                return self._backend.update_post(found.id, payload, found.version)
        with self._transactions.write() as uow:
            uow.sync_state.put_link(self._site.id, article.id, create_attempted_at=utcnow())
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
        with self._transactions.write() as uow:
            return self._puller.apply(uow, post)

    def _record(
        self,
        change: PendingChange,
        article_id: str,
        post: RemotePost,
        state: dict[str, Any],
        review: Outgoing | None = None,
    ) -> None:
        with self._transactions.write() as uow:
            if review is not None:
                uow.review_state.mark_synced(article_id, review.audit_ids, review.comment_ids)
            if ingest(uow, article_id, post.meta):  # the server's own record of what was sent
                self._report.updated.add(article_id)
            sync_state = uow.sync_state
            sync_state.put_link(
                self._site.id,
                article_id,
                remote_id=post.id,
                remote_modified=post.modified_gmt,
                remote_version=post.version,
                base=state,
                base_html=post.content,
                create_attempted_at=None,
                remote_deleted=None,
                last_error=None,
                synced_at=utcnow(),
                sent=None,
            )
            sync_state.finish(change)
            if length_target.take(uow, self._site.id, article_id, post.meta, desk=self._desk):
                self._report.updated.add(article_id)  # the server's target wins over a non-desk's copy
        self._report.pushed += 1

    def _trash(self, work: _Work, article: Article, link: Link | None) -> None:
        """A kill goes as the desk's transition (the server trashes the post and records it); a local delete as a
        versioned DELETE. A refusal is reported and the change stays queued."""
        if link is not None and link.remote_id is not None and link.remote_deleted is None:
            review = work.review
            try:
                if any(e.action == "kill" for e in review.audit):
                    send_review(self._backend, link.remote_id, None, link.remote_version, review)
                else:
                    self._backend.trash_post(link.remote_id, link.remote_version)
            except NotFound:
                pass
            except PreconditionFailed:
                self._stale(work, article, link, None, again=True)
                return
            except (Forbidden, Rejected) as exc:
                self._fail(work.change, exc)
                return
            with self._transactions.write() as uow:
                uow.review_state.mark_synced(article.id, review.audit_ids, review.comment_ids)
                uow.sync_state.put_link(
                    self._site.id, article.id, remote_deleted="trash", base=article_state(article)
                )
            self._report.pushed += 1
        self._finish(work.change)

    def _mark_deleted(self, change: PendingChange, article_id: str) -> None:
        with self._transactions.write() as uow:
            state = uow.sync_state
            state.put_link(self._site.id, article_id, remote_deleted="deleted")
            state.finish(change)
        self._report.remote_deleted.append(article_id)


def _check_held(post: RemotePost | None, article: Article) -> None:
    """Forbidden when the server holds the article in another status than the local copy after the push: a
    status that was never made through the workflow (no transition to send) is not the truth."""
    if post is None:
        return
    held = local_status(post.status, None, vouched_status(post.meta))
    if held != article.status.value:
        raise Forbidden(
            f"The site did not take this article as {article.status.label.lower()}: that status was not reached "
            f"through the desk workflow by a role allowed to, and the site holds it as {Status(held).label.lower()}.",
            "ew_status_mismatch",
        )


def _content(article: Article) -> dict[str, Any]:
    """The article's synced content without what transitions carry (status, the desk's note)."""
    return {k: v for k, v in article_state(article).items() if k not in ("status", "note")}


def _photo_part(payload: dict[str, Any]) -> dict[str, Any]:
    """Only the photo editor's part of a post payload: the featured photo and the notes."""
    part: dict[str, Any] = {k: payload[k] for k in PHOTO_FIELDS if k in payload}
    meta = {k: v for k, v in payload.get("meta", {}).items() if k in PHOTO_META}
    if meta:
        part["meta"] = meta
    return part
