"""Which files in a folder are articles, in what order, and what section their folder names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path, PurePath

from editor_app.domain.article import SECTIONS

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown"})

_DIGITS = re.compile(r"(\d+)")


def is_article_file(path: PurePath) -> bool:
    """An article by its name: ``.txt``/``.md``/``.markdown``, not hidden, not a README."""
    name = path.name
    return (
        path.suffix.casefold() in ARTICLE_SUFFIXES
        and not name.startswith(".")
        and not name.casefold().startswith("readme")
    )


def iter_article_files(folder: Path) -> Iterator[Path]:
    """Article files under ``folder`` (recursively), skipping hidden folders, in natural order (2 before 10)."""
    found = [
        path
        for path in folder.rglob("*")
        if is_article_file(path)
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
        and path.is_file()
    ]
    yield from sorted(found, key=lambda path: (natural_key(path.relative_to(folder)), path.as_posix()))


def natural_key(path: PurePath) -> tuple[tuple[tuple[int, str], ...], ...]:
    """Sort key comparing digit runs as numbers and the rest case-insensitively, part by part."""
    return tuple(
        tuple(
            (int(piece), "") if piece.isdigit() else (-1, piece.casefold()) for piece in _DIGITS.split(part)
        )
        for part in path.parts
    )


def detect_section_from_path(path: PurePath, root: PurePath | None = None) -> str | None:
    """The section a file's folder names (``bbc-news/business/001.txt`` -> ``Business``).

    None for a file directly in ``root`` or with no usable parent folder name. A folder matching a known
    section in any case gets that section's spelling; others are capitalised word by word.
    """
    parent = path.parent
    if root is not None and parent == root:
        return None
    name = " ".join(parent.name.replace("_", " ").replace("-", " ").split())
    if not name or name.startswith(".") or name in {".", ".."}:
        return None
    for section in SECTIONS:
        if section.casefold() == name.casefold():
            return section
    return " ".join(word[:1].upper() + word[1:] for word in name.split())
