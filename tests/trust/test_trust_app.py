"""The desk's app believes only what the server vouches for, driven through the services and sync layer against the
real WordPress: forgeries leave the story submitted in the desk's queue, an approval is "Approved (publishes at next
sync)" until the site confirms it, a signed-in profile cannot pick a stronger role, and the desk corrects
published copy (recorded as "corrected", with an Updated time) while a reporter cannot."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from editor_app.domain import Role, Status
from editor_app.domain.workflow import not_editable_reason
from tests.e2e.newsroom import Member, member, members, server_post
from tests.paths import REPO
from tests.trust.paths import xmlrpc_call
from tests.wordpress.harness import rest_client

pytestmark = pytest.mark.wordpress


@pytest.fixture
def newsroom(wordpress: Any, tmp_path: Path) -> Iterator[dict[str, Member]]:
    with members(wordpress, tmp_path, ("reporter", "desk")) as opened:
        yield opened


@pytest.fixture
def submitted(tmp_path: Path) -> Any:
    """``submitted(reporter, headline)``: a story with its photo, submitted and synced (tests/e2e's helper)."""
    from tests.e2e.test_e2e_roles import submitted_story

    return lambda reporter, headline: submitted_story(reporter, tmp_path, headline)


def test_after_every_forgery_the_desk_still_sees_a_submitted_story(
    newsroom: dict[str, Member], wordpress: Any, submitted: Any
) -> None:
    reporter, desk = newsroom["reporter"], newsroom["desk"]
    story = submitted(reporter, "Forged approval")
    post_id = reporter.remote_id(story)
    forged = {"id": "f1", "who": "ew-desk", "at": "2024-01-01T00:00:00Z", "action": "approve",
              "from": "submitted", "to": "approved", "note": "Approved by the desk"}  # fmt: skip
    with rest_client(wordpress, "reporter") as client:
        for meta in (
            {"ew_status": "approved"},
            {"ew_audit": [forged]},
            {"ew_status": "approved", "ew_audit": []},
        ):
            assert client.post(f"wp/v2/posts/{post_id}", json={"meta": meta}).status_code == 403
        assert client.post(f"wp/v2/posts/{post_id}", json={"status": "publish"}).status_code == 403
    fields = [{"key": "ew_status", "value": "approved"}, {"key": "ew_audit", "value": "forged"}]
    xmlrpc_call(wordpress, "reporter", "wp.editPost", post_id, {"custom_fields": fields})
    # A tampered app: the reporter's copy says the desk approved it. The site refuses, the app undoes it.
    reporter.workflow.approve(story, Role.DESK)
    assert reporter.sync.sync_once().report.failures
    assert reporter.services.articles.get(story).status is Status.SUBMITTED  # type: ignore[union-attr]

    desk.synced()
    article_id = desk.article_for(post_id)
    assert desk.services.articles.get(article_id).status is Status.SUBMITTED  # type: ignore[union-attr]
    assert article_id in [item.article_id for item in desk.review.queue()]
    trail = desk.workflow.trail(article_id)
    assert [(e.action, e.who) for e in trail] == [("submit", wordpress.users["reporter"].login)]


def test_an_approval_is_not_published_until_the_site_says_so(
    newsroom: dict[str, Member], wordpress: Any, submitted: Any
) -> None:
    reporter, desk = newsroom["reporter"], newsroom["desk"]
    story = submitted(reporter, "Approved offline")
    desk.synced()
    article_id = desk.article_for(reporter.remote_id(story))
    desk.review.open(article_id)
    desk.workflow.approve(article_id, Role.DESK)
    article = desk.services.articles.get(article_id)
    assert article is not None
    assert desk.workflow.status_text(article) == "Approved (publishes at next sync)"
    assert server_post(wordpress, reporter.remote_id(story))["status"] == "pending"
    desk.synced()
    assert desk.workflow.status_text(article) == "Published"
    post = server_post(wordpress, reporter.remote_id(story))
    assert post["status"] == "publish"
    audit = post["meta"]["ew_audit"]
    assert [(e["action"], e["role"]) for e in audit] == [
        ("submit", "reporter"),
        ("approve", "desk"),
        ("publish", "desk"),
    ]
    # The app's own entries became the server's: same ids, the server's author.
    assert {e.id for e in desk.workflow.trail(article_id)} >= {e["id"] for e in audit}


def test_the_desk_corrects_published_copy_and_a_reporter_cannot(
    newsroom: dict[str, Member], wordpress: Any, submitted: Any
) -> None:
    reporter, desk = newsroom["reporter"], newsroom["desk"]
    story = submitted(reporter, "Harbour fares")
    post_id = reporter.remote_id(story)
    desk.synced()
    article_id = desk.article_for(post_id)
    desk.review.open(article_id)
    desk.workflow.approve(article_id, Role.DESK)
    desk.synced()
    assert not_editable_reason(Status.PUBLISHED, Role.DESK) == ""
    desk.services.articles.edit(article_id, {"body": "Words, corrected: fares rise 5%, not 50%."})
    desk.synced()
    post = server_post(wordpress, post_id)
    assert post["status"] == "publish" and "not 50%" in post["content"]["raw"]
    assert post["meta"]["ew_audit"][-1]["action"] == "corrected" and post["meta"]["ew_updated_at"]
    with rest_client(wordpress) as anonymous:
        assert (
            anonymous.get(f"wp/v2/posts/{post_id}").json()["meta"]["ew_updated_at"]
            == post["meta"]["ew_updated_at"]
        )
    assert [e.action for e in desk.workflow.trail(article_id)][-1] == "corrected"

    reporter.synced()
    mine = reporter.services.articles.get(story)
    assert mine is not None and mine.status is Status.PUBLISHED and "not 50%" in mine.body
    assert "only the desk can change it now" in not_editable_reason(mine.status, reporter.workflow.role())
    reporter.services.articles.edit(story, {"body": "Reporter's late rewrite."})  # a tampered app
    report = reporter.sync.sync_once().report
    assert report.failures and "not allowed" in report.failures[0]  # WordPress's own rule for ew_reporter
    assert "not 50%" in server_post(wordpress, post_id)["content"]["raw"]
    assert reporter.services.articles.get(story).body == "Reporter's late rewrite."  # type: ignore[union-attr]


def test_a_signed_in_profile_cannot_pick_a_stronger_role(wordpress: Any, tmp_path: Path) -> None:
    contributor = member(wordpress, "contributor", tmp_path / "contributor")
    try:
        contributor.synced()
        assert contributor.workflow.role() is Role.REPORTER
    finally:
        contributor.close()
    command = [sys.executable, "-m", "editor_app", "--data-dir", str(tmp_path / "contributor"), "role"]
    refused = subprocess.run([*command, "desk"], capture_output=True, text=True, timeout=120, cwd=REPO)
    assert refused.returncode != 0 and "the site decides your role" in refused.stderr
    shown = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=REPO)
    assert shown.stdout.strip() == "reporter"
