"""Creating, saving, deleting and restoring articles: each call one transaction with revision and outbox."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TypeVar

from editor_app.domain import Article, Status, new_article
from editor_app.domain.article import utcnow
from editor_app.services.changes import Changes
from editor_app.services.snapshot import ArticleSnapshot
from editor_app.store import ArticleQuery, ArticleSummary, Database, Revision, UnitOfWork
from editor_app.store.revisions import article_from_revision

T = TypeVar("T")


class ArticleService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def summaries(self, query: ArticleQuery | None = None) -> list[ArticleSummary]:
        with self._db.read() as uow:
            return uow.articles.summaries(query or ArticleQuery())

    def build_from_summaries(self, query: ArticleQuery, build: Callable[[Iterable[ArticleSummary]], T]) -> T:
        """``build`` applied to the summaries streamed as they are read (a list of 100,000 builds its rows
        without holding 100,000 summaries at once)."""
        with self._db.read() as uow:
            return build(uow.articles.each_summary(query))

    def sections(self) -> list[str]:
        with self._db.read() as uow:
            return uow.articles.sections()

    def count(self) -> int:
        with self._db.read() as uow:
            return uow.articles.count()

    def unsynced_ids(self) -> set[str]:
        """Articles with local changes that have not reached the publishing backend yet."""
        with self._db.read() as uow:
            return uow.outbox.article_ids()

    def rows(self, article_ids: set[str]) -> tuple[list[ArticleSummary], set[str]]:
        """The list rows of a few articles and which of them are not synced (a list updates those rows only)."""
        with self._db.read() as uow:
            found = (uow.articles.get(article_id) for article_id in sorted(article_ids))
            rows = [
                ArticleSummary(a.id, a.headline, a.section, a.status, a.updated_at, a.editors_choice)
                for a in found
                if a is not None
            ]
            return rows, uow.outbox.article_ids()

    def get(self, article_id: str) -> Article | None:
        with self._db.read() as uow:
            return uow.articles.get(article_id)

    def snapshot(self, article_id: str) -> ArticleSnapshot | None:
        with self._db.read() as uow:
            return load_snapshot(uow, article_id)

    def create(self, origin: object | None = None, **fields: object) -> tuple[Article, Changes]:
        article = new_article(**fields)
        with self._db.write() as uow:
            store_edit(uow, article, kind="create")
        return article, Changes(created=frozenset({article.id}), origin=origin)

    def save(self, article: Article, origin: object | None = None) -> Changes:
        """Persist the article's fields; content changes make or extend a revision and queue a sync."""
        with self._db.write() as uow:
            changed = store_edit(uow, article)
        return Changes(updated=frozenset({article.id}) if changed else frozenset(), origin=origin)

    def edit(self, article_id: str, fields: dict[str, object], origin: object | None = None) -> Changes:
        """Apply content fields to the stored article (status and notes are left as stored)."""
        with self._db.write() as uow:
            current = uow.articles.get(article_id, include_deleted=True)
            if current is None:
                raise LookupError("The article no longer exists.")
            changed = store_edit(uow, current.with_changes(**fields))
        return Changes(updated=frozenset({article_id}) if changed else frozenset(), origin=origin)

    def delete(self, article_id: str, origin: object | None = None) -> Changes:
        """Move to Deleted (recoverable with ``undelete``); the deletion is queued for sync."""
        with self._db.write() as uow:
            uow.articles.mark_deleted(article_id)
            uow.outbox.enqueue(article_id, "delete")
        return Changes(removed=frozenset({article_id}), origin=origin)

    def undelete(self, article_id: str, origin: object | None = None) -> Changes:
        with self._db.write() as uow:
            uow.articles.undelete(article_id)
            uow.outbox.enqueue(article_id, "save")
        return Changes(created=frozenset({article_id}), origin=origin)

    def history(self, article_id: str) -> list[Revision]:
        with self._db.read() as uow:
            return uow.revisions.history(article_id)

    def restore_revision(self, article_id: str, revision_id: int, origin: object | None = None) -> Changes:
        """Bring back a revision's content as a new revision; nothing is deleted."""
        with self._db.write() as uow:
            current = uow.articles.get(article_id)
            revision = uow.revisions.get(revision_id)
            if current is None or revision is None or revision.article_id != article_id:
                raise LookupError("That revision no longer exists.")
            store_edit(uow, article_from_revision(current, revision), kind="restore")
        return Changes(updated=frozenset({article_id}), origin=origin)


def store_edit(uow: UnitOfWork, article: Article, *, kind: str = "edit", keep_dates: bool = False) -> bool:
    """Save an article, its revision and its outbox entry in the caller's transaction. True if anything changed.

    ``keep_dates`` keeps the article's own created and updated times (an archive keeps its original dates).
    An archived article never enters the outbox: it is a reference, not something to send to the site."""
    existing = uow.articles.get(article.id, include_deleted=True)
    if existing is not None and existing == article.with_changes(updated_at=existing.updated_at):
        return False
    now = utcnow()
    content_changed = existing is None or not existing.same_content(article)
    if not keep_dates:
        article = article.with_changes(updated_at=now)
        if existing is not None:
            article = article.with_changes(created_at=existing.created_at)
    uow.articles.save(article, current=existing)
    if content_changed:
        uow.revisions.record(article, kind=kind, now=now, first=existing is None)
    if article.status is not Status.ARCHIVED:
        uow.outbox.enqueue(article.id, "save", not_archived=True)
    return True


def load_snapshot(uow: UnitOfWork, article_id: str) -> ArticleSnapshot | None:
    article = uow.articles.get(article_id)
    if article is None:
        return None
    related_ids = uow.related.get(article_id)
    headlines = uow.articles.headlines(related_ids)
    return ArticleSnapshot(
        article,
        tuple(uow.photos.for_article(article_id)),
        tuple((rid, headlines.get(rid, "")) for rid in related_ids),
        last_correction(uow, article_id),
    )


def last_correction(uow: UnitOfWork, article_id: str) -> datetime | None:
    """The time of the article's latest "corrected" audit entry. Only the server writes those (after a desk edit
    of published text, with ``ew_updated_at`` in the same request) and the pull already stores them with the
    server's time, so the page's "Updated" line needs no column of its own."""
    corrections = [e.at for e in uow.review_state.trail(article_id) if e.action == "corrected"]
    return max(corrections, default=None)
