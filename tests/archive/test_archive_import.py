"""An imported archive is a set of references published elsewhere: original dates, status archived, searchable and
linkable, never in the outbox; the desk publishes one article to the site only when it asks."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from editor_app.domain import Role, Status, TransitionError
from editor_app.domain.checklist import RelatedOnSite, related_notes
from editor_app.services import ArticleService
from editor_app.services.importing import ImportService
from editor_app.services.related import RelatedService
from editor_app.services.review import ReviewService
from editor_app.services.workflow import WorkflowService

OLD = datetime(2005, 3, 14, 9, 30, tzinfo=UTC)


def write_archive(root: Path) -> Path:
    """A two-section archive like the BBC folder, its files dated 14 March 2005 (plus one with front matter)."""
    for section, name, text in (
        ("business", "001.txt", "Harbour levy approved\n\nThe council approved a levy on harbour traffic.\n"),
        ("sport", "002.txt", "Harbour regatta cancelled\n\nStorms cancelled the harbour regatta.\n"),
    ):
        folder = root / section
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
        os.utime(folder / name, (OLD.timestamp(), OLD.timestamp()))
    (root / "business" / "003.md").write_text(
        "---\nheadline: Ferry fares frozen\ndate: 1999-12-31T23:00:00Z\nstatus: draft\n---\nFares stay as they are.\n",
        encoding="utf-8",
    )
    return root


def outbox(db: Any) -> int:
    with db.read() as uow:
        return int(uow.outbox.count())


def test_a_folder_is_an_archive_with_its_own_dates_and_nothing_queued(db: Any, tmp_path: Path) -> None:
    report = ImportService(db).import_paths([write_archive(tmp_path / "bbc")])
    assert not report.failures and len(report.imported) == 3 and report.archived == 3
    assert "into the archive" in report.summary()
    articles = ArticleService(db)
    by_headline = {a.headline: a for a in (articles.get(i.article_id) for i in report.imported) if a}
    assert {a.status for a in by_headline.values()} == {Status.ARCHIVED}
    levy = by_headline["Harbour levy approved"]
    assert (levy.created_at, levy.updated_at) == (OLD, OLD)  # the file's date, not the import day
    assert levy.section == "Business"
    ferry = by_headline["Ferry fares frozen"]
    assert ferry.created_at == datetime(1999, 12, 31, 23, 0, tzinfo=UTC)  # front matter wins over the file
    assert outbox(db) == 0 and articles.unsynced_ids() == set()
    # a reference is searchable and linkable as related
    related = RelatedService(db)
    assert {h.headline for h in related.search("harbour")} == {
        "Harbour levy approved",
        "Harbour regatta cancelled",
    }
    draft, _ = articles.create(headline="Harbour news today", body="Text.")
    related.set_related(draft.id, [levy.id])
    assert [h.id for h in related.chosen(draft.id)] == [levy.id]
    assert related.page_items(draft.id) == [("Harbour levy approved", None)]  # the preview lists it
    # relating, commenting on or re-saving an archive article queues nothing for it
    related.set_related(levy.id, [ferry.id])
    articles.save(levy.with_changes(tags=("harbour",)))
    assert articles.unsynced_ids() == {draft.id}


def test_single_files_are_drafts_unless_marked_and_folders_can_be_drafts(db: Any, tmp_path: Path) -> None:
    root = write_archive(tmp_path / "in")
    importer = ImportService(db)
    single = importer.import_paths([root / "sport" / "002.txt"])
    assert single.archived == 0
    marked = importer.import_paths([root / "sport" / "002.txt"], archive=True)
    drafts = importer.import_paths([root / "business"], archive=False)
    articles = ArticleService(db)
    assert articles.get(single.imported[0].article_id).status is Status.DRAFT  # type: ignore[union-attr]
    assert articles.get(marked.imported[0].article_id).status is Status.ARCHIVED  # type: ignore[union-attr]
    assert marked.imported[0].archived
    assert {articles.get(i.article_id).status for i in drafts.imported} == {Status.DRAFT}  # type: ignore[union-attr]
    assert articles.unsynced_ids() == {single.imported[0].article_id} | {
        i.article_id for i in drafts.imported
    }


def test_an_archive_import_never_takes_a_live_article_out_of_the_sync(db: Any, tmp_path: Path) -> None:
    articles = ArticleService(db)
    live, _ = articles.create(headline="Live story", body="Being written.")
    exported = ImportService(db).export_markdown(live.id)
    path = tmp_path / "live.md"
    path.write_text(exported.replace("Being written.", "Being written, again."), encoding="utf-8")
    report = ImportService(db).import_paths([path], archive=True)
    assert report.archived == 0 and any("not in the archive" in w for w in report.warnings)
    assert articles.get(live.id).status is Status.DRAFT  # type: ignore[union-attr]
    assert live.id in articles.unsynced_ids()


def test_only_the_desk_publishes_an_archive_article_to_the_site(db: Any, tmp_path: Path) -> None:
    report = ImportService(db).import_paths([write_archive(tmp_path / "bbc")])
    article_id = report.imported[0].article_id
    workflow = WorkflowService(db)
    for role in (Role.REPORTER, Role.PHOTO_EDITOR):
        with pytest.raises(TransitionError):
            workflow.apply(article_id, "publish_to_site", role)
    assert [t.name for t in workflow.available(Status.ARCHIVED, Role.DESK)] == ["publish_to_site"]
    assert workflow.available(Status.ARCHIVED, Role.REPORTER) == []
    workflow.apply(article_id, "publish_to_site", Role.DESK)
    article = ArticleService(db).get(article_id)
    assert article is not None and article.status is Status.PUBLISHED
    assert article.created_at == OLD  # it keeps its original date
    assert ArticleService(db).unsynced_ids() == {article_id}


def test_the_review_notes_an_archive_article_that_will_not_be_linked(db: Any, tmp_path: Path) -> None:
    report = ImportService(db).import_paths([write_archive(tmp_path / "bbc")])
    levy = next(i for i in report.imported if i.headline == "Harbour levy approved")
    draft, _ = ArticleService(db).create(headline="Harbour today", body="Text.", source="Staff")
    RelatedService(db).set_related(draft.id, [levy.article_id])
    view = ReviewService(db).open(draft.id)
    assert [n.message for n in view.notes] == [
        "Related 'Harbour levy approved' is in the archive, not on the site: it will not be linked."
    ]
    assert all(p.field != "related" for p in view.problems)  # a note, never a blocker


def test_related_notes_only_for_archive_articles_missing_from_the_site() -> None:
    notes = related_notes(
        [
            RelatedOnSite("Old", Status.ARCHIVED, False),
            RelatedOnSite("Old but published", Status.ARCHIVED, True),
            RelatedOnSite("New draft", Status.DRAFT, False),
        ]
    )
    assert [n.message for n in notes] == [
        "Related 'Old' is in the archive, not on the site: it will not be linked."
    ]
