"""After the desk corrects a published story, the public page (Twenty Twenty-One on the real WordPress) shows
"Updated <date time>" near the kicker, and the app's preview shows the same line from the pulled "corrected"
audit entry (the server's time)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from editor_app.domain import Role
from editor_app.render import page_data_for
from tests.e2e.newsroom import Member, members, server_post
from tests.e2e.test_e2e_roles import submitted_story
from tests.published import published_site as seed
from tests.ui_preview.conftest import make_panel, media_root  # noqa: F401 (fixtures)
from tests.ui_preview.preview_helpers import QT_NOISE, wait_js

pytestmark = [pytest.mark.wordpress, pytest.mark.qt_log_ignore(*QT_NOISE)]


@pytest.fixture
def newsroom(wordpress: Any, tmp_path: Path) -> Iterator[dict[str, Member]]:
    with members(wordpress, tmp_path, ("reporter", "desk")) as opened:
        yield opened


def published_story(newsroom: dict[str, Member], tmp_path: Path) -> tuple[Member, str, int]:
    reporter, desk = newsroom["reporter"], newsroom["desk"]
    story = submitted_story(reporter, tmp_path, "Harbour fares rise")
    post_id = reporter.remote_id(story)
    desk.synced()
    article_id = desk.article_for(post_id)
    desk.review.open(article_id)
    desk.workflow.approve(article_id, Role.DESK)
    desk.synced()
    return desk, article_id, post_id


def test_a_desk_correction_shows_updated_on_the_page_and_in_the_preview(
    newsroom: dict[str, Member],
    wordpress: Any,
    tmp_path: Path,
    make_panel: Any,  # noqa: F811
    qtbot: Any,
) -> None:
    desk, article_id, post_id = published_story(newsroom, tmp_path)
    link = server_post(wordpress, post_id)["link"]
    assert seed.public_page(link).select_one(".ew-updated") is None
    snapshot = desk.services.articles.snapshot(article_id)
    assert snapshot is not None and snapshot.corrected_at is None

    desk.services.articles.edit(article_id, {"body": "Words, corrected: fares rise 5%, not 50%."})
    desk.synced()
    stamp = server_post(wordpress, post_id)["meta"]["ew_updated_at"]
    corrected = datetime.fromisoformat(stamp.replace("Z", "+00:00"))

    page = seed.public_page(link)
    line = page.select_one(".entry-content p.updated.ew-updated")
    assert line is not None, "no Updated line on the public page"
    assert line.select_one("time")["datetime"] == stamp  # type: ignore[index]
    public_text = " ".join(line.get_text().split())
    assert public_text == f"Updated {corrected.day} {corrected:%B %Y, %H:%M} UTC"  # the test site runs on UTC
    # Near the kicker: in the article's head, before the body.
    assert str(page.select_one(".entry-content")).index("ew-updated") < str(page).index("not 50%")

    snapshot = desk.services.articles.snapshot(article_id)
    assert snapshot is not None and snapshot.corrected_at is not None
    assert abs((snapshot.corrected_at.astimezone(UTC) - corrected).total_seconds()) < 1
    assert page_data_for(
        snapshot.article, None, (), None, corrected_at=snapshot.corrected_at
    ).updated_text == (public_text)

    panel = make_panel()
    panel.show_article(snapshot.article, None, (), corrected_at=snapshot.corrected_at)
    shown = wait_js(
        qtbot, panel, "(e => e && !e.hidden && e.textContent)(document.getElementById('updated'))"
    )
    assert shown == public_text
    assert "updated ew-updated" in wait_js(qtbot, panel, "document.getElementById('updated').className")
