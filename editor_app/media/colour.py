"""Bring decoded pixels to 8-bit sRGB for JPEG output (CMYK and embedded ICC profiles converted)."""

from __future__ import annotations

import functools
import io

from PIL import Image, ImageCms


@functools.cache
def _srgb() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


def srgb_profile_bytes() -> bytes:
    """An sRGB ICC profile to embed in output files."""
    return _srgb().tobytes()


def to_srgb(image: Image.Image) -> tuple[Image.Image, str | None]:
    """An RGB image in sRGB, and a warning when an embedded colour profile could not be applied.

    Transparency is flattened onto white; greyscale becomes RGB; CMYK goes through its ICC profile when it
    has one, else through Pillow's plain conversion.
    """
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        image = image.point(lambda v: v / 256).convert("L") if image.mode != "F" else image.convert("L")
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, "white")
        image = Image.alpha_composite(background, rgba)
    warning = None
    icc = image.info.get("icc_profile")
    if icc:
        try:
            converted = _apply_profile(image, icc)
        except (ImageCms.PyCMSError, OSError, ValueError) as exc:
            warning = f"colour profile not applied ({' '.join(str(exc).split())[:80]}); colours may be off"
        else:
            if converted is not None:
                return converted, None
    return (image if image.mode == "RGB" else image.convert("RGB")), warning


def _apply_profile(image: Image.Image, icc: bytes) -> Image.Image | None:
    profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
    if image.mode == "RGB" and "srgb" in ImageCms.getProfileDescription(profile).lower():
        return None  # already sRGB: nothing to transform
    if image.mode not in ("RGB", "CMYK", "L"):
        image = image.convert("RGB")
    result = ImageCms.profileToProfile(image, profile, _srgb(), outputMode="RGB")
    assert result is not None  # not in place, so Pillow returns the new image
    return result
