"""The publication page: template, escaping, seed-article shape."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from editor_app.domain import ArticlePhoto, new_article
from editor_app.domain.photo import new_photo
from editor_app.render import PageData, load_template, page_data_for, render_page
from tests.render.render_helpers import FIXTURES, parse, read_article, visible_text

PAGE_IDS = [
    "section",
    "editors-choice",
    "headline",
    "standfirst",
    "byline",
    "date",
    "body",
    "source",
    "featured",
    "related",
]


def _seed_page() -> str:
    path = FIXTURES / "seed-article-commonspace.txt"
    if not path.is_file():
        pytest.skip(f"shared fixtures not found at {FIXTURES}")
    text = read_article(path)
    headline, _, rest = text.partition("\n\n")
    body = rest.split("\n\nsource:")[0]
    article = new_article(
        headline=headline,
        body=body,
        section="News",
        editors_choice=True,
        source="Commonspace.eu with agencies.",
        byline="Commonspace.eu",
        updated_at=datetime(2013, 8, 13, 12, 0, tzinfo=UTC),
    )
    photo = new_photo(
        caption="President Putin and President Aliev at the start of their talks in Baku on 13 August 2013.",
        credit="picture courtesy of the Press Office of the President of Azerbaijan.",
        alt_text="Two presidents shaking hands",
    )
    related = [
        (
            "Borrell tells the European Parliament that the situation in Afghanistan was critical",
            "https://example.com/a",
        ),
        ("Unexploded ordnance remains a deadly concern in Ukraine", None),
    ]
    return render_page(page_data_for(article, ArticlePhoto(photo, 0, featured=True), related, "photo:1"))


def test_seed_shaped_page_has_every_element_in_order() -> None:
    page = _seed_page()
    ids = [i for i in parse(page).ids if i in PAGE_IDS]
    assert ids == PAGE_IDS
    text = visible_text(page.split("<body>", 1)[1])
    expected_in_order = [
        "News",
        "Editor's choice",
        "Putin says Karabakh conflict should be solved through political means.",
        "13 August 2013",
        "The Russian President Vladimir Putin arrived in Baku",
        "source: Commonspace.eu with agencies.",
        "photo: President Putin and President Aliev at the start of their talks in Baku on 13 August 2013. "
        "(picture courtesy of the Press Office of the President of Azerbaijan.)",
        "Related articles",
        "Borrell tells the European Parliament",
        "Unexploded ordnance remains a deadly concern in Ukraine",
    ]
    positions = [text.index(fragment) for fragment in expected_in_order]
    assert positions == sorted(positions)
    assert '<img src="photo:1" alt="Two presidents shaking hands">' in page
    assert '<a href="https://example.com/a" rel="noopener noreferrer">' in page
    assert "<li>Unexploded ordnance remains a deadly concern in Ukraine</li>" in page


def test_page_is_one_self_contained_document() -> None:
    page = _seed_page()
    assert page.startswith("<!DOCTYPE html>")
    assert "<style>" in page and ".headline" in page  # CSS inlined
    assert "<link" not in page and "<script" not in page and "@import" not in page
    assert 'http-equiv="Content-Security-Policy"' in page and "default-src 'none'" in page
    assert "https://" not in page.split("<body>")[0]  # nothing remote in the head
    assert "$" not in page.replace("$1", "")  # no unfilled placeholder


def test_page_is_well_formed_html5() -> None:
    html5lib = pytest.importorskip("html5lib")
    parser = html5lib.HTMLParser(strict=True)
    parser.parse(_seed_page())  # raises on any parse error


def _data(**changes: object) -> PageData:
    fields: dict[str, object] = {
        "section": "News",
        "editors_choice": False,
        "headline": "Headline",
        "standfirst": "",
        "byline": "",
        "date_text": "",
        "photo_src": None,
        "photo_alt": "",
        "photo_caption_line": "",
        "body_html": "<p>Body</p>",
        "source": "",
        "related": (),
    }
    fields.update(changes)
    return PageData(**fields)  # type: ignore[arg-type]


def test_every_field_is_escaped() -> None:
    hostile = "<script>alert(1)</script>"
    page = render_page(
        _data(
            section=hostile,
            headline=hostile,
            standfirst=hostile,
            byline=hostile,
            date_text=hostile,
            photo_src='x" onerror="alert(1)',
            photo_alt=hostile,
            photo_caption_line=hostile,
            source=hostile,
            related=((hostile, "javascript:alert(1)"), (hostile, 'https://ok.example.com/"><script>')),
        )
    )
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'onerror="alert(1)"' not in page and "javascript:" not in page
    headline = [attrs for tag, attrs in parse(page).tags if attrs.get("id") == "headline"]
    assert headline and "<script>alert(1)</script>" in visible_text(page)


def test_empty_parts_are_hidden_but_keep_their_ids() -> None:
    page = render_page(_data())
    tags = {attrs.get("id"): attrs for _, attrs in parse(page).tags if attrs.get("id")}
    for element in ("editors-choice", "standfirst", "byline", "date", "featured", "source", "related"):
        assert "hidden" in tags[element], element
    assert "hidden" not in tags["headline"] and "hidden" not in tags["section"]
    shown = render_page(_data(editors_choice=True, source="Agencies"))
    shown_tags = {attrs.get("id"): attrs for _, attrs in parse(shown).tags if attrs.get("id")}
    assert "hidden" not in shown_tags["editors-choice"] and "hidden" not in shown_tags["source"]


def test_page_data_for_renders_the_body_and_the_caption_line() -> None:
    article = new_article(headline="H", body="Hello *there*\n\n<script>x</script>", language="az")
    photo = new_photo(caption="Caption", credit="Credit", alt_text="Alt")
    data = page_data_for(article, ArticlePhoto(photo, 0, featured=True), [("Other", None)], None)
    assert (
        data.body_html.startswith('<p dir="auto">Hello <em>there</em></p>')
        and "<script" not in data.body_html
    )
    assert data.photo_caption_line == "Caption (Credit)" and data.photo_src is None
    assert data.related == (("Other", None),) and data.language == "az"
    page = render_page(data)
    assert "photo: Caption (Credit)" in visible_text(page) and "<img" not in page
    assert '<html lang="az">' in page
    assert page_data_for(article, None, [], "photo:1", body_html="<p>blocks</p>").body_html == "<p>blocks</p>"


def test_template_loads_from_the_package() -> None:
    template = load_template().template
    for element in PAGE_IDS:
        assert f'id="{element}"' in template
