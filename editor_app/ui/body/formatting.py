"""Markdown formatting toggles as pure text edits. Qt-free; offsets are code points.

Each function takes ``region`` (the whole lines that hold the selection, joined by ``\\n``) and the selection inside
it, and returns the new region with the selection to show afterwards. Applying a toggle twice gives the text back.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate

_WORD_CHAR = re.compile(r"[\w'’-]")
_HEADING = re.compile(r"( {0,3})(#{1,6})(?:[ \t]+|$)")
_QUOTE = re.compile(r" {0,3}> ?")
_BULLET = re.compile(r"([ \t]*)[-*+][ \t]+")
_ORDERED = re.compile(r"([ \t]*)\d{1,9}[.)][ \t]+")
_LINK = re.compile(r"\[([^\[\]\n]*)\]\(([^()\s]*)\)")
_URL = re.compile(r"(?:https?://|www\.)\S+$")
LINK_PLACEHOLDER = "https://"


@dataclass(frozen=True, slots=True)
class Edited:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Emphasis:
    """Where the emphasis markers around one selection are, and how many of them pair up (0..3)."""

    outer_start: int
    core_start: int
    core_end: int
    outer_end: int
    left: int
    right: int

    @property
    def paired(self) -> int:
        return min(self.left, self.right, 3)


def toggle_emphasis(region: str, start: int, end: int, weight: int) -> Edited:
    """Toggle ``*italic*`` (weight 1) or ``**bold**`` (weight 2) on the selection, line by line."""
    lines, spans = _selected_parts(region, start, end)
    marks = [_find_emphasis(lines[i], s, e) for i, s, e in spans]
    add = not all(mark.paired & weight for mark in marks)
    new_lines = list(lines)
    selections: list[tuple[int, int, int]] = []
    for (index, _, _), mark in zip(spans, marks, strict=True):
        line = lines[index]
        paired = mark.paired  # bit 1: italic, bit 2: bold
        wanted = (paired | weight) if add else (paired & ~weight)
        markers = "*" * (mark.left - paired + wanted), "*" * (mark.right - paired + wanted)
        core = line[mark.core_start : mark.core_end]
        head = line[: mark.outer_start] + markers[0]
        new_lines[index] = head + core + markers[1] + line[mark.outer_end :]
        selections.append((index, len(head), len(head) + len(core)))
    return _join(new_lines, selections)


def toggle_link(region: str, start: int, end: int) -> Edited:
    """``text`` -> ``[text](https://)`` with the address selected; a link under the selection -> its text."""
    lines, spans = _selected_parts(region, start, end)
    index, s, e = spans[0]
    line = lines[index]
    for match in _LINK.finditer(line):
        if match.start() <= s and e <= match.end():
            text = match.group(1)
            lines[index] = line[: match.start()] + text + line[match.end() :]
            return _join(lines, [(index, match.start(), match.start() + len(text))])
    selected = line[s:e]
    if _URL.match(selected):
        lines[index] = f"{line[:s]}[]({selected}){line[e:]}"
        return _join(lines, [(index, s + 1, s + 1)])
    lines[index] = f"{line[:s]}[{selected}]({LINK_PLACEHOLDER}){line[e:]}"
    url_start = s + len(selected) + 3
    return _join(lines, [(index, url_start, url_start + len(LINK_PLACEHOLDER))])


def toggle_heading(region: str, start: int, end: int, level: int) -> Edited:
    """Make the lines headings of ``level``; lines that already all are become plain text again."""

    def level_of(line: str) -> int:
        match = _HEADING.match(line)
        return len(match.group(2)) if match else 0

    def strip(line: str) -> str:
        match = _HEADING.match(line)
        return line[match.end() :] if match else line.lstrip(" ")

    prefix = "#" * level + " "
    return _toggle_prefix(
        region,
        start,
        end,
        has=lambda line: level_of(line) == level,
        add=lambda line: prefix + strip(line),
        remove=strip,
    )


def toggle_quote(region: str, start: int, end: int) -> Edited:
    """Quote the lines (``> ``), or unquote one level when they all are quoted."""
    return _toggle_prefix(
        region,
        start,
        end,
        has=lambda line: _QUOTE.match(line) is not None,
        add=lambda line: "> " + line if line.strip() else ">",
        remove=lambda line: _sub_first(_QUOTE, line, ""),
        blank_lines=True,
    )


def toggle_bullets(region: str, start: int, end: int) -> Edited:
    """Make the lines a ``- `` bullet list (numbered items become bullets), or plain lines when they all are."""

    def add(line: str) -> str:
        if _ORDERED.match(line):
            return _ORDERED.sub(r"\1- ", line, count=1)
        indent = len(line) - len(line.lstrip(" \t"))
        return line[:indent] + "- " + line[indent:]

    return _toggle_prefix(
        region,
        start,
        end,
        has=lambda line: _BULLET.match(line) is not None,
        add=add,
        remove=lambda line: _BULLET.sub(r"\1", line, count=1),
    )


def _toggle_prefix(
    region: str,
    start: int,
    end: int,
    *,
    has: Callable[[str], bool],
    add: Callable[[str], str],
    remove: Callable[[str], str],
    blank_lines: bool = False,
) -> Edited:
    lines = region.split("\n")
    starts = _line_starts(lines)
    first, last = _line_of(starts, start), _line_of(starts, end)
    chosen = range(first, last + 1)
    content = [i for i in chosen if lines[i].strip()] or [first]
    adding = not all(has(lines[i]) for i in content)
    change = add if adding else remove
    targets = chosen if blank_lines and adding and len(chosen) > 1 else content
    new_lines = list(lines)
    for i in targets:
        new_lines[i] = change(lines[i])
    if start == end:
        offset = start - starts[first]
        moved = max(0, offset + len(new_lines[first]) - len(lines[first]))
        return _join(new_lines, [(first, min(moved, len(new_lines[first])), -1)])
    return _join(new_lines, [(first, 0, -1), (last, -1, len(new_lines[last]))])


def _find_emphasis(line: str, s: int, e: int) -> _Emphasis:
    if s == e:
        s, e = _word_at(line, s)
    while s < e and line[s].isspace():
        s += 1
    while e > s and line[e - 1].isspace():
        e -= 1
    left_in = _run_length(line, s, e, 1)
    right_in = _run_length(line, e - 1, s - 1, -1) if left_in < e - s else 0
    outer_start = s - _run_length(line, s - 1, -1, -1)
    outer_end = e + _run_length(line, e, len(line), 1)
    return _Emphasis(
        outer_start,
        s + left_in,
        e - right_in,
        outer_end,
        left=left_in + s - outer_start,
        right=right_in + outer_end - e,
    )


def _run_length(line: str, begin: int, stop: int, step: int) -> int:
    count = 0
    for i in range(begin, stop, step):
        if line[i] != "*":
            break
        count += 1
    return count


def _word_at(line: str, position: int) -> tuple[int, int]:
    """The word around ``position``; next to a run of ``*`` it is the word on the run's other side."""
    start, end = _plain_word_at(line, position)
    if start == end:
        left = position - _run_length(line, position - 1, -1, -1)
        right = position + _run_length(line, position, len(line), 1)
        if left < position and left > 0 and _WORD_CHAR.match(line[left - 1]):
            return _plain_word_at(line, left)
        if right > position and right < len(line) and _WORD_CHAR.match(line[right]):
            return _plain_word_at(line, right)
    return start, end


def _plain_word_at(line: str, position: int) -> tuple[int, int]:
    start = end = position
    while start > 0 and _WORD_CHAR.match(line[start - 1]):
        start -= 1
    while end < len(line) and _WORD_CHAR.match(line[end]):
        end += 1
    return start, end


def _selected_parts(region: str, start: int, end: int) -> tuple[list[str], list[tuple[int, int, int]]]:
    """The lines and, per line touched by the selection, ``(line, start, end)`` in line offsets."""
    lines = region.split("\n")
    starts = _line_starts(lines)
    first, last = _line_of(starts, start), _line_of(starts, end)
    spans: list[tuple[int, int, int]] = []
    for index in range(first, last + 1):
        s = max(start - starts[index], 0)
        e = min(end - starts[index], len(lines[index]))
        if first == last or lines[index][s:e].strip():
            spans.append((index, s, e))
    return lines, spans or [(first, start - starts[first], start - starts[first])]


def _line_starts(lines: list[str]) -> list[int]:
    return [0, *accumulate(len(line) + 1 for line in lines[:-1])]


def _line_of(starts: list[int], offset: int) -> int:
    return max(bisect_right(starts, offset) - 1, 0)


def _join(lines: list[str], selections: list[tuple[int, int, int]]) -> Edited:
    """Join ``lines``; the selection runs from the first listed ``start`` to the last listed ``end``
    (``-1`` means the other end of that same pair)."""
    first_line, first_start, first_end = selections[0]
    last_line, last_start, last_end = selections[-1]
    starts = _line_starts(lines)
    start = starts[first_line] + (first_start if first_start >= 0 else first_end)
    end = starts[last_line] + (last_end if last_end >= 0 else last_start)
    return Edited("\n".join(lines), start, end)


def _sub_first(pattern: re.Pattern[str], line: str, replacement: str) -> str:
    return pattern.sub(replacement, line, count=1)
