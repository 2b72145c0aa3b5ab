"""The body HTML a publishing site receives: the preview's blocks, with local photos pointed at their uploads.

One render path: :func:`publish_body` is the preview's :class:`BlockRenderer` output (the same Markdown dialect,
block splitting and sanitiser) without the preview's block wrappers, so what is published is what was previewed.

Inline photos are ``photo:<uuid>`` (or ``media:<sha256>``) image sources, which only this machine can resolve.
:func:`place_photos` rewrites each to the uploaded file and marks it so a pull can map it back. A captioned
photo, ``![Boats at the quay](photo:UUID "Boats wait (Carrick Bay Council)")``, is pushed as::

    <figure><img alt="Boats at the quay" src="https://site/wp-content/uploads/2026/05/ew-….jpg"
    title="Boats wait (Carrick Bay Council)" class="wp-image-123" data-ew-photo="UUID"><figcaption dir="auto">
    photo: Boats wait (Carrick Bay Council)</figcaption></figure>

(one line; the figure and figcaption exactly as the preview has them). A photo without a title stays an image
inside its paragraph, ``<p dir="auto"><img alt="…" src="…" class="wp-image-123" data-ew-photo="UUID"></p>``.
``data-ew-photo`` holds the reference as written after ``photo:`` (for ``media:`` sources: ``media:<sha256>``);
``class="wp-image-<id>"`` lets WordPress add its responsive sizes. WordPress keeps both for every role (``class``
and ``data-*`` are global attributes in its post allowlist).
"""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass

from editor_app.render.blocks import BlockRenderer
from editor_app.render.sanitize import url_scheme

_local = threading.local()

_IMG = re.compile(r"<img\b[^>]*>")
_LOCAL_SRC = re.compile(r'\ssrc="((?:photo|media):[^"]*)"')
_PLACED_MARKS = re.compile(r'\s+class="wp-image-\d+"\s+data-ew-photo="([^"]*)"(?=\s*/?>$)')
_SRC = re.compile(r'\ssrc="[^"]*"')


@dataclass(frozen=True, slots=True)
class PublishedPhoto:
    """Where a local photo went on the site: its media item and the URL of its file."""

    media_id: int
    url: str


class UnplacedPhotos(ValueError):
    """The body shows local photos that have no upload to point at; ``refs`` lists them (``photo:<id>``)."""

    def __init__(self, refs: list[str]) -> None:
        super().__init__(f"no upload for {', '.join(refs)}")
        self.refs = refs


def publish_body(markdown: str) -> str:
    """The body as the site receives it: the preview's sanitised blocks, in order, one per line."""
    renderer = getattr(_local, "renderer", None)
    if renderer is None:  # one per thread, reused: building its Markdown converters costs more than a render
        renderer = _local.renderer = BlockRenderer()
    return "\n".join(block.html for block in renderer.render(markdown).blocks)


def local_photo_refs(body_html: str) -> list[str]:
    """The local image sources (``photo:<id>``, ``media:<sha256>``) in ``body_html``, unescaped, first
    occurrence order, without repeats."""
    found: dict[str, None] = {}
    for tag in _IMG.finditer(body_html):
        match = _LOCAL_SRC.search(tag.group())
        if match:
            found[html.unescape(match.group(1))] = None
    return list(found)


def place_photos(body_html: str, photos: Mapping[str, PublishedPhoto]) -> str:
    """``body_html`` with every local image source replaced by its upload (keyed by the source as written,
    e.g. ``photo:<id>``); raises :class:`UnplacedPhotos` when one has none, so no local URL is ever sent."""
    missing = [ref for ref in local_photo_refs(body_html) if ref not in photos]
    if missing:
        raise UnplacedPhotos(missing)

    def image(match: re.Match[str]) -> str:
        tag = match.group()
        source = _LOCAL_SRC.search(tag)
        if source is None:
            return tag
        ref = html.unescape(source.group(1))
        placed = photos[ref]
        if url_scheme(placed.url) not in ("http", "https"):
            raise ValueError(f"not a web address for {ref}: {placed.url!r}")
        marks = f' class="wp-image-{int(placed.media_id)}" data-ew-photo="{html.escape(ref.removeprefix("photo:"))}"'
        tag = f'{tag[: source.start()]} src="{html.escape(placed.url)}"{tag[source.end() :]}'
        end = len(tag) - (2 if tag.endswith("/>") else 1)
        return tag[:end].rstrip() + marks + tag[end:]

    return _IMG.sub(image, body_html)


def unplace_photos(body_html: str) -> str:
    """The inverse of :func:`place_photos` for the markup it writes: each marked image points at its local
    source again, without the marks (other images, and images someone re-marked by hand, stay as they are)."""
    if "data-ew-photo=" not in body_html:
        return body_html

    def image(match: re.Match[str]) -> str:
        tag = match.group()
        marks = _PLACED_MARKS.search(tag)
        source = _SRC.search(tag)
        if marks is None or source is None:
            return tag
        marker = marks.group(1)
        ref = marker if html.unescape(marker).startswith("media:") else f"photo:{marker}"
        tag = tag[: marks.start()] + tag[marks.end() :]
        return f'{tag[: source.start()]} src="{ref}"{tag[source.end() :]}'

    return _IMG.sub(image, body_html)
