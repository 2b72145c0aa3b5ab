"""The workflow service: roles and checklists decide, the note travels, nothing else changes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from editor_app.domain import Role, Status, TransitionError, new_article
from editor_app.domain.article import utcnow
from editor_app.domain.photo import new_photo
from editor_app.services.articles import store_edit
from editor_app.services.workflow import ChecklistFailed, WorkflowService


@pytest.fixture
def workflow(db):
    return WorkflowService(db)


def _article(db, *, photo: dict | None = None, **fields):
    base = {"headline": "Harbour reopens", "body": "Ferries are back.", "section": "News", "source": "Staff"}
    base.update(fields)
    article = new_article(**base)
    with db.write() as uow:
        store_edit(uow, article)
        if photo is not None:
            p = new_photo(**photo)
            uow.photos.save(p)
            uow.photos.set_for_article(article.id, [(p.id, True)])
    return article.id


COMPLETE_PHOTO = {"caption": "The quay", "credit": "Staff", "alt_text": "Boats at a quay"}


def status_of(db, article_id):
    with db.read() as uow:
        return uow.articles.get(article_id)


def test_submit_names_exactly_what_is_missing(db, workflow) -> None:
    article_id = _article(db, source="", body="")
    with pytest.raises(ChecklistFailed) as info:
        workflow.apply(article_id, "submit", Role.REPORTER)
    assert "The body is empty." in str(info.value)
    assert "The source line is empty." in str(info.value)
    assert status_of(db, article_id).status is Status.DRAFT


def test_reporter_submits_and_cannot_approve(db, workflow) -> None:
    article_id = _article(db, photo=COMPLETE_PHOTO)
    workflow.apply(article_id, "submit", Role.REPORTER)
    assert status_of(db, article_id).status is Status.SUBMITTED
    with pytest.raises(TransitionError, match="reporter cannot approve"):
        workflow.approve(article_id, Role.REPORTER)
    with db.read() as uow:
        ops = [(e.op, e.payload.get("action")) for e in uow.outbox.pending()]
    assert ("transition", "submit") in ops


def test_a_featured_photo_without_alt_text_blocks_submission_and_approval(db, workflow) -> None:
    article_id = _article(db, photo={**COMPLETE_PHOTO, "alt_text": ""})
    with pytest.raises(ChecklistFailed, match="featured photo has no alt text"):
        workflow.apply(article_id, "submit", Role.REPORTER)
    with db.write() as uow:  # the photo desk completes it; the reporter submits
        (slot,) = uow.photos.for_article(article_id)
        uow.photos.save(slot.photo.with_changes(alt_text="Boats at a quay"))
    workflow.apply(article_id, "submit", Role.REPORTER)
    with db.write() as uow:  # then someone clears it again before the desk approves
        (slot,) = uow.photos.for_article(article_id)
        uow.photos.save(slot.photo.with_changes(alt_text=""))
    with pytest.raises(ChecklistFailed, match="featured photo has no alt text"):
        workflow.approve(article_id, Role.DESK)
    assert status_of(db, article_id).status is Status.SUBMITTED


def test_desk_publishes_now_or_schedules(db, workflow) -> None:
    now_id = _article(db, photo=COMPLETE_PHOTO)
    later_id = _article(db, photo=COMPLETE_PHOTO)
    for article_id in (now_id, later_id):
        workflow.apply(article_id, "submit", Role.REPORTER)
    workflow.approve(now_id, Role.DESK)
    assert status_of(db, now_id).status is Status.PUBLISHED
    with pytest.raises(TransitionError, match="future"):
        workflow.approve(later_id, Role.DESK, at=utcnow() - timedelta(minutes=1))
    assert status_of(db, later_id).status is Status.SUBMITTED
    workflow.approve(later_id, Role.DESK, at=utcnow() + timedelta(hours=2))
    assert status_of(db, later_id).status is Status.SCHEDULED


def test_return_needs_a_note_which_the_reporter_sees_until_resubmitting(db, workflow) -> None:
    article_id = _article(db)
    workflow.apply(article_id, "submit", Role.REPORTER)
    with pytest.raises(TransitionError, match="note"):
        workflow.apply(article_id, "return", Role.DESK, note="  ")
    workflow.apply(article_id, "return", Role.DESK, note="Check the ferry times.")
    returned = status_of(db, article_id)
    assert returned.status is Status.RETURNED and returned.note == "Check the ferry times."
    workflow.apply(article_id, "submit", Role.REPORTER)
    assert status_of(db, article_id).note == ""


def test_local_role_is_remembered(db, workflow) -> None:
    assert workflow.local_role() is Role.REPORTER
    workflow.set_local_role(Role.DESK)
    assert WorkflowService(db).local_role() is Role.DESK
