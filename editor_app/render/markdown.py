"""Markdown to sanitised HTML in one call (Python-Markdown + nh3)."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable, Sequence

import markdown
from markdown.extensions import Extension

from editor_app.render.figures import PhotoFigureExtension
from editor_app.render.sanitize import DROPPED_WITH_CONTENT, sanitize_html
from editor_app.render.source import prepare_source

EXTENSIONS: tuple[str, ...] = ("extra", "smarty", "toc", "sane_lists")
"""The Python-Markdown extensions of the house dialect."""

MAX_HTML_DEPTH = 1_000
"""Raw HTML nested deeper than this is shown as text: the sanitiser's parser is quadratic in depth."""

_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>")
_SWALLOWING_TAG = re.compile(
    r"<(/?)(" + "|".join(sorted(DROPPED_WITH_CONTENT - _VOID_TAGS)) + r")(?=[\s/>]|$)"
    r"|</(?:p|li|h[1-6]|dt|dd|td|th|blockquote|figcaption|pre)>",
    re.IGNORECASE,
)
"""Tags the sanitiser drops with their content, and the ends of the paragraph-level elements they cannot span."""
_log = logging.getLogger(__name__)


def new_markdown(extra: Sequence[Extension] = ()) -> markdown.Markdown:
    """A fresh converter of the house dialect. Converters are stateful: reset one before each convert."""
    return markdown.Markdown(extensions=[*EXTENSIONS, PhotoFigureExtension(), *extra], output_format="html")


def escaped_html(text: str) -> str:
    """Source shown as plain paragraphs: the fallback when Markdown cannot render it."""
    paragraphs = (part.strip("\n") for part in re.split(r"\n[ \t]*\n", text))
    return "".join(f'<p dir="auto">{html.escape(part)}</p>\n' for part in paragraphs if part.strip())


def html_too_deep(fragment: str) -> bool:
    """Whether tags in ``fragment`` nest deeper than :data:`MAX_HTML_DEPTH` (cheap when there are few tags)."""
    if fragment.count("<") <= MAX_HTML_DEPTH:
        return False
    depth = 0
    for match in _TAG.finditer(fragment):
        closing, name, self_closing = match.groups()
        if closing:
            depth = max(0, depth - 1)
        elif not self_closing and name.lower() not in _VOID_TAGS:
            depth += 1
            if depth > MAX_HTML_DEPTH:
                return True
    return False


def show_stray_tags(fragment: str) -> str:
    """``fragment`` with every tag of :data:`DROPPED_WITH_CONTENT` that is not part of a complete element shown
    as text (its ``<`` escaped).

    The sanitiser drops such elements with their content, and an HTML parser takes everything after an
    unclosed ``<style>`` or ``<script>`` as its content: "We used the <style> element wrongly." in prose would
    lose the rest of the article. A complete element (``<script>...</script>``) is still dropped whole; an
    element is complete only when it closes inside the paragraph (list item, heading, cell...) that opens it.
    """
    if "<" not in fragment:
        return fragment
    matches = list(_SWALLOWING_TAG.finditer(fragment))
    if all(match.group(2) is None for match in matches):
        return fragment
    stray: list[int] = []
    open_by_name: dict[str, list[int]] = {}
    for match in matches:
        closing, name = match.group(1), match.group(2)
        if name is None:  # the end of a paragraph: what it left open is a mention, not an element
            for opened in open_by_name.values():
                stray.extend(opened)
                opened.clear()
            continue
        opened = open_by_name.setdefault(name.lower(), [])
        if not closing:
            opened.append(match.start())
        elif opened:
            opened.pop()
        else:
            stray.append(match.start())
    stray.extend(start for opened in open_by_name.values() for start in opened)
    if not stray:
        return fragment
    pieces: list[str] = []
    last = 0
    for start in sorted(stray):
        pieces.extend((fragment[last:start], "&lt;"))
        last = start + 1
    pieces.append(fragment[last:])
    return "".join(pieces)


def try_convert(
    converter: markdown.Markdown, source: str, prepare: Callable[[markdown.Markdown], None] | None = None
) -> str | None:
    """Prepared ``source`` converted and sanitised, or ``None`` when Python-Markdown gives up on it.

    The converter is reset first, then ``prepare`` (if given) may load context into it.
    """
    converter.reset()
    if prepare is not None:
        prepare(converter)
    try:
        rendered = converter.convert(source)
    except RecursionError:
        return None
    except Exception:  # a Python-Markdown bug on odd input must not take the preview down
        _log.warning("Markdown conversion failed; showing the text unformatted", exc_info=True)
        return None
    if html_too_deep(rendered):
        return None
    return sanitize_html(show_stray_tags(rendered))


def render_markdown(text: str) -> str:
    """The whole of ``text`` as sanitised article HTML."""
    source = prepare_source(text)
    if not source.strip():
        return ""
    rendered = try_convert(new_markdown(), source)
    return escaped_html(source) if rendered is None else rendered
