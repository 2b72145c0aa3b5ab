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
        assert lead == DEMO_LEAD_ARTICLE_ID and len(changes.created) == 11
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
        assert services.articles.count() == 11
        assert len(list((tmp_path / "profile" / "media").rglob("*.jpg"))) >= 1
        assert services.articles.snapshot(lead).featured.photo.content_hash == photo.content_hash
    finally:
        services.close()


def test_the_desks_queue_names_each_reporter_and_opening_twice_adds_nothing(tmp_path: Path) -> None:
    from editor_app.domain import Status

    services = open_services(DataPaths(tmp_path / "profile"))
    try:
        services.demo.open_demo()
        services.demo.open_demo()  # twice: still one submission on record for each story
        queue = services.review.queue()
        assert [(item.submitted_by, item.section) for item in queue] == [
            ("Tom Okafor", "News"),  # newest submission first
            ("Priya Raman", "Business"),
            ("Kofi Mensah", "World"),
            ("Helen Marsh", "Entertainment"),
        ]
        for item in queue:
            assert item.status is Status.SUBMITTED and item.words > 40
            trail = services.workflow.trail(item.article_id)
            assert [(e.who, e.to_status, e.synced) for e in trail] == [(item.submitted_by, "submitted", True)]
        folk = queue[-1]
        # the diff starts from the story as submitted: nothing changed since
        assert services.review.open(folk.article_id).unchanged
        assert services.review.comments(folk.article_id) == []
    finally:
        services.close()


def test_the_ferry_story_was_edited_after_submission_and_carries_a_thread_of_notes(tmp_path: Path) -> None:
    services = open_services(DataPaths(tmp_path / "profile"))
    try:
        services.demo.open_demo()
        ferry = services.review.queue()[0]
        view = services.review.open(ferry.article_id)
        assert view.base_label.startswith("the first submission")
        assert "six" in view.diff_html and "four" in view.diff_html  # the figure corrected since
        assert "refund season tickets" in view.diff_html
        notes = [(depth, c.author, c.synced) for depth, c in view.comments]
        assert notes == [(0, "Elena Novak", True), (1, "Tom Okafor", True)]  # a question and its reply

        services.demo.open_demo()
        assert len(services.review.comments(ferry.article_id)) == 2
        assert len(services.articles.history(ferry.article_id)) == 2  # as submitted, and as edited since
        market = services.review.queue()[1]
        assert [c.author for _, c in services.review.comments(market.article_id)] == ["Elena Novak"]
    finally:
        services.close()


def test_the_demo_keeps_its_stories_dates_and_an_import_stamps_today(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from editor_app.formats import demo_files, parse_article

    services = open_services(DataPaths(tmp_path / "profile"))
    try:
        services.demo.open_demo()
        for resource in demo_files():
            article = parse_article(resource.read_text(encoding="utf-8"), name=resource.name).article
            stored = services.articles.get(article.id)
            assert stored is not None, resource.name
            assert (stored.created_at, stored.updated_at) == (article.created_at, article.updated_at), (
                resource.name
            )

        # a normal import of a single file is new work here: stamped now, as before
        source = next(f for f in demo_files() if f.name.startswith("desk-02"))
        text = source.read_text(encoding="utf-8").replace("b1634b3d-749c-41df-b441-a16f034d7c14", "")
        path = tmp_path / "market.md"
        path.write_text(text.replace("id: \n", ""), encoding="utf-8")
        report = services.importer.import_paths([path])
        (imported,) = report.imported
        stored = services.articles.get(imported.article_id)
        assert stored is not None and datetime.now(UTC) - stored.updated_at < timedelta(minutes=5)
    finally:
        services.close()
