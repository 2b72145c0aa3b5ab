"""Split prepared Markdown source into top-level blocks that render the same alone as in the whole document.

A block is a run of lines between blank lines, joined with the following runs where Python-Markdown would
continue the same element: indented continuations (list items, code, footnotes), further items of a list,
further ``>`` paragraphs of a block quote (Python-Markdown merges them), definition-list entries, and raw
HTML until its opening tag is closed. Reference-link and abbreviation definitions leave no element behind,
so they join the block before them. Fenced code, blank lines included, is never cut.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from markdown.util import BLOCK_LEVEL_ELEMENTS

from editor_app.render.source import fence_spans


class SourceBlock(NamedTuple):
    line: int
    """0-based index of the block's first line in the source (as ``QTextDocument`` numbers blocks)."""
    text: str


_LIST_STARTS = frozenset(" *+-0123456789")
_LIST_ITEM = re.compile(r"[ ]{0,3}(?:[*+-]|\d+[.])[ ]+")
_QUOTE = re.compile(r"[ ]{0,3}>")
_DEFINITION = re.compile(r"^[ ]{0,3}:[ ]{1,3}", re.MULTILINE)
_LINK_OR_ABBREVIATION_DEFINITION = re.compile(r"[ ]{0,3}(?:\[(?!\^)[^\]]*\]:|\*\[[^\]]*\] ?:)")
_HTML_START = re.compile(r"<([A-Za-z][A-Za-z0-9-]*)|<!--")
_BLOCK_TAGS = frozenset(tag.lower() for tag in BLOCK_LEVEL_ELEMENTS)
_VOID_TAGS = frozenset({"hr", "br", "img", "input", "meta", "link", "area", "base", "col", "embed", "source"})


def _has_definition(text: str) -> bool:
    """Whether ``text`` has a definition-list line (``: definition``); cheap for ordinary paragraphs."""
    if ":" not in text:
        return False
    if text.lstrip(" ").startswith(":"):
        return True
    return "\n" in text and bool(_DEFINITION.search(text))


def _indent(line: str) -> int:
    stripped = line.lstrip(" \t")
    return len(line[: len(line) - len(stripped)].expandtabs(4))


def _html_balance(text: str, tag: str | None) -> int:
    """How many ``tag`` elements (or comments, for ``None``) ``text`` leaves open."""
    if tag is None:
        return text.count("<!--") - text.count("-->")
    lowered = text.lower()
    opened = len(re.findall(rf"<{tag}(?=[\s>])(?![^>]*/>)", lowered))
    return opened - len(re.findall(rf"</{tag}\s*>", lowered))


def _html_tag(text: str) -> tuple[bool, str | None]:
    """Whether a run starting like ``text`` is a raw HTML block, and the tag to balance (``None``: comment)."""
    match = _HTML_START.match(text)
    if not match:
        return False, None
    tag = match.group(1)
    if tag is None:
        return True, None
    tag = tag.lower()
    return (tag in _BLOCK_TAGS and tag not in _VOID_TAGS), tag


class _Block:
    """A block being assembled from runs of lines: a character range of the source."""

    def __init__(self, line: int, start: int, end: int, text: str) -> None:
        self.line, self.start, self.end = line, start, end
        self.texts = [text]
        head = text[:1]
        self.is_list = head in _LIST_STARTS and bool(_LIST_ITEM.match(text))
        self.is_quote = head in " >" and bool(_QUOTE.match(text))
        is_html, self.html_tag = _html_tag(text) if head == "<" else (False, None)
        self.open_html = _html_balance(text, self.html_tag) if is_html else 0

    def takes(self, text: str) -> bool:
        """Whether the run ``text`` (after blank lines) continues this block's element."""
        head = text[:1]
        if self.open_html > 0 or head == "\t" or (head == " " and _indent(text.split("\n", 1)[0]) >= 4):
            return True
        if head in " [*" and _LINK_OR_ABBREVIATION_DEFINITION.match(text):
            return True  # definitions leave no element behind: what follows continues this block's element
        if self.is_list and head in _LIST_STARTS and _LIST_ITEM.match(text):
            return True
        if self.is_quote and head in " >" and _QUOTE.match(text):
            return True
        if not _has_definition(text):
            return False
        return bool(_DEFINITION.match(text)) or any(_has_definition(part) for part in self.texts)

    def add(self, end: int, text: str) -> None:
        self.end = end
        self.texts.append(text)
        if self.open_html > 0:
            self.open_html += _html_balance(text, self.html_tag)


_RUN = re.compile(r"^[ \t]*[^ \t\n][^\n]*(?:\n[ \t]*[^ \t\n][^\n]*)*", re.MULTILINE)


def _runs(source: str) -> list[tuple[int, int]]:
    """Character ranges of runs of non-blank lines; a fenced code block (blank lines and all) is in one run."""
    runs = [(match.start(), match.end()) for match in _RUN.finditer(source)]
    spans = fence_spans(source) if ("```" in source or "~~~" in source) else []
    if not spans:
        return runs
    merged: list[tuple[int, int]] = []
    for start, end in runs:
        if merged and any(begin < merged[-1][1] and finish > start for begin, finish in spans):
            merged[-1] = (merged[-1][0], end)  # the blank lines between are inside a fence
        else:
            merged.append((start, end))
    return merged


def split_blocks(source: str) -> list[SourceBlock]:
    """The top-level blocks of prepared ``source`` in order, each with its first line number."""
    blocks: list[_Block] = []
    line, position = 0, 0
    for start, end in _runs(source):
        line += source.count("\n", position, start)
        position = start
        text = source[start:end]
        if blocks and blocks[-1].takes(text):
            blocks[-1].add(end, text)
        else:
            blocks.append(_Block(line, start, end, text))
    return [SourceBlock(block.line, source[block.start : block.end]) for block in blocks]
