"""The site's themed page made safe for the offline preview (pure: no I/O here, see ``site_theme``).

The plugin's ``/?ew_theme_preview=1`` page is the active theme's single-post page for a placeholder article whose
parts carry the preview's ids. Before it is cached: scripts, frames, forms and every link to the site go; each
stylesheet, image and font is swapped for the name of a local copy (``localize``); CSS ``url()`` and ``@import``
references are rewritten the same way; a Content-Security-Policy allows local files only; ``#body`` is emptied
(the preview fills it block by block).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

REQUIRED_IDS = (
    "headline", "section", "editors-choice", "standfirst", "byline", "date", "updated", "body", "source",
    "featured", "related", "popular", "editors-picks", "site-lists", "lists-note",
)  # fmt: skip
"""The ids the preview's patch script fills in (resources/preview/patch.js)."""

CSP = (
    "default-src 'none'; img-src file: data:; style-src 'unsafe-inline' file:; font-src file: data:; "
    "base-uri 'none'; form-action 'none'"
)
DROPPED_TAGS = (
    "script",
    "noscript",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "base",
    "template",
)
_CSS_URL = re.compile(r"""url\(\s*(?P<q>['"]?)(?P<url>[^'")]*?)(?P=q)\s*\)""", re.IGNORECASE)
_CSS_IMPORT = re.compile(
    r"""@import\s+(?:url\(\s*)?(?P<q>['"]?)(?P<url>[^'")\s;]+)(?P=q)\s*\)?""", re.IGNORECASE
)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_REMOTE = re.compile(r"(?:https?|ftp|wss?):|//", re.IGNORECASE)

Localize = Callable[[str, str], "str | None"]
"""``localize(absolute_url, kind)`` -> the file name of its local copy beside the page (``kind``: css, font,
image), or None when the resource could not be fetched (the reference is then dropped)."""


class NotAThemePage(ValueError):
    """The answer is not the plugin's theme page (an old plugin, or another page)."""


def is_remote(value: str) -> bool:
    return bool(_REMOTE.match(value.strip()))


def _kind_of(url: str) -> str:
    path = urlsplit(url).path.lower()
    if path.endswith((".woff2", ".woff", ".ttf", ".otf", ".eot")):
        return "font"
    if path.endswith(".css"):
        return "css"
    return "image"


def rewrite_css(css: str, base_url: str, localize: Localize) -> str:
    """``css`` (fetched from ``base_url``) with ``@import`` and ``url()`` pointing at local copies; a reference
    that could not be fetched is dropped (``none``), never left remote."""
    produced: set[str] = set()

    def local(url: str, kind: str | None = None) -> str | None:
        url = url.strip()
        if not url or url.startswith(("data:", "#")):
            return url
        absolute = urljoin(base_url, url)
        if urlsplit(absolute).scheme not in ("http", "https"):
            return None
        name = localize(absolute, kind or _kind_of(absolute))
        if name is not None:
            produced.add(name)
        return name

    def imported(match: re.Match[str]) -> str:
        name = local(match.group("url"), "css")
        return f'@import url("{name}")' if name else ""

    def url(match: re.Match[str]) -> str:
        if match.group("url") in produced:
            return match.group(0)
        name = local(match.group("url"))
        return f'url("{name}")' if name is not None else "none"

    return _CSS_URL.sub(url, _CSS_IMPORT.sub(imported, _CSS_COMMENT.sub("", css)))


def clean_page(html: str, page_url: str, localize: Localize) -> str:
    """The cached page: see the module's docstring. NotAThemePage when the placeholders are missing."""
    soup = BeautifulSoup(html, "html.parser")
    missing = [name for name in REQUIRED_IDS if soup.find(id=name) is None]
    if missing:
        raise NotAThemePage(
            "the site's page has no placeholders for "
            + ", ".join(missing)
            + " (is the companion plugin current?)"
        )
    for tag in soup.find_all(DROPPED_TAGS):
        tag.decompose()
    for meta in soup.find_all("meta"):
        if meta.get("http-equiv") or is_remote(str(meta.get("content", ""))):
            meta.decompose()
    for tag in soup.find_all(True):
        _clean_tag(tag, page_url, localize)
    for style in soup.find_all("style"):
        style.string = rewrite_css(style.get_text(), page_url, localize)
    body = soup.find(id="body")
    assert isinstance(body, Tag)
    body.clear()
    head = soup.find("head")
    if isinstance(head, Tag):
        policy = soup.new_tag("meta", attrs={"http-equiv": "Content-Security-Policy", "content": CSP})
        head.insert(0, policy)
    return str(soup)


def _clean_tag(tag: Tag, page_url: str, localize: Localize) -> None:
    if tag.decomposed:
        return
    if tag.name == "link":
        rel = [str(r).lower() for r in tag.get_attribute_list("rel")]
        href = str(tag.get("href") or "")
        name = localize(urljoin(page_url, href), "css") if "stylesheet" in rel and href else None
        if name is None:
            tag.decompose()
            return
        tag.attrs = {
            "rel": "stylesheet",
            "href": name,
            **({"media": tag["media"]} if tag.get("media") else {}),
        }
        return
    if tag.name in ("img", "source") or (tag.name == "input" and tag.get("type") == "image"):
        src = str(tag.get("src") or "")
        name = localize(urljoin(page_url, src), "image") if src and not src.startswith("data:") else None
        for attribute in ("srcset", "sizes", "src"):
            tag.attrs.pop(attribute, None)
        if name is not None:
            tag["src"] = name
        elif not src.startswith("data:"):
            tag.decompose()
            return
        else:
            tag["src"] = src
    for attribute, value in list(tag.attrs.items()):
        text = " ".join(value) if isinstance(value, list) else str(value)
        if attribute.lower().startswith("on") or attribute.lower() in (
            "action",
            "formaction",
            "ping",
            "xmlns",
        ):
            del tag.attrs[attribute]
        elif attribute == "style":
            tag[attribute] = rewrite_css(text, page_url, localize)
        elif attribute in ("href", "xlink:href") and not text.startswith("#"):
            del tag.attrs[attribute]  # links lead nowhere in the preview; in-page anchors stay
        elif attribute.lower().startswith("xmlns") or is_remote(text) or "://" in text:
            del tag.attrs[attribute]
