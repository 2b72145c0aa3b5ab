"""One sync run as the log window shows it, and the background job that makes it (no Qt here)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from editor_app.services.changes import Changes
from editor_app.sync.report import Cancel, SyncReport

if TYPE_CHECKING:
    from editor_app.domain import Article
    from editor_app.services.sync import SyncService


class ArticleLookup(Protocol):
    """What the controller needs from the article service (``Services.articles``)."""

    def unsynced_ids(self) -> set[str]: ...

    def get(self, article_id: str) -> Article | None: ...


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
            return "the site could not be reached; nothing was sent"
        text = report.summary()
        if report.uploaded_media:
            text += f", {report.uploaded_media} photo{'s' if report.uploaded_media != 1 else ''} uploaded"
        return text


ProgressSink = Callable[[str], None]


def run_sync(
    service: SyncService,
    articles: ArticleLookup | None,
    trigger: str,
    progress: ProgressSink,
    cancel: Cancel,
) -> SyncRun:
    """Run ``sync_once`` and describe it article by article (called on a worker thread)."""
    started = datetime.now().astimezone()
    steps: list[str] = []

    def step(line: str) -> None:
        steps.append(line)
        progress(line)

    before = articles.unsynced_ids() if articles is not None else set()
    result = service.sync_once(step, cancel)
    after = articles.unsynced_ids() if articles is not None else set()
    conflicts = service.conflicts()
    conflict_ids = tuple(c.article_id for c in conflicts)
    report = result.report
    what: dict[str, str] = {}
    for article_id in before - after - set(conflict_ids):
        what[article_id] = "sent to the server"
    for article_id in report.created:
        what[article_id] = "new from the server"
    for article_id in report.updated - report.created:
        what.setdefault(article_id, "updated from the server")
    for article_id in report.remote_deleted:
        what[article_id] = "deleted on the server (the copy here is kept)"
    for article_id in report.conflicts:
        what[article_id] = "changed on both sides: both versions kept until you choose"
    headlines = {c.article_id: str(c.local.get("headline") or "") for c in conflicts}
    lines = tuple(
        ArticleLine(article_id, headlines.get(article_id) or _title(articles, article_id), text)
        for article_id, text in sorted(what.items(), key=lambda item: item[1])
    )
    return SyncRun(
        started,
        datetime.now().astimezone(),
        trigger,
        report,
        result.changes,
        lines,
        tuple(steps),
        len(after),
        conflict_ids,
    )


def _title(articles: ArticleLookup | None, article_id: str) -> str:
    article = articles.get(article_id) if articles is not None else None
    return article.title if article is not None else article_id
