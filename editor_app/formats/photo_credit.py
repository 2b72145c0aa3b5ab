"""Split a photo line from a text article into caption and credit.

Handles the shapes newsrooms paste: ``Caption. (picture courtesy of X.)``, ``Caption / credit: X``,
``Caption. THE CANADIAN PRESS/Paul Chiasson``, ``Caption. Photo: X`` and ``Caption © X``.
"""

from __future__ import annotations

import re

PHOTO_PREFIX = re.compile(r"^\s*(?:photo|picture|image|pic)\s*:\s*", re.IGNORECASE)

_EXPLICIT_CREDIT = re.compile(r"\s*(?:/|\||;|,)?\s*\b(?:photo\s+)?credits?\s*:\s*", re.IGNORECASE)
_CREDIT_PREFIX = re.compile(
    r"^(?:(?:(?:photo|picture|image|pic)s?\s*(?::|by\b)|credits?\s*:|©|\(c\)|copyright\b"
    r"|(?:(?:photo|picture|image|pic)s?\s+)?courtesy\s+(?:of\s+)?(?:the\s+)?)\s*)+",
    re.IGNORECASE,
)
_CREDIT_WORDS = re.compile(
    r"courtesy|photo|picture|image|credit|©|\(c\)|copyright|/|\b(?:AP|AFP|Reuters|Getty|EPA|PA)\b",
    re.IGNORECASE,
)
_POSITION_WORDS = re.compile(
    r"^(?:left|right|centre|center|top|bottom|above|below|pictured|inset|front|back|l-r|r-l|from\s+left|"
    r"from\s+right|file|archive)\b",
    re.IGNORECASE,
)
_AGENCY_CREDIT = re.compile(r"(?:(?<=[.!?])|^)\s+([A-Z][A-Z0-9&.' -]*?(?:\s+Photo)?\s*/\s*[^/]+?)\s*\.?\s*$")
_TRAILING_CREDIT = re.compile(
    r"(?:(?<=[.!?])\s+|\s+(?=©))((?:photo|picture|pic)s?\s*(?::|by\b)\s*\S.*|credits?\s*:\s*\S.*|©\s*\S.*)$",
    re.IGNORECASE,
)


def split_caption_credit(line: str) -> tuple[str, str]:
    """``(caption, credit)`` from a photo line; a leading ``photo:`` label is dropped; credit may be ''."""
    text = " ".join(PHOTO_PREFIX.sub("", line, count=1).split())
    explicit = _EXPLICIT_CREDIT.search(text)
    if explicit and explicit.start() > 0:
        return _clean_caption(text[: explicit.start()]), clean_credit(text[explicit.end() :])
    parenthetical = _trailing_parenthetical(text)
    if parenthetical is not None:
        start, inner = parenthetical
        if _looks_like_credit(inner):
            return _clean_caption(text[:start]), clean_credit(inner)
    agency = _AGENCY_CREDIT.search(text)
    if agency and _has_capitalised_agency(agency.group(1)):
        return _clean_caption(text[: agency.start()]), clean_credit(agency.group(1))
    trailing = _TRAILING_CREDIT.search(text)
    if trailing:
        return _clean_caption(text[: trailing.start()]), clean_credit(trailing.group(1))
    return _clean_caption(text), ""


def clean_credit(text: str) -> str:
    """A credit without its label (``picture courtesy of``, ``photo:``, ``credit:``...) and trailing period."""
    credit = _CREDIT_PREFIX.sub("", text.strip()).strip()
    return credit.rstrip(". ").strip()


def _clean_caption(text: str) -> str:
    return text.strip().rstrip("/|;,").strip()


def _trailing_parenthetical(text: str) -> tuple[int, str] | None:
    """Start index and inner text of a balanced ``( ... )`` that ends the text, if any."""
    if not text.endswith(")"):
        return None
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        char = text[index]
        if char == ")":
            depth += 1
        elif char == "(":
            depth -= 1
            if depth == 0:
                return (index, text[index + 1 : -1]) if index > 0 else None
    return None


def _looks_like_credit(inner: str) -> bool:
    inner = inner.strip()
    if not inner or _POSITION_WORDS.match(inner):
        return False
    return bool(_CREDIT_WORDS.search(inner)) or inner[0].isupper()


def _has_capitalised_agency(credit: str) -> bool:
    """``THE CANADIAN PRESS/Name`` or ``AP Photo/Name``: the part before the slash has an all-caps word."""
    agency = credit.split("/", 1)[0]
    return any(len(word) >= 2 and word.isupper() for word in agency.split())
