"""read_metadata(): IPTC IIM (charsets), XMP and EXIF per the field table; broken metadata only warns."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from editor_app.media.credit_line import credit_from_caption
from editor_app.media.metadata import read_metadata
from editor_app.media.probe import PhotoRejected

MakeImage = Callable[..., Path]

AZ_CREDIT = "Azərbaycan Prezidentinin Mətbuat Xidməti"
RU_CREDIT = "Пресс-служба Президента Российской Федерации"
UTF8 = "\x1b%G"
ALT = 'lang="x-default"'


def test_utf8_iim_declared_by_1_90(make_image: MakeImage) -> None:
    path = make_image(
        iptc={
            "Iptc.Envelope.CharacterSet": UTF8,
            "Iptc.Application2.Credit": AZ_CREDIT,
            "Iptc.Application2.Caption": "Bakı şəhəri, 2024",
            "Iptc.Application2.Byline": ["Иван Петров"],
            "Iptc.Application2.City": "Bakı",
        }
    )
    meta = read_metadata(path)
    assert (meta.credit, meta.caption, meta.creator, meta.city) == (
        AZ_CREDIT,
        "Bakı şəhəri, 2024",
        "Иван Петров",
        "Bakı",
    )
    assert meta.warnings == ()


def test_latin1_iim_without_1_90(make_image: MakeImage) -> None:
    path = make_image(
        iptc={
            "Iptc.Application2.Credit": "Zoë Müller/Agência",
            "Iptc.Application2.Caption": "Café in Zürich",
        },
        iptc_encoding="latin-1",
    )
    assert Path(path).read_bytes().count("Zoë".encode("latin-1")) == 1  # really stored as Latin-1
    meta = read_metadata(path)
    assert (meta.credit, meta.caption) == ("Zoë Müller/Agência", "Café in Zürich")


def test_undeclared_but_valid_utf8_iim_is_read_as_utf8(make_image: MakeImage) -> None:
    path = make_image(iptc={"Iptc.Application2.Credit": "Mətbuat Xidməti"})
    assert read_metadata(path).credit == "Mətbuat Xidməti"


def test_xmp_only(make_image: MakeImage) -> None:
    path = make_image(
        xmp={
            "Xmp.dc.description": {ALT: "Prezident çıxış edir"},
            "Xmp.photoshop.Credit": RU_CREDIT,
            "Xmp.dc.creator": ["Анна Иванова", "Oleg Petrov"],
            "Xmp.dc.rights": {ALT: "© 2024 Kremlin.ru"},
            "Xmp.photoshop.Source": "Kremlin.ru",
            "Xmp.photoshop.Instructions": "MANDATORY CREDIT",
            "Xmp.photoshop.Headline": "Встреча",
            "Xmp.iptc.AltTextAccessibility": {ALT: "Two men shake hands"},
            "Xmp.photoshop.DateCreated": "2024-05-07T12:30:00+03:00",
            "Xmp.photoshop.Country": "Россия",
        }
    )
    meta = read_metadata(path)
    assert meta.caption == "Prezident çıxış edir"
    assert meta.credit == RU_CREDIT
    assert meta.creator == "Анна Иванова, Oleg Petrov"
    assert meta.copyright == "© 2024 Kremlin.ru"
    assert (meta.source, meta.instructions, meta.headline) == ("Kremlin.ru", "MANDATORY CREDIT", "Встреча")
    assert meta.alt_text == "Two men shake hands"
    assert meta.date_taken == "2024-05-07T12:30:00+03:00"
    assert meta.country == "Россия"


def test_exif_only(make_image: MakeImage) -> None:
    path = make_image(
        exif={
            "Exif.Image.Artist": "Jane Doe",
            "Exif.Image.Copyright": "(c) 2023 Jane Doe",
            "Exif.Image.ImageDescription": "Harbour at dawn",
            "Exif.Photo.DateTimeOriginal": "2023:06:01 05:42:10",
        }
    )
    meta = read_metadata(path)
    assert (meta.creator, meta.copyright, meta.caption) == (
        "Jane Doe",
        "(c) 2023 Jane Doe",
        "Harbour at dawn",
    )
    assert meta.date_taken == "2023-06-01T05:42:10"
    assert meta.credit == ""


def test_camera_boilerplate_is_not_a_caption(make_image: MakeImage) -> None:
    path = make_image(exif={"Exif.Image.ImageDescription": "OLYMPUS DIGITAL CAMERA         "})
    assert read_metadata(path).caption == ""


def test_xmp_wins_over_iim_and_disagreement_is_reported(make_image: MakeImage) -> None:
    path = make_image(
        iptc={"Iptc.Envelope.CharacterSet": UTF8, "Iptc.Application2.Caption": "Old caption"},
        xmp={"Xmp.dc.description": {ALT: "New caption"}},
    )
    meta = read_metadata(path)
    assert meta.caption == "New caption"
    assert meta.warnings == ("caption: XMP and IPTC IIM differ; using XMP",)


def test_long_credit_truncated_in_iim_is_read_whole_from_xmp(make_image: MakeImage) -> None:
    cut = RU_CREDIT.encode()[:32].decode("utf-8", errors="ignore")
    path = make_image(
        iptc={"Iptc.Envelope.CharacterSet": UTF8, "Iptc.Application2.Credit": cut},
        xmp={"Xmp.photoshop.Credit": RU_CREDIT},
    )
    meta = read_metadata(path)
    assert meta.credit == RU_CREDIT
    assert meta.warnings == ()  # a byte-limited copy is no disagreement


def test_gps_is_detected(make_image: MakeImage) -> None:
    path = make_image(
        exif={
            "Exif.GPSInfo.GPSLatitudeRef": "N",
            "Exif.GPSInfo.GPSLatitude": "40/1 24/1 0/1",
            "Exif.GPSInfo.GPSLongitudeRef": "E",
            "Exif.GPSInfo.GPSLongitude": "49/1 52/1 0/1",
        }
    )
    assert read_metadata(path).has_gps is True
    assert read_metadata(make_image("plain.jpg")).has_gps is False


def test_empty_gps_fields_are_not_a_location(make_image: MakeImage) -> None:
    path = make_image(
        exif={"Exif.GPSInfo.GPSLatitude": "0/0 0/0 0/0", "Exif.GPSInfo.GPSLongitude": "0/0 0/0 0/0"}
    )
    assert read_metadata(path).has_gps is False


def test_orientation_6(make_image: MakeImage) -> None:
    meta = read_metadata(make_image(size=(120, 80), exif={"Exif.Image.Orientation": "6"}))
    assert (meta.width, meta.height, meta.orientation) == (120, 80, 6)
    assert meta.upright_size == (80, 120)


def test_agency_credit_in_caption_fills_an_empty_credit(make_image: MakeImage) -> None:
    caption = "Prime Minister Justin Trudeau speaks in Ottawa on Monday. THE CANADIAN PRESS/Paul Chiasson"
    meta = read_metadata(make_image(xmp={"Xmp.dc.description": {ALT: caption}}))
    assert meta.caption == caption
    assert meta.credit == "THE CANADIAN PRESS/Paul Chiasson"


def test_agency_credit_in_caption_never_replaces_a_credit(make_image: MakeImage) -> None:
    caption = "Flood waters rise. REUTERS/Kevin Lamarque"
    path = make_image(xmp={"Xmp.dc.description": {ALT: caption}, "Xmp.photoshop.Credit": "Reuters"})
    assert read_metadata(path).credit == "Reuters"


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Trudeau in Ottawa. THE CANADIAN PRESS/Paul Chiasson", "THE CANADIAN PRESS/Paul Chiasson"),
        (
            "Home burned. THE CANADIAN PRESS/HO-Annick deGooyer, *MANDATORY CREDIT*",
            "THE CANADIAN PRESS/HO-Annick deGooyer",
        ),
        ("Biden speaks. (AP Photo/Evan Vucci)", "AP Photo/Evan Vucci"),
        ("A dog in NEW YORK. REUTERS/Kevin Lamarque", "REUTERS/Kevin Lamarque"),
        ("A plain caption.", None),
        ("NASA/JPL image of Mars", None),
        ("Scores 2024/25 season", None),
    ],
)
def test_credit_from_caption(caption: str, credit: str | None) -> None:
    assert credit_from_caption(caption) == credit


def test_corrupt_exif_warns_and_never_raises(tmp_path: Path) -> None:
    path = tmp_path / "garbage-exif.jpg"
    junk = b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x05\x01\x0e\x00\x02\xff\xff\xff\xff\x00\x00\x00\x10junk"
    Image.new("RGB", (40, 30), "red").save(path, exif=junk)
    meta = read_metadata(path)
    assert meta.warnings and meta.warnings[0].startswith("metadata partly unreadable")
    assert (meta.width, meta.height) == (40, 30)


def test_not_an_image_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.jpg"
    path.write_bytes(b"hello")
    with pytest.raises(PhotoRejected):
        read_metadata(path)


def test_canadian_press_handout(shared_fixtures: Path) -> None:
    meta = read_metadata(shared_fixtures / "photos" / "GAC103-thumb.jpg")
    assert meta.caption.startswith("West Kelowna resident Annick deGooyer")
    assert meta.caption.endswith("THE CANADIAN PRESS/HO-Annick deGooyer, *MANDATORY CREDIT*")
    assert meta.credit == "The Canadian Press"
    assert meta.creator == "Annick deGooyer"
    assert "MANDATORY CREDIT" in meta.instructions
    assert (meta.source, meta.city, meta.country) == ("HO", "West Kelowna", "CANADA")
    assert meta.date_taken == "2023-08-19T19:07:18"
    assert meta.has_gps is False  # its GPS block is all zero denominators


def test_real_files(shared_fixtures: Path) -> None:
    photos = shared_fixtures / "photos"
    assert read_metadata(photos / "iphone_gpsinfo_exif.JPG").has_gps is True
    assert read_metadata(photos / "hopper_orientation_6.jpg").orientation == 6
    assert read_metadata(photos / "iptc.jpg").city == "Budapest"
    assert (
        read_metadata(photos / "digital-nature-10485007.jpg").copyright == "(c) Aprescindere | Dreamstime.com"
    )
    canon = read_metadata(photos / "canon_exif.JPG")  # its XMP has a duplicated property: exiv2 refuses it
    assert canon.date_taken == "2011-06-19T10:21:26"
    assert any("XMP" in warning for warning in canon.warnings)


@pytest.mark.parametrize("name", ["hopper_bad_exif.jpg", "invalid-exif.jpg"])
def test_broken_metadata_fixtures_only_warn(shared_fixtures: Path, name: str) -> None:
    meta = read_metadata(shared_fixtures / "bad-images" / name)
    assert meta.warnings
    assert meta.width > 0
