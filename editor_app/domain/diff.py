"""Word-level differences between two texts, as the desk and the history panel show them."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

_TOKEN = re.compile(r"\S+\s*|\s+")

Kind = Literal["same", "added", "removed"]


@dataclass(frozen=True, slots=True)
class Piece:
    kind: Kind
    text: str


def word_diff(old: str, new: str) -> list[Piece]:
    """The pieces that turn ``old`` into ``new``, compared word by word (whitespace kept with the words)."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    pieces: list[Piece] = []
    matcher = SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            _append(pieces, "same", "".join(a[i1:i2]))
            continue
        if op in ("delete", "replace"):
            _append(pieces, "removed", "".join(a[i1:i2]))
        if op in ("insert", "replace"):
            _append(pieces, "added", "".join(b[j1:j2]))
    return pieces


def _append(pieces: list[Piece], kind: Kind, text: str) -> None:
    if not text:
        return
    if pieces and pieces[-1].kind == kind:
        pieces[-1] = Piece(kind, pieces[-1].text + text)
    else:
        pieces.append(Piece(kind, text))


def diff_stats(pieces: list[Piece]) -> tuple[int, int]:
    """Words added and removed."""
    added = sum(len(p.text.split()) for p in pieces if p.kind == "added")
    removed = sum(len(p.text.split()) for p in pieces if p.kind == "removed")
    return added, removed


def diff_html(pieces: list[Piece]) -> str:
    """The diff as escaped HTML: ``<ins>`` for added words, ``<del>`` for removed ones, newlines as ``<br>``."""
    out = []
    for piece in pieces:
        text = html.escape(piece.text).replace("\n", "<br>")
        if piece.kind == "added":
            out.append(f'<ins style="background:#d7f5dd;text-decoration:none">{text}</ins>')
        elif piece.kind == "removed":
            out.append(f'<del style="background:#fbd9d6;color:#8a1c13">{text}</del>')
        else:
            out.append(text)
    return "".join(out)
