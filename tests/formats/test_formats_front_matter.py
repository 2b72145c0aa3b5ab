from datetime import UTC, datetime

import pytest

from editor_app.domain import Status
from editor_app.formats import ImportRefused, PhotoRef, parse_article

ARTICLE_ID = "0b7e6a52-8a0f-4c55-9d3e-2f4b1a6c9e10"
PHOTO_ID = "5d2f8c1e-3b4a-4f6e-8a9b-7c0d1e2f3a4b"
RELATED = ("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "11111111-2222-4333-8444-555555555555")

FULL = f"""---
id: {ARTICLE_ID}
headline: "Port agrees: new flood sirens"
standfirst: Two lines
  folded into one.
byline: Mara Quinn
section: Politics
tags: [floods, "council budget", Floods]
source: Staff and agencies
editors_choice: true
language: en-GB
status: submitted
created: 2025-03-04T08:15:00Z
updated: '2025-03-05T09:00:00.250000+01:00'
photos:
  - id: {PHOTO_ID}
    caption: Sirens on the sea wall
    credit: Harbour Council
    creator: Dana Whitlock
    copyright: © 2025 Harbour Council
    source: Council press office
    instructions: No archive sales
    alt_text: Two grey sirens on a pole above a stone wall
    featured: true
  - caption: A second picture
related:
  - {RELATED[0]}
  - {RELATED[1].upper()}
  - {RELATED[0]}
---

The body with *emphasis*.

---

A rule above is body, not front matter.
"""


def test_every_key_is_read() -> None:
    parsed = parse_article(FULL, name="story.md")
    article = parsed.article
    assert parsed.id_from_file
    assert article.id == ARTICLE_ID
    assert article.headline == "Port agrees: new flood sirens"
    assert article.standfirst == "Two lines folded into one."
    assert article.byline == "Mara Quinn"
    assert article.section == "Politics"
    assert article.tags == ("floods", "council budget")
    assert article.source == "Staff and agencies"
    assert article.editors_choice is True
    assert article.language == "en-GB"
    assert article.status is Status.SUBMITTED
    assert article.created_at == datetime(2025, 3, 4, 8, 15, tzinfo=UTC)
    assert article.updated_at == datetime(2025, 3, 5, 8, 0, 0, 250000, tzinfo=UTC)
    assert article.body == "The body with *emphasis*.\n\n---\n\nA rule above is body, not front matter."
    assert parsed.photos == (
        PhotoRef(
            id=PHOTO_ID,
            caption="Sirens on the sea wall",
            credit="Harbour Council",
            creator="Dana Whitlock",
            copyright="© 2025 Harbour Council",
            source="Council press office",
            instructions="No archive sales",
            alt_text="Two grey sirens on a pole above a stone wall",
            featured=True,
        ),
        PhotoRef(caption="A second picture"),
    )
    assert parsed.related == RELATED  # canonical form, duplicates dropped, order kept
    assert parsed.warnings == ()
    assert parsed.source_format == "front-matter"


def test_defaults_when_keys_are_missing() -> None:
    parsed = parse_article("---\nheadline: Short\n---\nBody\n", name="a.md", section="Sport")
    assert not parsed.id_from_file
    assert len(parsed.article.id) == 36
    assert parsed.article.status is Status.DRAFT
    assert parsed.article.section == "Sport"
    assert parsed.article.tags == ()
    assert parsed.article.body == "Body"


def test_file_section_wins_over_the_callers() -> None:
    assert parse_article("---\nsection: Tech\n---\nBody", section="Sport").article.section == "Tech"


def test_tags_as_a_comma_string_and_date_only_created() -> None:
    parsed = parse_article("---\nheadline: H\ntags: a, b ,, c\ncreated: 2024-02-29\n---\n")
    assert parsed.article.tags == ("a", "b", "c")
    assert parsed.article.created_at == datetime(2024, 2, 29, tzinfo=UTC)
    assert parsed.article.updated_at == parsed.article.created_at


def test_headline_from_the_body_heading_when_front_matter_has_none() -> None:
    parsed = parse_article("---\nsection: News\n---\n\n# The heading\n\nFirst paragraph.\n")
    assert parsed.article.headline == "The heading"
    assert parsed.article.body == "First paragraph."


def test_aliases_used_by_other_markdown_tools() -> None:
    text = "---\ntitle: T\nauthor: A\ndescription: D\ndate: 2020-01-02T03:04:05Z\n---\nB"
    article = parse_article(text).article
    assert (article.headline, article.byline, article.standfirst) == ("T", "A", "D")
    assert article.created_at == datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_unknown_keys_are_warned_about_by_name() -> None:
    parsed = parse_article("---\nheadline: H\nkicker: x\nslug: y\n---\nBody", name="story.md")
    assert parsed.warnings == ("story.md: unknown front-matter keys ignored: kicker, slug",)
    assert parsed.article.headline == "H"


@pytest.mark.parametrize(
    ("yaml_line", "warning"),
    [
        ("status: pending", "unknown status 'pending'"),
        ("editors_choice: maybe", "'editors_choice' should be true or false"),
        ("headline: [a, b]", "'headline' should be text"),
        ("language: no", "'language' should be text (put it in quotes)"),
        ("created: yesterday", "'created' is not an ISO date and time"),
        ("related: [not-an-id]", "related entry 'not-an-id' is not an article id"),
        ("photos: [{caption: c, size: 3}]", "photo 1: unknown keys ignored: size"),
        ("photos: [3]", "photo 1 is neither a caption nor"),
        ("title: T\nheadline: H", "'title' ignored because 'headline' is also given"),
    ],
)
def test_wrong_values_become_warnings_not_crashes(yaml_line: str, warning: str) -> None:
    parsed = parse_article(f"---\n{yaml_line}\n---\nBody text", name="w.md")
    assert len(parsed.warnings) == 1
    assert parsed.warnings[0].startswith("w.md: ")
    assert warning in parsed.warnings[0]
    assert parsed.article.body == "Body text"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\nheadline: [unclosed\n---\nBody", r"the front matter is not valid YAML \(.* at line \d+\)"),
        ("---\nheadline: a: b\n---\nBody", r"the front matter is not valid YAML"),
        ("---\n\tbad: tab\n---\n", r"the front matter is not valid YAML"),
        ("---\ncreated: 2023-02-30\n---\nBody", r"the front matter is not valid YAML"),
        ("---\n- a list\n---\nBody", r"the front matter must be 'key: value' lines, not a list"),
        (
            "---\njust text\n---\nBody",
            r"the front matter must be 'key: value' lines, not a single line of text",
        ),
        (
            "---\nheadline: H\nBody without a closing line",
            r"the front matter opened by '---' on line 1 is never closed",
        ),
        (f"---\nid: {ARTICLE_ID[:-1]}\n---\nBody", r"its id is '0b7e.*', which is not a valid id \(a UUID\)"),
        ("---\nid: 42\n---\nBody", r"its id is '42', which is not a valid id"),
        ("---\nphotos: [{id: nope}]\n---\nBody", r"the id of photo 1 is 'nope', which is not a valid id"),
        ("---\nheadline: ''\n---\n\n", r"it has neither a headline nor any text"),
    ],
)
def test_malformed_front_matter_is_refused_with_one_clear_line(text: str, message: str) -> None:
    with pytest.raises(ImportRefused, match=r"^Cannot import bad\.md: " + message) as refused:
        parse_article(text, name="bad.md")
    assert "\n" not in str(refused.value)


def test_markdown_without_front_matter_takes_its_heading() -> None:
    parsed = parse_article("\n# Title here #\n\nPara *one*.\n\nPara two.\n", name="notes.MD")
    assert parsed.article.headline == "Title here"
    assert parsed.article.body == "Para *one*.\n\nPara two."
    assert parsed.source_format == "markdown"


def test_setext_heading_and_no_heading_in_markdown() -> None:
    assert parse_article("Title\n=====\n\nText", name="a.markdown").article.headline == "Title"
    no_heading = parse_article("Just text.\n\nsource: not special in Markdown", name="a.md")
    assert no_heading.article.headline == ""
    assert no_heading.article.body == "Just text.\n\nsource: not special in Markdown"


def test_an_upper_case_id_is_stored_in_canonical_form() -> None:
    parsed = parse_article(f"---\nid: '{{{ARTICLE_ID.upper()}}}'\nheadline: H\n---\n")
    assert parsed.article.id == ARTICLE_ID


def test_a_leading_bom_does_not_hide_the_front_matter() -> None:
    parsed = parse_article(f"\ufeff---\nid: {ARTICLE_ID}\nheadline: H\n---\nBody")
    assert parsed.id_from_file and parsed.article.headline == "H"
