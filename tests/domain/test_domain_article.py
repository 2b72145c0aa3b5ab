"""Articles, photos and the publish checklist."""

from __future__ import annotations

import uuid

import pytest

from editor_app.domain import ArticlePhoto, new_article, publish_checklist, submit_checklist
from editor_app.domain.article import HEADLINE_LIMIT, normalise_tags, reading_minutes, word_count
from editor_app.domain.photo import new_photo


def complete_article():
    return new_article(headline="Talks in Baku", body="Body text.", section="News", source="Agencies")


def complete_photo(**changes):
    fields = {"caption": "Leaders meet", "credit": "Press Office", "alt_text": "Two men shake hands"}
    fields.update(changes)
    return new_photo(**fields)


def test_new_articles_get_uuid_ids_and_utc_timestamps() -> None:
    a, b = new_article(), new_article()
    assert a.id != b.id
    assert uuid.UUID(a.id).version == 4
    assert a.created_at.tzinfo is not None
    assert a.title == "Untitled article"


def test_tags_are_trimmed_and_deduplicated_case_insensitively() -> None:
    assert normalise_tags(" Baku ,  russia, baku,, Caspian  Sea ") == ("Baku", "russia", "Caspian Sea")
    assert new_article(tags=["a", "A", "b"]).tags == ("a", "b")
    with pytest.raises(TypeError):
        normalise_tags(42)


def test_word_count_and_reading_time() -> None:
    assert word_count("One two — three,  four\n\n5") == 5
    assert word_count("") == 0
    assert reading_minutes(0) == 0
    assert reading_minutes(1) == 1
    assert reading_minutes(231) == 2


def test_a_complete_article_passes_both_checklists() -> None:
    photos = [ArticlePhoto(complete_photo(), 0, featured=True)]
    assert submit_checklist(complete_article(), photos) == []
    assert publish_checklist(complete_article(), photos) == []


@pytest.mark.parametrize("field", ["headline", "body", "section", "source"])
def test_each_missing_field_is_named(field: str) -> None:
    article = complete_article().with_changes(**{field: "  "})
    problems = submit_checklist(article)
    assert [p.field for p in problems] == [field]


def test_publish_needs_a_complete_featured_photo_and_a_short_headline() -> None:
    article = complete_article()
    assert [p.message for p in publish_checklist(article)] == ["There is no featured photo."]
    no_alt = [ArticlePhoto(complete_photo(alt_text=""), 0, featured=True)]
    assert [p.message for p in submit_checklist(article, no_alt)] == ["The featured photo has no alt text."]
    assert [p.message for p in publish_checklist(article, no_alt)] == ["The featured photo has no alt text."]
    inline_no_alt = [ArticlePhoto(complete_photo(), 0, True), ArticlePhoto(complete_photo(alt_text=""), 1)]
    assert submit_checklist(article, inline_no_alt) == []  # other photos need alt text only to publish
    assert [p.message for p in publish_checklist(article, inline_no_alt)] == ["Photo 2 has no alt text."]
    long = article.with_changes(headline="x" * (HEADLINE_LIMIT + 1))
    messages = [p.message for p in publish_checklist(long, [ArticlePhoto(complete_photo(), 0, True)])]
    assert messages == [f"The headline is {HEADLINE_LIMIT + 1} characters; the limit is {HEADLINE_LIMIT}."]


def test_any_attached_photo_needs_caption_and_credit_to_submit() -> None:
    photos = [ArticlePhoto(complete_photo(), 0, True), ArticlePhoto(complete_photo(credit="", caption=""), 1)]
    assert [p.message for p in submit_checklist(complete_article(), photos)] == [
        "Photo 2 has no caption or credit."
    ]


def test_caption_line_reads_like_the_published_page() -> None:
    assert complete_photo().caption_line() == "Leaders meet (Press Office)"
    assert complete_photo(credit="").caption_line() == "Leaders meet"
    assert new_photo().is_placeholder
