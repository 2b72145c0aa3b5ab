"""The record of what a use case changed, so views refresh only what they must."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Changes:
    """Ids touched by one operation, and who asked for it.

    ``origin`` is an opaque token from the caller (for example the editor panel that saved): a view that
    receives its own token back knows it already shows the new state and skips reloading, so saving never
    moves the user's cursor.
    """

    created: frozenset[str] = frozenset()
    updated: frozenset[str] = frozenset()
    removed: frozenset[str] = frozenset()
    origin: object | None = field(default=None, compare=False)

    @property
    def empty(self) -> bool:
        return not (self.created or self.updated or self.removed)

    def touches(self, article_id: str) -> bool:
        return article_id in self.created or article_id in self.updated or article_id in self.removed

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.created | other.created,
            (self.updated | other.updated) - (self.created | other.created),
            self.removed | other.removed,
            self.origin if self.origin is not None else other.origin,
        )
