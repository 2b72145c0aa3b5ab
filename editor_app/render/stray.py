"""Tags named in prose stay text: "We used the <style> element wrongly." must not lose the rest of the article.

An HTML parser takes everything after an unclosed ``<style>``, ``<script>``, ``<textarea>``, ``<title>`` or
``<!--`` as that element's content, and the sanitiser drops script, style, svg... together with their content.
:func:`show_stray_tags` runs on Markdown's output before the sanitiser and escapes each such tag that is not
part of a complete element, so it reads as text. A complete element (``<script>...</script>``, a closed
comment) is left for the sanitiser to drop whole; an element is complete only when it closes inside the
paragraph (list item, heading, cell...) that opens it.
"""

from __future__ import annotations

import re

from editor_app.render.sanitize import DROPPED_WITH_CONTENT

VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
RAW_TEXT_TAGS = frozenset({"title", "xmp", "noembed", "noframes", "plaintext"})
"""Tags whose content a parser reads as text up to their closing tag (``plaintext``: to the very end)."""
SWALLOWING_TAGS = (DROPPED_WITH_CONTENT - VOID_TAGS) | RAW_TEXT_TAGS

_MARKS = re.compile(
    r"<(?P<close>/?)(?P<name>" + "|".join(sorted(SWALLOWING_TAGS)) + r")(?=[\s/>]|$)"
    r"|(?P<comment><!--)|(?P<comment_end>-->)"
    r"|(?P<end></(?:p|li|h[1-6]|dt|dd|td|th|blockquote|figcaption|pre)>)",
    re.IGNORECASE,
)
_ANY_MARK = re.compile(
    r"<(?:!--|/?(?:" + "|".join(sorted(SWALLOWING_TAGS)) + r")(?=[\s/>]|$))", re.IGNORECASE
)


def _stray_marks(fragment: str) -> list[int]:
    """Positions of the ``<`` of tags and comment openings that are not part of a complete element."""
    stray: list[int] = []
    opened: dict[str, list[int]] = {}
    comment: int | None = None
    for match in _MARKS.finditer(fragment):
        if comment is not None:  # inside a comment, tags are text
            if match.group("comment_end") or match.group("end"):
                if match.group("end"):
                    stray.append(comment)
                comment = None
            continue
        if match.group("comment"):
            comment = match.start()
        elif match.group("end"):  # what a paragraph leaves open is a mention, not an element
            for starts in opened.values():
                stray.extend(starts)
                starts.clear()
        elif match.group("name"):
            name = match.group("name").lower()
            starts = opened.setdefault(name, [])
            if name == "plaintext":  # nothing ever closes it
                stray.append(match.start())
            elif not match.group("close"):
                starts.append(match.start())
            elif starts:
                starts.pop()
            else:
                stray.append(match.start())
    stray.extend(start for starts in opened.values() for start in starts)
    if comment is not None:
        stray.append(comment)
    return sorted(stray)


def show_stray_tags(fragment: str) -> str:
    """``fragment`` (Markdown's HTML output) with every stray swallowing tag or comment opening escaped.

    Escaping an unclosed comment can expose tags it held, so this repeats until nothing is stray."""
    if "<" not in fragment or not _ANY_MARK.search(fragment):
        return fragment  # the common case: one scan in C
    while stray := _stray_marks(fragment):
        pieces: list[str] = []
        last = 0
        for start in stray:
            pieces.extend((fragment[last:start], "&lt;"))
            last = start + 1
        pieces.append(fragment[last:])
        fragment = "".join(pieces)
    return fragment
