from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from editor_app.domain import Article, ArticlePhoto, Photo, Status
from editor_app.formats import PhotoRef, export_markdown, parse_article

ARTICLE_ID = "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c"

text = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=40)
hostile = st.sampled_from(
    [
        "",
        " ",
        "---",
        "--- leading rule",
        "...",
        "key: value # not a comment",
        "- a list item?",
        "\"double\" and 'single'",
        "[brackets] {braces} & *star !bang %pct @at `tick` |pipe >gt",
        "line one\nline two\n",
        "yes",
        "null",
        "~",
        "0x1F",
        "2024-01-01T00:00:00Z",
        "تحديث الأخبار",
        "Ελληνικά · Русский · 中文 · 😀👍🏽",
        "tab\there",
        "nel\x85ls\u2028ps\u2029",
        "\ufeffbom",
        "trailing spaces   ",
        "\\ backslash \\n",
    ]
)
field_text = st.one_of(hostile, text)
moments = st.datetimes(timezones=st.just(UTC))  # years 1 to 9999
uuids = st.uuids().map(str)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    article = Article(
        id=draw(uuids),
        headline=draw(field_text),
        standfirst=draw(field_text),
        body=draw(st.one_of(field_text, st.text(max_size=300))),
        byline=draw(field_text),
        section=draw(field_text),
        source=draw(field_text),
        editors_choice=draw(st.booleans()),
        language=draw(field_text),
        status=draw(st.sampled_from(list(Status))),
        note=draw(field_text),
        created_at=draw(moments),
        updated_at=draw(moments),
    )
    return article.with_changes(tags=draw(st.lists(field_text, max_size=5)))


@st.composite
def placed_photos(draw: st.DrawFn) -> list[ArticlePhoto]:
    count = draw(st.integers(min_value=0, max_value=3))
    ids = draw(st.lists(uuids, min_size=count, max_size=count, unique=True))
    return [
        ArticlePhoto(
            photo=Photo(
                id=photo_id,
                caption=draw(field_text),
                credit=draw(field_text),
                creator=draw(field_text),
                copyright=draw(field_text),
                source=draw(field_text),
                instructions=draw(field_text),
                alt_text=draw(field_text),
            ),
            position=position,
            featured=draw(st.booleans()),
        )
        for position, photo_id in enumerate(ids)
    ]


def assert_round_trip(article: Article, photos: list[ArticlePhoto], related: list[str]) -> None:
    exported = export_markdown(article, photos, related)
    parsed = parse_article(exported, name="export.md")
    assert parsed.article == article
    assert parsed.id_from_file
    assert parsed.photos == tuple(PhotoRef.from_article_photo(p) for p in photos)
    assert parsed.related == tuple(related)
    assert parsed.warnings == ()


@settings(max_examples=200, deadline=None)
@given(articles(), placed_photos(), st.lists(uuids, max_size=4, unique=True))
def test_any_article_round_trips(article: Article, photos: list[ArticlePhoto], related: list[str]) -> None:
    assume(article.headline.strip() or article.body.strip())  # an empty article is refused (tested elsewhere)
    assert_round_trip(article, photos, related)


@pytest.mark.parametrize(
    "headline",
    [
        'Minister: "we will not resign" # live',
        "--- not a delimiter",
        "---",
        "- [ ] { } : # ' \" | > & * ! % @ `",
        "Ends with a colon:",
        "",
        "Ünïcödé — em dash … ellipsis",
        "الرئيس يزور باكو",
        "Goal! ⚽️ 3–2 😀",
        "Two\nlines",
    ],
)
def test_yaml_hostile_headlines_round_trip(headline: str) -> None:
    article = Article(
        id=ARTICLE_ID,
        headline=headline,
        standfirst="First line\n---\nthird line: with colon",
        body="# Not the headline\n\n---\nstill: body\n---\n",
        created_at=datetime(2013, 8, 13, 9, 30, tzinfo=UTC),
        updated_at=datetime(2013, 8, 13, 10, 0, 0, 123000, tzinfo=UTC),
    )
    assert_round_trip(article, [], [])


def test_empty_fields_round_trip() -> None:
    article = Article(id=ARTICLE_ID, headline="", standfirst="", body="Only a body.", section="", language="")
    assert_round_trip(article, [], [])


def test_photos_are_written_in_position_order_with_ids_and_metadata() -> None:
    first = Photo(id="aaaaaaaa-0000-4000-8000-000000000001", caption="One", credit="AP", alt_text="a")
    second = Photo(id="aaaaaaaa-0000-4000-8000-000000000002", caption="Two", copyright="© X")
    placed = [ArticlePhoto(second, position=1), ArticlePhoto(first, position=0, featured=True)]
    parsed = parse_article(export_markdown(Article(id=ARTICLE_ID, headline="H"), placed, []))
    assert [(p.id, p.caption, p.featured) for p in parsed.photos] == [
        (first.id, "One", True),
        (second.id, "Two", False),
    ]
    assert parsed.photos[0].credit == "AP" and parsed.photos[1].copyright == "© X"


def test_exported_file_layout() -> None:
    article = Article(
        id=ARTICLE_ID,
        headline="Headline",
        body="Body.",
        tags=("a", "b"),
        status=Status.PUBLISHED,
        created_at=datetime(2013, 8, 13, 9, 30, tzinfo=UTC),
        updated_at=datetime(2013, 8, 13, 11, 30, 0, 500, tzinfo=timezone(timedelta(hours=2))),
    )
    exported = export_markdown(article, related=["11111111-2222-4333-8444-555555555555"])
    assert exported == (
        "---\n"
        f"id: {ARTICLE_ID}\n"
        "headline: Headline\n"
        "standfirst: ''\n"
        "byline: ''\n"
        "section: News\n"
        "tags:\n- a\n- b\n"
        "source: ''\n"
        "editors_choice: false\n"
        "language: en\n"
        "status: published\n"
        "created: '2013-08-13T09:30:00Z'\n"
        "updated: '2013-08-13T09:30:00.000500Z'\n"
        "photos: []\n"
        "related:\n- 11111111-2222-4333-8444-555555555555\n"
        "---\n"
        "\n"
        "Body.\n"
    )
