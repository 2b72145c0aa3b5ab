"""Plain-text articles: a headline line, paragraphs, ``source:`` and ``photo:`` lines, site boilerplate.

The shape of ``fixtures/seed-article-commonspace.txt`` and of the BBC archive. Everything from a
``Related articles`` line on (the site's teaser blocks) is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from editor_app.formats.model import PhotoRef
from editor_app.formats.photo_credit import PHOTO_PREFIX, clean_credit, split_caption_credit

_ALWAYS_BOILERPLATE = frozenset({"related articles", "related stories", "related content"})
_BOILERPLATE_AFTER_END = frozenset(
    {"popular", "most popular", "editor's choice", "editors' choice", "read more"}
)
"""Teaser headings that only count as boilerplate once the article's source or photo line has been seen."""

_SOURCE = re.compile(r"^\s*source\s*:\s*", re.IGNORECASE)
_CREDIT = re.compile(r"^\s*(?:photo\s+)?credits?\s*:\s*", re.IGNORECASE)
_ATX_HEADING = re.compile(r"^#{1,6}\s+(.*?)(?:\s+#+)?\s*$")


@dataclass(frozen=True, slots=True)
class PlainTextParts:
    headline: str
    paragraphs: tuple[str, ...]
    sources: tuple[str, ...]
    photos: tuple[PhotoRef, ...]

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def source(self) -> str:
        return "; ".join(self.sources)


def parse_plain_text(text: str) -> PlainTextParts:
    """Split a plain-text article into its parts (edges of lines trimmed so indentation is not code)."""
    lines = [line.strip() for line in _article_lines(text.split("\n"))]
    headline_index = next((i for i, line in enumerate(lines) if line), None)
    if headline_index is None:
        return PlainTextParts("", (), (), ())
    headline = lines[headline_index]
    heading = _ATX_HEADING.match(headline)
    if heading:
        headline = heading.group(1)
    paragraphs: list[str] = []
    sources: list[str] = []
    photos: list[PhotoRef] = []
    for paragraph in _paragraphs(lines[headline_index + 1 :]):
        if _SOURCE.match(paragraph):
            sources.append(_SOURCE.sub("", paragraph, count=1).strip())
        elif PHOTO_PREFIX.match(paragraph):
            caption, credit = split_caption_credit(paragraph)
            photos.append(PhotoRef(caption=caption, credit=credit, featured=not photos))
        elif _CREDIT.match(paragraph) and photos and not photos[-1].credit:
            credit = clean_credit(_CREDIT.sub("", paragraph, count=1))
            photos[-1] = replace(photos[-1], credit=credit)
        else:
            paragraphs.append(paragraph)
    return PlainTextParts(headline, tuple(paragraphs), tuple(s for s in sources if s), tuple(photos))


def _article_lines(lines: list[str]) -> list[str]:
    """The lines before the site's boilerplate (Related articles, and teasers after the source/photo)."""
    seen_end = False
    for index, line in enumerate(lines):
        key = " ".join(line.split()).casefold().replace("’", "'")
        if key in _ALWAYS_BOILERPLATE or (seen_end and key in _BOILERPLATE_AFTER_END):
            return lines[:index]
        if _SOURCE.match(line) or PHOTO_PREFIX.match(line):
            seen_end = True
    return lines


def _paragraphs(lines: list[str]) -> list[str]:
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    return paragraphs
