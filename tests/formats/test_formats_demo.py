from collections import Counter

from editor_app.domain import ArticlePhoto, Status
from editor_app.formats import DEMO_LEAD_ARTICLE_ID, ParsedArticle, demo_files, export_markdown, parse_article


def _parse_all() -> dict[str, ParsedArticle]:
    parsed: dict[str, ParsedArticle] = {}
    for resource in demo_files():
        parsed[resource.name] = parse_article(resource.read_text(encoding="utf-8"), name=resource.name)
    return parsed


def test_demo_files_are_the_archive_then_the_lead_story() -> None:
    names = [resource.name for resource in demo_files()]
    assert 7 <= len(names) - 1 <= 8
    assert names[-1] == "lead-flood-warning-network.md"
    assert all(name.startswith("archive-") and name.endswith(".md") for name in names[:-1])


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
