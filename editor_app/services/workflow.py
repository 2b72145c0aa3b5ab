"""Moving articles through the desk workflow, checked against the one transition table and the checklists.

Every transition writes its audit row (who, when, from, to, note) in the same transaction. The desk approves what
it read: an approval records the revision reviewed, and is refused with the new diff when the text changed after
the review opened.
"""

from __future__ import annotations

from datetime import datetime

from editor_app.domain import Article, Role, Status, TransitionError, allowed_transitions, find_transition
from editor_app.domain.article import utcnow
from editor_app.domain.checklist import Problem, run_checklist
from editor_app.domain.message import QT_TRANSLATE_NOOP, Message, word
from editor_app.domain.review import AuditEntry
from editor_app.domain.workflow import Transition
from editor_app.services.articles import store_edit
from editor_app.services.changes import Changes
from editor_app.services.review import content_diff_html, reviewed_content
from editor_app.store import Database, UnitOfWork
from editor_app.sync.roles import role_from_label, stronger

ROLE_SETTING = "workflow.local_role"
LOCAL_USER = "local user"


class ChecklistFailed(TransitionError):
    """The article is missing what the transition needs; ``problems`` says exactly what."""

    def __init__(self, action: str, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"Cannot {action} yet: " + " ".join(p.message for p in problems))


class TextChangedSinceReview(TransitionError):
    """The article changed after the desk opened its review; ``diff_html`` shows what changed since then."""

    def __init__(self, title: str, diff_html: str) -> None:
        self.diff_html = diff_html
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "“{title}” changed after you opened the review: read the new changes, then approve again.",
                ),
                title=title,
            )
        )


class WorkflowService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # roles --------------------------------------------------------------------------------------------------
    def local_role(self) -> Role:
        """The role used for local work when no publishing site decides it."""
        with self._db.read() as uow:
            value = uow.settings.get(ROLE_SETTING, Role.REPORTER.value)
        try:
            return Role(value)
        except ValueError:
            return Role.REPORTER

    def set_local_role(self, role: Role) -> None:
        """Pick the role for local work; refused when it is stronger than the signed-in site user's (the site
        decides what that user may do, and a local pick must not pretend otherwise)."""
        site_role = self.site_role()
        if site_role is not None and stronger(role, site_role):
            raise TransitionError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "You are signed in to the site as a {site_role}: the site decides your role, and a {role} cannot be picked here.",
                    ),
                    site_role=word(site_role.label, "Workflow", english=site_role.label.lower()),
                    role=word(role.label, "Workflow", english=role.label.lower()),
                )
            )
        with self._db.write() as uow:
            uow.settings.set(ROLE_SETTING, role.value)

    def site_role(self) -> Role | None:
        """The role of the signed-in site user (learned at the last sign-in), or None with no site."""
        with self._db.read() as uow:
            sites = uow.sync_state.sites()
        for site in sites:
            role = role_from_label(site.role)
            if role is not None:
                return role
        return None

    def role(self) -> Role:
        """The role that decides: the signed-in site user's, else the one picked for local work."""
        return self.site_role() or self.local_role()

    def who(self) -> str:
        """The name the audit trail and comments record: the site user, or the local user."""
        with self._db.read() as uow:
            sites = uow.sync_state.sites()
        return sites[0].username if sites else LOCAL_USER

    def available(self, status: Status, role: Role) -> list[Transition]:
        return allowed_transitions(status, role)

    def status_text(self, article: Article) -> str:
        """The status as the user should read it: an approval the site has not confirmed yet is not "Published"
        (nothing reached any site), it is "Approved (publishes at next sync)"."""
        if article.status in (Status.PUBLISHED, Status.SCHEDULED):
            with self._db.read() as uow:
                pending = [e for e in uow.review_state.trail(article.id) if not e.synced]
            if any(e.to_status == article.status.value for e in pending):
                verb = "publishes" if article.status is Status.PUBLISHED else "is scheduled"
                return f"Approved ({verb} at next sync)"
        return article.status.label

    def trail(self, article_id: str) -> list[AuditEntry]:
        """The article's transitions, oldest first (the history panel shows them)."""
        with self._db.read() as uow:
            return uow.review_state.trail(article_id)

    # transitions --------------------------------------------------------------------------------------------
    def apply(
        self,
        article_id: str,
        action: str,
        role: Role,
        *,
        note: str = "",
        at: datetime | None = None,
        origin: object | None = None,
    ) -> Changes:
        """Make one transition, or raise TransitionError (ChecklistFailed) with a sentence for the user."""
        who = self.who()
        with self._db.write() as uow:
            _transition(uow, article_id, action, role, who, note=note, at=at)
        return Changes(updated=frozenset({article_id}), origin=origin)

    def approve(
        self, article_id: str, role: Role, *, at: datetime | None = None, origin: object | None = None
    ) -> Changes:
        """The desk's approval: publish now, or schedule for ``at`` (checked before anything changes).

        With a review open, the approval is of the revision reviewed; if the text changed since, nothing
        changes and TextChangedSinceReview carries the new diff.
        """
        if at is not None and (at.tzinfo is None or at <= utcnow()):
            raise TransitionError("The publication time must be in the future, with its time zone.")
        who = self.who()
        with self._db.write() as uow:
            article = uow.articles.get(article_id)
            if article is None:
                raise TransitionError("The article no longer exists.")
            find_transition("approve", article.status, role)  # the role's refusal comes before the text's
            reviews = uow.review_state
            review = reviews.last_review(article_id, open_only=True)
            current = reviewed_content(article)
            if review is not None and review.content != current:
                raise TextChangedSinceReview(article.title, content_diff_html(review.content, current))
            latest = uow.revisions.latest(article_id)
            revision_id = review.revision_id if review is not None else (latest.id if latest else None)
            _transition(uow, article_id, "approve", role, who, revision_id=revision_id)
            if at is None:
                _transition(uow, article_id, "publish", role, who, revision_id=revision_id)
            else:
                _transition(uow, article_id, "schedule", role, who, at=at, revision_id=revision_id)
            reviews.close_reviews(article_id, utcnow())
        return Changes(updated=frozenset({article_id}), origin=origin)


def _transition(
    uow: UnitOfWork,
    article_id: str,
    action: str,
    role: Role,
    who: str,
    *,
    note: str = "",
    at: datetime | None = None,
    revision_id: int | None = None,
) -> Article:
    article = uow.articles.get(article_id)
    if article is None:
        raise TransitionError("The article no longer exists.")
    transition = find_transition(action, article.status, role)
    note = note.strip()
    if transition.needs_note and not note:
        raise TransitionError(
            Message(
                QT_TRANSLATE_NOOP("Core", "A note for the reporter is required to {action} an article."),
                action=word(transition.label, "Workflow", english=action),
            )
        )
    if transition.needs_time:
        if at is None:
            raise TransitionError("Choose the date and time to publish at.")
        if at.tzinfo is None:
            raise TransitionError("Give the publication time with its time zone.")
        if at <= utcnow():
            raise TransitionError("The publication time is in the past; publish now instead.")
    problems = run_checklist(transition.checklist, article, uow.photos.for_article(article_id))
    if problems:
        raise ChecklistFailed(action, problems)
    updated = _after(article, transition, note)
    store_edit(uow, updated)
    reviews = uow.review_state
    if revision_id is None:
        latest = uow.revisions.latest(article_id)
        revision_id = latest.id if latest else None
        if latest is not None and action == "submit":
            reviews.seal_revision(latest.id, "submitted")
    reviews.record(
        AuditEntry(
            article_id=article_id,
            who=who,
            action=action,
            from_status=article.status.value,
            to_status=updated.status.value,
            note=note,
            publish_at=at if transition.needs_time else None,
            revision_id=revision_id,
        )
    )
    payload: dict[str, object] = {
        "action": action,
        "from": article.status.value,
        "to": updated.status.value,
        "role": role.value,
        "note": note,
        "at": at.isoformat() if at else None,
    }
    uow.outbox.enqueue(article_id, "transition", payload)
    return updated


def _after(article: Article, transition: Transition, note: str) -> Article:
    if transition.name == "return":
        return article.with_changes(status=transition.target, note=note)
    if transition.name == "submit":
        return article.with_changes(status=transition.target, note="")
    return article.with_changes(status=transition.target)
