"""What one sync run reports, and the callbacks it takes (progress, cancel)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from editor_app.domain.message import QT_TRANSLATE_NOOP, Message, joined


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """One step of a run: what is happening and, while changes are pushed, how many of how many are done."""

    what: str
    done: int = 0
    total: int = 0

    def __str__(self) -> str:
        return f"{self.what}: {self.done}/{self.total}" if self.total else self.what


Progress = Callable[[SyncProgress], None]
"""Called once per step (the CLI prints it on stderr, the GUI shows it and moves its progress bar)."""


class Cancel(Protocol):
    def is_set(self) -> bool: ...


@dataclass(slots=True)
class SyncReport:
    site: str = ""
    user: str = ""
    role: str = ""
    pulled: int = 0
    pushed: int = 0
    created_remote: int = 0
    merged: int = 0
    uploaded_media: int = 0
    conflicts: list[str] = field(default_factory=list)
    """Article ids now waiting for the user to choose between both versions."""
    remote_deleted: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    """One plain line per thing that failed (with the article's headline)."""
    warnings: list[str] = field(default_factory=list)
    offline: bool = False
    cancelled: bool = False
    requests: int = 0
    created: set[str] = field(default_factory=set)
    updated: set[str] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return not self.failures and not self.offline

    def summary(self) -> str:
        """``pulled 3, pushed 1, merged 0, 1 in conflict`` (a ``Message``: the window translates it)."""
        parts: list[str] = [
            Message(QT_TRANSLATE_NOOP("Core", "pulled {count}"), count=self.pulled),
            Message(QT_TRANSLATE_NOOP("Core", "pushed {count}"), count=self.pushed),
            Message(QT_TRANSLATE_NOOP("Core", "merged {count}"), count=self.merged),
        ]
        if self.conflicts:
            parts.append(Message(QT_TRANSLATE_NOOP("Core", "{count} in conflict"), count=len(self.conflicts)))
        if self.remote_deleted:
            parts.append(
                Message(
                    QT_TRANSLATE_NOOP("Core", "{count} deleted on the server"), count=len(self.remote_deleted)
                )
            )
        if self.failures:
            parts.append(Message(QT_TRANSLATE_NOOP("Core", "{count} failed"), count=len(self.failures)))
        return joined(parts)
