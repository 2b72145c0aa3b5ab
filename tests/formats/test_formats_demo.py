from collections import Counter

from editor_app.domain import ArticlePhoto, Status
from editor_app.formats import DEMO_LEAD_ARTICLE_ID, ParsedArticle, demo_files, export_markdown, parse_article
from editor_app.formats.demo import DEMO_EDITS, DEMO_NOTES


def _parse_all() -> dict[str, ParsedArticle]:
    parsed: dict[str, ParsedArticle] = {}
    for resource in demo_files():
        parsed[resource.name] = parse_article(resource.read_text(encoding="utf-8"), name=resource.name)
    return parsed


def test_demo_files_are_the_archive_then_the_desks_queue_then_the_lead_story() -> None:
    names = [resource.name for resource in demo_files()]
    archive = [name for name in names if name.startswith("archive-")]
    desk = [name for name in names if name.startswith("desk-")]
    assert 7 <= len(archive) <= 8 and 2 <= len(desk) <= 3
    assert names == [*archive, *desk, "lead-flood-warning-network.md"]
    assert all(name.endswith(".md") for name in names)


def test_every_demo_file_parses_without_warnings_and_keeps_its_fixed_id() -> None:
    parsed = _parse_all()
    for name, article in parsed.items():
        assert article.warnings == (), name
        assert article.id_from_file, name
        assert article.source_format == "front-matter", name
        assert article.article.headline and article.article.body and article.article.byline, name
    ids = [p.article.id for p in parsed.values()]
    assert len(set(ids)) == len(ids)


def test_archive_has_varied_sections_and_states() -> None:
    archive = [p.article for name, p in _parse_all().items() if name.startswith("archive-")]
    assert len({a.section for a in archive}) == len(archive)
    statuses = Counter(a.status for a in archive)
    assert statuses[Status.PUBLISHED] >= 2 and statuses[Status.DRAFT] >= 2
    for article in archive:
        assert 2 <= len(article.body.split("\n\n")) <= 4, article.headline


def test_the_desks_morning_is_submitted_stories_by_different_reporters() -> None:
    parsed = _parse_all()
    desk = [p.article for name, p in parsed.items() if name.startswith("desk-")]
    queue = [p.article for p in parsed.values() if p.article.status is Status.SUBMITTED]
    assert (
        all(a.status is Status.SUBMITTED for a in desk) and len(queue) == len(desk) + 1
    )  # with the archive's
    assert len({a.byline for a in queue}) == len(queue)  # each by a different reporter
    assert len({a.section for a in desk}) == len(desk)
    for article in desk:
        assert 2 <= len(article.body.split("\n\n")) <= 4, article.headline
    # dated on the lead story's morning, after the archive's submission
    assert all(
        a.updated_at.date() == parsed["lead-flood-warning-network.md"].article.updated_at.date() for a in desk
    )


def test_the_edit_after_submission_and_the_notes_belong_to_the_desks_stories() -> None:
    desk = {p.article.id: p.article for name, p in _parse_all().items() if name.startswith("desk-")}
    assert DEMO_EDITS and set(DEMO_EDITS) <= set(desk)
    for article_id, edit in DEMO_EDITS.items():
        article = desk[article_id]
        for now, _then in edit.replaced:  # every replacement finds its text: the edit shows in the diff
            assert now in article.standfirst or now in article.body, now
        assert edit.as_submitted(article.standfirst, article.body) != (article.standfirst, article.body)
        assert edit.submitted_at < article.updated_at
    keys = [note.key for note in DEMO_NOTES]
    assert len(set(keys)) == len(keys) and len(DEMO_NOTES) >= 2
    for note in DEMO_NOTES:
        assert note.article_id in desk and note.text and note.author
        assert note.reply_to is None or note.reply_to in keys


def test_lead_story_is_a_complete_editors_choice_news_article() -> None:
    parsed = _parse_all()
    lead = parsed["lead-flood-warning-network.md"]
    article = lead.article
    assert article.id == DEMO_LEAD_ARTICLE_ID
    assert article.section == "News" and article.editors_choice
    assert article.standfirst and article.source and article.tags
    paragraphs = article.body.split("\n\n")
    assert 4 <= len(paragraphs) <= 5
    assert "**" in article.body and "](https://" in article.body
    (photo,) = lead.photos
    assert photo.featured and photo.id
    assert photo.caption and photo.credit and photo.creator and photo.copyright and photo.alt_text
    archive_ids = {p.article.id for name, p in parsed.items() if name.startswith("archive-")}
    assert len(lead.related) == 2
    assert set(lead.related) <= archive_ids


def test_demo_files_are_in_the_exporters_canonical_form() -> None:
    """Re-exporting a demo file reproduces it byte for byte, so the demo doubles as a format example."""
    for resource in demo_files():
        text = resource.read_text(encoding="utf-8")
        parsed = parse_article(text, name=resource.name)
        photos = [
            ArticlePhoto(ref.as_photo(), position, ref.featured) for position, ref in enumerate(parsed.photos)
        ]
        assert export_markdown(parsed.article, photos, parsed.related) == text, resource.name
