"""Small JPEG previews: decode at reduced scale (JPEG draft), shrink, then apply the EXIF orientation."""

from __future__ import annotations

import warnings
from pathlib import Path

from PIL import Image, ImageOps

from editor_app.media.colour import to_srgb
from editor_app.media.files import atomic_output
from editor_app.media.probe import decoding_errors, open_image

THUMBNAIL_QUALITY = 85


def make_thumbnail(src: Path | str, dest: Path | str, max_side: int = 320) -> tuple[int, int]:
    """Write an upright sRGB JPEG of ``src`` at most ``max_side`` pixels a side to ``dest``; return its size.

    Raises PhotoRejected for files that cannot be imported (truncated, corrupt, bombs, unsupported).
    """
    src, dest = Path(src), Path(dest)
    with open_image(src) as image, decoding_errors(src):
        image.draft("RGB", (max_side, max_side))  # JPEG only: libjpeg decodes at 1/2, 1/4 or 1/8 scale
        image.load()  # a small image needs no resizing, but its data must still decode in full
        image.thumbnail((max_side, max_side))
        small = upright(image)
        rgb, _warning = to_srgb(small)
    with atomic_output(dest) as tmp:
        rgb.save(tmp, "JPEG", quality=THUMBNAIL_QUALITY, comment=b"")
    return rgb.size


def upright(image: Image.Image) -> Image.Image:
    """``image`` turned as its EXIF orientation says; unchanged when the EXIF block is unreadable."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Corrupt EXIF data": metadata reading reports it
            return ImageOps.exif_transpose(image)
    except Exception:  # broken EXIF must not cost the photo
        return image
