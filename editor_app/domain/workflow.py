"""The editorial workflow as one transition table.

Every state change an article can make is a row of ``TRANSITIONS``: its name, the states it leaves from, the
state it reaches, the roles allowed to make it, and what it requires (a note, a passing checklist, a time).
The UI, the CLI and the sync engine all ask this table; nothing else decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from editor_app.domain.message import QT_TRANSLATE_NOOP, Message, word


class Status(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    IN_REVIEW = "in_review"
    """Taken by the desk: from here on the text changes only through the desk."""
    RETURNED = "returned"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    KILLED = "killed"
    ARCHIVED = "archived"
    """A reference from an imported archive, published elsewhere: searchable and linkable, never synced, changed
    only by the desk's explicit "publish to site"."""

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Role(StrEnum):
    REPORTER = "reporter"
    PHOTO_EDITOR = "photo_editor"
    DESK = "desk"

    @property
    def label(self) -> str:
        return {"reporter": "Reporter", "photo_editor": "Photo editor", "desk": "Desk editor"}[self.value]


class Checklist(StrEnum):
    NONE = "none"
    SUBMIT = "submit"
    PUBLISH = "publish"


@dataclass(frozen=True, slots=True)
class Transition:
    name: str
    sources: frozenset[Status]
    target: Status
    roles: frozenset[Role]
    label: str
    needs_note: bool = False
    needs_time: bool = False
    checklist: Checklist = Checklist.NONE


class TransitionError(ValueError):
    """A transition that the table does not allow; the message is written for the user."""


def _t(
    name: str,
    sources: set[Status],
    target: Status,
    roles: set[Role],
    label: str,
    **flags: object,
) -> Transition:
    return Transition(name, frozenset(sources), target, frozenset(roles), label, **flags)  # type: ignore[arg-type]


S, R = Status, Role
_EDITABLE = {S.DRAFT, S.RETURNED}

TRANSITIONS: tuple[Transition, ...] = (
    _t("submit", _EDITABLE, S.SUBMITTED, {R.REPORTER, R.DESK}, "Submit to desk", checklist=Checklist.SUBMIT),
    _t("withdraw", {S.SUBMITTED}, S.DRAFT, {R.REPORTER, R.DESK}, "Withdraw submission"),
    _t("take", {S.SUBMITTED}, S.IN_REVIEW, {R.DESK}, "Take for review"),
    _t(
        "return",
        {S.SUBMITTED, S.IN_REVIEW, S.APPROVED, S.SCHEDULED},
        S.RETURNED,
        {R.DESK},
        "Return to reporter",
        needs_note=True,
    ),
    _t("approve", {S.SUBMITTED, S.IN_REVIEW}, S.APPROVED, {R.DESK}, "Approve", checklist=Checklist.PUBLISH),
    _t(
        "schedule",
        {S.APPROVED},
        S.SCHEDULED,
        {R.DESK},
        "Schedule",
        needs_time=True,
        checklist=Checklist.PUBLISH,
    ),
    _t("unschedule", {S.SCHEDULED}, S.APPROVED, {R.DESK}, "Unschedule"),
    _t("publish", {S.APPROVED, S.SCHEDULED}, S.PUBLISHED, {R.DESK}, "Publish", checklist=Checklist.PUBLISH),
    _t(
        "kill",
        {S.DRAFT, S.RETURNED, S.SUBMITTED, S.IN_REVIEW, S.APPROVED, S.SCHEDULED, S.PUBLISHED},
        S.KILLED,
        {R.DESK},
        "Kill",
    ),
    _t("restore", {S.KILLED}, S.DRAFT, {R.DESK}, "Restore"),
    # Archive references (kept apart from the desk's table above): the only way out is the desk's explicit
    # "publish to site"; the article keeps its original date.
    _t("publish_to_site", {S.ARCHIVED}, S.PUBLISHED, {R.DESK}, "Publish to site"),
)

_BY_NAME = {t.name: t for t in TRANSITIONS}


def find_transition(name: str, status: Status, role: Role) -> Transition:
    """The transition ``name`` from ``status`` for ``role``, or a TransitionError that says why not."""
    transition = _BY_NAME.get(name)
    if transition is None:
        raise TransitionError(Message(QT_TRANSLATE_NOOP("Core", "Unknown action '{action}'."), action=name))
    if status not in transition.sources:
        raise TransitionError(
            Message(
                QT_TRANSLATE_NOOP("Core", "Cannot {action} an article that is {status}."),
                action=word(transition.label, "Workflow", english=name),
                status=word(status.label, "Workflow", english=status.value),
            )
        )
    if role not in transition.roles:
        raise TransitionError(
            Message(
                QT_TRANSLATE_NOOP("Core", "A {role} cannot {action} articles."),
                role=word(role.label, "Workflow", english=role.label.lower()),
                action=word(transition.label, "Workflow", english=name),
            )
        )
    return transition


def allowed_transitions(status: Status, role: Role) -> list[Transition]:
    """The transitions a role may make from a status, in table order (what the UI offers)."""
    return [t for t in TRANSITIONS if status in t.sources and role in t.roles]


CORRECTABLE = frozenset({Status.IN_REVIEW, Status.APPROVED, Status.SCHEDULED, Status.PUBLISHED})
"""Where only the desk changes the text; a change to a published article is a correction (the audit says so)."""


def is_editable(status: Status, role: Role) -> bool:
    """Whether a role may change an article's text in this status."""
    if status in _EDITABLE:
        return True
    if status is Status.SUBMITTED:
        return True  # the reporter may keep editing until the desk takes it
    return role is Role.DESK and status in CORRECTABLE


def not_editable_reason(status: Status, role: Role) -> str:
    """Why a role may not change the text now, in words for the user ("" when it may)."""
    if is_editable(status, role):
        return ""
    if status is Status.IN_REVIEW:
        return "The desk is reviewing this article: changes go through the desk, or it returns it to you."
    if status in {Status.APPROVED, Status.SCHEDULED, Status.PUBLISHED}:
        return f"This article is {status.label.lower()}: only the desk can change it now."
    if status is Status.KILLED:
        return "This article was killed: the desk can restore it."
    if status is Status.ARCHIVED:
        return "This article is in the archive (published elsewhere): it is a reference, kept as it was."
    return f"A {role.label.lower()} cannot change {status.label.lower()} articles."
