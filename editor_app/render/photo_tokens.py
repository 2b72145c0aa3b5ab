"""Inline photos as short readable tokens in the body: ``![Engineers test a siren](photo:3f2a)``.

The token names the photo by the shortest prefix of its id (at least :data:`MIN_PREFIX` characters) that no
other photo of the article shares; a full id is accepted too. The caption and credit are not written into the
body: :func:`expand_tokens` fills them in, from the article's photos, right before a render (the preview, the
exported page, the body pushed to the site), so a token on a line of its own becomes a captioned figure.

A prefix that matches no photo of the article, or more than one, is left as it is (the push then names it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

MIN_PREFIX = 4

TOKEN = re.compile(r'!\[(?P<alt>[^\]\n]*)\]\(photo:(?P<ref>[0-9A-Fa-f-]{4,36})(?:\s+"(?P<title>[^"\n]*)")?\)')
"""An inline photo, short or long, with or without a title."""

_ALONE = re.compile(rf"^[ \t]*(?:{TOKEN.pattern})[ \t]*$", re.M)


class PhotoLike(Protocol):
    @property
    def id(self) -> str: ...

    def caption_line(self) -> str: ...


@dataclass(frozen=True, slots=True)
class TokenAt:
    """A token found in a line of text: where it starts and ends (columns), the photo reference and alt."""

    start: int
    end: int
    ref: str
    alt: str


def resolve(ref: str, ids: Iterable[str]) -> str | None:
    """The one id ``ref`` names (the full id, or a prefix of exactly one id), else None."""
    ref = ref.lower()
    if len(ref) < MIN_PREFIX:
        return None
    matches = [i for i in ids if i.lower().startswith(ref)]
    exact = [i for i in matches if i.lower() == ref]
    if exact:
        return exact[0]
    return matches[0] if len(matches) == 1 else None


def short_ref(photo_id: str, ids: Iterable[str]) -> str:
    """The shortest prefix of ``photo_id`` (at least MIN_PREFIX, never ending in a hyphen) no other id has."""
    own = photo_id.lower()
    others = [i.lower() for i in ids if i.lower() != own]
    for length in range(MIN_PREFIX, len(own) + 1):
        prefix = own[:length]
        if prefix.endswith("-"):
            continue
        if not any(other.startswith(prefix) for other in others):
            return prefix
    return own


def token_for(photo_id: str, alt: str, ids: Iterable[str]) -> str:
    """The short token that places ``photo_id`` in the body."""
    clean = alt.replace("[", "(").replace("]", ")").replace("\n", " ").strip()
    return f"![{clean}](photo:{short_ref(photo_id, ids)})"


def shorten(markdown: str, ids: Sequence[str]) -> str:
    """``markdown`` with every inline photo of the article written as its short token (title dropped: the
    caption and credit come from the photo itself when the body is rendered)."""

    def short(match: re.Match[str]) -> str:
        full = resolve(match.group("ref"), ids)
        if full is None:
            return match.group(0)
        return token_for(full, match.group("alt"), ids)

    return TOKEN.sub(short, markdown)


def title_for(photo: PhotoLike) -> str:
    """The image title a figure prints under the photo: ``caption (credit)``, safe inside ``"…"``."""
    return photo.caption_line().replace('"', "”").replace("\n", " ")


def expand_tokens(markdown: str, photos: Sequence[PhotoLike]) -> str:
    """``markdown`` ready to render: short references become full ids, and a token alone on its line with no
    title gets the photo's ``caption (credit)`` (so it renders as a captioned figure). Unknown or ambiguous
    references stay as written."""
    if "photo:" not in markdown or not photos:
        return markdown
    by_id = {p.id: p for p in photos}
    ids = list(by_id)

    def full(match: re.Match[str], *, caption: bool) -> str:
        photo_id = resolve(match.group("ref"), ids)
        if photo_id is None:
            return match.group(0)
        title = match.group("title")
        if title is None and caption:
            title = title_for(by_id[photo_id]) or None
        text = f"![{match.group('alt')}](photo:{photo_id}"
        return f'{text} "{title}")' if title else f"{text})"

    def alone(match: re.Match[str]) -> str:
        line = match.group(0)
        inner = TOKEN.search(line)
        assert inner is not None
        return line[: inner.start()] + full(inner, caption=True) + line[inner.end() :]

    expanded = _ALONE.sub(alone, markdown)
    return TOKEN.sub(lambda m: full(m, caption=False), expanded)


def tokens_in(line: str) -> list[TokenAt]:
    """The inline photo tokens of one line of text."""
    return [TokenAt(m.start(), m.end(), m.group("ref"), m.group("alt")) for m in TOKEN.finditer(line)]
