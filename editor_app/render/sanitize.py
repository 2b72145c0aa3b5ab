"""The one HTML sanitiser for rendered article bodies (nh3 with an article allowlist)."""

from __future__ import annotations

import functools
import re

import nh3

ARTICLE_TAGS: frozenset[str] = frozenset(
    {
        *(f"h{level}" for level in range(1, 7)),
        *("p", "br", "hr", "div", "span", "blockquote", "pre", "code", "kbd", "samp", "var"),
        *("a", "em", "strong", "b", "i", "s", "del", "ins", "sup", "sub", "mark", "small", "q", "cite"),
        *("abbr", "ul", "ol", "li", "dl", "dt", "dd", "figure", "figcaption", "img"),
        *("table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"),
    }
)
"""Tags an article body may contain; anything else is unwrapped (its text kept)."""

DROPPED_WITH_CONTENT: frozenset[str] = frozenset(
    {
        "script",
        "style",
        "iframe",
        "object",
        "embed",
        "noscript",
        "template",
        "svg",
        "math",
        "textarea",
        "select",
    }
)
"""Tags removed together with everything inside them."""

_ATTRIBUTES: dict[str, set[str]] = {
    "*": {"id"},
    "a": {"href", "title", "class"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "ol": {"start"},
    "code": {"class"},
    "div": {"class"},
    "th": {"style", "colspan", "rowspan"},
    "td": {"style", "colspan", "rowspan"},
}

_DIR_AUTO_TAGS = (
    *(f"h{level}" for level in range(1, 7)),
    *("p", "li", "blockquote", "dt", "dd", "td", "th", "caption", "figcaption"),
)
"""Block elements that get ``dir="auto"`` so mixed right-to-left and left-to-right text reads correctly."""

LINK_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})
IMAGE_SCHEMES: frozenset[str] = frozenset({"photo", "media"})
"""Local photo references (``photo:<id>``, ``media:<hash>``); the preview resolves them, never the network."""

RESERVED_IDS: frozenset[str] = frozenset(
    {"section", "editors-choice", "headline", "standfirst", "byline", "date", "featured", "body", "source"}
    | {"related", "footnotes"}
)
"""Element ids of the page template, which article content may not take over."""

_ALLOWED_CLASSES: dict[str, tuple[str, ...]] = {
    "a": ("footnote-ref", "footnote-backref"),
    "div": ("footnote", "toc"),
}
_LANGUAGE_CLASS = re.compile(r"language-[\w#+.-]{1,40}", re.ASCII)
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_IGNORED_IN_URLS = re.compile(r"[\x00-\x20\x7f]+")


def url_scheme(url: str) -> str | None:
    """The scheme of ``url`` in lower case, ``""`` for a malformed one, ``None`` for a relative reference.

    Whitespace and control characters are ignored, as browsers do (``java\\tscript:`` is ``javascript``).
    """
    compact = _IGNORED_IN_URLS.sub("", url)
    match = _SCHEME.match(compact)
    if match:
        return match.group(1).lower()
    head = re.split(r"[/?#]", compact, maxsplit=1)[0]
    return "" if ":" in head else None


def _safe_href(value: str) -> str | None:
    if value.startswith("#"):
        return value
    return value if url_scheme(value) in LINK_SCHEMES else None


def _safe_image_src(value: str) -> str | None:
    scheme = url_scheme(value)
    if scheme in IMAGE_SCHEMES:
        return value
    compact = _IGNORED_IN_URLS.sub("", value)
    if scheme is None and compact and not compact.startswith(("/", "\\")) and "\\" not in compact:
        return value
    return None


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Per-value checks nh3's allowlist cannot express (called by nh3 for every kept attribute)."""
    if attribute == "href":
        return _safe_href(value)
    if attribute == "src":
        return _safe_image_src(value) if tag == "img" else None
    if attribute == "id":
        return None if value in RESERVED_IDS or value.startswith("b-") else value
    if attribute == "class":
        allowed = _ALLOWED_CLASSES.get(tag, ())
        kept = [
            name
            for name in value.split()
            if name in allowed or (tag == "code" and _LANGUAGE_CLASS.fullmatch(name))
        ]
        return " ".join(kept) or None
    return value


@functools.cache
def _cleaner() -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=set(ARTICLE_TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in _ATTRIBUTES.items()},
        attribute_filter=_filter_attribute,
        strip_comments=True,
        link_rel="noopener noreferrer",
        set_tag_attribute_values={tag: {"dir": "auto"} for tag in _DIR_AUTO_TAGS},
        url_schemes=set(LINK_SCHEMES | IMAGE_SCHEMES),
        filter_style_properties={"text-align"},
    )


def sanitize_html(html: str) -> str:
    """Article-safe HTML: no script, no event handlers, no remote or inline-data images, no frames or forms."""
    return _cleaner().clean(html)
