from pathlib import Path

import pytest

from editor_app.domain import Status
from editor_app.formats import ImportRefused, PhotoRef, decode_article_bytes, parse_article
from editor_app.formats.photo_credit import split_caption_credit


def _seed(shared_fixtures: Path) -> tuple[str, list[str]]:
    raw = (shared_fixtures / "seed-article-commonspace.txt").read_bytes()
    text = decode_article_bytes(raw, "seed-article-commonspace.txt").text
    return text, text.split("\n\n")


def test_seed_article_headline_body_source_and_photo(shared_fixtures: Path) -> None:
    text, blocks = _seed(shared_fixtures)
    parsed = parse_article(text, name="seed-article-commonspace.txt")
    article = parsed.article

    assert article.headline == "Putin says Karabakh conflict should be solved through political means."
    assert article.body == "\n\n".join(blocks[1:5])
    assert article.body.split("\n\n") == blocks[1:5]
    assert article.body.startswith("The Russian President Vladimir Putin arrived in Baku on Tuesday")
    assert article.body.endswith("environmental challenges in the Caspian.")
    assert article.source == "Commonspace.eu with agencies."
    assert parsed.photos == (
        PhotoRef(
            caption="President Putin and President Aliev at the start of their talks in Baku on 13 August 2013.",
            credit="Press Office of the President of Azerbaijan",
            featured=True,
        ),
    )
    assert article.status is Status.DRAFT
    assert article.section == "News"
    assert not parsed.id_from_file
    assert parsed.related == ()
    assert parsed.warnings == ()
    assert parsed.source_format == "plain-text"


def test_seed_article_drops_everything_from_related_articles_on(shared_fixtures: Path) -> None:
    text, _ = _seed(shared_fixtures)
    article = parse_article(text, name="seed.txt").article
    for boilerplate in ("Related articles", "Editor's choice", "Popular", "Borrell", "Unexploded ordnance"):
        assert boilerplate not in article.body
    assert "source:" not in article.body and "photo:" not in article.body


def test_caller_section_applies_to_plain_text() -> None:
    parsed = parse_article("Ad sales boost profit\n\nProfits jumped.\n", name="001.txt", section="Business")
    assert parsed.article.section == "Business"
    assert parsed.article.headline == "Ad sales boost profit"
    assert parsed.article.body == "Profits jumped."


def test_paragraph_text_is_kept_verbatim_but_line_edges_are_trimmed() -> None:
    text = "  Headline  \n\n    Indented   first  paragraph *kept*  \nsecond line\n\n\n\nThird\n"
    article = parse_article(text).article
    assert article.headline == "Headline"
    assert article.body == "Indented   first  paragraph *kept*\nsecond line\n\nThird"


def test_a_markdown_heading_marker_is_dropped_from_a_plain_text_headline() -> None:
    assert parse_article("# Big news\n\nBody").article.headline == "Big news"
    assert parse_article("#1 in the charts\n\nBody").article.headline == "#1 in the charts"


def test_teasers_count_as_boilerplate_only_after_the_source_line() -> None:
    text = "Headline\n\nPopular\n\nStill the story.\n\nsource: Agency\n\nPopular\n\nTeaser"
    article = parse_article(text).article
    assert article.body == "Popular\n\nStill the story."
    assert article.source == "Agency"


def test_separate_credit_paragraph_completes_the_photo() -> None:
    parsed = parse_article("Headline\n\nBody.\n\nPhoto: Harbour at dusk.\n\nCredit: Jane Doe.\n")
    assert parsed.photos == (PhotoRef(caption="Harbour at dusk.", credit="Jane Doe", featured=True),)
    assert parsed.article.body == "Body."


def test_only_the_first_photo_is_featured() -> None:
    parsed = parse_article("Headline\n\nBody.\n\nphoto: One (AP)\n\nphoto: Two (Reuters)\n")
    assert [(p.caption, p.credit, p.featured) for p in parsed.photos] == [
        ("One", "AP", True),
        ("Two", "Reuters", False),
    ]


@pytest.mark.parametrize("text", ["", "\n\n   \n", "Related articles\n\nTeaser\n"])
def test_nothing_left_is_refused(text: str) -> None:
    with pytest.raises(
        ImportRefused, match=r"^Cannot import x\.txt: it has neither a headline nor any text\.$"
    ):
        parse_article(text, name="x.txt")


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "photo: President Putin and President Aliev at the start of their talks in Baku on 13 August 2013. "
            "(picture courtesy of the Press Office of the President of Azerbaijan.)",
            "President Putin and President Aliev at the start of their talks in Baku on 13 August 2013.",
            "Press Office of the President of Azerbaijan",
        ),
        (
            "photo: Fans celebrate in Montreal on Sunday. THE CANADIAN PRESS/Paul Chiasson",
            "Fans celebrate in Montreal on Sunday.",
            "THE CANADIAN PRESS/Paul Chiasson",
        ),
        ("photo: A ferry leaves the port / credit: Jane Doe", "A ferry leaves the port", "Jane Doe"),
        ("Photo: Smoke over the city. Credit: Reuters.", "Smoke over the city.", "Reuters"),
        ("photo: The rally (AP Photo/Evan Vucci)", "The rally", "AP Photo/Evan Vucci"),
        ("photo: The rally. Photo: John Smith", "The rally.", "John Smith"),
        ("photo: The rally © Jane Doe 2020", "The rally", "Jane Doe 2020"),
        ("photo: Harbour at dusk (courtesy of Port Authority)", "Harbour at dusk", "Port Authority"),
        ("photo: Ministers in Paris (Reuters)", "Ministers in Paris", "Reuters"),
        ("photo: Mr Smith (left) and Mr Jones (right)", "Mr Smith (left) and Mr Jones (right)", ""),
        ("photo: Just a caption.", "Just a caption.", ""),
        ("PHOTO:   Spaces   collapse  (Photo by  Ann Lee.)", "Spaces collapse", "Ann Lee"),
    ],
)
def test_photo_line_caption_and_credit(line: str, caption: str, credit: str) -> None:
    assert split_caption_credit(line) == (caption, credit)
