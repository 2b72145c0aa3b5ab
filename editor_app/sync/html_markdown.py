"""Bring an edit made in WordPress's own editor (which changes only the HTML) back as Markdown.

The post's ``content.raw`` is read as either editor saves it: the block editor's comment delimiters
(``<!-- wp:paragraph -->``) are dropped, the classic editor's bare paragraphs (text between blank lines) are
wrapped as ``wpautop`` would, its ``[caption]`` shortcodes become figures. Blocks are compared in a canonical form
that ignores what the editors add or drop (``dir``, classes, ids, ``rel``, entities, whitespace), so a block that
is still what a paragraph of the known Markdown renders to keeps that Markdown byte for byte; only the blocks
someone changed on the web are converted, and so a three-way merge sees just them.

Inline photos come back as ``![ALT](photo:ID "caption (credit)")``: the photo is recognised by ``src="photo:ID"``,
``data-ew-photo="ID"`` or a ``wp-image-N`` class whose media id the local media table knows, and the figcaption's
``photo:`` label is the rendering of the title, never a paragraph of its own. A converted block takes the plainest
Markdown that renders back to the same HTML (no backslash before a literal ``*`` unless it is needed).
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from bs4 import BeautifulSoup, Tag
from bs4.element import Comment, NavigableString
from markdownify import MarkdownConverter

from editor_app.render import publish_body, unplace_photos
from editor_app.render.photo_tokens import expand_tokens

PhotoLookup = Callable[[int], str | None]
"""A media id of the site -> the local photo id it holds (None when unknown)."""

BLOCK_TAGS = frozenset(
    {
        *(f"h{level}" for level in range(1, 7)),
        *("p", "div", "blockquote", "pre", "ul", "ol", "dl", "figure", "table", "hr", "section", "aside"),
        *("details", "address", "header", "footer", "nav", "article", "main"),
    }
)
_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_SPACE = re.compile(r"\s+")
_BETWEEN_TAGS = re.compile(r">\s+<")
_BLOCK_COMMENT = re.compile(r"<!--\s*/?wp:.*?-->", re.S)
_CAPTION = re.compile(r"\[caption[^\]]*\](.*?)\[/caption\]", re.S)
_CAPTION_IMAGE = re.compile(r"^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(.*)$", re.S)
_WP_IMAGE = re.compile(r"\bwp-image-(\d+)\b")
_PHOTO_LABEL = re.compile(r"^\s*photo:\s*", re.I)
_STRUCTURE = "|".join(
    sorted(BLOCK_TAGS | {"li", "figcaption", "thead", "tbody", "tr", "td", "th", "dt", "dd"})
)
_AROUND_BLOCK = re.compile(rf"\s*(</?(?:{_STRUCTURE})\b[^>]*>)\s*")
_KEPT_ATTRIBUTES = {
    "a": ("href",),
    "ol": ("start",),
    "td": ("colspan", "rowspan"),
    "th": ("colspan", "rowspan"),
}
_INERT_ASTERISK = re.compile(r"(?<!\S)\\\*(?!\S)")
"""An escaped ``*`` with white space on both sides: it can neither open nor close emphasis."""
_INERT_UNDERSCORE = re.compile(r"(?<=\w)\\_(?=\w)")
"""An escaped ``_`` inside a word (``snake_case``): the house dialect never reads it as emphasis."""
_SMART = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "--", "—": "---", "…": "..."})


def paragraphs(markdown: str) -> list[str]:
    """The Markdown split at blank lines (the unit of the paragraph merge), without empty pieces."""
    return [p.strip("\n") for p in _BLANK_LINES.split(markdown.strip("\n")) if p.strip()]


def normalise_html(html: str) -> str:
    return _SPACE.sub(" ", _BETWEEN_TAGS.sub("><", html.strip()))


# reading what the editors save ---------------------------------------------------------------------------------
def _caption_figure(match: re.Match[str]) -> str:
    inner = _CAPTION_IMAGE.match(match.group(1))
    if inner is None:
        return match.group(0)
    image, caption = inner.group(1), inner.group(2).strip()
    figcaption = f"<figcaption>{caption}</figcaption>" if caption else ""
    return f"\n\n<figure>{image}{figcaption}</figure>\n\n"


def web_blocks(html: str) -> list[Tag]:
    """The top-level blocks of post content as the block editor or the classic editor saved it."""
    html = _CAPTION.sub(_caption_figure, _BLOCK_COMMENT.sub("", html))
    soup = BeautifulSoup(html, "html.parser")
    blocks: list[Tag] = []
    run: list[Tag | NavigableString] = []

    def flush() -> None:
        if any(isinstance(piece, Tag) or piece.strip() for piece in run):
            paragraph = soup.new_tag("p")
            for piece in run:
                paragraph.append(piece)
            blocks.append(paragraph)
        run.clear()

    for node in list(soup.contents):
        if isinstance(node, Comment):
            continue
        if isinstance(node, NavigableString):
            for i, part in enumerate(_BLANK_LINES.split(str(node))):
                if i:
                    flush()
                if part:
                    run.append(NavigableString(part))
        elif isinstance(node, Tag) and node.name in BLOCK_TAGS:
            flush()
            blocks.append(node)
        elif isinstance(node, Tag):
            run.append(node.extract())
    flush()
    return blocks


# the canonical form ---------------------------------------------------------------------------------------------
def photo_source(image: Tag, photos: PhotoLookup | None) -> str:
    """``photo:ID`` for one of the app's photos (however the editor marked it), else the image's address."""
    marked = str(image.get("data-ew-photo") or "")
    if marked:
        return marked if marked.startswith("media:") else f"photo:{marked}"
    src = str(image.get("src") or "")
    if src.startswith("photo:"):
        return src
    classes: Any = image.get("class") or []
    found = _WP_IMAGE.search(" ".join(classes) if isinstance(classes, list) else str(classes))
    if found and photos is not None:
        photo_id = photos(int(found.group(1)))
        if photo_id:
            return f"photo:{photo_id}"
    return src


def figure_parts(figure: Tag, photos: PhotoLookup | None) -> tuple[Tag, str] | None:
    """The figure's image and its caption without the ``photo:`` label, or None for a figure with no image."""
    image = figure.find("img")
    if not isinstance(image, Tag):
        return None
    caption = figure.find("figcaption")
    text = _SPACE.sub(" ", caption.get_text()).strip() if isinstance(caption, Tag) else ""
    return image, _PHOTO_LABEL.sub("", text)


def _canonical(node: Tag | NavigableString, photos: PhotoLookup | None) -> str:
    if isinstance(node, Comment):
        return ""
    if isinstance(node, NavigableString):
        return html_lib.escape(str(node), quote=False)
    if node.name == "figure":
        parts = figure_parts(node, photos)
        if parts is not None:
            image, caption = parts
            return f"<photo {photo_source(image, photos)}|{image.get('alt') or ''}|{caption}>"
    if node.name == "img":
        return f"<img {photo_source(node, photos)}|{node.get('alt') or ''}|{node.get('title') or ''}>"
    kept = "".join(
        f' {name}="{node.get(name)}"' for name in _KEPT_ATTRIBUTES.get(node.name, ()) if node.get(name)
    )
    inner = "".join(_canonical(child, photos) for child in node.children)  # type: ignore[arg-type]
    if node.name == "br":
        return "<br>"
    return f"<{node.name}{kept}>{inner}</{node.name}>"


def canonical(block: Tag, photos: PhotoLookup | None = None) -> str:
    """A block as text that ignores what the editors add or drop, so equal content compares equal."""
    text = _SPACE.sub(" ", _canonical(block, photos)).strip()
    return _AROUND_BLOCK.sub(r"\1", text)


def canonical_blocks(html: str, photos: PhotoLookup | None = None) -> tuple[str, ...]:
    return tuple(canonical(block, photos) for block in web_blocks(html))


@dataclass(frozen=True, slots=True)
class _SentPhoto:
    """An inline photo as a push placed it: its full id (``data-ew-photo``) and its image title."""

    id: str
    title: str

    def caption_line(self) -> str:
        return self.title


def tokens_as_sent(markdown: str, html: str) -> str:
    """``markdown`` with its short inline photo tokens expanded as the push that sent ``html`` expanded them
    (the full ids and titles read back from the placed images)."""
    if "](photo:" not in markdown or "data-ew-photo=" not in html:
        return markdown
    sent = [
        _SentPhoto(str(img.get("data-ew-photo")), html_lib.unescape(str(img.get("title") or "")))
        for img in BeautifulSoup(html, "html.parser").find_all("img")
        if isinstance(img, Tag)
        and img.get("data-ew-photo")
        and not str(img.get("data-ew-photo")).startswith("media:")
    ]
    return expand_tokens(markdown, sent)


def renders_as(markdown: str, html: str, photos: PhotoLookup | None = None) -> bool:
    """Whether ``html`` is (up to what the editors change) what a push of ``markdown`` sends."""
    rendered = publish_body(tokens_as_sent(markdown, html))
    if normalise_html(rendered) == normalise_html(unplace_photos(html)):  # as the app sent it: no parsing
        return True
    return canonical_blocks(rendered, photos) == canonical_blocks(html, photos)


# converting changed blocks ------------------------------------------------------------------------------------
class _Converter(MarkdownConverter):
    def __init__(self, photos: PhotoLookup | None, *, escape: bool) -> None:
        super().__init__(heading_style="ATX", bullets="-", escape_asterisks=escape, escape_underscores=escape)
        self._photos = photos

    def convert_figure(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        parts = figure_parts(el, self._photos)
        if parts is None:
            return str(text)
        image, caption = parts
        title = f' "{caption}"' if caption else ""
        return f"\n\n![{image.get('alt') or ''}]({photo_source(image, self._photos)}{title})\n\n"

    def convert_figcaption(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        return ""  # a figure's caption is its image's title, never a paragraph

    def convert_img(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        title = str(el.get("title") or "")
        title_part = f' "{title}"' if title else ""
        return f"![{el.get('alt') or ''}]({photo_source(el, self._photos)}{title_part})"


def _candidates(block: Tag, photos: PhotoLookup | None) -> Iterator[str]:
    """Markdown for a block, plainest first: unescaped, then escaped only where a ``*`` or ``_`` could start
    emphasis, then fully escaped; each with straight quotes first (the renderer curls them again)."""
    for escape in (False, True):
        text = str(_Converter(photos, escape=escape).convert(str(block))).strip()
        if escape:
            tidy = _INERT_UNDERSCORE.sub("_", _INERT_ASTERISK.sub("*", text))
            yield tidy.translate(_SMART)
            yield tidy
        yield text.translate(_SMART)
        yield text


def block_markdown(block: Tag, photos: PhotoLookup | None = None) -> str:
    """The plainest Markdown that renders back to ``block`` (the escaped conversion when none does)."""
    wanted = (canonical(block, photos),)
    text = ""
    for text in _candidates(block, photos):
        if canonical_blocks(publish_body(text), photos) == wanted:
            return text
    return text


def html_to_markdown(html: str, hint: str = "", photos: PhotoLookup | None = None) -> str:
    """Markdown for ``html``, reusing the paragraphs of ``hint`` whose rendering is unchanged."""
    known: dict[tuple[str, ...], str] = {}
    for paragraph in paragraphs(hint):
        key = canonical_blocks(publish_body(paragraph), photos)
        if key:
            known.setdefault(key, paragraph)
    sizes = sorted({len(key) for key in known}, reverse=True)
    blocks = web_blocks(html)
    keys = [canonical(block, photos) for block in blocks]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        for size in sizes:
            reused = known.get(tuple(keys[i : i + size]))
            if reused is not None:
                out.append(reused)
                i += size
                break
        else:
            out.append(block_markdown(blocks[i], photos))
            i += 1
    return "\n\n".join(text for text in out if text.strip())


def body_from_post(
    markdown: str, html: str, base_html: str, base_body: str, photos: PhotoLookup | None = None
) -> str:
    """The article body a post carries: its Markdown meta, unless the HTML was changed without it."""
    if base_html and html == base_html:
        return markdown or base_body  # the HTML is what we last saw; the Markdown meta is authoritative
    if markdown and renders_as(markdown, html, photos):  # only when the cheap test above cannot tell
        return markdown
    if not html.strip():
        return markdown
    return html_to_markdown(html, markdown or base_body, photos)
