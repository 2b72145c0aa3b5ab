"""One sync run as the desk reads it (the GUI's sync log window and ``editor-app sync`` alike): when, why,
what moved article by article, what failed, and the counts left afterwards."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from editor_app.domain.message import QT_TRANSLATE_NOOP, Message, joined, word
from editor_app.services.changes import Changes
from editor_app.sync.report import SyncReport

SENT = word(QT_TRANSLATE_NOOP("Core", "sent to the server"))
NEW = word(QT_TRANSLATE_NOOP("Core", "new from the server"))
UPDATED = word(QT_TRANSLATE_NOOP("Core", "updated from the server"))
DELETED = word(QT_TRANSLATE_NOOP("Core", "deleted on the server (the copy here is kept)"))
BOTH = word(QT_TRANSLATE_NOOP("Core", "changed on both sides: both versions kept until you choose"))


@dataclass(frozen=True, slots=True)
class ArticleLine:
    article_id: str
    title: str
    what: str


@dataclass(frozen=True, slots=True)
class SyncRun:
    """A finished run: when, why, what moved, what failed, and the counts left afterwards."""

    started: datetime
    finished: datetime
    trigger: str
    report: SyncReport
    changes: Changes = field(default_factory=Changes)
    lines: tuple[ArticleLine, ...] = ()
    steps: tuple[str, ...] = ()
    pending: int = 0
    conflict_ids: tuple[str, ...] = ()

    @property
    def outcome(self) -> str:
        if self.report.offline:
            return "offline"
        if self.report.cancelled:
            return "cancelled"
        if self.report.failures:
            return "sign-in failed" if self.sign_in_failed else "failed"
        return "ok"

    @property
    def sign_in_failed(self) -> bool:
        """The run stopped at signing in (the role is learnt there): a password or account problem."""
        return bool(self.report.failures) and not self.report.offline and not self.report.role

    def summary(self) -> str:
        report = self.report
        if report.offline:
            return word(QT_TRANSLATE_NOOP("Core", "the site could not be reached; nothing was sent"))
        text = report.summary()
        if report.uploaded_media:
            uploaded = Message(QT_TRANSLATE_NOOP("Core", "%n photo(s) uploaded"), n=report.uploaded_media)
            text = joined([text, uploaded])
        return text

    def rows(self) -> list[tuple[str, str]]:
        """The run's report underneath its summary, as ``(kind, text)``: one row per article that moved,
        then each failure (``failed``) and each distinct warning (``note``)."""
        rows: list[tuple[str, str]] = [
            ("", Message(QT_TRANSLATE_NOOP("Core", "“{title}”: {what}"), title=line.title, what=line.what))
            for line in self.lines
        ]
        rows += [("failed", failure) for failure in self.report.failures]
        rows += [("note", warning) for warning in dict.fromkeys(self.report.warnings)]
        return rows

    def report_text(self) -> list[str]:
        """The same report as plain lines (what ``editor-app sync`` prints)."""
        head = f"{self.report.site}: {self.outcome}: {self.summary()}"
        return [head, *(f"  {kind}: {text}" if kind else f"  {text}" for kind, text in self.rows())]


def describe_run(
    started: datetime,
    trigger: str,
    report: SyncReport,
    changes: Changes,
    steps: Iterable[str],
    *,
    unsynced_before: set[str],
    unsynced_after: set[str],
    conflict_headlines: Mapping[str, str],
    title: Callable[[str], str],
) -> SyncRun:
    """What each article went through: sent (it left the outbox and is not in conflict), new or updated from
    the server, deleted there, or waiting in a conflict."""
    conflict_ids = tuple(conflict_headlines)
    what: dict[str, str] = {}
    for article_id in unsynced_before - unsynced_after - set(conflict_ids):
        what[article_id] = SENT
    for article_id in report.created:
        what[article_id] = NEW
    for article_id in report.updated - report.created:
        what.setdefault(article_id, UPDATED)
    for article_id in report.remote_deleted:
        what[article_id] = DELETED
    for article_id in report.conflicts:
        what[article_id] = BOTH
    lines = tuple(
        ArticleLine(article_id, conflict_headlines.get(article_id) or title(article_id), text)
        for article_id, text in sorted(what.items(), key=lambda item: item[1])
    )
    return SyncRun(
        started,
        datetime.now().astimezone(),
        trigger,
        report,
        changes,
        lines,
        tuple(steps),
        len(unsynced_after),
        conflict_ids,
    )
