"""Web renditions: an upright sRGB JPEG, long edge capped, carrying only the metadata the desk chose."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from editor_app.media.colour import srgb_profile_bytes, to_srgb
from editor_app.media.embed import RenditionMetadata, write_metadata
from editor_app.media.files import atomic_output
from editor_app.media.probe import decoding_errors, open_image
from editor_app.media.thumbnails import upright

__all__ = ["RenditionMetadata", "RenditionResult", "make_rendition"]


@dataclass(frozen=True, slots=True)
class RenditionResult:
    path: Path
    width: int
    height: int
    warnings: tuple[str, ...]


def make_rendition(
    original: Path | str,
    dest: Path | str,
    meta: RenditionMetadata,
    long_edge: int = 2560,
    quality: int = 85,
) -> RenditionResult:
    """Write the rendition of ``original`` to ``dest`` (atomically); the original is only read.

    Orientation is baked into the pixels; the file starts with no metadata at all (Pillow copies none),
    then gets ``meta`` through :func:`write_metadata`. Warnings: IIM truncations and colour problems.
    """
    original, dest = Path(original), Path(dest)
    with open_image(original) as image, decoding_errors(original):
        image.draft("RGB", (long_edge, long_edge))  # JPEG: decode at reduced scale when far larger
        image.load()
        turned = upright(image)
        turned.thumbnail((long_edge, long_edge), Image.Resampling.LANCZOS)
        rgb, colour_warning = to_srgb(turned)
    with atomic_output(dest) as tmp:
        rgb.save(
            tmp, "JPEG", quality=quality, optimize=True, progressive=True,
            icc_profile=srgb_profile_bytes(), comment=b"",
        )  # fmt: skip
        warnings = write_metadata(tmp, meta)
    if colour_warning:
        warnings = (*warnings, colour_warning)
    return RenditionResult(dest, rgb.width, rgb.height, warnings)
