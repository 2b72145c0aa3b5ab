"""Article <-> WordPress post: the synced state of an article, the payload that writes it, and the state a post
carries. Markdown goes into the ``ew_markdown`` meta, the preview's sanitised HTML into ``content``
(:func:`editor_app.render.publish_body`, inline photos pointed at their uploads).

Headline and standfirst are plain text: they are sent HTML-escaped (``&``, ``<``, ``>``) as ``title`` and
``excerpt``, because WordPress prints those fields as HTML and keeps ``<script>`` in them for users with
``unfiltered_html``. A pull recovers the text with :func:`plain_text` (``html.unescape``), so any text, say
``Tom & Jerry <3``, comes back exactly; text typed in wp-admin (stored unescaped) reads back as typed.

The language travels as the ``ew_language`` meta (a BCP 47 tag; the plugin prints it as the page's ``lang``);
a post without one keeps the local copy's. The byline has no place on the server yet: the remote side of it is
taken as the base (never a change), so it stays as the local copy has it. The workflow status travels as the post status plus the
``ew_status`` meta (returned and draft are both WordPress drafts); the desk's note as ``ew_desk_note``. The desk's
length target travels beside these fields, outside the merge (``length_target``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from bs4 import BeautifulSoup, Tag

from editor_app.domain import Article, Status
from editor_app.domain.article import CONTENT_FIELDS
from editor_app.render import PublishedPhoto, place_photos, publish_body
from editor_app.sync.backend import RemotePost
from editor_app.sync.html_markdown import PhotoLookup, body_from_post, html_to_markdown

SYNCED_FIELDS = (*CONTENT_FIELDS, "status", "note")
LOCAL_ONLY = ("byline",)
UNCATEGORIZED = "Uncategorized"

TO_REMOTE: dict[Status, str] = {
    Status.DRAFT: "draft",
    Status.RETURNED: "draft",
    Status.SUBMITTED: "pending",
    Status.IN_REVIEW: "pending",  # ew_status tells the two apart
    Status.APPROVED: "pending",  # approval publishes or schedules at once; approved alone is "unscheduled"
    Status.SCHEDULED: "future",  # with ``date_gmt``, the time the desk chose (kept in the audit trail)
    Status.PUBLISHED: "publish",
    Status.KILLED: "trash",
}
ARRIVES_AS: dict[Status, str] = {Status.ARCHIVED: "draft"}
"""Local-only statuses (never held by the site) and the WordPress status in which an article leaving one first
reaches the site: a push creates the post without a status, so a draft with no audit trail yet, and the server
takes the first transition of such a post as starting from the local status (the desk's "publish to site")."""
STATUS_VALUES = frozenset(s.value for s in Status)
FROM_REMOTE: dict[str, Status] = {
    "draft": Status.DRAFT,
    "pending": Status.SUBMITTED,
    "future": Status.SCHEDULED,
    "publish": Status.PUBLISHED,
    "private": Status.PUBLISHED,
    "trash": Status.KILLED,
}


def article_state(article: Article) -> dict[str, Any]:
    """The synced fields of an article as plain JSON-able values."""
    state: dict[str, Any] = {name: getattr(article, name) for name in SYNCED_FIELDS}
    state["tags"] = list(article.tags)
    state["status"] = article.status.value
    return state


def apply_state(article: Article, state: Mapping[str, Any]) -> Article:
    """The article with the synced fields of ``state``."""
    fields = {k: v for k, v in state.items() if k in SYNCED_FIELDS}
    if "status" in fields:
        fields["status"] = Status(fields["status"])
    if "tags" in fields:
        fields["tags"] = tuple(fields["tags"])
    return article.with_changes(**fields)


def local_status(remote_status: str, current: str | None, hint: str | None = None) -> str:
    """The local status for a post's status: the workflow status the post carries (``hint``, from
    ``ew_status``) or else the current one when it maps to the same, else the plain reading."""
    if hint in STATUS_VALUES and TO_REMOTE.get(Status(hint)) == remote_status:
        return str(hint)
    if current is not None and TO_REMOTE.get(Status(current)) == remote_status:
        return current
    if current == Status.SCHEDULED.value and remote_status == "future":
        return current
    return FROM_REMOTE.get(remote_status, Status.DRAFT).value


def escaped_text(text: str) -> str:
    """Plain text for a WordPress field that is printed as HTML (title, excerpt, media caption and alt)."""
    return html.escape(text, quote=False)


def plain_text(field: str) -> str:
    """The plain text a field sent with :func:`escaped_text` (or typed in wp-admin) carries."""
    return html.unescape(field)


def post_payload(
    state: Mapping[str, Any],
    client_uuid: str,
    *,
    categories: list[int],
    tags: list[int],
    featured_media: int | None = None,
    extra_meta: Mapping[str, Any] | None = None,
    date_gmt: str | None = None,
    photos: Mapping[str, PublishedPhoto] | None = None,
    content_body: str | None = None,
) -> dict[str, Any]:
    """The JSON body that creates or updates the post for ``state`` (trashing is a DELETE, not a field).

    ``extra_meta`` adds meta (related ids, notes, the audit trail); ``date_gmt`` is the publication time of a
    scheduled post (UTC, ``YYYY-MM-DDTHH:MM:SS``); ``photos`` maps the body's local image sources
    (``photo:<id>``) to their uploads (:class:`editor_app.render.UnplacedPhotos` when one is missing);
    ``content_body`` is the Markdown the content is rendered from when it differs from the stored body
    (inline photo tokens expanded: ``editor_app.render.photo_tokens``)."""
    payload: dict[str, Any] = {
        "title": escaped_text(state["headline"]),
        "excerpt": escaped_text(state["standfirst"]),
        "content": place_photos(
            publish_body(state["body"] if content_body is None else content_body), photos or {}
        ),
        "categories": categories,
        "tags": tags,
        "meta": {
            "ew_markdown": state["body"],
            "ew_source_line": state["source"],
            "ew_editors_choice": bool(state["editors_choice"]),
            "ew_client_uuid": client_uuid,
            "ew_status": state["status"],
            "ew_desk_note": state.get("note", ""),
            "ew_language": state.get("language", ""),
            **(extra_meta or {}),
        },
    }
    remote_status = TO_REMOTE[Status(state["status"])]
    if remote_status != "trash":
        payload["status"] = remote_status
    if remote_status == "future" and date_gmt:
        payload["date_gmt"] = date_gmt
    if featured_media is not None:
        payload["featured_media"] = featured_media
    return payload


def remote_state(
    post: RemotePost,
    *,
    base: Mapping[str, Any] | None,
    base_html: str,
    local: Mapping[str, Any] | None,
    categories: Mapping[int, str],
    tags: Mapping[int, str],
    photos: PhotoLookup | None = None,
) -> dict[str, Any]:
    """The article state a post carries, read against what we know (base, then local) for what it lacks.
    ``photos`` finds the local photo of a media id, so inline figures come back as the article's photos."""
    known: Mapping[str, Any] = base or local or {}
    markdown = str(post.meta.get("ew_markdown") or "")
    names = [categories[i] for i in post.categories if i in categories and categories[i] != UNCATEGORIZED]
    section = str(known.get("section") or "")
    if section not in names:
        section = names[0] if names else section or "News"
    state: dict[str, Any] = {
        "headline": plain_text(post.title),
        "standfirst": plain_text(post.excerpt) if post.raw else html_to_markdown(post.excerpt),
        "byline": known.get("byline", ""),
        "section": section,
        "tags": _in_known_order([tags[i] for i in post.tags if i in tags], known.get("tags") or []),
        "source": str(post.meta.get("ew_source_line") or ""),
        "editors_choice": bool(post.meta.get("ew_editors_choice", False)),
        "language": str(post.meta.get("ew_language") or known.get("language", "en")),
        "body": _body(post, markdown, base_html, str(known.get("body") or ""), photos),
        "status": local_status(post.status, known.get("status"), str(post.meta.get("ew_status") or "")),
        "note": str(post.meta.get("ew_desk_note", known.get("note", "")) or ""),
    }
    return state


def _body(
    post: RemotePost, markdown: str, base_html: str, known_body: str, photos: PhotoLookup | None
) -> str:
    """The body from ``content.raw`` (what the editors saved), never from the rendered page: in view context
    (a post the user may only read) the Markdown meta, and only for a post without one the rendered HTML less
    what the plugin adds at render time (credit, source line, related list)."""
    if not post.raw:
        return markdown or html_to_markdown(strip_decorations(post.content), photos=photos)
    return body_from_post(markdown, post.content, base_html, known_body, photos)


_DECORATION = re.compile(r"^(ew|editorial-workstation)[-_]", re.I)


def strip_decorations(rendered: str) -> str:
    """Rendered post HTML without the elements the companion plugin adds to the page (class or id ``ew-*``)."""
    if "ew" not in rendered and "editorial-workstation" not in rendered:
        return rendered
    soup = BeautifulSoup(rendered, "html.parser")
    for element in soup.find_all(True):
        if not isinstance(element, Tag) or element.decomposed:
            continue
        classes: Any = element.get("class") or []
        names = [*(classes if isinstance(classes, list) else [str(classes)]), str(element.get("id") or "")]
        if any(_DECORATION.match(name) for name in names):
            element.decompose()
    return str(soup)


def _in_known_order(names: list[str], known: list[str]) -> list[str]:
    """Tag names in the order the article had them (the server's order carries no meaning), new ones last."""
    position = {name: i for i, name in enumerate(known)}
    return sorted(names, key=lambda name: position.get(name, len(known)))
