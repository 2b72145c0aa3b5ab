"""The desk's review on one local database: queues, the diff against what the desk last saw, approving only what
was read, the audit trail written with each transition, threaded comments."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

from editor_app.domain import Role, Status, TransitionError, new_article
from editor_app.domain.article import utcnow
from editor_app.domain.photo import new_photo
from editor_app.services.articles import ArticleService, store_edit
from editor_app.services.review import ReviewService
from editor_app.services.workflow import TextChangedSinceReview, WorkflowService

COMPLETE = {"caption": "The quay", "credit": "Staff", "alt_text": "Boats at a quay"}


def make(db, *, photo: dict | None = COMPLETE, **fields) -> str:
    base = {"headline": "Harbour reopens", "body": "Ferries are back today.", "source": "Staff"}
    article = new_article(**{**base, **fields})
    with db.write() as uow:
        store_edit(uow, article)
        if photo is not None:
            p = new_photo(**photo)
            uow.photos.save(p)
            uow.photos.set_for_article(article.id, [(p.id, True)])
    return article.id


@pytest.fixture
def services(db):
    return WorkflowService(db), ReviewService(db), ArticleService(db)


def test_every_transition_leaves_an_audit_row_and_a_refused_one_leaves_none(db, services) -> None:
    workflow, _, _ = services
    article_id = make(db)
    workflow.apply(article_id, "submit", Role.REPORTER)
    with pytest.raises(TransitionError):
        workflow.apply(article_id, "return", Role.DESK, note="")
    workflow.apply(article_id, "return", Role.DESK, note="Name the ferry company.")
    trail = workflow.trail(article_id)
    assert [(e.action, e.from_status, e.to_status) for e in trail] == [
        ("submit", "draft", "submitted"),
        ("return", "submitted", "returned"),
    ]
    assert trail[1].note == "Name the ferry company." and trail[1].who == "local user"
    assert all(not e.synced for e in trail)


def test_the_queue_lists_submitted_articles_newest_first_with_who_and_when(db, services) -> None:
    workflow, review, _ = services
    older, draft, newer = make(db, headline="Older"), make(db, headline="Draft"), make(db, headline="Newer")
    workflow.apply(older, "submit", Role.REPORTER)
    time.sleep(0.01)
    workflow.apply(newer, "submit", Role.REPORTER)
    queue = review.queue()
    assert [item.headline for item in queue] == ["Newer", "Older"]
    assert queue[0].submitted_by == "local user" and queue[0].submitted_at >= queue[1].submitted_at
    assert draft not in {item.article_id for item in queue}


def test_the_photo_queue_names_what_each_article_lacks(db, services) -> None:
    _, review, _ = services
    make(db, headline="Complete")
    make(db, headline="No photo", photo=None)
    make(db, headline="No credit", photo={**COMPLETE, "credit": ""})
    items = {item.headline: item.missing for item in review.photo_queue()}
    assert set(items) == {"No photo", "No credit"}
    assert items["No photo"] == ("There is no featured photo.",)
    assert items["No credit"] == ("The featured photo has no credit.",)


def test_the_diff_is_against_the_first_submission_then_against_the_last_review(db, services) -> None:
    workflow, review, articles = services
    article_id = make(db, body="Ferries are back today.")
    workflow.apply(article_id, "submit", Role.REPORTER)
    articles.edit(article_id, {"body": "Ferries are back today at noon."})  # still editable until taken
    first = review.open(article_id)
    assert first.base_label.startswith("the first submission")
    assert "<ins" in first.diff_html and "at noon." in first.diff_html
    again = review.open(article_id)
    assert again.unchanged and again.base_label.startswith("your last review")
    articles.edit(article_id, {"body": "Ferries are back today at one."})
    third = review.open(article_id)
    assert "noon." in third.diff_html and "one." in third.diff_html


def test_approval_after_the_text_changed_shows_the_new_diff_and_changes_nothing(db, services) -> None:
    workflow, review, articles = services
    article_id = make(db)
    workflow.apply(article_id, "submit", Role.REPORTER)
    opened = review.open(article_id)
    articles.edit(article_id, {"body": "Ferries are back today. Fares double."})
    with pytest.raises(TextChangedSinceReview) as info:
        workflow.approve(article_id, Role.DESK)
    assert "Fares" in info.value.diff_html and "<ins" in info.value.diff_html
    assert articles.get(article_id).status is Status.SUBMITTED
    assert [e.action for e in workflow.trail(article_id)] == ["submit"]

    reread = review.open(article_id)  # the desk reads the new text, then approves it
    workflow.approve(article_id, Role.DESK)
    assert articles.get(article_id).status is Status.PUBLISHED
    approve = next(e for e in workflow.trail(article_id) if e.action == "approve")
    assert approve.revision_id == reread.review.revision_id != opened.review.revision_id
    with db.read() as uow:
        assert uow.review_state.last_review(article_id, open_only=True) is None


def test_a_schedule_keeps_its_time_in_the_audit_trail(db, services) -> None:
    workflow, _, _ = services
    article_id = make(db)
    workflow.apply(article_id, "submit", Role.REPORTER)
    when = (utcnow() + timedelta(days=1)).replace(microsecond=0)
    workflow.approve(article_id, Role.DESK, at=when)
    with db.read() as uow:
        assert uow.review_state.scheduled_time(article_id) == when
    assert [e.to_status for e in workflow.trail(article_id)][-1] == "scheduled"


def test_comments_thread_with_replies_and_queue_a_sync(db, services) -> None:
    _, review, _ = services
    article_id = make(db)
    first, _ = review.comment(article_id, "Is the ferry company named?")
    later, _ = review.comment(article_id, "Second thought: check fares.")
    reply, _ = review.comment(article_id, "Yes, paragraph two.", reply_to=first.id)
    assert [(depth, c.text) for depth, c in review.comments(article_id)] == [
        (0, first.text),
        (1, reply.text),
        (0, later.text),
    ]
    with pytest.raises(ValueError, match="empty"):
        review.comment(article_id, "   ")
    with pytest.raises(LookupError):
        review.comment(article_id, "To nobody", reply_to="no-such-note")
    with db.read() as uow:
        assert article_id in uow.outbox.article_ids()
        assert uow.review_state.unsynced(article_id) == (False, True)


def test_a_reporter_cannot_approve_even_with_a_review_open(db, services) -> None:
    workflow, review, articles = services
    article_id = make(db)
    workflow.apply(article_id, "submit", Role.REPORTER)
    review.open(article_id)
    with pytest.raises(TransitionError, match="reporter cannot approve"):
        workflow.approve(article_id, Role.REPORTER)
    assert articles.get(article_id).status is Status.SUBMITTED
