"""Parse an article file's text, detecting its format: front-matter Markdown, bare Markdown or plain text."""

from __future__ import annotations

import re
import uuid

from editor_app.domain import Article
from editor_app.domain.message import QT_TRANSLATE_NOOP
from editor_app.formats.errors import file_label, refused
from editor_app.formats.front_matter import has_front_matter, load_front_matter, split_front_matter
from editor_app.formats.front_matter_fields import read_front_matter_fields
from editor_app.formats.model import ParsedArticle
from editor_app.formats.plain_text import parse_plain_text

MARKDOWN_SUFFIXES = (".md", ".markdown")

_ATX_HEADLINE = re.compile(r"^#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"^=+[ \t]*$")


def parse_article(text: str, *, name: str = "", section: str | None = None) -> ParsedArticle:
    """Read one article file's text. ``section`` (e.g. the folder's name) applies when the file sets none.

    Raises :class:`ImportRefused` for malformed front matter, an invalid id, or a file with neither
    headline nor body.
    """
    label = file_label(name)
    text = text.removeprefix("\ufeff")
    if has_front_matter(text):
        parsed = _parse_front_matter(text, label, section)
    elif name.casefold().endswith(MARKDOWN_SUFFIXES):
        headline, body = split_markdown_headline(text.strip("\n"))
        parsed = ParsedArticle(
            article=_new_article(headline=headline, body=body, section=section), source_format="markdown"
        )
    else:
        parts = parse_plain_text(text)
        article = _new_article(headline=parts.headline, body=parts.body, source=parts.source, section=section)
        parsed = ParsedArticle(article=article, photos=parts.photos, source_format="plain-text")
    if not parsed.article.headline.strip() and not parsed.article.body.strip():
        raise refused(
            QT_TRANSLATE_NOOP("Core", "Cannot import {label}: it has neither a headline nor any text."), label
        )
    return parsed


def split_markdown_headline(body: str) -> tuple[str, str]:
    """``(headline, rest)`` when the body opens with a level-1 heading (``# Title`` or ``Title`` / ``===``)."""
    lines = body.split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None:
        return "", body
    atx = _ATX_HEADLINE.match(lines[start])
    if atx:
        return atx.group(1).strip(), "\n".join(lines[start + 1 :]).strip("\n")
    if start + 1 < len(lines) and _SETEXT_UNDERLINE.match(lines[start + 1]):
        return lines[start].strip(), "\n".join(lines[start + 2 :]).strip("\n")
    return "", body


def _parse_front_matter(text: str, label: str, section: str | None) -> ParsedArticle:
    block = split_front_matter(text, label)
    fields = read_front_matter_fields(load_front_matter(block, label), label)
    changes = dict(fields.changes)
    changes["body"] = block.body
    if "headline" not in changes:
        changes["headline"], changes["body"] = split_markdown_headline(block.body)
    if changes.get("section") is None and section:
        changes["section"] = section
    article_id = fields.article_id or str(uuid.uuid4())
    return ParsedArticle(
        article=Article(id=article_id).with_changes(**changes),
        id_from_file=fields.article_id is not None,
        photos=fields.photos,
        related=fields.related,
        warnings=fields.warnings,
        source_format="front-matter",
        dated="created_at" in changes,
    )


def _new_article(*, section: str | None, **fields: str) -> Article:
    article = Article(id=str(uuid.uuid4())).with_changes(**fields)
    return article.with_changes(section=section) if section else article
