"""Bad input: every file in ../shared/fixtures/bad-images and a generated 200-megapixel image. One clear line
per file, the rest of the batch imports, bombs are refused without decoding, nothing crashes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from editor_app.services.photos import PhotoFailure, PhotoImported, PhotoService
from tests.paths import REPO
from tests.photos.photo_helpers import MakeImage

# what each bad file must produce: refused with this reason, or imported (broken metadata, good pixels)
EXPECTED = {
    "broken.png": "not an image",
    "decompression_bomb.gif": "refused as a decompression bomb",
    "empty.jpg": "empty file (0 bytes)",
    "png_decompression_dos.png": "unreadable image header",
    "random-bytes.jpg": "not an image",
    "text-named-as.jpg": "not an image",
    "truncated_jpeg.jpg": "truncated image",
    "exif_gps_typeerror.jpg": "imported",
    "hopper_bad_exif.jpg": "imported",
    "invalid-exif.jpg": "imported",
    "photoshop-200dpi-broken.jpg": "imported",
    "truncated_app14.jpg": "imported",
}


def test_every_bad_image_gets_one_clear_line_and_the_batch_goes_on(
    photo_service: PhotoService, article_id: str, shared_fixtures: Path, make_image: MakeImage
) -> None:
    bad = sorted(p for p in (shared_fixtures / "bad-images").iterdir() if p.is_file())
    assert {p.name for p in bad} == set(EXPECTED), "the bad-images fixture changed: update EXPECTED"
    good = [make_image("good-first.jpg"), make_image("good-last.jpg", colour=(0, 128, 0))]
    files = [good[0], *bad, good[1]]
    report = photo_service.add_files(article_id, files)
    assert len(report.items) == len(report.lines) == len(files)
    for path, item, line in zip(files, report.items, report.lines, strict=True):
        assert item.path == path
        assert "\n" not in line and line.startswith(f"{path.name}: ")
        expected = EXPECTED.get(path.name, "imported")
        if expected == "imported":
            assert isinstance(item, PhotoImported), line
        else:
            assert isinstance(item, PhotoFailure), line
            assert expected in line, line
    names = [slot.photo.filename for slot in photo_service.photos(article_id)]
    assert names[0] == "good-first.jpg" and names[-1] == "good-last.jpg"
    assert set(names) >= {n for n, e in EXPECTED.items() if e == "imported"}
    # broken metadata is reported but does not cost the pixels
    bad_exif = next(i for i in report.imported if i.path.name == "hopper_bad_exif.jpg")
    assert bad_exif.warnings and "note:" in bad_exif.message
    assert bad_exif.photo.width == 500


def test_unsupported_formats_are_named(
    photo_service: PhotoService, article_id: str, make_image: MakeImage
) -> None:
    gif = make_image("animation.gif", fmt="GIF", mode="P")
    bmp = make_image("scan.bmp", fmt="BMP")
    report = photo_service.add_files(article_id, [gif, bmp, make_image("ok.jpg")])
    assert report.lines[0].startswith(
        "animation.gif: GIF images are not supported (only JPEG, PNG, TIFF, WEBP)"
    )
    assert report.lines[1].startswith("scan.bmp: BMP images are not supported")
    assert report.lines[2].startswith("ok.jpg: imported")


def test_a_generated_200_megapixel_image_is_refused(
    photo_service: PhotoService, article_id: str, huge_png: Path, make_image: MakeImage
) -> None:
    with warnings.catch_warnings(), pytest.raises(Image.DecompressionBombError):
        warnings.simplefilter("ignore")
        Image.open(huge_png)  # Pillow agrees it is a real 14,143 x 14,143 image
    report = photo_service.add_files(
        article_id, [make_image("before.jpg"), huge_png, make_image("after.jpg")]
    )
    assert report.lines[1] == (
        "panorama-200mp.png: refused as a decompression bomb (200,024,449 pixels, the limit is 89,478,485)"
    )
    assert [type(i) for i in report.items] == [PhotoImported, PhotoFailure, PhotoImported]
    stored = [p.name for p in (photo_service.media_root / "originals").rglob("*.png")]
    assert stored == []


def test_the_200_megapixel_refusal_decodes_nothing(huge_png: Path, tmp_path: Path) -> None:
    """The function the import workers run, in a fresh process: fast, and far below one decoded frame."""
    code = (
        "import json, resource, sys, time\n"
        "from editor_app.media.ingest import ingest_outcome\n"
        "from pathlib import Path\n"
        "import PIL.Image, PIL.PngImagePlugin, pyexiv2\n"
        "import os\n"
        "vm = int(open('/proc/self/statm').read().split()[0]) * os.sysconf('SC_PAGE_SIZE')\n"
        "cap = vm + 150 * 2**20  # address space for the refusal: far below one decoded frame\n"
        "resource.setrlimit(resource.RLIMIT_AS, (cap, cap))\n"
        "t = time.perf_counter()\n"
        "outcome = ingest_outcome(Path(sys.argv[1]), Path(sys.argv[2]))\n"
        "print(json.dumps({'message': getattr(outcome, 'message', None),\n"
        "    'seconds': time.perf_counter() - t}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", code, str(huge_png), str(tmp_path / "media")],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    report: dict[str, Any] = json.loads(done.stdout)
    assert "decompression bomb" in report["message"]
    assert report["seconds"] < 0.5, report
    # it ran with 150 MB of address space to spare; one decoded greyscale frame alone is 200 MB


def test_a_missing_file_and_a_folder_fail_alone(
    photo_service: PhotoService, article_id: str, make_image: MakeImage, tmp_path: Path
) -> None:
    started = time.perf_counter()
    report = photo_service.add_files(article_id, [tmp_path / "gone.jpg", tmp_path, make_image()])
    assert report.lines[0].startswith("gone.jpg: cannot read")
    assert report.lines[1].startswith(f"{tmp_path.name}: ")
    assert isinstance(report.items[2], PhotoImported)
    assert time.perf_counter() - started < 30
