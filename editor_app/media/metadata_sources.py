"""Raw EXIF / IPTC IIM / XMP as exiv2 names them, read with pyexiv2 or, when exiv2 gives up, with Pillow.

IIM values stay bytes here: their charset is decided later from dataset 1:90.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pyexiv2
from PIL import Image, ImageFile, IptcImagePlugin

IIM_DATASETS: dict[tuple[int, int], str] = {
    (1, 90): "Iptc.Envelope.CharacterSet",
    (2, 5): "Iptc.Application2.ObjectName",
    (2, 25): "Iptc.Application2.Keywords",
    (2, 40): "Iptc.Application2.SpecialInstructions",
    (2, 55): "Iptc.Application2.DateCreated",
    (2, 60): "Iptc.Application2.TimeCreated",
    (2, 80): "Iptc.Application2.Byline",
    (2, 90): "Iptc.Application2.City",
    (2, 101): "Iptc.Application2.CountryName",
    (2, 105): "Iptc.Application2.Headline",
    (2, 110): "Iptc.Application2.Credit",
    (2, 115): "Iptc.Application2.Source",
    (2, 116): "Iptc.Application2.Copyright",
    (2, 120): "Iptc.Application2.Caption",
}

# Pillow tag numbers -> exiv2 keys, for the few EXIF fields the app reads.
_EXIF_IFD0 = {
    0x010E: "Exif.Image.ImageDescription",
    0x013B: "Exif.Image.Artist",
    0x8298: "Exif.Image.Copyright",
    0x0112: "Exif.Image.Orientation",
}
_EXIF_SUBIFD = {0x9003: "Exif.Photo.DateTimeOriginal"}
_GPS = {0x0002: "Exif.GPSInfo.GPSLatitude", 0x0004: "Exif.GPSInfo.GPSLongitude"}

IptcValue = bytes | list[bytes]


@dataclass(slots=True)
class RawMetadata:
    exif: dict[str, str] = field(default_factory=dict)
    iptc: dict[str, IptcValue] = field(default_factory=dict)
    xmp: dict[str, object] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def read_raw(path: Path) -> RawMetadata:
    """Everything exiv2 can read; on failure a warning, then what Pillow can still read (EXIF and IIM)."""
    try:
        return _read_exiv2(path)
    except (RuntimeError, UnicodeError, ValueError) as exc:
        raw = _read_pillow(path)
        reason = " ".join(str(exc).split()).split(". ")[0][:120]
        raw.warnings.insert(0, f"metadata partly unreadable ({reason}); XMP ignored")
        return raw


def _read_exiv2(path: Path) -> RawMetadata:
    pyexiv2.set_log_level(3)  # exiv2 prints its warnings to stdout; errors still raise.
    with _open_exiv2(path) as image:
        exif = {
            k: _maybe_utf8(v) for k, v in image.read_exif(encoding="latin-1").items() if isinstance(v, str)
        }
        iptc = {
            key: (
                [v.encode("latin-1") for v in value] if isinstance(value, list) else value.encode("latin-1")
            )
            for key, value in image.read_iptc(encoding="latin-1").items()
        }
        try:
            xmp: dict[str, object] = image.read_xmp()
            warnings: list[str] = []
        except UnicodeDecodeError:
            xmp, warnings = {}, ["XMP is not valid UTF-8; ignored"]
    return RawMetadata(exif, iptc, xmp, warnings)


def _open_exiv2(path: Path) -> pyexiv2.Image:
    try:
        return pyexiv2.Image(str(path))
    except UnicodeEncodeError:  # a file name that is not valid UTF-8: hand exiv2 the bytes instead
        return pyexiv2.ImageData(path.read_bytes())


def _read_pillow(path: Path) -> RawMetadata:
    raw = RawMetadata()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            with Image.open(path) as image:
                _pillow_exif(image, raw)
                _pillow_iptc(image, raw)
        except Exception as exc:  # a broken metadata block must never stop the import
            raw.warnings.append(f"metadata unreadable ({type(exc).__name__})")
    raw.warnings.extend(" ".join(str(w.message).split())[:120] for w in caught)
    return raw


def _pillow_exif(image: ImageFile.ImageFile, raw: RawMetadata) -> None:
    try:
        exif = image.getexif()
        tables = ((exif, _EXIF_IFD0), (exif.get_ifd(0x8769), _EXIF_SUBIFD), (exif.get_ifd(0x8825), _GPS))
        for ifd, names in tables:
            for tag, key in names.items():
                value = ifd.get(tag)
                if value is not None and value != "":
                    raw.exif[key] = _pillow_value(value)
    except Exception:
        raw.warnings.append("EXIF unreadable")


def _pillow_iptc(image: ImageFile.ImageFile, raw: RawMetadata) -> None:
    try:
        records = IptcImagePlugin.getiptcinfo(image) or {}
    except Exception:
        raw.warnings.append("IPTC unreadable")
        return
    for dataset, value in records.items():
        key = IIM_DATASETS.get(dataset)
        if key is not None and isinstance(value, bytes | list):
            raw.iptc[key] = value


def _pillow_value(value: object) -> str:
    if isinstance(value, bytes):
        return _maybe_utf8(value.decode("latin-1"))
    if isinstance(value, tuple):
        return " ".join(_pillow_rational(v) for v in value)
    return _maybe_utf8(str(value))


def _pillow_rational(value: object) -> str:
    numerator, denominator = getattr(value, "numerator", value), getattr(value, "denominator", 1)
    return f"{numerator}/{denominator}"


def _maybe_utf8(text: str) -> str:
    """EXIF text read as Latin-1: re-decode it as UTF-8 when it is (many cameras and tools write UTF-8)."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return text
