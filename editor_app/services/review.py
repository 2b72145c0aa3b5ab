"""The desk's review: the queue of submitted articles, the photo editor's queue, the diff against the last version
the desk saw (or the first submission), the checklist, and threaded editorial comments."""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from editor_app.domain import Article, Status
from editor_app.domain.article import utcnow, word_count
from editor_app.domain.checklist import Problem, RelatedOnSite, publish_checklist, related_notes
from editor_app.domain.diff import describe_change, diff_html, diff_stats, word_diff
from editor_app.domain.review import AuditEntry, Comment, ReviewRecord, thread_order
from editor_app.services.changes import Changes
from editor_app.store import Database, UnitOfWork

REVIEWED_FIELDS = ("headline", "standfirst", "byline", "section", "tags", "source", "body")
"""What the desk reads and approves (Editor's choice is the desk's own decision, not the reporter's text)."""
TEXT_FIELDS = (("headline", "Headline"), ("standfirst", "Standfirst"), ("body", "Body"))
OTHER_FIELDS = (("byline", "Byline"), ("section", "Section"), ("source", "Source"), ("tags", "Tags"))
PHOTO_QUEUE_STATUSES = (
    Status.DRAFT,
    Status.SUBMITTED,
    Status.IN_REVIEW,
    Status.RETURNED,
    Status.APPROVED,
    Status.SCHEDULED,
)


def reviewed_content(article: Article) -> dict[str, Any]:
    """The fields the desk reviews, as plain JSON-able values."""
    content = {name: getattr(article, name) for name in REVIEWED_FIELDS}
    content["tags"] = list(article.tags)
    return content


def content_diff_html(old: Mapping[str, Any], new: Mapping[str, Any]) -> str:
    """Word-level changes from ``old`` to ``new``, field by field, as escaped HTML."""
    parts: list[str] = []
    for key, label in TEXT_FIELDS:
        before, after = str(old.get(key, "")), str(new.get(key, ""))
        if before == after:
            continue
        pieces = word_diff(before, after)
        added, removed = diff_stats(pieces)
        parts.append(
            f"<h3>{label} <small>(+{added} / −{removed} words)</small></h3><p>{diff_html(pieces)}</p>"
        )
    for key, label in OTHER_FIELDS:
        parts.extend(
            f"<p>{html.escape(line)}</p>" for line in describe_change(label, old.get(key), new.get(key))
        )
    return "".join(parts)


@dataclass(frozen=True, slots=True)
class QueueItem:
    """A row of the desk's queue: the article, who submitted it and when."""

    article_id: str
    headline: str
    section: str
    status: Status
    submitted_by: str
    submitted_at: datetime
    words: int = 0
    """The body's length in words, as the status bar counts them."""

    @property
    def title(self) -> str:
        return self.headline.strip() or "Untitled article"


@dataclass(frozen=True, slots=True)
class PhotoQueueItem:
    article_id: str
    headline: str
    status: Status
    missing: tuple[str, ...]
    """One sentence per missing thing (``There is no featured photo.``, ``Photo 2 has no credit.``)."""


@dataclass(frozen=True, slots=True)
class ReviewView:
    """What the review panel shows for one article."""

    article: Article
    review: ReviewRecord
    base_label: str
    """What the diff is against: ``your last review (…)``, ``the first submission`` or ``nothing yet``."""
    diff_html: str
    """Empty when nothing changed since the base."""
    problems: tuple[Problem, ...]
    comments: tuple[tuple[int, Comment], ...]
    trail: tuple[AuditEntry, ...]
    notes: tuple[Problem, ...] = ()
    """What the desk should know but need not fix (an archive article in the related list will not be linked)."""

    @property
    def unchanged(self) -> bool:
        return not self.diff_html


class ReviewService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def who(self) -> tuple[str, int]:
        """The signed-in site user's name (and id once known), or the local user."""
        with self._db.read() as uow:
            sites = uow.sync_state.sites()
        return (sites[0].username, 0) if sites else ("local user", 0)

    # queues -------------------------------------------------------------------------------------------------
    def queue(self) -> list[QueueItem]:
        """Submitted articles (and those the desk has taken), newest submission first, with who submitted them
        and when."""
        with self._db.read() as uow:
            rows = _articles(uow, Status.SUBMITTED) + _articles(uow, Status.IN_REVIEW)
            submits = uow.review_state.last_transition([a.id for a in rows], Status.SUBMITTED.value)
        items = []
        for article in rows:
            entry = submits.get(article.id)
            items.append(
                QueueItem(
                    article.id,
                    article.headline,
                    article.section,
                    article.status,
                    entry.who if entry else "",
                    entry.at if entry else article.updated_at,
                    word_count(article.body),
                )
            )
        return sorted(items, key=lambda item: item.submitted_at, reverse=True)

    def photo_queue(self) -> list[PhotoQueueItem]:
        """Unpublished articles whose photos are missing or incomplete (no credit, caption or alt text)."""
        items = []
        with self._db.read() as uow:
            for article in _articles(uow):
                if article.status not in PHOTO_QUEUE_STATUSES:
                    continue
                photos = uow.photos.for_article(article.id)
                missing = tuple(p.message for p in publish_checklist(article, photos) if p.field == "photos")
                if missing:
                    items.append(PhotoQueueItem(article.id, article.headline, article.status, missing))
        return items

    # the review ---------------------------------------------------------------------------------------------
    def open(self, article_id: str) -> ReviewView:
        """Open (record) the desk's review of the article as it is now, with the diff against the last version
        the desk saw, or else the first submission."""
        desk_user, _ = self.who()
        with self._db.write() as uow:
            article = uow.articles.get(article_id)
            if article is None:
                raise LookupError("The article no longer exists.")
            reviews = uow.review_state
            previous = reviews.last_review(article_id)
            current = reviewed_content(article)
            base: Mapping[str, Any]
            if previous is not None:
                base, label = previous.content, f"your last review ({_when(previous.opened_at)})"
            else:
                base, label = self._first_submission(uow, article_id, current)
            latest = uow.revisions.latest(article_id)
            if latest is not None:
                reviews.seal_revision(latest.id, "reviewed")
            review = reviews.open_review(
                article_id, desk_user, latest.id if latest else None, current, utcnow()
            )
            problems = publish_checklist(article, uow.photos.for_article(article_id))
            notes = related_notes(related_on_site(uow, article_id))
            comments = reviews.comments(article_id)
            trail = reviews.trail(article_id)
        return ReviewView(
            article,
            review,
            label,
            content_diff_html(base, current),
            tuple(problems),
            tuple(thread_order(comments)),
            tuple(trail),
            tuple(notes),
        )

    def _first_submission(
        self, uow: UnitOfWork, article_id: str, current: dict[str, Any]
    ) -> tuple[Mapping[str, Any], str]:
        """The content as first submitted: the first revision made at or after the first submission."""
        trail = uow.review_state.trail(article_id)
        first = next((e for e in trail if e.to_status == Status.SUBMITTED.value), None)
        if first is None:
            return current, "nothing yet (first review)"
        label = f"the first submission ({_when(first.at)})"
        submitted = uow.revisions.get(first.revision_id) if first.revision_id is not None else None
        if submitted is not None and submitted.article_id == article_id:
            return submitted.content, label
        for revision in reversed(uow.revisions.history(article_id)):  # oldest first
            if revision.updated_at >= first.at:  # pulled: the first copy that arrived after the submission
                return revision.content, label
        return current, label

    # comments -----------------------------------------------------------------------------------------------
    def comments(self, article_id: str) -> list[tuple[int, Comment]]:
        with self._db.read() as uow:
            return thread_order(uow.review_state.comments(article_id))

    def comment(
        self, article_id: str, text: str, *, reply_to: str | None = None, origin: object | None = None
    ) -> tuple[Comment, Changes]:
        """Add a note (or a reply) to the article's thread; it syncs to the newsroom, it is never published."""
        text = text.strip()
        if not text:
            raise ValueError("The note is empty.")
        author, author_id = self.who()
        with self._db.write() as uow:
            if uow.articles.get(article_id, include_deleted=True) is None:
                raise LookupError("The article no longer exists.")
            reviews = uow.review_state
            if reply_to is not None and reviews.comment(reply_to) is None:
                raise LookupError("The note you reply to no longer exists.")
            comment = Comment(article_id, author, text, reply_to=reply_to, author_id=author_id)
            reviews.add_comment(comment)
            uow.outbox.enqueue(article_id, "save")
        return comment, Changes(updated=frozenset({article_id}), origin=origin)


def related_on_site(uow: UnitOfWork, article_id: str) -> list[RelatedOnSite]:
    """The article's related articles with whether a publishing site holds each (a post linked to it)."""
    state = uow.sync_state
    sites = [site.id for site in state.sites()]
    items = []
    for related_id in uow.related.get(article_id):
        related = uow.articles.get(related_id)
        if related is None:
            continue
        links = (state.link(site_id, related_id) for site_id in sites)
        on_site = any(link is not None and link.remote_id is not None for link in links)
        items.append(RelatedOnSite(related.title, related.status, on_site))
    return items


def _articles(uow: UnitOfWork, status: Status | None = None) -> list[Article]:
    from editor_app.store import ArticleQuery

    summaries = uow.articles.summaries(ArticleQuery(status=status))
    articles = [uow.articles.get(s.id) for s in summaries]
    return [a for a in articles if a is not None]


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%d %b %H:%M")
