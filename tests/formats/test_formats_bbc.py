"""Every file of the BBC archive imports: none refused, each with a headline and a body."""

from collections import Counter
from pathlib import Path

from editor_app.formats import (
    decode_article_bytes,
    detect_section_from_path,
    iter_article_files,
    parse_article,
)

EXPECTED_PER_SECTION = {"Business": 510, "Entertainment": 386, "Politics": 417, "Sport": 511, "Tech": 401}


def test_the_whole_bbc_archive_parses(shared_fixtures: Path) -> None:
    folder = shared_fixtures / "bbc-news"
    per_section: Counter[str] = Counter()
    warnings: list[str] = []
    for path in iter_article_files(folder):
        relative = path.relative_to(folder).as_posix()
        decoded = decode_article_bytes(path.read_bytes(), relative)
        section = detect_section_from_path(path, root=folder)
        assert section is not None
        parsed = parse_article(decoded.text, name=relative, section=section)
        article = parsed.article
        assert article.headline.strip(), relative
        assert "\n" not in article.headline, relative
        assert len(article.body.split("\n\n")) >= 1 and article.body.strip(), relative
        assert article.section == section
        assert not parsed.id_from_file and parsed.photos == () and parsed.related == ()
        assert parsed.warnings == ()
        warnings.extend(decoded.warnings)
        per_section[section] += 1
    assert dict(per_section) == EXPECTED_PER_SECTION
    assert sum(per_section.values()) == 2225
    assert warnings == ["sport/199.txt is not valid UTF-8; read as Windows-1252 (Western European, Latin-1)"]


def test_first_business_article_and_the_latin1_one(shared_fixtures: Path) -> None:
    folder = shared_fixtures / "bbc-news"
    business = folder / "business" / "001.txt"
    text = decode_article_bytes(business.read_bytes(), "001.txt").text
    article = parse_article(text, name="001.txt", section="Business").article
    assert article.headline == "Ad sales boost Time Warner profit"
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("Quarterly profits at US media giant TimeWarner jumped 76%")
    assert paragraphs == [block.strip() for block in text.split("\n\n")[1:] if block.strip()]

    mutu = folder / "sport" / "199.txt"
    decoded = decode_article_bytes(mutu.read_bytes(), "sport/199.txt")
    article = parse_article(decoded.text, name="199.txt", section="Sport").article
    assert article.headline == "Chelsea sack Mutu"
    assert "a £15.8m signing from Parma" in article.body
