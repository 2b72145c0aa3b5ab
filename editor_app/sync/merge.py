"""The pure sync decision per article, and the three-way merge per field and per paragraph (merge3).

States are plain dicts of the article's synced fields (see ``mapping.article_state``). Nothing here does I/O;
the engine acts on the :class:`Decision`. Overlapping edits are never resolved by guessing: the decision holds
both versions, chunk by chunk, until the user chooses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from merge3 import Merge3

from editor_app.sync.html_markdown import paragraphs

State = Mapping[str, Any]
TEXT_FIELDS = frozenset({"body", "standfirst"})
SET_FIELDS = frozenset({"tags"})


class Action(StrEnum):
    NOTHING = "nothing"
    """Both sides agree (possibly after both made the same change): just record the new base."""
    TAKE_REMOTE = "take_remote"
    PUSH = "push"
    MERGED = "merged"
    """Both changed without overlap: store the merge locally and push it."""
    CONFLICT = "conflict"


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of a merged text: agreed (``text``) or disputed (``local`` / ``remote`` against ``base``)."""

    text: str | None = None
    local: str = ""
    remote: str = ""
    base: str = ""

    @property
    def disputed(self) -> bool:
        return self.text is None

    def as_json(self) -> dict[str, Any]:
        if self.text is not None:
            return {"text": self.text}
        return {"local": self.local, "remote": self.remote, "base": self.base}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Chunk:
        if "text" in data:
            return cls(text=str(data["text"]))
        return cls(None, str(data["local"]), str(data["remote"]), str(data.get("base", "")))


@dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    merged: dict[str, Any] | None = None
    """The state to keep (MERGED), or the agreed fields with each disputed one at its local value (CONFLICT)."""
    conflicts: dict[str, tuple[Chunk, ...]] = field(default_factory=dict)
    """Disputed fields; text fields as chunks per paragraph, other fields as one disputed chunk."""


def _same(a: Any, b: Any) -> bool:
    return bool(_canonical(a) == _canonical(b))


def _canonical(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def decide(base: State | None, local: State, remote: State) -> Decision:
    """What to do with one article given the last agreed state, the local one and the server's."""
    keys = sorted(set(local) | set(remote))
    if all(_same(local.get(k), remote.get(k)) for k in keys):
        return Decision(Action.NOTHING)
    base = base or {}
    local_changed = any(not _same(local.get(k), base.get(k)) for k in keys)
    remote_changed = any(not _same(remote.get(k), base.get(k)) for k in keys)
    if base and not local_changed:
        return Decision(Action.TAKE_REMOTE)
    if base and not remote_changed:
        return Decision(Action.PUSH)
    merged: dict[str, Any] = {}
    conflicts: dict[str, tuple[Chunk, ...]] = {}
    for key in keys:
        value, chunks = merge_field(key, base.get(key), local.get(key), remote.get(key))
        merged[key] = value
        if chunks is not None:
            conflicts[key] = chunks
    if conflicts:
        return Decision(Action.CONFLICT, merged, conflicts)
    return Decision(Action.MERGED, merged)


def merge_field(name: str, base: Any, local: Any, remote: Any) -> tuple[Any, tuple[Chunk, ...] | None]:
    """The merged value and, when the edits overlap, the chunks to show (the value then keeps local's)."""
    if _same(local, base) or _same(local, remote):
        return remote, None
    if _same(remote, base):
        return local, None
    if name in SET_FIELDS:
        return merge_sets(base or [], local or [], remote or []), None
    if name in TEXT_FIELDS and isinstance(local, str) and isinstance(remote, str):
        chunks = merge_paragraphs(base or "", local, remote)
        if not any(c.disputed for c in chunks):
            return join_chunks(chunks), None
        return local, chunks
    return local, (Chunk(None, _text(local), _text(remote), _text(base)),)


def _text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def merge_sets(base: list[Any], local: list[Any], remote: list[Any]) -> list[Any]:
    """Additions from both sides kept, removals from either side applied; local order first."""
    removed = {v for v in base if v not in local or v not in remote}
    out: list[Any] = []
    for value in [*local, *remote]:
        if value not in removed and value not in out:
            out.append(value)
    return out


def merge_paragraphs(base: str, local: str, remote: str) -> tuple[Chunk, ...]:
    """A three-way merge of paragraphs (merge3); a conflict of equal-length runs is retried paragraph by
    paragraph, so edits to neighbouring paragraphs merge cleanly."""
    chunks: list[Chunk] = []
    merger = Merge3(paragraphs(base), paragraphs(local), paragraphs(remote))
    for group in merger.merge_groups():
        kind = group[0]
        if kind in ("unchanged", "same", "a", "b"):
            chunks.extend(Chunk(text=p) for p in group[1])
            continue
        b, a, r = group[1], group[2], group[3]  # type: ignore[misc]  # a "conflict" group has four items
        if len(b) == len(a) == len(r):
            for pb, pa, pr in zip(b, a, r, strict=True):
                if pa in (pb, pr):
                    chunks.append(Chunk(text=pr))
                elif pr == pb:
                    chunks.append(Chunk(text=pa))
                else:
                    chunks.append(Chunk(None, pa, pr, pb))
        else:
            chunks.append(Chunk(None, "\n\n".join(a), "\n\n".join(r), "\n\n".join(b)))
    return tuple(_coalesce(chunks))


def _coalesce(chunks: list[Chunk]) -> list[Chunk]:
    """Drop disputed chunks whose both sides deleted everything; keep the rest in order."""
    return [c for c in chunks if not (c.disputed and not c.local and not c.remote)]


def join_chunks(chunks: tuple[Chunk, ...], choices: Mapping[int, str] | None = None) -> str:
    """The text of the chunks; a disputed chunk takes ``choices[i]`` ("local", "remote" or "both"; default
    "local")."""
    choices = choices or {}
    parts: list[str] = []
    for i, chunk in enumerate(chunks):
        if chunk.text is not None:
            parts.append(chunk.text)
            continue
        choice = choices.get(i, "local")
        if choice == "remote":
            parts.append(chunk.remote)
        elif choice == "both":
            parts.extend(p for p in (chunk.local, chunk.remote) if p)
        else:
            parts.append(chunk.local)
    return "\n\n".join(p for p in parts if p)
