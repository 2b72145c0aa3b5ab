"""Markdown syntax of one line, for the highlighter. Qt-free; offsets are code points.

A line is scanned on its own plus one integer of state carried from the line before (inside a fenced code block
or not), which is what ``QSyntaxHighlighter`` block states hold. Inline patterns use bounded repetition so one line
costs linear time even with many unmatched markers; the caller skips inline work on huge lines altogether.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from dataclasses import dataclass, field
from enum import StrEnum

NORMAL = 0
_BACKTICK_FENCE = 1000
_TILDE_FENCE = 2000


class Kind(StrEnum):
    HEADING = "heading"
    EMPHASIS = "emphasis"
    STRONG = "strong"
    STRIKE = "strike"
    CODE = "code"
    CODE_BLOCK = "code_block"
    FENCE = "fence"
    LINK_TEXT = "link_text"
    LINK_URL = "link_url"
    IMAGE = "image"
    LIST_MARKER = "list_marker"
    QUOTE = "quote"
    RULE = "rule"
    HTML = "html"


@dataclass(frozen=True, slots=True)
class Span:
    kind: Kind
    start: int
    end: int


@dataclass(slots=True)
class LineScan:
    """Spans in painting order (later spans are painted over earlier ones) and the state for the next line."""

    spans: list[Span] = field(default_factory=list)
    state: int = NORMAL
    spell_check: bool = True
    no_spell: list[tuple[int, int]] = field(default_factory=list)

    def spellable(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` touches no code, URL or markup that spelling must skip."""
        return self.spell_check and not any(s < end and start < e for s, e in self.no_spell)


_FENCE_OPEN = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")
_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")
_RULE = re.compile(r" {0,3}(?:([-*_])(?:[ \t]*\1){2,}|=+)[ \t]*$")
_QUOTE = re.compile(r"(?: {0,3}>[ \t]?)+")
_LIST = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?(?=[ \t]|$)")
_REFERENCE = re.compile(r" {0,3}\[[^\]\n]{1,500}\]:[ \t]*(\S{1,2000})")

_CODE = re.compile(r"(?<!`)`([^`]{1,2000})`(?!`)|(?<!`)``(?!`)(.{1,2000}?)(?<!`)``(?!`)")
_LINK = re.compile(r"(!?)\[([^\[\]\n]{0,500})\](\([^()\s]{0,2000}(?:[ \t]+\"[^\"\n]{0,500}\")?\))")
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^<>\s]{1,2000}>")
_BARE_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]]{1,2000}")
_EMAIL = re.compile(r"\b[\w.+-]{1,200}@[\w-]{1,200}\.[\w.-]{1,200}")
_HTML = re.compile(r"</?[A-Za-z][^<>\n]{0,500}>|<!--.{0,2000}?-->")
# The text between markers never holds the closing marker, so each opening marker scans only to the next one.
_STRONG_EMPHASIS = re.compile(r"(?<!\*)\*\*\*(?![\s*])([^*]{1,500})(?<!\s)\*\*\*(?!\*)")
_STRONG = re.compile(
    r"(?<!\*)\*\*(?![\s*])((?:[^*]|\*(?!\*)){1,500}?)(?<![\s*])\*\*(?!\*)"
    r"|(?<!\w)__(?![\s_])((?:[^_]|_(?!_)){1,500}?)(?<![\s_])__(?!\w)"
)
_EMPHASIS = re.compile(
    r"(?<!\*)\*(?![\s*])([^*]{1,500})(?<!\s)\*(?!\*)|(?<!\w)_(?![\s_])([^_]{1,500})(?<!\s)_(?!\w)"
)
_STRIKE = re.compile(r"~~(?![\s~])([^~]{1,500})(?<!\s)~~")


def scan_line(text: str, previous_state: int, *, inline: bool = True) -> LineScan:
    """Scan one line. ``previous_state`` is the state the line before ended with (``-1`` counts as normal)."""
    if previous_state > NORMAL:
        return _inside_fence(text, previous_state)
    fence = _FENCE_OPEN.match(text)
    if fence and not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
        marker = fence.group(1)
        base = _BACKTICK_FENCE if marker[0] == "`" else _TILDE_FENCE
        return LineScan([Span(Kind.FENCE, 0, len(text))], base + len(marker), spell_check=False)

    scan = LineScan()
    if _RULE.match(text):
        scan.spans.append(Span(Kind.RULE, 0, len(text)))
        scan.spell_check = False
        return scan
    offset = 0
    quote = _QUOTE.match(text)
    if quote:
        scan.spans.append(Span(Kind.QUOTE, 0, len(text)))
        offset = quote.end()
    if _HEADING.match(text, offset):
        scan.spans.append(Span(Kind.HEADING, offset, len(text)))
    else:
        listed = _LIST.match(text, offset)
        if listed:
            scan.spans.append(Span(Kind.LIST_MARKER, offset, listed.end()))
    reference = _REFERENCE.match(text, offset)
    if reference:
        scan.spans.append(Span(Kind.LINK_URL, reference.start(1), reference.end(1)))
        scan.no_spell.append((reference.start(1), reference.end(1)))
    if inline:
        _scan_inline(text, offset, scan)
    return scan


def _inside_fence(text: str, state: int) -> LineScan:
    char, length = ("`", state - _BACKTICK_FENCE) if state < _TILDE_FENCE else ("~", state - _TILDE_FENCE)
    stripped = text.strip()
    closes = (
        len(text) - len(text.lstrip(" ")) <= 3
        and len(stripped) >= length
        and stripped == char * len(stripped)
    )
    if closes:
        return LineScan([Span(Kind.FENCE, 0, len(text))], NORMAL, spell_check=False)
    return LineScan([Span(Kind.CODE_BLOCK, 0, len(text))], state, spell_check=False)


def _scan_inline(text: str, offset: int, scan: LineScan) -> None:
    protected = sorted(scan.no_spell)  # code, URLs and tags: no emphasis or spelling inside

    def free(start: int, end: int) -> bool:
        index = bisect_right(protected, (start, len(text) + 1)) - 1
        return not any(s < end and start < e for s, e in protected[max(index - 1, 0) : index + 2])

    def protect(kind: Kind | None, start: int, end: int) -> None:
        if kind is not None:
            scan.spans.append(Span(kind, start, end))
        insort(protected, (start, end))
        scan.no_spell.append((start, end))

    for match in _CODE.finditer(text, offset):
        protect(Kind.CODE, match.start(), match.end())
    for pattern, markup in ((_AUTOLINK, Kind.LINK_URL), (_HTML, Kind.HTML)):
        for match in pattern.finditer(text, offset):
            if free(match.start(), match.end()):
                protect(markup, match.start(), match.end())
    for match in _LINK.finditer(text, offset):
        if not free(match.start(), match.end()):
            continue
        is_image = bool(match.group(1))
        scan.spans.append(Span(Kind.IMAGE if is_image else Kind.LINK_TEXT, match.start(), match.start(3)))
        protect(Kind.LINK_URL, match.start(3), match.end(3))
    bare: tuple[tuple[re.Pattern[str], Kind | None], ...] = ((_BARE_URL, Kind.LINK_URL), (_EMAIL, None))
    for pattern, maybe_kind in bare:
        for match in pattern.finditer(text, offset):
            if free(match.start(), match.end()):
                protect(maybe_kind, match.start(), match.end())
    for pattern, kinds in (
        (_STRONG_EMPHASIS, (Kind.STRONG, Kind.EMPHASIS)),
        (_STRONG, (Kind.STRONG,)),
        (_EMPHASIS, (Kind.EMPHASIS,)),
        (_STRIKE, (Kind.STRIKE,)),
    ):
        for match in pattern.finditer(text, offset):
            if free(match.start(), match.start() + 1) and free(match.end() - 1, match.end()):
                scan.spans.extend(Span(kind, match.start(), match.end()) for kind in kinds)
