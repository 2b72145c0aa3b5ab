"""Moving articles through the desk workflow, checked against the one transition table and the checklists."""

from __future__ import annotations

from datetime import datetime

from editor_app.domain import Article, Role, Status, TransitionError, allowed_transitions, find_transition
from editor_app.domain.article import utcnow
from editor_app.domain.checklist import Problem, run_checklist
from editor_app.domain.workflow import Transition
from editor_app.services.articles import store_edit
from editor_app.services.changes import Changes
from editor_app.store import Database

ROLE_SETTING = "workflow.local_role"


class ChecklistFailed(TransitionError):
    """The article is missing what the transition needs; ``problems`` says exactly what."""

    def __init__(self, action: str, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"Cannot {action} yet: " + " ".join(p.message for p in problems))


class WorkflowService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def local_role(self) -> Role:
        """The role used for local work when no publishing site decides it."""
        with self._db.read() as uow:
            value = uow.settings.get(ROLE_SETTING, Role.REPORTER.value)
        try:
            return Role(value)
        except ValueError:
            return Role.REPORTER

    def set_local_role(self, role: Role) -> None:
        with self._db.write() as uow:
            uow.settings.set(ROLE_SETTING, role.value)

    def available(self, status: Status, role: Role) -> list[Transition]:
        return allowed_transitions(status, role)

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
        with self._db.write() as uow:
            article = uow.articles.get(article_id)
            if article is None:
                raise TransitionError("The article no longer exists.")
            transition = find_transition(action, article.status, role)
            note = note.strip()
            if transition.needs_note and not note:
                raise TransitionError(f"A note for the reporter is required to {action} an article.")
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
            payload: dict[str, object] = {
                "action": action,
                "from": article.status.value,
                "to": updated.status.value,
                "role": role.value,
                "note": note,
                "at": at.isoformat() if at else None,
            }
            uow.outbox.enqueue(article_id, "transition", payload)
        return Changes(updated=frozenset({article_id}), origin=origin)

    def approve(
        self, article_id: str, role: Role, *, at: datetime | None = None, origin: object | None = None
    ) -> Changes:
        """The desk's approval: publish now, or schedule for ``at`` (checked before anything changes)."""
        if at is not None and (at.tzinfo is None or at <= utcnow()):
            raise TransitionError("The publication time must be in the future, with its time zone.")
        changes = self.apply(article_id, "approve", role, origin=origin)
        if at is None:
            return changes | self.apply(article_id, "publish", role, origin=origin)
        return changes | self.apply(article_id, "schedule", role, at=at, origin=origin)


def _after(article: Article, transition: Transition, note: str) -> Article:
    if transition.name == "return":
        return article.with_changes(status=transition.target, note=note)
    if transition.name == "submit":
        return article.with_changes(status=transition.target, note="")
    return article.with_changes(status=transition.target)
