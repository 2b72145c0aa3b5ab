"""Make Markdown source safe to hand to Python-Markdown: clean characters, bounded nesting and paragraph size.

Python-Markdown recurses per nesting level (lists 500 deep exhaust the stack and take seconds before that)
and its inline processing is quadratic in the length of one paragraph (a 1 MB paragraph takes minutes).
``prepare_source`` bounds both; ordinary articles come out unchanged.
"""

from __future__ import annotations

import re

from markdown.extensions.attr_list import get_attrs_and_remainder
from markdown.extensions.fenced_code import FencedBlockPreprocessor

MAX_QUOTE_DEPTH = 16
"""Deeper ``>`` prefixes are cut to this depth."""
MAX_INDENT = 64
"""Leading whitespace is cut to this many columns (16 list levels), outside fenced code."""
MAX_PARAGRAPH_CHARS = 16_000
"""Longer lines and runs of plain lines are broken into separate paragraphs."""

_UNWANTED_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff]")
_QUOTE_PREFIX = re.compile(r"(?:[ ]{0,3}>)+")
_FENCE = FencedBlockPreprocessor.FENCED_BLOCK_RE
_PLAIN_LINE_START = re.compile(r"[^\s>|<#*+\-=:~`\[\d]")


def clean_characters(text: str) -> str:
    """Unify line breaks to ``\\n``; drop NUL and other control characters, lone surrogates and BOMs."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    if text.isascii() and text.replace("\n", "").replace("\t", "").isprintable():
        return text  # fast path: plain ASCII without control characters
    return _UNWANTED_CHARS.sub("", text) if _UNWANTED_CHARS.search(text) else text


def fence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of fenced code blocks, found exactly as Python-Markdown's fenced_code finds them."""
    spans: list[tuple[int, int]] = []
    index = 0
    while match := _FENCE.search(text, index):
        if match.group("attrs"):
            _, remainder = get_attrs_and_remainder(match.group("attrs"))
            if remainder:
                index = match.end("attrs")
                continue
        spans.append((match.start(), match.end()))
        index = match.end()
    return spans


def fenced_lines(text: str) -> list[bool]:
    """For each ``\\n``-separated line: is it part of a fenced code block (opening and closing lines too)?"""
    lines = text.split("\n")
    flags = [False] * len(lines)
    spans = fence_spans(text) if ("```" in text or "~~~" in text) else []
    if not spans:
        return flags
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    line_no = 0
    for begin, end in spans:
        while starts[line_no] + len(lines[line_no]) < begin:
            line_no += 1
        first = line_no
        while line_no + 1 < len(lines) and starts[line_no + 1] < end:
            line_no += 1
        for index in range(first, line_no + 1):
            flags[index] = True
    return flags


def _cap_nesting(line: str) -> str:
    quote = _QUOTE_PREFIX.match(line)
    if quote and quote.group().count(">") > MAX_QUOTE_DEPTH:
        line = "> " * MAX_QUOTE_DEPTH + line[quote.end() :].lstrip(" ")
    stripped = line.lstrip(" \t")
    if len(line) - len(stripped) > MAX_INDENT // 4:
        indent = len(line[: len(line) - len(stripped)].expandtabs(4))
        if indent > MAX_INDENT:
            line = " " * MAX_INDENT + stripped
    return line


def _break_long_line(line: str) -> list[str]:
    """A line longer than the paragraph limit as several paragraphs, broken at spaces where possible."""
    pieces: list[str] = []
    rest = line
    while len(rest) > MAX_PARAGRAPH_CHARS:
        cut = rest.rfind(" ", MAX_PARAGRAPH_CHARS // 2, MAX_PARAGRAPH_CHARS)
        cut = cut if cut > 0 else MAX_PARAGRAPH_CHARS
        pieces.extend((rest[:cut], ""))
        rest = rest[cut:].lstrip(" ")
    pieces.append(rest)
    return pieces


_NEEDS_CAPPING = re.compile(
    rf"^(?:[ \t]{{{MAX_INDENT // 4 + 1},}}|(?:[ ]{{0,3}}>){{{MAX_QUOTE_DEPTH + 1}}})", re.MULTILINE
)


def _may_need_capping(text: str) -> bool:
    """Cheap test first: searching every line start of a long text with a regex costs about 0.3 ms."""
    deep_indent = "\t" in text or " " * (MAX_INDENT // 4 + 1) in text
    deep_quote = text.count(">") > MAX_QUOTE_DEPTH
    return (deep_indent or deep_quote) and bool(_NEEDS_CAPPING.search(text))


def prepare_source(text: str) -> str:
    """The Markdown text both render paths use: clean characters, capped nesting, bounded paragraphs."""
    text = clean_characters(text)
    if not _may_need_capping(text) and max(map(len, text.split("\n\n"))) <= MAX_PARAGRAPH_CHARS:
        return text  # the common case: nothing to bound
    lines = text.split("\n")
    in_fence = fenced_lines(text)
    out: list[str] = []
    run_chars = 0
    for line, fenced in zip(lines, in_fence, strict=True):
        if fenced:
            out.append(line)
            run_chars = 0
            continue
        line = _cap_nesting(line)
        if not line.strip(" \t"):
            run_chars = 0
        elif len(line) > MAX_PARAGRAPH_CHARS:
            out.extend(_break_long_line(line))
            run_chars = 0
            continue
        elif (
            run_chars + len(line) > MAX_PARAGRAPH_CHARS and _PLAIN_LINE_START.match(line) and "|" not in line
        ):
            out.append("")
            run_chars = 0
        run_chars += len(line) + 1
        out.append(line)
    return "\n".join(out)
