"""``editor-app photos add|list|rendition`` as a user runs them: subprocesses on a throw-away profile."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.paths import REPO
from tests.photos.photo_helpers import GPS_EXIF, MakeImage, read_tags

ALT = 'lang="x-default"'
AZ_CREDIT = "Azərbaycan Prezidentinin Mətbuat Xidməti"


def run(data_dir: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "editor_app", "--data-dir", str(data_dir), *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def cli_article(tmp_path: Path) -> tuple[Path, str]:
    """A profile with one article imported through the CLI; returns (data dir, article id)."""
    data = tmp_path / "profile"
    text = tmp_path / "story.txt"
    text.write_text(
        "Putin arrives in Baku\n\nThe Russian President arrived in Baku on Tuesday.\n\n"
        "source: Commonspace.eu with agencies.\n",
        encoding="utf-8",
    )
    done = run(data, "import", text)
    assert done.returncode == 0, done.stderr
    return data, done.stdout.strip()


def test_add_list_and_dedupe(cli_article: tuple[Path, str], make_image: MakeImage) -> None:
    data, article = cli_article
    gps = make_image("gps.jpg", size=(300, 200), exif=GPS_EXIF)
    plain = make_image("plain.png", fmt="PNG", colour=(0, 90, 0))
    added = run(data, "photos", "add", article, gps, plain, "--caption", "Two presidents meet", "--credit",
                AZ_CREDIT, "--alt", "Two men shake hands", "--featured")  # fmt: skip
    assert added.returncode == 0, added.stderr
    ids = added.stdout.split()
    assert len(ids) == 2 and len(set(ids)) == 2

    again = run(data, "photos", "add", article, gps)
    assert again.returncode == 0
    assert again.stdout.split() == [ids[0]]  # the same file is the same photo
    assert "already in this article" in again.stderr

    listed = run(data, "photos", "list", article, "--json")
    assert listed.returncode == 0, listed.stderr
    photos = json.loads(listed.stdout)
    assert [p["id"] for p in photos] == ids
    first = photos[0]
    for key in ("caption", "credit", "creator", "copyright", "source", "instructions", "alt", "has_gps"):
        assert key in first
    assert (first["keywords"], first["rating"], first["label"]) == ([], 0, "")
    assert (first["caption"], first["credit"], first["alt"]) == (
        "Two presidents meet",
        AZ_CREDIT,
        "Two men shake hands",
    )
    assert (first["width"], first["height"], first["has_gps"], first["featured"]) == (300, 200, True, True)
    assert photos[1]["has_gps"] is False and photos[1]["featured"] is False

    text = run(data, "photos", "list", article)
    assert text.returncode == 0
    assert f"{ids[0]}  300x200  Two presidents meet ({AZ_CREDIT})  [featured; GPS in original]" in text.stdout


def test_add_reports_each_bad_file_on_one_line(
    cli_article: tuple[Path, str], make_image: MakeImage, tmp_path: Path
) -> None:
    data, article = cli_article
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    text = tmp_path / "notes.jpg"
    text.write_text("not a photo")
    done = run(data, "photos", "add", article, make_image("good.jpg"), empty, text)
    assert done.returncode == 1
    assert len(done.stdout.split()) == 1  # the good one imported and its id printed
    errors = [line for line in done.stderr.splitlines() if line.startswith("editor-app photos add:")]
    assert errors == [
        "editor-app photos add: empty.jpg: empty file (0 bytes)",
        "editor-app photos add: notes.jpg: not an image (or an image format the app cannot read)",
    ]


def test_unknown_article_and_photo_fail_with_one_line(
    cli_article: tuple[Path, str], make_image: MakeImage
) -> None:
    data, _article = cli_article
    for args in (
        ("photos", "add", "no-such-article", make_image()),
        ("photos", "list", "no-such-article"),
        ("photos", "rendition", "no-such-photo", "-o", data / "x.jpg"),
    ):
        done = run(data, *args)
        assert done.returncode == 1
        assert done.stderr.count("\n") == 1 and done.stderr.startswith("editor-app photos: No ")


def test_rendition_carries_the_credit_and_no_location(
    cli_article: tuple[Path, str], make_image: MakeImage, exiftool: str, tmp_path: Path
) -> None:
    data, article = cli_article
    original = make_image(
        "original.jpg",
        size=(3200, 2400),
        exif={**GPS_EXIF, "Exif.Image.Orientation": "6", "Exif.Image.Make": "Canon"},
        xmp={"Xmp.photoshop.City": "Xırdalan", "Xmp.iptc.Location": "Secret Street 5"},
    )
    before = original.read_bytes()
    photo_id = run(data, "photos", "add", article, original, "--credit", AZ_CREDIT, "--caption",
                   "Prezident Bakıda çıxış edir", "--alt", "A man speaks").stdout.strip()  # fmt: skip
    out = tmp_path / "web.jpg"
    done = run(data, "photos", "rendition", photo_id, "-o", out)
    assert done.returncode == 0, done.stderr
    assert "IPTC IIM keeps 32" in done.stderr  # the long credit was cut for IIM, with a warning
    tags = read_tags(exiftool, out)
    assert tags["XMP:Credit"] == AZ_CREDIT
    assert str(tags["IPTC:Credit"]).startswith("Azərbaycan")  # UTF-8 cut at a character boundary
    assert tags["IPTC:CodedCharacterSet"] == "UTF8"
    assert tags["XMP:Description"] == tags["IPTC:Caption-Abstract"] == "Prezident Bakıda çıxış edir"
    assert tags["XMP:AltTextAccessibility"] == "A man speaks"
    private = [k for k in tags if "GPS" in k or "Serial" in k or "Owner" in k or k.endswith(":City")]
    assert private == []
    assert "Secret Street" not in json.dumps(tags, ensure_ascii=False)
    with Image.open(out) as web:
        assert web.format == "JPEG" and web.mode == "RGB"
        assert web.size == (1920, 2560)  # turned upright (orientation 6) and long edge 2560
        assert web.getexif().get(0x0112) in (None, 1)
    assert original.read_bytes() == before
