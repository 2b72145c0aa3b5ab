"""Helpers shared by the render tests (not a test module)."""

from __future__ import annotations

import html.parser
import re
from pathlib import Path

from tests.paths import SHARED_FIXTURES

FIXTURES = SHARED_FIXTURES


class _TextAndTags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.ids: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if attributes.get("id"):
            self.ids.append(str(attributes["id"]))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(fragment: str) -> _TextAndTags:
    parser = _TextAndTags()
    parser.feed(fragment)
    parser.close()
    return parser


def visible_text(fragment: str) -> str:
    """The text a reader sees, whitespace collapsed."""
    return re.sub(r"\s+", " ", " ".join(parse(fragment).text)).strip()


def read_article(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")
