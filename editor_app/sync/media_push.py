"""Upload the renditions of an article's photos (caption, alt text, credit meta), say which is featured, and
where the photos shown inline in the body live on the site.

An upload is sent once; its slug (``ew-<photo id>-<hash>``) is the idempotency key: before uploading, and after
an uncertain failure, the media library is asked for that slug, so a photo is never uploaded twice.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from editor_app.domain import CREDIT_FIELDS, ArticlePhoto, Photo, PhotoCredits
from editor_app.render import PublishedPhoto
from editor_app.store.sync_state import UploadedMedia
from editor_app.sync.backend import Ambiguous, Backend, SyncError
from editor_app.sync.mapping import escaped_text
from editor_app.sync.transactions import Transactions

RenditionMaker = Callable[[Photo, Path], Path]
"""Writes the upload-ready rendition of a photo to the given path and returns it."""


PRINTED = ("caption", "alt_text")
"""The credit fields the site prints (the media item's own caption and alt text); the rest travel as meta."""


def media_fields(photo: Photo, headline: str = "") -> dict[str, Any]:
    """The media item's fields: title, caption and alt text as escaped plain text (:func:`escaped_text`: the
    site prints them as HTML), the credit and the rest as photo meta (``ew_credit``..., data, never printed
    unescaped)."""
    values = photo.credit_values()
    return {
        "title": escaped_text(photo.caption or headline or photo.filename),
        **{name: escaped_text(values[name]) for name in PRINTED},
        "meta": {f"ew_{name}": value for name, value in values.items() if name not in PRINTED},
    }


def credits_from_media(caption: str, alt_text: str, meta: Mapping[str, Any]) -> PhotoCredits:
    """The other way: a media item's credits (``caption`` and ``alt_text`` already plain text)."""
    found = {name: meta.get(f"ew_{name}") for name in CREDIT_FIELDS if name not in PRINTED}
    return PhotoCredits.from_values({**found, "caption": caption, "alt_text": alt_text})


def fingerprint(fields: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()[:32]


def upload_slug(photo: Photo) -> str:
    return f"ew-{photo.id}-{(photo.content_hash or '')[:12]}".lower()


class MediaPush:
    def __init__(
        self, transactions: Transactions, backend: Backend, site_id: int, renditions: RenditionMaker | None
    ) -> None:
        self._transactions = transactions
        self._backend = backend
        self._site_id = site_id
        self._renditions = renditions
        self._urls: dict[int, str] = {}
        self.uploaded = 0

    def inline(self, refs: Sequence[str], headline: str) -> dict[str, PublishedPhoto]:
        """Upload (when new or changed) each photo the body shows inline (``photo:<id>``, ``media:<sha256>``)
        and say where it lives; SyncError naming the photo when one is unknown here or cannot be uploaded."""
        placed: dict[str, PublishedPhoto] = {}
        for ref in refs:
            scheme, _, key = ref.partition(":")
            with self._transactions.read() as uow:
                photo = uow.photos.get(key) if scheme == "photo" else uow.photos.by_hash(key.lower())
            if photo is None:
                raise SyncError(f"The body shows a photo this library does not have ({ref}).")
            media_id = self.ensure(photo, headline) if photo.content_hash else self._known_media_id(photo)
            if media_id is None:
                raise SyncError(
                    f"The photo {photo.filename or photo.id} shown in the body has no file to upload here."
                )
            placed[ref] = PublishedPhoto(media_id, self._url(media_id))
        return placed

    def _known_media_id(self, photo: Photo) -> int | None:
        with self._transactions.read() as uow:
            known = uow.sync_state.media(self._site_id, photo.id)
        return known.media_id if known is not None else None

    def _url(self, media_id: int) -> str:
        if media_id not in self._urls:
            url = self._backend.get_media(media_id).source_url
            if not url:
                raise SyncError(f"The site did not say where media item {media_id} is.")
            self._urls[media_id] = url
        return self._urls[media_id]

    def featured_media(self, photos: Sequence[ArticlePhoto], headline: str) -> int | None:
        """Upload what is new or changed; the featured photo's media id (0 when none is featured, None when
        the featured photo has no file to upload)."""
        featured: int | None = 0
        for placed in photos:
            if placed.photo.content_hash:
                media_id = self.ensure(placed.photo, headline)
            else:
                media_id = self.update_known(placed.photo, headline)
            if placed.featured:
                featured = media_id
        return featured

    def ensure(self, photo: Photo, headline: str) -> int | None:
        assert photo.content_hash is not None
        fields = media_fields(photo, headline)
        print_ = fingerprint(fields)
        with self._transactions.read() as uow:
            known = uow.sync_state.media(self._site_id, photo.id)
        if known is not None and known.content_hash == photo.content_hash:
            if known.fingerprint != print_:
                self._backend.update_media(known.media_id, fields)
                self._remember(photo, known.media_id, print_)
            return known.media_id
        if self._renditions is None:
            return None
        slug = upload_slug(photo)
        media_id = self._backend.find_media(slug)
        if media_id is None:
            media_id = self._upload(photo, slug, fields)
        else:
            self._backend.update_media(media_id, fields)
        self._remember(photo, media_id, print_)
        return media_id

    def update_known(self, photo: Photo, headline: str) -> int | None:
        """A photo this side has no file of (pulled with its post): send metadata edits to its media item."""
        with self._transactions.read() as uow:
            known = uow.sync_state.media(self._site_id, photo.id)
        if known is None:
            return None
        fields = media_fields(photo, headline)
        print_ = fingerprint(fields)
        if known.fingerprint != print_:
            self._backend.update_media(known.media_id, fields)
            with self._transactions.write() as uow:
                uow.sync_state.put_media(
                    self._site_id, photo.id, UploadedMedia(known.media_id, known.content_hash, print_)
                )
        return None  # the post already has it: the featured photo is not sent again

    def _upload(self, photo: Photo, slug: str, fields: dict[str, Any]) -> int:
        assert self._renditions is not None
        with tempfile.TemporaryDirectory(prefix="ew-upload-") as folder:
            path = self._renditions(photo, Path(folder) / f"{slug}.jpg")
            try:
                media_id = self._backend.upload_media(path, f"{slug}.jpg", {**fields, "slug": slug})
            except Ambiguous:
                found = self._backend.find_media(slug)
                if found is None:
                    raise SyncError(
                        f"Uploading photo {photo.filename or photo.id} failed; it will be tried again."
                    ) from None
                media_id = found
        self.uploaded += 1
        return media_id

    def _remember(self, photo: Photo, media_id: int, print_: str) -> None:
        assert photo.content_hash is not None
        with self._transactions.write() as uow:
            uow.sync_state.put_media(
                self._site_id, photo.id, UploadedMedia(media_id, photo.content_hash, print_)
            )
