"""Identify an image with Pillow from its header, and refuse what the app must not decode."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

MAX_PIXELS = 100_000_000
"""Largest image accepted (pixels); anything Pillow itself calls a decompression bomb is refused too."""

SUPPORTED_FORMATS: dict[str, str] = {"JPEG": ".jpg", "PNG": ".png", "TIFF": ".tif", "WEBP": ".webp"}
"""Pillow format name -> file extension used by the store."""


class PhotoRejected(ValueError):
    """A file the app will not import; ``str()`` is one line meant for the user, ``kind`` names the problem
    for a caller that words it itself: one of :data:`REJECTION_KINDS`."""

    def __init__(self, message: str, kind: str = "corrupt") -> None:
        super().__init__(message)
        self.kind = kind

    def __reduce__(self) -> tuple[type[PhotoRejected], tuple[str, str]]:  # survives a worker process
        return (PhotoRejected, (str(self), self.kind))


REJECTION_KINDS = (
    "empty",
    "bomb",
    "not_image",
    "hostile",
    "truncated",
    "corrupt",
    "unsupported",
    "no_pixels",
)


@dataclass(frozen=True, slots=True)
class ImageInfo:
    """What the header says: no pixel has been decoded to learn it."""

    format: str
    width: int
    height: int
    mode: str
    extension: str

    @property
    def megapixels(self) -> float:
        return self.width * self.height / 1_000_000


def probe(path: Path | str) -> ImageInfo:
    """Identify ``path`` without decoding pixels; raise :class:`PhotoRejected` for anything unacceptable."""
    with open_image(path) as image:
        return _info(image)


@contextmanager
def open_image(path: Path | str) -> Iterator[Image.Image]:
    """Open ``path`` lazily (header only) after the same checks as :func:`probe`.

    Decode inside :func:`decoding_errors` so that truncated or corrupt data becomes a PhotoRejected.
    ``warnings.catch_warnings`` is not thread-safe: call this from one thread, or from worker processes.
    """
    path = Path(path)
    if path.stat().st_size == 0:
        raise PhotoRejected(f"{path.name}: empty file (0 bytes)", "empty")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # "Corrupt EXIF data": read_metadata reports it
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(path)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        claimed = re.search(r"\d+", str(exc))
        pixels = f"{int(claimed.group()):,} pixels" if claimed else "too many pixels"
        raise PhotoRejected(
            f"{path.name}: refused as a decompression bomb ({pixels}, the limit is {_limit():,})", "bomb"
        ) from None
    except UnidentifiedImageError:
        raise PhotoRejected(
            f"{path.name}: not an image (or an image format the app cannot read)", "not_image"
        ) from None
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        # Pillow refuses some hostile headers with ValueError (e.g. a PNG text chunk that inflates too far).
        if "MAX_TEXT" in str(exc):  # Pillow's guard against a text chunk that inflates without end
            raise PhotoRejected(
                f"{path.name}: unreadable image header (a text block in it is too large to read safely)",
                "hostile",
            ) from None
        raise PhotoRejected(f"{path.name}: unreadable image header ({_reason(exc)})", "corrupt") from None
    with image:
        _check(path, image)
        yield image


@contextmanager
def decoding_errors(path: Path) -> Iterator[None]:
    """Turn what Pillow raises while decoding (truncated or corrupt data) into one clear PhotoRejected."""
    try:
        yield
    except PhotoRejected:
        raise
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError) as exc:
        reason = _reason(exc)
        truncated = "truncated" in reason
        kind = "truncated image" if truncated else "corrupt image data"
        raise PhotoRejected(
            f"{path.name}: {kind} ({reason})", "truncated" if truncated else "corrupt"
        ) from None


def _check(path: Path, image: Image.Image) -> None:
    if image.format not in SUPPORTED_FORMATS:
        supported = ", ".join(sorted(SUPPORTED_FORMATS))
        raise PhotoRejected(
            f"{path.name}: {image.format} images are not supported (only {supported})", "unsupported"
        )
    width, height = image.size
    if width <= 0 or height <= 0:
        raise PhotoRejected(f"{path.name}: image has no pixels ({width}x{height})", "no_pixels")
    if width * height > MAX_PIXELS:
        raise PhotoRejected(
            f"{path.name}: refused as a decompression bomb ({width}x{height} = {width * height:,} pixels, "
            f"the limit is {_limit():,})",
            "bomb",
        )


def _limit() -> int:
    """The pixel limit in force: ours, or Pillow's warning threshold when that is lower."""
    pillow = Image.MAX_IMAGE_PIXELS
    return min(MAX_PIXELS, pillow) if pillow else MAX_PIXELS


def _info(image: Image.Image) -> ImageInfo:
    fmt = image.format or ""
    return ImageInfo(fmt, image.width, image.height, image.mode, SUPPORTED_FORMATS[fmt])


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."
