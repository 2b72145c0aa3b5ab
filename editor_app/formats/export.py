"""Write an article as Markdown with YAML front matter that ``parse_article`` reads back unchanged."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml

from editor_app.domain import Article, ArticlePhoto
from editor_app.formats.model import PhotoRef
from editor_app.formats.timestamps import format_timestamp

_ESCAPED_CHARACTERS = frozenset("\x85\u2028\u2029\ufeff")


class _FrontMatterDumper(yaml.SafeDumper):
    """SafeDumper that double-quotes strings with control characters or line breaks.

    PyYAML with ``allow_unicode`` writes NEL and the Unicode line separators raw inside single quotes, and
    reading them back folds them away; double quotes escape them.
    """


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    needs_escapes = any(
        char in _ESCAPED_CHARACTERS or ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F for char in text
    )
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style='"' if needs_escapes else None)


_FrontMatterDumper.add_representer(str, _represent_text)


def export_markdown(
    article: Article, photos: Sequence[ArticlePhoto] = (), related: Sequence[str] = ()
) -> str:
    """The article as ``---`` YAML front matter ``---``, a blank line, the Markdown body and a newline.

    Photos are written in their position order with their ids, metadata and featured flag.
    """
    front_matter: dict[str, Any] = {
        "id": article.id,
        "headline": article.headline,
        "standfirst": article.standfirst,
        "byline": article.byline,
        "section": article.section,
        "tags": list(article.tags),
        "source": article.source,
        "editors_choice": article.editors_choice,
        "language": article.language,
        "status": article.status.value,
    }
    if article.note:
        front_matter["note"] = article.note
    front_matter["created"] = format_timestamp(article.created_at)
    front_matter["updated"] = format_timestamp(article.updated_at)
    front_matter["photos"] = [
        photo_mapping(PhotoRef.from_article_photo(placed))
        for placed in sorted(photos, key=lambda p: p.position)
    ]
    front_matter["related"] = list(related)
    yaml_text = yaml.dump(
        front_matter, Dumper=_FrontMatterDumper, allow_unicode=True, sort_keys=False, width=100
    )
    return f"---\n{yaml_text}---\n\n{article.body}\n"


def photo_mapping(photo: PhotoRef) -> dict[str, Any]:
    """A photo reference as front matter writes it (no ``id`` key for a photo without one)."""
    mapping: dict[str, Any] = {} if photo.id is None else {"id": photo.id}
    mapping.update(photo.credit_values(), featured=photo.featured)
    return mapping
