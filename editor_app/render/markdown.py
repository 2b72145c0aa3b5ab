"""Markdown to sanitised HTML in one call (Python-Markdown + nh3)."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable, Sequence

import markdown
from markdown.extensions import Extension

from editor_app.render.figures import PhotoFigureExtension
from editor_app.render.sanitize import sanitize_html
from editor_app.render.source import prepare_source
from editor_app.render.stray import VOID_TAGS as _VOID_TAGS
from editor_app.render.stray import show_stray_tags

EXTENSIONS: tuple[str, ...] = ("extra", "smarty", "toc", "sane_lists")
"""The Python-Markdown extensions of the house dialect."""

MAX_HTML_DEPTH = 1_000
"""Raw HTML nested deeper than this is shown as text: the sanitiser's parser is quadratic in depth."""

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>")
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
