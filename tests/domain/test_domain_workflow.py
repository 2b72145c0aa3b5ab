"""The workflow table, walked for every transition and every role."""

from __future__ import annotations

import itertools

import pytest

from editor_app.domain import TRANSITIONS, Role, Status, TransitionError, allowed_transitions, find_transition
from editor_app.domain.workflow import Checklist, is_editable, not_editable_reason

EXPECTED = {
    # name: (sources, target, roles)
    "submit": ({"draft", "returned"}, "submitted", {"reporter", "desk"}),
    "withdraw": ({"submitted"}, "draft", {"reporter", "desk"}),
    "take": ({"submitted"}, "in_review", {"desk"}),
    "return": ({"submitted", "in_review", "approved", "scheduled"}, "returned", {"desk"}),
    "approve": ({"submitted", "in_review"}, "approved", {"desk"}),
    "schedule": ({"approved"}, "scheduled", {"desk"}),
    "unschedule": ({"scheduled"}, "approved", {"desk"}),
    "publish": ({"approved", "scheduled"}, "published", {"desk"}),
    "kill": (
        {"draft", "returned", "submitted", "in_review", "approved", "scheduled", "published"},
        "killed",
        {"desk"},
    ),
    "restore": ({"killed"}, "draft", {"desk"}),
    "publish_to_site": ({"archived"}, "published", {"desk"}),
}


def test_the_table_is_exactly_the_newsroom_workflow() -> None:
    table = {
        t.name: ({s.value for s in t.sources}, t.target.value, {r.value for r in t.roles})
        for t in TRANSITIONS
    }
    assert table == EXPECTED


@pytest.mark.parametrize(
    ("name", "status", "role"),
    list(itertools.product(EXPECTED, list(Status), list(Role))),
)
def test_every_transition_for_every_role_from_every_status(name: str, status: Status, role: Role) -> None:
    sources, target, roles = EXPECTED[name]
    if status.value in sources and role.value in roles:
        transition = find_transition(name, status, role)
        assert transition.target.value == target
        assert transition in allowed_transitions(status, role)
    else:
        with pytest.raises(TransitionError) as info:
            find_transition(name, status, role)
        message = str(info.value)
        assert name in message
        assert all(t.name != name for t in allowed_transitions(status, role))


def test_photo_editors_never_move_articles_through_the_workflow() -> None:
    assert all(allowed_transitions(status, Role.PHOTO_EDITOR) == [] for status in Status)


def test_return_needs_a_note_and_publishing_needs_the_full_checklist() -> None:
    by_name = {t.name: t for t in TRANSITIONS}
    assert by_name["return"].needs_note
    assert by_name["schedule"].needs_time
    assert by_name["submit"].checklist is Checklist.SUBMIT
    assert {by_name[n].checklist for n in ("approve", "schedule", "publish")} == {Checklist.PUBLISH}


def test_killed_articles_are_recoverable() -> None:
    for status in Status:
        if status is not Status.KILLED and any(
            t.name == "kill" for t in allowed_transitions(status, Role.DESK)
        ):
            killed = find_transition("kill", status, Role.DESK).target
            assert find_transition("restore", killed, Role.DESK).target is Status.DRAFT


def test_unknown_action_is_refused_in_words() -> None:
    with pytest.raises(TransitionError, match="Unknown action"):
        find_transition("teleport", Status.DRAFT, Role.DESK)


def test_editability_by_status_and_role() -> None:
    assert is_editable(Status.DRAFT, Role.REPORTER)
    assert is_editable(Status.SUBMITTED, Role.REPORTER)  # until the desk takes it
    assert not is_editable(Status.IN_REVIEW, Role.REPORTER)
    assert is_editable(Status.IN_REVIEW, Role.DESK)
    assert "desk is reviewing" in not_editable_reason(Status.IN_REVIEW, Role.REPORTER)
    assert not_editable_reason(Status.DRAFT, Role.REPORTER) == ""
    assert not is_editable(Status.APPROVED, Role.REPORTER)
    assert is_editable(Status.APPROVED, Role.DESK)
    assert not is_editable(Status.PUBLISHED, Role.REPORTER)
    assert not is_editable(Status.KILLED, Role.DESK)
