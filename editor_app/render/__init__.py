"""Markdown to sanitised HTML, the incremental block cache for the preview, and the publication page.

Pure functions and plain objects: no Qt, no database, no I/O beyond reading the packaged page template.
"""

from editor_app.render.blocks import FOOTNOTES_BLOCK_ID, Block, BlockRenderer, RenderResult
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
