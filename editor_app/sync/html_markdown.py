"""Bring an edit made in WordPress's own editor (which changes only the HTML) back as Markdown.

Blocks of the HTML that are still exactly the rendering of a paragraph of the known Markdown keep that Markdown;
only the blocks someone changed on the web are converted (markdownify), so a three-way merge sees just them.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag
from markdownify import markdownify

from editor_app.render import publish_body, render_markdown, unplace_photos

_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_SPACE = re.compile(r"\s+")
_BETWEEN_TAGS = re.compile(r">\s+<")


def paragraphs(markdown: str) -> list[str]:
    """The Markdown split at blank lines (the unit of the paragraph merge), without empty pieces."""
    return [p.strip("\n") for p in _BLANK_LINES.split(markdown.strip("\n")) if p.strip()]


def normalise_html(html: str) -> str:
    return _SPACE.sub(" ", _BETWEEN_TAGS.sub("><", html.strip()))


def renders_as(markdown: str, html: str) -> bool:
    """Whether ``html`` is (up to whitespace) what a push of ``markdown`` sends (inline photos aside)."""
    return normalise_html(publish_body(markdown)) == normalise_html(unplace_photos(html))


def html_to_markdown(html: str, hint: str = "") -> str:
    """Markdown for ``html``, reusing the paragraphs of ``hint`` whose rendering is unchanged."""
    known = {normalise_html(render_markdown(p)): p for p in paragraphs(hint)}
    soup = BeautifulSoup(html, "html.parser")
    blocks: list[str] = []
    for node in soup.contents:
        if isinstance(node, Tag):
            fragment = str(node)
            reused = known.get(normalise_html(fragment))
            text = reused if reused is not None else markdownify(fragment, heading_style="ATX", bullets="-")
        else:
            text = str(node)
        text = text.strip("\n")
        if text.strip():
            blocks.append(text.strip())
    return "\n\n".join(blocks)


def body_from_post(markdown: str, html: str, base_html: str, base_body: str) -> str:
    """The article body a post carries: its Markdown meta, unless the HTML was changed without it."""
    if base_html and html == base_html:
        return markdown or base_body  # the HTML is what we last saw; the Markdown meta is authoritative
    if markdown and renders_as(markdown, html):  # a full render: only when the cheap test above cannot tell
        return markdown
    if not html.strip():
        return markdown
    return html_to_markdown(html, markdown or base_body)
