"""A pulled post's featured photo, known locally by its metadata: a placeholder photo (no image file) placed as
the article's featured photo, so the desk's checklist sees its caption, credit and alt text, and a photo editor's
metadata edits go back to the same media item."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from editor_app.domain import Photo
from editor_app.store import UnitOfWork
from editor_app.store.sync_state import Site, UploadedMedia
from editor_app.sync.backend import Backend, NotFound, RemoteMedia, RemotePost, SyncError
from editor_app.sync.mapping import plain_text
from editor_app.sync.media_push import credits_from_media, fingerprint, media_fields
from editor_app.sync.report import SyncReport


def placeholder_id(site: Site, media_id: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{site.url.rstrip('/')}/?attachment_id={media_id}"))


def photo_from_media(photo_id: str, media: RemoteMedia) -> Photo:
    caption, alt_text = plain_text(media.caption), plain_text(media.alt_text)  # sent escaped (media_fields)
    credits = credits_from_media(caption, alt_text, media.meta)
    return Photo(id=photo_id, filename=media.filename).with_credits(credits)


class PulledPhotos:
    def __init__(self, backend: Backend, site: Site, report: SyncReport) -> None:
        self._backend = backend
        self._site = site
        self._report = report
        self._fetched: dict[int, RemoteMedia | None] = {}

    def learn(self, posts: Iterable[RemotePost]) -> None:
        """Fetch (outside the write transaction) the featured media of these posts not seen in this run."""
        for post in posts:
            media_id = post.featured_media
            if media_id and media_id not in self._fetched:
                try:
                    self._fetched[media_id] = self._backend.get_media(media_id)
                except NotFound:
                    self._fetched[media_id] = None
                except SyncError as exc:
                    self._fetched[media_id] = None
                    self._report.warnings.append(f"The photo of post {post.id} could not be read: {exc}")

    def place(self, uow: UnitOfWork, article_id: str, post: RemotePost) -> bool:
        """Make the post's featured photo the article's (a known upload, or a placeholder); True if changed."""
        media_id = post.featured_media
        if not media_id:
            return False
        state = uow.sync_state
        slots = uow.photos.for_article(article_id)
        ours = {slot.photo.id: state.media(self._site.id, slot.photo.id) for slot in slots}
        if any(known is not None and known.media_id == media_id for known in ours.values()):
            return False  # one of this side's photos: its metadata is this side's to change
        media = self._fetched.get(media_id)
        if media is None:
            return False
        photo_id = placeholder_id(self._site, media_id)
        photo = photo_from_media(photo_id, media)
        existing = uow.photos.get(photo_id)
        if existing is not None:
            photo = photo.with_changes(created_at=existing.created_at)
        changed = existing != photo
        if changed:
            uow.photos.save(photo)
        fields = media_fields(photo)
        state.put_media(self._site.id, photo_id, UploadedMedia(media_id, "", fingerprint(fields)))
        wanted = [(photo_id, True)] + [(s.photo.id, False) for s in slots if s.photo.id != photo_id]
        if [(s.photo.id, s.featured) for s in slots] != wanted:
            uow.photos.set_for_article(article_id, wanted)
            changed = True
        return changed
