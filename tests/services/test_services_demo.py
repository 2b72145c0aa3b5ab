"""The demo newsroom opens with real content, a real picture, and never duplicates."""

from __future__ import annotations

from pathlib import Path

from editor_app.formats import DEMO_LEAD_ARTICLE_ID
from editor_app.paths import DataPaths
from editor_app.services import open_services


def test_the_demo_lead_has_its_credited_picture_and_opening_twice_changes_nothing(tmp_path: Path) -> None:
    services = open_services(DataPaths(tmp_path / "profile"))
    try:
        lead, changes = services.demo.open_demo()
        assert lead == DEMO_LEAD_ARTICLE_ID and len(changes.created) == 8
        snapshot = services.articles.snapshot(lead)
        assert snapshot is not None and snapshot.featured is not None
        photo = snapshot.featured.photo
        assert photo.content_hash and (photo.width, photo.height) == (1600, 1067)
        assert photo.credit == "Carrick Bay Council" and photo.alt_text
        stored = services.photos.original_path(photo)
        assert stored is not None and stored.is_file()
        assert 'src="file:' in services.exporter.page_html(lead)  # the exported page shows the picture

        _, again = services.demo.open_demo()
        assert again.created == frozenset()
        assert services.articles.count() == 8
        assert len(list((tmp_path / "profile" / "media").rglob("*.jpg"))) >= 1
        assert services.articles.snapshot(lead).featured.photo.content_hash == photo.content_hash
    finally:
        services.close()


def test_the_demos_submitted_story_names_its_reporter_in_the_queue(tmp_path: Path) -> None:
    from editor_app.domain import Status

    services = open_services(DataPaths(tmp_path / "profile"))
    try:
        services.demo.open_demo()
        services.demo.open_demo()  # twice: still one submission on record
        (item,) = services.review.queue()
        assert item.status is Status.SUBMITTED and item.submitted_by == "Helen Marsh"  # its byline
        trail = services.workflow.trail(item.article_id)
        assert [(e.who, e.to_status, e.synced) for e in trail] == [("Helen Marsh", "submitted", True)]
        # the diff starts from the story as submitted: nothing changed since
        assert services.review.open(item.article_id).unchanged
    finally:
        services.close()
