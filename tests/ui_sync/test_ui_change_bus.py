"""The change bus against the real local WordPress: a pull that changes an open article's photos, related items
and workflow status updates every dock of the real main window without the article being reopened."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from editor_app.domain import Role, Status
from tests.e2e.newsroom import Member, member
from tests.ui_sync.conftest import signed_in_window, sync_window

pytestmark = [pytest.mark.wordpress]

WAIT = 30_000


@pytest.fixture
def reporter_window(qtbot: Any, wordpress: Any, tmp_path: Path) -> Iterator[Any]:
    with signed_in_window(qtbot, wordpress, tmp_path / "reporter", "reporter") as window:
        yield window


def test_a_pull_updates_photos_related_and_status_docks_of_the_open_article(
    qtbot: Any, reporter_window: Any, wordpress: Any, tmp_path: Path
) -> None:
    window = reporter_window
    services = window.services
    older, _ = services.articles.create(headline="Port strike", body="Earlier.", source="Staff")
    story, _ = services.articles.create(
        headline="Harbour reopens", body="The harbour reopened.", section="News", source="Staff reporter"
    )
    services.workflow.apply(story.id, "submit", Role.REPORTER)
    sync_window(qtbot, window)
    window.open_article(story.id)
    qtbot.waitUntil(lambda: window.editor.article is not None and window.editor.article.id == story.id)
    qtbot.waitUntil(lambda: window.workflow_bar.article is not None)
    assert window.photo_panel.model.rowCount() == 0 and window.related_picker.chosen_ids() == []
    assert window.editor.article.status is Status.SUBMITTED

    desk: Member = member(wordpress, "desk", tmp_path / "desk")
    try:
        desk.synced()
        desk_story = desk.article_for(window_remote(window, story.id))
        desk_older = desk.article_for(window_remote(window, older.id))
        picture = tmp_path / "quay.jpg"
        Image.new("RGB", (640, 400), (20, 90, 160)).save(picture, "JPEG")
        fields = {"caption": "The quay", "credit": "Jane Doe/Agency", "alt_text": "Ferries at the quay"}
        assert desk.photos.add_files(desk_story, [picture], featured=True, fields=fields).imported
        desk.related.set_related(desk_story, [desk_older])
        desk.review.open(desk_story)
        desk.workflow.approve(desk_story, Role.DESK)
        desk.synced()
    finally:
        desk.close()

    opened = window.editor.article
    sync_window(qtbot, window)
    # every dock follows the pull; the article was not reopened (the editor holds the same id, same form)
    qtbot.waitUntil(lambda: window.photo_panel.model.rowCount() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: window.related_picker.chosen_ids() == [older.id], timeout=WAIT)
    stored = services.articles.get(story.id).status  # approved, or published once the site confirms it
    assert stored in (Status.APPROVED, Status.PUBLISHED)
    qtbot.waitUntil(lambda: window.editor.article.status is stored, timeout=WAIT)
    qtbot.waitUntil(lambda: window.workflow_bar.article.status is stored, timeout=WAIT)
    assert not window.workflow_bar.actions["submit"].isEnabled()
    qtbot.waitUntil(
        lambda: window.form.lock.isVisibleTo(window.form), timeout=WAIT
    )  # the reporter may not edit now
    assert window.editor.article.id == opened.id
    assert window.preview.images is not None and window.snapshot is not None
    qtbot.waitUntil(
        lambda: len(window.snapshot.photos) == 1, timeout=WAIT
    )  # the preview's page has the photo
    row = window.list_panel.model.row_of(story.id)
    assert stored.label in window.list_panel.model.index(row).data(window_detail_role())


def window_remote(window: Any, article_id: str) -> int:

    with window.services.db.read() as uow:
        state = uow.sync_state
        link = state.link(state.sites()[0].id, article_id)
    assert link is not None and link.remote_id is not None
    return link.remote_id


def window_detail_role() -> int:
    from editor_app.ui.item_roles import DETAIL_ROLE

    return DETAIL_ROLE
