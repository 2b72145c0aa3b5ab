"""make_rendition(): upright sRGB JPEG <= 2560 px carrying exactly the desk's metadata, nothing private.

What it embeds is checked with exiftool, an independent reader.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from editor_app.domain.photo import Photo
from editor_app.media.metadata import read_metadata
from editor_app.media.rendition import RenditionMetadata, make_rendition

MakeImage = Callable[..., Path]

AZ_CREDIT = "Azərbaycan Prezidentinin Mətbuat Xidməti"  # 43 bytes of UTF-8
RU_CREATOR = "Александр Николаевич Щербаков"  # 56 bytes of UTF-8
ALT = 'lang="x-default"'

PRIVATE_SOURCE = {
    "exif": {
        "Exif.GPSInfo.GPSLatitudeRef": "N",
        "Exif.GPSInfo.GPSLatitude": "40/1 24/1 0/1",
        "Exif.GPSInfo.GPSLongitudeRef": "E",
        "Exif.GPSInfo.GPSLongitude": "49/1 52/1 0/1",
        "Exif.Photo.BodySerialNumber": "SN-0042-BODY",
        "Exif.Photo.LensSerialNumber": "SN-0042-LENS",
        "Exif.Photo.CameraOwnerName": "Owner Person",
        "Exif.Image.Make": "Canon",
        "Exif.Image.Orientation": "6",
    },
    "xmp": {
        "Xmp.aux.SerialNumber": "SN-0042-AUX",
        "Xmp.iptc.Location": "Secret Street 5",
        "Xmp.photoshop.City": "Xırdalan",
        "Xmp.photoshop.Country": "Azərbaycan",
        "Xmp.dc.description": {ALT: "Source caption"},
    },
    "iptc": {"Iptc.Application2.City": "Khirdalan", "Iptc.Application2.SubLocation": "Secret Street"},
}


def _desk_metadata(**overrides: object) -> RenditionMetadata:
    fields: dict[str, object] = {
        "caption": "Prezident İlham Əliyev Bakıda çıxış edir. Президент выступает в Баку.",
        "credit": AZ_CREDIT,
        "creator": RU_CREATOR,
        "copyright": "© 2024 Azərbaycan Respublikası Prezidentinin Administrasiyası",
        "source": "president.az",
        "instructions": "MANDATORY CREDIT; NO SALES",
        "headline": "Prezident çıxış edir",
        "alt_text": "A man in a suit speaks at a lectern in front of two flags.",
        "city": "Bakı",
        "country": "Azərbaycan",
    }
    fields.update(overrides)
    return RenditionMetadata(**fields)  # type: ignore[arg-type]


def _exiftool(exiftool: str, path: Path) -> dict[str, object]:
    done = subprocess.run([exiftool, "-j", "-G", str(path)], capture_output=True, text=True, check=True)
    tags = json.loads(done.stdout)[0]
    assert isinstance(tags, dict)
    return tags


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def private_original(make_image: MakeImage) -> Path:
    return make_image("original.jpg", size=(3000, 2000), **PRIVATE_SOURCE)


def test_round_trip_through_exiftool(private_original: Path, tmp_path: Path, exiftool: str) -> None:
    before = _sha(private_original)
    meta = _desk_metadata()
    result = make_rendition(private_original, tmp_path / "web.jpg", meta)
    tags = _exiftool(exiftool, result.path)

    # XMP: the full text of every field
    assert tags["XMP:Description"] == meta.caption
    assert tags["XMP:Credit"] == AZ_CREDIT
    assert tags["XMP:Creator"] == RU_CREATOR
    assert tags["XMP:Rights"] == meta.copyright
    assert tags["XMP:Source"] == "president.az"
    assert tags["XMP:Instructions"] == "MANDATORY CREDIT; NO SALES"
    assert tags["XMP:Headline"] == "Prezident çıxış edir"
    assert tags["XMP:AltTextAccessibility"] == meta.alt_text

    # IIM: UTF-8 declared, long values cut at a character boundary within their byte limits
    assert tags["IPTC:CodedCharacterSet"] == "UTF8"
    assert tags["IPTC:Credit"] == "Azərbaycan Prezidentinin Mətbu"  # 31 bytes: "ə" would make 33
    assert len(str(tags["IPTC:Credit"]).encode()) <= 32
    assert tags["IPTC:By-line"] == "Александр Никола"  # 31 bytes: "е" would make 33
    assert tags["IPTC:Caption-Abstract"] == meta.caption
    assert tags["IPTC:CopyrightNotice"] == meta.copyright
    assert tags["IPTC:Source"] == "president.az"
    assert tags["IPTC:SpecialInstructions"] == "MANDATORY CREDIT; NO SALES"
    assert tags["IPTC:Headline"] == "Prezident çıxış edir"

    # EXIF: ASCII only; Cyrillic has no ASCII form, so no Artist rather than "????"
    assert tags["EXIF:Copyright"] == "(c) 2024 Azerbaycan Respublikasi Prezidentinin Administrasiyasi"
    assert "EXIF:Artist" not in tags
    assert "EXIF:ImageDescription" not in tags  # the caption mixes in Cyrillic

    # one warning per IIM truncation: credit and by-line
    assert len(result.warnings) == 2
    assert result.warnings[0].startswith("Credit is 43 bytes; IPTC IIM keeps 32")
    assert result.warnings[1].startswith("Creator is 56 bytes; IPTC IIM keeps 32")

    assert _sha(private_original) == before


def test_nothing_private_survives(private_original: Path, tmp_path: Path, exiftool: str) -> None:
    result = make_rendition(private_original, tmp_path / "web.jpg", _desk_metadata())
    tags = _exiftool(exiftool, result.path)
    leaked = [key for key in tags if "GPS" in key or "Serial" in key or "Owner" in key]
    assert leaked == []
    text = json.dumps(tags, ensure_ascii=False)
    for secret in (
        "SN-0042",
        "Owner Person",
        "Secret Street",
        "Canon",
        "Xırdalan",
        "Khirdalan",
        "Source caption",
    ):
        assert secret not in text, secret
    assert not any(key.endswith((":City", ":Country", ":Location", ":Sub-location")) for key in tags)
    assert read_metadata(result.path).has_gps is False


def test_location_is_written_only_when_kept(private_original: Path, tmp_path: Path, exiftool: str) -> None:
    result = make_rendition(private_original, tmp_path / "web.jpg", _desk_metadata(keep_location=True))
    tags = _exiftool(exiftool, result.path)
    assert (tags["XMP:City"], tags["XMP:Country"]) == ("Bakı", "Azərbaycan")
    assert (tags["IPTC:City"], tags["IPTC:Country-PrimaryLocationName"]) == ("Bakı", "Azərbaycan")
    assert not any("GPS" in key for key in tags)


def test_orientation_is_baked_in_and_size_capped(private_original: Path, tmp_path: Path) -> None:
    result = make_rendition(private_original, tmp_path / "web.jpg", _desk_metadata(), long_edge=1200)
    assert (result.width, result.height) == (800, 1200)
    with Image.open(result.path) as web:
        assert web.size == (800, 1200)
        assert web.getexif().get(0x0112, 1) == 1
        rgb = web.convert("RGB")
        top, bottom = rgb.getpixel((400, 100)), rgb.getpixel((400, 1100))
    assert isinstance(top, tuple) and isinstance(bottom, tuple)
    assert top[0] > 150 and top[2] < 100  # the red (left) half is now on top
    assert bottom[2] > 150 and bottom[0] < 100


def test_default_long_edge_is_2560(make_image: MakeImage, tmp_path: Path) -> None:
    result = make_rendition(make_image(size=(4000, 1000)), tmp_path / "web.jpg", RenditionMetadata())
    assert (result.width, result.height) == (2560, 640)


def test_cmyk_original_gives_srgb(make_image: MakeImage, tmp_path: Path, exiftool: str) -> None:
    result = make_rendition(make_image("cmyk.jpg", mode="CMYK"), tmp_path / "web.jpg", RenditionMetadata())
    with Image.open(result.path) as web:
        assert web.mode == "RGB"
    tags = _exiftool(exiftool, result.path)
    assert tags["File:ColorComponents"] == 3
    assert "sRGB" in str(tags["ICC_Profile:ProfileDescription"])


def test_our_reader_reads_back_what_we_wrote(private_original: Path, tmp_path: Path) -> None:
    meta = _desk_metadata(keep_location=True)
    result = make_rendition(private_original, tmp_path / "web.jpg", meta)
    back = read_metadata(result.path)
    for name in (
        "caption",
        "credit",
        "creator",
        "copyright",
        "source",
        "instructions",
        "headline",
        "alt_text",
    ):
        assert getattr(back, name) == getattr(meta, name), name
    assert back.warnings == ()


@pytest.mark.parametrize(
    ("credit", "iim_credit"),
    [
        (AZ_CREDIT, "Azərbaycan Prezidentinin Mətbu"),
        ("Пресс-служба Президента России", "Пресс-служба През"),  # 55 bytes -> exactly 32
        ("Reuters", "Reuters"),
    ],
)
def test_credit_round_trip(
    make_image: MakeImage, tmp_path: Path, exiftool: str, credit: str, iim_credit: str
) -> None:
    result = make_rendition(make_image(), tmp_path / "web.jpg", RenditionMetadata(credit=credit))
    tags = _exiftool(exiftool, result.path)
    assert (tags["XMP:Credit"], tags["IPTC:Credit"]) == (credit, iim_credit)
    assert len(result.warnings) == (0 if credit == iim_credit else 1)


def test_latin_texts_keep_an_ascii_exif_copy(make_image: MakeImage, tmp_path: Path, exiftool: str) -> None:
    meta = RenditionMetadata(caption="Kövek a Dunán", creator="Zoë Ætherington", copyright="© Zoë")
    result = make_rendition(make_image(), tmp_path / "web.jpg", meta)
    tags = _exiftool(exiftool, result.path)
    assert (tags["EXIF:ImageDescription"], tags["EXIF:Artist"]) == ("Kovek a Dunan", "Zoe AEtherington")
    assert tags["EXIF:Copyright"] == "(c) Zoe"
    assert result.warnings == ()


def test_from_photo_carries_the_desk_fields() -> None:
    photo = Photo(id="p1", caption="c", credit="cr", creator="me", copyright="©", source="s", alt_text="alt")
    meta = RenditionMetadata.from_photo(photo, headline="h")
    assert (meta.caption, meta.credit, meta.creator, meta.alt_text, meta.headline) == (
        "c",
        "cr",
        "me",
        "alt",
        "h",
    )
    assert meta.keep_location is False


def test_shared_fixtures_render_without_gps(shared_fixtures: Path, tmp_path: Path, exiftool: str) -> None:
    for name in (
        "iphone_gpsinfo_exif.JPG",
        "pil_sample_cmyk.jpg",
        "hopper_orientation_6.jpg",
        "GAC103-thumb.jpg",
    ):
        original = shared_fixtures / "photos" / name
        before = _sha(original)
        result = make_rendition(
            original, tmp_path / f"{name}.jpg", RenditionMetadata(credit="The Canadian Press")
        )
        tags = _exiftool(exiftool, result.path)
        assert not any("GPS" in key for key in tags), name
        assert tags["XMP:Credit"] == tags["IPTC:Credit"] == "The Canadian Press"
        assert _sha(original) == before


def test_keywords_go_whole_to_xmp_and_cut_to_64_bytes_in_iim(
    make_image: MakeImage, tmp_path: Path, exiftool: str
) -> None:
    long_word = "Azərbaycan Respublikasının Prezidenti İlham Əliyevin rəsmi səfəri"  # 72 bytes of UTF-8
    meta = RenditionMetadata(caption="Baku", keywords=("Bakı", long_word))
    result = make_rendition(make_image("k.jpg"), tmp_path / "k-web.jpg", meta)
    tags = _exiftool(exiftool, result.path)
    assert tags["XMP:Subject"] == ["Bakı", long_word]
    iim = tags["IPTC:Keywords"]
    assert isinstance(iim, list) and iim[0] == "Bakı"
    assert len(iim[1].encode()) <= 64 and long_word.startswith(iim[1])
    assert any("64 bytes a keyword" in warning for warning in result.warnings)
    assert read_metadata(result.path).keywords == ("Bakı", long_word)  # our reader prefers the whole XMP text
