"""Markdown to sanitised HTML, the incremental block cache for the preview, and the publication page.

Pure functions and plain objects: no Qt, no database, no I/O beyond reading the packaged page template.
Names are loaded on first use (see ``editor_app.store``): a module that needs only a light part (the photo tokens,
the block type) does not load Python-Markdown before the window's first paint.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor_app.render.block import Block
    from editor_app.render.blocks import FOOTNOTES_BLOCK_ID, BlockRenderer, RenderResult
    from editor_app.render.markdown import render_markdown
    from editor_app.render.page import PageData, load_template, page_data_for, render_page
    from editor_app.render.publish import (
        PublishedPhoto,
        UnplacedPhotos,
        local_photo_refs,
        place_photos,
        publish_body,
        unplace_photos,
    )
    from editor_app.render.sanitize import sanitize_html

_HOMES = {
    "FOOTNOTES_BLOCK_ID": "blocks",
    "Block": "block",
    "BlockRenderer": "blocks",
    "RenderResult": "blocks",
    "render_markdown": "markdown",
    "PageData": "page",
    "load_template": "page",
    "page_data_for": "page",
    "render_page": "page",
    "PublishedPhoto": "publish",
    "UnplacedPhotos": "publish",
    "local_photo_refs": "publish",
    "place_photos": "publish",
    "publish_body": "publish",
    "unplace_photos": "publish",
    "sanitize_html": "sanitize",
}

__all__ = [
    "FOOTNOTES_BLOCK_ID",
    "Block",
    "BlockRenderer",
    "PageData",
    "PublishedPhoto",
    "RenderResult",
    "UnplacedPhotos",
    "load_template",
    "local_photo_refs",
    "page_data_for",
    "place_photos",
    "publish_body",
    "render_markdown",
    "render_page",
    "sanitize_html",
    "unplace_photos",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)
