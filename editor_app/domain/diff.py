"""Word-level differences between two texts, as the desk and the history panel show them."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from editor_app.domain.message import QT_TRANSLATE_NOOP, Message, word

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
    """The diff as escaped HTML: ``<ins>`` for added words, ``<del>`` for removed ones, newlines as ``<br>``. Each
    mark sets its text colour with its background, so it reads on a dark theme as on a light one."""
    out = []
    for piece in pieces:
        text = html.escape(piece.text).replace("\n", "<br>")
        if piece.kind == "added":
            out.append(f'<ins style="background:#d7f5dd;color:#14532d;text-decoration:none">{text}</ins>')
        elif piece.kind == "removed":
            out.append(f'<del style="background:#fbd9d6;color:#8a1c13">{text}</del>')
        else:
            out.append(text)
    return "".join(out)


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return word(QT_TRANSLATE_NOOP("Core", "on")) if value else word(QT_TRANSLATE_NOOP("Core", "off"))
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value or "").strip()


def describe_change(label: str, old: object, new: object) -> list[str]:
    """A field's change in plain words: ``Tags added: Russia, Azerbaijan``, ``Editor's choice: on``,
    ``Section: News → Politics``, ``Byline removed (was …)``; nothing when it did not change. Each line is a
    ``Message``; ``label`` is the field's name as the history marks it (Qt context ``HistoryDialog``)."""
    if old == new:
        return []
    field = word(label, "HistoryDialog")
    if isinstance(old, list | tuple) or isinstance(new, list | tuple):
        before = [str(v) for v in old] if isinstance(old, list | tuple) else []
        after = [str(v) for v in new] if isinstance(new, list | tuple) else []
        added = [v for v in after if v not in before]
        removed = [v for v in before if v not in after]
        lines: list[str] = []
        if added:
            lines.append(
                Message(
                    QT_TRANSLATE_NOOP("Core", "{field} added: {items}"), field=field, items=", ".join(added)
                )
            )
        if removed:
            lines.append(
                Message(
                    QT_TRANSLATE_NOOP("Core", "{field} removed: {items}"),
                    field=field,
                    items=", ".join(removed),
                )
            )
        return lines or [
            Message(
                QT_TRANSLATE_NOOP("Core", "{field} reordered: {items}"), field=field, items=", ".join(after)
            )
        ]
    if isinstance(new, bool) or isinstance(old, bool):
        return [Message(QT_TRANSLATE_NOOP("Core", "{field}: {value}"), field=field, value=_shown(bool(new)))]
    before_text, after_text = _shown(old), _shown(new)
    if before_text == after_text:
        return []
    if not before_text:
        return [Message(QT_TRANSLATE_NOOP("Core", "{field} set: {value}"), field=field, value=after_text)]
    if not after_text:
        return [
            Message(
                QT_TRANSLATE_NOOP("Core", "{field} removed (was {value})"), field=field, value=before_text
            )
        ]
    return [
        Message(
            QT_TRANSLATE_NOOP("Core", "{field}: {before} → {after}"),
            field=field,
            before=before_text,
            after=after_text,
        )
    ]
