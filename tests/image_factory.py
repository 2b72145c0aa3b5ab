"""Images the tests make on the spot: Pillow pixels, then pyexiv2 metadata (so the suite runs without ../shared)."""

from __future__ import annotations

from pathlib import Path

import pyexiv2
from PIL import Image


def two_colour(
    size: tuple[int, int], mode: str = "RGB", left: tuple[int, int, int] = (220, 20, 20)
) -> Image.Image:
    """``left`` colour on the left half, blue on the right: enough to see where a rotation put things."""
    image = Image.new("RGB", size, left)
    image.paste((20, 20, 220), (size[0] // 2, 0, size[0], size[1]))
    return image.convert(mode) if mode != "RGB" else image


def write_image(
    path: Path,
    *,
    size: tuple[int, int],
    mode: str = "RGB",
    fmt: str = "JPEG",
    colour: tuple[int, int, int] = (220, 20, 20),
    exif: dict[str, object] | None = None,
    iptc: dict[str, object] | None = None,
    xmp: dict[str, object] | None = None,
    iptc_encoding: str = "utf-8",
) -> Path:
    two_colour(size, mode, colour).save(path, fmt)
    if exif or iptc or xmp:
        with pyexiv2.Image(str(path)) as image:
            if exif:
                image.modify_exif(exif)
            if iptc:
                image.modify_iptc(iptc, encoding=iptc_encoding)
            if xmp:
                image.modify_xmp(xmp)
    return path
