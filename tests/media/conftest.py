"""Images made on the spot (Pillow + pyexiv2) and the shared real fixtures, for the media tests."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pyexiv2
import pytest
from PIL import Image

SHARED_FIXTURES = Path(__file__).resolve().parents[2] / ".." / "shared" / "fixtures"

MakeImage = Callable[..., Path]


@pytest.fixture
def shared_fixtures() -> Path:
    if not SHARED_FIXTURES.is_dir():
        pytest.skip(f"shared fixtures not found at {SHARED_FIXTURES} (../shared is absent)")
    return SHARED_FIXTURES


@pytest.fixture
def exiftool() -> str:
    found = shutil.which("exiftool")
    if found is None:
        pytest.skip("exiftool is not installed (apt-get install libimage-exiftool-perl)")
    return found


def two_colour(size: tuple[int, int], mode: str = "RGB") -> Image.Image:
    """Left half red, right half blue: enough to see where a rotation put things."""
    image = Image.new("RGB", size, (220, 20, 20))
    image.paste((20, 20, 220), (size[0] // 2, 0, size[0], size[1]))
    return image.convert(mode) if mode != "RGB" else image


@pytest.fixture
def make_image(tmp_path: Path) -> MakeImage:
    """``make_image(name, size=..., mode=..., fmt=..., exif={...}, iptc={...}, xmp={...}, iptc_encoding=...)``."""

    def make(
        name: str = "photo.jpg",
        *,
        size: tuple[int, int] = (120, 80),
        mode: str = "RGB",
        fmt: str = "JPEG",
        exif: dict[str, object] | None = None,
        iptc: dict[str, object] | None = None,
        xmp: dict[str, object] | None = None,
        iptc_encoding: str = "utf-8",
    ) -> Path:
        path = tmp_path / name
        two_colour(size, mode).save(path, fmt)
        if exif or iptc or xmp:
            with pyexiv2.Image(str(path)) as image:
                if exif:
                    image.modify_exif(exif)
                if iptc:
                    image.modify_iptc(iptc, encoding=iptc_encoding)
                if xmp:
                    image.modify_xmp(xmp)
        return path

    return make
