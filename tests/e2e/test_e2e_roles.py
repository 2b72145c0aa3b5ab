"""Roles against the real WordPress: what a reporter and a photo editor cannot do is refused by the site, shown in
plain words, and the local article stays as it was; the desk publishes; a kill is recoverable."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx2
import pytest
from PIL import Image

from editor_app.domain import Role, Status, TransitionError
from editor_app.domain.article import utcnow
from editor_app.services.workflow import WorkflowService
from tests.e2e.newsroom import Member, members, server_media, server_post

pytestmark = [pytest.mark.wordpress]
PHOTO = {"caption": "The quay", "credit": "Staff/Desk", "alt_text": "Boats at a quay"}


@pytest.fixture
def newsroom(wordpress: Any, tmp_path: Path) -> Iterator[dict[str, Member]]:
    with members(wordpress, tmp_path, ("reporter", "photo_editor", "desk")) as opened:
        yield opened


def submitted_story(reporter: Member, tmp_path: Path, headline: str) -> str:
    story, _ = reporter.services.articles.create(headline=headline, body="Words.", source="Staff")
    picture = tmp_path / f"{story.id}.jpg"
    Image.new("RGB", (320, 200), (90, 20, 160)).save(picture, "JPEG")
    reporter.photos.add_files(story.id, [picture], featured=True, fields=PHOTO)
    reporter.workflow.apply(story.id, "submit", Role.REPORTER)
    reporter.synced()
    return story.id


def test_a_reporter_cannot_publish_or_schedule_and_a_forced_attempt_is_undone(
    newsroom: dict[str, Member], wordpress: Any, tmp_path: Path
) -> None:
    reporter = newsroom["reporter"]
    story = submitted_story(reporter, tmp_path, "Reporter tries to publish")
    with pytest.raises(TransitionError, match="reporter cannot approve"):
        reporter.workflow.approve(story, reporter.workflow.role())
    assert reporter.services.articles.get(story).status is Status.SUBMITTED  # type: ignore[union-attr]

    # A tampered client makes the transition anyway: the site refuses, the app says so and undoes it.
    for at in (None, utcnow() + timedelta(days=1)):
        reporter.workflow.approve(story, Role.DESK, at=at)
        report = reporter.sync.sync_once().report
        assert len(report.failures) == 1, report.failures
        assert "role" in report.failures[0] and "back to submitted" in report.failures[0]
        after = reporter.services.articles.get(story)
        assert after is not None and after.status is Status.SUBMITTED and after.body == "Words."
        assert server_post(wordpress, reporter.remote_id(story))["status"] == "pending"
    audit = server_post(wordpress, reporter.remote_id(story))["meta"]["ew_audit"]
    assert [e["to"] for e in audit] == ["submitted"]  # the refused transitions were never shared


def test_editors_choice_needs_publish_rights_when_the_newsroom_says_so(
    newsroom: dict[str, Member], wordpress: Any, tmp_path: Path
) -> None:
    reporter = newsroom["reporter"]
    story = submitted_story(reporter, tmp_path, "Reporter marks Editor's choice")
    admin = httpx2.Client(base_url=wordpress.api_root, auth=wordpress.users["admin"].auth, trust_env=False)
    try:
        admin.post("wp/v2/settings", json={"ew_editors_choice_needs_publish": True}).raise_for_status()
        reporter.services.articles.edit(story, {"editors_choice": True})
        report = reporter.sync.sync_once().report
        assert report.failures and "Only the desk can mark or unmark Editor's choice." in report.failures[0]
        assert server_post(wordpress, reporter.remote_id(story))["meta"]["ew_editors_choice"] is False
        assert reporter.services.articles.get(story).body == "Words."  # type: ignore[union-attr]
    finally:
        admin.post("wp/v2/settings", json={"ew_editors_choice_needs_publish": False}).raise_for_status()
        admin.close()


def test_the_desk_publishes_and_then_the_reporter_cannot_edit(
    newsroom: dict[str, Member], wordpress: Any, tmp_path: Path
) -> None:
    reporter, desk = newsroom["reporter"], newsroom["desk"]
    story = submitted_story(reporter, tmp_path, "Desk publishes")
    post_id = reporter.remote_id(story)
    desk.synced()
    desk.workflow.approve(desk.article_for(post_id), desk.workflow.role())
    desk.synced()
    assert server_post(wordpress, post_id)["status"] == "publish"
    reporter.synced()
    assert reporter.services.articles.get(story).status is Status.PUBLISHED  # type: ignore[union-attr]
    before = server_post(wordpress, post_id)["content"]["raw"]
    reporter.services.articles.edit(story, {"body": "Changed after publication."})
    report = reporter.sync.sync_once().report
    assert report.failures and "role" in report.failures[0]
    assert server_post(wordpress, post_id)["content"]["raw"] == before
    assert reporter.services.articles.get(story).body == "Changed after publication."  # type: ignore[union-attr]


def test_a_photo_editor_sets_the_photo_and_credit_but_not_the_text_or_status(
    newsroom: dict[str, Member], wordpress: Any, tmp_path: Path
) -> None:
    reporter, photo_editor = newsroom["reporter"], newsroom["photo_editor"]
    story = submitted_story(reporter, tmp_path, "Photo editor improves the photo")
    post_id = reporter.remote_id(story)
    photo_editor.synced()
    local = photo_editor.article_for(post_id)
    better = tmp_path / "better.jpg"
    Image.new("RGB", (640, 400), (10, 120, 60)).save(better, "JPEG")
    fields = {**PHOTO, "credit": "Ann Lee/Photo Desk"}
    photo_editor.photos.add_files(local, [better], featured=True, fields=fields)
    photo_editor.synced()
    post = server_post(wordpress, post_id)
    assert server_media(wordpress, post["featured_media"])["meta"]["ew_credit"] == "Ann Lee/Photo Desk"
    assert post["status"] == "pending" and post["meta"]["ew_markdown"] == "Words."

    photo_editor.services.articles.edit(local, {"body": "Rewritten by the photo desk."})
    report = photo_editor.sync.sync_once().report
    assert report.failures and "not its text or status" in report.failures[0]
    assert server_post(wordpress, post_id)["meta"]["ew_markdown"] == "Words."
    with pytest.raises(TransitionError, match="photo editor cannot approve"):
        photo_editor.workflow.approve(local, photo_editor.workflow.role())


def test_a_kill_trashes_the_post_and_a_restore_brings_it_back(
    newsroom: dict[str, Member], wordpress: Any, tmp_path: Path
) -> None:
    reporter, desk = newsroom["reporter"], newsroom["desk"]
    story = submitted_story(reporter, tmp_path, "Killed and restored")
    post_id = reporter.remote_id(story)
    desk.synced()
    local = desk.article_for(post_id)
    desk.workflow.apply(local, "kill", Role.DESK)
    desk.synced()
    trashed = server_post(wordpress, post_id)
    assert trashed["status"] == "trash" and trashed["meta"]["ew_audit"][-1]["to"] == "killed"
    desk.workflow.apply(local, "restore", Role.DESK)
    desk.synced()
    assert server_post(wordpress, post_id)["status"] == "draft"
    assert WorkflowService(desk.services.db).trail(local)[-1].action == "restore"


def test_once_the_desk_takes_a_story_the_reporter_can_no_longer_change_it(
    newsroom: dict[str, Member], wordpress: Any, tmp_path: Path
) -> None:
    from editor_app.domain.workflow import is_editable

    reporter, desk = newsroom["reporter"], newsroom["desk"]
    story = submitted_story(reporter, tmp_path, "Desk takes it")
    post_id = reporter.remote_id(story)
    assert is_editable(Status.SUBMITTED, Role.REPORTER)  # still the reporter's to change until taken
    with pytest.raises(TransitionError, match="reporter cannot take"):
        reporter.workflow.apply(story, "take", Role.REPORTER)

    desk.synced()
    desk_copy = desk.article_for(post_id)
    desk.workflow.apply(desk_copy, "take", desk.workflow.role())
    desk.synced()
    post = server_post(wordpress, post_id)
    assert (post["status"], post["meta"]["ew_status"]) == ("pending", "in_review")
    assert [e["to"] for e in post["meta"]["ew_audit"]] == ["submitted", "in_review"]

    reporter.synced()
    mine = reporter.services.articles.get(story)
    assert mine is not None and mine.status is Status.IN_REVIEW
    assert not is_editable(mine.status, reporter.workflow.role())  # the editor shows it read-only
    with pytest.raises(TransitionError):
        reporter.workflow.apply(story, "withdraw", Role.REPORTER)

    desk.workflow.apply(desk_copy, "return", Role.DESK, note="Add the ticket prices.")
    desk.synced()
    reporter.synced()
    back = reporter.services.articles.get(story)
    assert back is not None and back.status is Status.RETURNED and back.note == "Add the ticket prices."
    assert is_editable(back.status, Role.REPORTER)
