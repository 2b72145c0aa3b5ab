"""Reading the WordPress REST API's JSON into the sync's records (posts, media), and the date forms it uses.

Pure functions, no HTTP: :mod:`editor_app.sync.wordpress` calls them on what the server answered.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any

from editor_app.sync.backend import BadResponse, RemoteMedia, RemotePost


def text_hash(post: RemotePost) -> str:
    """What an approval names: sha256 of the post's stored title (``title.raw``), a newline and its stored content
    (``content.raw``), UTF-8; the plugin computes the same from ``post_title`` and ``post_content``."""
    return hashlib.sha256((post.title + "\n" + post.content).encode("utf-8")).hexdigest()


def _strip_tags(text: str) -> str:
    import html
    import re

    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()


def error_fields(body: Any) -> tuple[str, str, Any]:
    if isinstance(body, dict):
        return str(body.get("code", "")), str(body.get("message", "")), body.get("data") or {}
    return "", "", {}


def z_suffix(value: str) -> str:
    return value.removesuffix("Z") + "Z"


def shift_seconds(value: str, seconds: int) -> str:
    moved = datetime.strptime(value, "%Y-%m-%dT%H:%M:%S") + timedelta(seconds=seconds)
    return moved.strftime("%Y-%m-%dT%H:%M:%S")


def utc_stamp(value: str) -> str:
    """WordPress's ``modified_gmt`` (``2024-05-01T10:00:00``), whatever offset suffix it came with."""
    return value.removesuffix("Z").removesuffix("+00:00")[:19]


def _version(value: Any) -> int:
    return value if isinstance(value, int) and value >= 0 else 0


def _raw(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("raw", value.get("rendered", "")))
    return "" if value is None else str(value)


def _has_raw(content: Any) -> bool:
    """Whether the post's content came as ``content.raw`` (as saved), not only as the rendered page."""
    return not isinstance(content, dict) or "raw" in content


def post_from_json(data: Any, *, raw: bool = True) -> RemotePost:
    """A RemotePost from the REST API's JSON, or BadResponse when it lacks what every post has."""
    try:
        return RemotePost(
            id=int(data["id"]),
            modified_gmt=utc_stamp(str(data["modified_gmt"])),
            status=str(data["status"]),
            title=_raw(data.get("title")),
            content=_raw(data.get("content")),
            excerpt=_raw(data.get("excerpt")),
            meta=dict(data.get("meta") or {}),
            categories=tuple(int(i) for i in data.get("categories") or ()),
            tags=tuple(int(i) for i in data.get("tags") or ()),
            featured_media=int(data.get("featured_media") or 0),
            raw=raw and _has_raw(data.get("content")),
            version=_version((data.get("meta") or {}).get("ew_version")),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BadResponse(f"The server's post data is incomplete or malformed ({exc!r}).") from exc


def media_from_json(data: Any) -> RemoteMedia:
    """A RemoteMedia from the REST API's JSON (``context=edit`` gives the caption as saved, the public view only
    rendered), or BadResponse when it is malformed."""
    try:
        caption = data.get("caption") or {}
        raw = caption.get("raw") if isinstance(caption, dict) else caption
        if raw is None:
            raw = _strip_tags(str(caption.get("rendered", "")))
        return RemoteMedia(
            id=int(data["id"]),
            caption=str(raw),
            alt_text=str(data.get("alt_text") or ""),
            meta=dict(data.get("meta") or {}),
            filename=str(data.get("source_url") or "").rsplit("/", 1)[-1],
            source_url=str(data.get("source_url") or ""),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BadResponse(f"The server's media data is malformed ({exc!r}).") from exc
