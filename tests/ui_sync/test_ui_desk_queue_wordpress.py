"""The desk's queue against the real local WordPress: a reporter (with a display name on the site) submits a
story; in the desk editor's real main window the queue names the reporter as the site does, choosing the row
shows the story in the preview and changes nothing locally or on the server, and Take for review takes it there."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

from editor_app.domain import Role, Status
from tests.e2e.newsroom import member, server_post
from tests.ui_sync.conftest import signed_in_window, sync_window

pytestmark = [pytest.mark.wordpress]

WAIT = 30_000
DISPLAY_NAME = "Aysel Mammadova"


@pytest.fixture
def reporter_named(wordpress: Any) -> Iterator[str]:
    """The reporter's display name on the site, set by the reporter (a user may edit their own name)."""
    user = wordpress.users["reporter"]

    def rename(name: str) -> None:
        with httpx2.Client(base_url=wordpress.api_root, auth=user.auth, trust_env=False, timeout=30) as c:
            c.post("wp/v2/users/me", json={"name": name}).raise_for_status()

    rename(DISPLAY_NAME)
    yield DISPLAY_NAME
    rename(user.login)  # the session's other tests know the reporter by the login


@pytest.fixture
def desk_window(qtbot: Any, wordpress: Any, tmp_path: Path) -> Iterator[Any]:
    with signed_in_window(qtbot, wordpress, tmp_path / "desk", "desk") as window:
        yield window


def test_choosing_a_queue_row_shows_the_story_and_takes_nothing_until_asked(
    qtbot: Any, desk_window: Any, reporter_named: str, wordpress: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from tests.ui_preview.preview_helpers import wait_body_contains

    reporter = member(wordpress, "reporter", tmp_path / "reporter")
    try:
        story, _ = reporter.services.articles.create(
            headline="Ferry timetable changes for the winter",
            body="The ferry to Saltmarsh will run every two hours from Monday, the operator said.",
            section="News",
            source="Staff reporter",
        )
        reporter.workflow.apply(story.id, "submit", Role.REPORTER)
        reporter.synced()
        post_id = reporter.remote_id(story.id)
    finally:
        reporter.close()
    assert server_post(wordpress, post_id)["meta"]["ew_status"] == "submitted"

    window = desk_window
    panel = window.review_panel
    qtbot.waitUntil(lambda: window.attached, timeout=WAIT)
    window.workflow_bar.set_role(Role.DESK)
    sync_window(qtbot, window)
    panel.reload()

    def row_of_story() -> int:
        for index in range(panel.queue.count()):
            if panel.queue.topLevelItem(index).text(0) == story.headline:
                return index
        return -1

    qtbot.waitUntil(lambda: row_of_story() >= 0, timeout=WAIT)
    row = row_of_story()
    assert panel.queue.topLevelItem(row).text(1) == reporter_named  # the site's display name, not the login
    article_id = panel.queue.article_id(panel.queue.topLevelItem(row))

    # A click shows it: the review, and the page in the preview; it stays submitted here and on the site
    rect = panel.queue.visualItemRect(panel.queue.topLevelItem(row))
    qtbot.mouseClick(panel.queue.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: panel.view is not None and panel.view.article.id == article_id, timeout=WAIT)
    qtbot.waitUntil(lambda: window.editor.article is not None and window.editor.article.id == article_id)
    wait_body_contains(qtbot, window.preview, "every two hours from Monday")
    assert window.services.articles.get(article_id).status is Status.SUBMITTED
    sync_window(qtbot, window)
    post = server_post(wordpress, post_id)
    assert (post["status"], post["meta"]["ew_status"]) == ("pending", "submitted")
    assert [e["to"] for e in post["meta"]["ew_audit"]] == ["submitted"]
    assert post["meta"]["ew_audit"][0]["who"] == reporter_named

    # Take for review is the explicit step: it takes the story here and, at the next sync, on the site
    assert panel.take_button.isEnabled()
    qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.services.articles.get(article_id).status is Status.IN_REVIEW, timeout=WAIT)
    sync_window(qtbot, window)
    post = server_post(wordpress, post_id)
    assert post["meta"]["ew_status"] == "in_review"
    assert [e["to"] for e in post["meta"]["ew_audit"]] == ["submitted", "in_review"]
    assert post["meta"]["ew_audit"][-1]["who"] == wordpress.users["desk"].login  # the desk's display name
