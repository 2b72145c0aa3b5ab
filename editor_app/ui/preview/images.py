"""Images in the preview come from the local media store only.

Article bodies reference stored photos as ``media:<sha256>``; the preview shows them from the store's
original file (a ``file:`` URL the request interceptor lets through). Nothing here touches the network.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from editor_app.domain import Photo
from editor_app.media.store import MediaStore
from editor_app.render.photo_tokens import expand_tokens

_MEDIA_SRC = re.compile(r'src="media:([0-9a-fA-F]{64})"')
_PHOTO_SRC = re.compile(r'src="photo:([0-9a-fA-F-]{36})"')


class MediaImages:
    """Resolves photo references to ``file:`` URLs inside ``root``; thread-safe (the worker calls it)."""

    def __init__(self, root: Path | None) -> None:
        self._store = MediaStore(root) if root is not None else None
        self._photo_hashes: dict[str, str] = {}
        self.photos: tuple[Photo, ...] = ()
        """The open article's photos (swapped whole: thread-safe)."""

    def set_photos(self, photos: Iterable[Photo]) -> None:
        """The article's photos, so ``photo:<id>`` images in its body resolve to their stored files."""
        self.photos = tuple(photos)
        self._photo_hashes = {p.id: p.content_hash for p in self.photos if p.content_hash}

    def expand(self, markdown: str) -> str:
        """The body with its short inline photo tokens resolved among the article's photos (worker thread)."""
        return expand_tokens(markdown, self.photos)

    def url_for_hash(self, sha256: str) -> str | None:
        if self._store is None:
            return None
        path = self._store.find(sha256.lower())
        return path.resolve().as_uri() if path is not None else None

    def featured_src(self, photo: Photo) -> str | None:
        return self.url_for_hash(photo.content_hash) if photo.content_hash else None

    def localize(self, html: str) -> str:
        """``html`` with ``media:<hash>`` image sources pointed at the stored files (unknown ones kept)."""
        if self._store is None or not needs_localizing(html):
            return html
        hashes = self._photo_hashes

        def by_hash(match: re.Match[str]) -> str:
            url = self.url_for_hash(match.group(1))
            return f'src="{url}"' if url is not None else match.group(0)

        def by_id(match: re.Match[str]) -> str:
            sha = hashes.get(match.group(1).lower())
            url = self.url_for_hash(sha) if sha else None
            return f'src="{url}"' if url is not None else match.group(0)

        return _PHOTO_SRC.sub(by_id, _MEDIA_SRC.sub(by_hash, html))


def needs_localizing(html: str) -> bool:
    return 'src="media:' in html or 'src="photo:' in html
