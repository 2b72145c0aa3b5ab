import codecs
import random
from pathlib import Path

import pytest

from editor_app.formats import MAX_ARTICLE_BYTES, ImportRefused, decode_article_bytes


def test_utf8_text_is_decoded_with_newlines_normalised() -> None:
    decoded = decode_article_bytes("Headline\r\n\r\nCafé — 😀\rlast\n".encode(), "a.txt")
    assert decoded.text == "Headline\n\nCafé — 😀\nlast\n"
    assert decoded.warnings == ()


def test_utf8_bom_is_stripped() -> None:
    decoded = decode_article_bytes(codecs.BOM_UTF8 + b"Headline\n", "bom.txt")
    assert decoded.text == "Headline\n"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_bom_are_decoded(codec: str) -> None:
    bom = {"utf-16": b"", "utf-16-be": codecs.BOM_UTF16_BE, "utf-32": b""}[codec]
    decoded = decode_article_bytes(bom + "Заголовок\r\n\r\nТекст".encode(codec), "win.txt")
    assert decoded.text == "Заголовок\n\nТекст"


def test_invalid_utf8_is_read_as_latin1_with_a_warning() -> None:
    decoded = decode_article_bytes(b"Chelsea sack Mutu\n\nA \xa315.8m signing", "sport/199.txt")
    assert decoded.text == "Chelsea sack Mutu\n\nA £15.8m signing"
    assert decoded.warnings == (
        "sport/199.txt is not valid UTF-8; read as Windows-1252 (Western European, Latin-1)",
    )


def test_windows_1252_quotes_survive_the_fallback() -> None:
    decoded = decode_article_bytes(b"\x93Quoted\x94 \x85 caf\xe9", "w.txt")
    assert decoded.text == "“Quoted” … café"


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t  ", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"\n \n"])
def test_empty_files_are_refused_by_name(data: bytes) -> None:
    with pytest.raises(ImportRefused, match=r"^Cannot import empty\.txt: the file is empty\.$"):
        decode_article_bytes(data, "empty.txt")


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(100), "JPEG image"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP archive"),
        (b"GIF89a\x01\x00\x01\x00", "GIF image"),
    ],
)
def test_known_binary_signatures_are_refused_with_their_kind(data: bytes, kind: str) -> None:
    with pytest.raises(ImportRefused, match=rf"^Cannot import photo\.txt: it is an? {kind}"):
        decode_article_bytes(data, "photo.txt")


def test_nul_bytes_mean_binary() -> None:
    with pytest.raises(ImportRefused, match="binary file"):
        decode_article_bytes(b"Looks like text\n" * 100 + b"\x00", "x.txt")


def test_a_high_share_of_control_bytes_means_binary() -> None:
    data = bytes(range(1, 32)) * 20 + b"some letters" * 10
    with pytest.raises(ImportRefused, match="binary file"):
        decode_article_bytes(data, "x.txt")


def test_a_few_form_feeds_and_tabs_are_still_text() -> None:
    data = b"Headline\n\n\tIndented\x0c paragraph\x1b.\n" + b"text " * 100
    assert decode_article_bytes(data, "x.txt").text.startswith("Headline")


def test_random_bytes_are_refused() -> None:
    data = random.Random(7).randbytes(4096)
    with pytest.raises(ImportRefused, match="binary"):
        decode_article_bytes(data, "noise.txt")


def test_a_50_mb_file_is_refused_naming_size_and_limit() -> None:
    data = b"a" * (50 * 1024 * 1024)
    with pytest.raises(ImportRefused) as refused:
        decode_article_bytes(data, "huge.txt")
    message = str(refused.value)
    assert message == (
        "Cannot import huge.txt: it is 50 MB (52,428,800 bytes); the limit for an article file is 10 MB."
    )


def test_the_limit_itself_is_accepted_and_one_byte_more_is_not() -> None:
    assert len(decode_article_bytes(b"a" * MAX_ARTICLE_BYTES, "limit.txt").text) == MAX_ARTICLE_BYTES
    with pytest.raises(ImportRefused, match="10,485,761 bytes"):
        decode_article_bytes(b"a" * (MAX_ARTICLE_BYTES + 1), "limit.txt")


def test_messages_stay_on_one_line_for_odd_names() -> None:
    with pytest.raises(ImportRefused) as refused:
        decode_article_bytes(b"", "two\nlines.txt")
    assert "\n" not in str(refused.value)
    assert "two lines.txt" in str(refused.value)


def test_the_real_bad_images_are_refused_except_the_text_file(shared_fixtures: Path) -> None:
    folder = shared_fixtures / "bad-images"
    files = sorted(p for p in folder.iterdir() if p.is_file())
    assert files
    outcomes = {}
    for path in files:
        try:
            decode_article_bytes(path.read_bytes(), path.name)
            outcomes[path.name] = "decoded"
        except ImportRefused as refusal:
            assert path.name in str(refusal)
            outcomes[path.name] = "refused"
    decoded = {name for name, outcome in outcomes.items() if outcome == "decoded"}
    assert decoded == {"text-named-as.jpg"}  # plain text whatever its name; the rest is binary or empty
    assert len(outcomes) == len(files)
