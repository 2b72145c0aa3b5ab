"""Read what a photo desk needs from a file's IPTC IIM, XMP and EXIF (see docs/photo-metadata.md).

XMP wins over IIM, IIM over EXIF. IIM text is UTF-8 when dataset 1:90 declares it, Latin-1 otherwise.
Broken metadata gives warnings, never an exception: the pixels must still import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from editor_app.domain.photo import parse_keywords
from editor_app.domain.photo_credits import PhotoCredits
from editor_app.media.credit_line import credit_from_caption
from editor_app.media.metadata_sources import RawMetadata, read_raw
from editor_app.media.probe import ImageInfo, probe
from editor_app.media.text import IIM_UTF8, clean, decode_iim

# field -> (XMP keys, IIM key, EXIF key), best first
_FIELDS: dict[str, tuple[tuple[str, ...], str | None, str | None]] = {
    "caption": (("Xmp.dc.description",), "Iptc.Application2.Caption", "Exif.Image.ImageDescription"),
    "credit": (("Xmp.photoshop.Credit",), "Iptc.Application2.Credit", None),
    "creator": (("Xmp.dc.creator",), "Iptc.Application2.Byline", "Exif.Image.Artist"),
    "copyright": (("Xmp.dc.rights",), "Iptc.Application2.Copyright", "Exif.Image.Copyright"),
    "source": (("Xmp.photoshop.Source",), "Iptc.Application2.Source", None),
    "instructions": (("Xmp.photoshop.Instructions",), "Iptc.Application2.SpecialInstructions", None),
    "headline": (("Xmp.photoshop.Headline",), "Iptc.Application2.Headline", None),
    "alt_text": (("Xmp.iptc.AltTextAccessibility",), None, None),
    "city": (("Xmp.photoshop.City",), "Iptc.Application2.City", None),
    "country": (("Xmp.photoshop.Country",), "Iptc.Application2.CountryName", None),
}

# Text that cameras and editors put in ImageDescription on their own: not a caption.
_BOILERPLATE_DESCRIPTION = re.compile(
    r"^(?:OLYMPUS DIGITAL CAMERA|SONY DSC|DIGITAL CAMERA|SAMSUNG CAMERA PICTURES|default|"
    r"File written by Adobe Photoshop.*|Created with GIMP)$",
    re.IGNORECASE,
)
_GPS_KEYS = (
    "Exif.GPSInfo.GPSLatitude",
    "Exif.GPSInfo.GPSLongitude",
    "Xmp.exif.GPSLatitude",
    "Xmp.exif.GPSLongitude",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class PhotoMetadata(PhotoCredits):
    """What the photo desk edits, as found in the file: the credits and the rest. ``width``/``height`` are as
    stored, before ``orientation`` (EXIF 1-8) is applied; see :attr:`upright_size`."""

    headline: str = ""
    date_taken: str | None = None
    city: str = ""
    country: str = ""
    has_gps: bool = False
    keywords: tuple[str, ...] = ()
    width: int = 0
    height: int = 0
    orientation: int = 1
    warnings: tuple[str, ...] = ()

    @property
    def upright_size(self) -> tuple[int, int]:
        """Width and height as the photo is shown, once its EXIF orientation is applied."""
        return (self.height, self.width) if self.orientation in (5, 6, 7, 8) else (self.width, self.height)


def read_metadata(path: Path | str, info: ImageInfo | None = None) -> PhotoMetadata:
    """Read ``path``'s metadata; raises only PhotoRejected (not an image we accept) or OSError.

    ``info`` is what :func:`probe` already said of this file (an import has it): the header is not read again.
    """
    path = Path(path)
    info = info or probe(path)
    raw = read_raw(path)
    warnings = list(raw.warnings)
    fields = {name: _pick(name, raw, warnings) for name in _FIELDS}
    if _BOILERPLATE_DESCRIPTION.match(fields["caption"]):
        fields["caption"] = ""
    if not fields["credit"] and fields["caption"]:
        fields["credit"] = credit_from_caption(fields["caption"]) or ""
    return PhotoMetadata(
        **fields,
        date_taken=_date_taken(raw),
        keywords=_keywords(raw),
        has_gps=any(_gps_present(raw.exif.get(key) or raw.xmp.get(key)) for key in _GPS_KEYS),
        width=info.width,
        height=info.height,
        orientation=_orientation(raw, warnings),
        warnings=tuple(warnings),
    )


def _pick(name: str, raw: RawMetadata, warnings: list[str]) -> str:
    xmp_keys, iim_key, exif_key = _FIELDS[name]
    xmp = next((text for text in (clean(raw.xmp.get(key, "")) for key in xmp_keys) if text), "")
    iim = _iim_text(raw, iim_key) if iim_key else ""
    if xmp and iim and not _same_text(xmp, iim):
        warnings.append(f"{name.replace('_', ' ')}: XMP and IPTC IIM differ; using XMP")
    return xmp or iim or (clean(raw.exif.get(exif_key, "")) if exif_key else "")


def _iim_text(raw: RawMetadata, key: str) -> str:
    value = raw.iptc.get(key)
    if value is None:
        return ""
    charset = raw.iptc.get("Iptc.Envelope.CharacterSet", b"")
    utf8 = isinstance(charset, bytes) and charset == IIM_UTF8.encode()
    parts = value if isinstance(value, list) else [value]
    return clean([decode_iim(part, utf8) for part in parts])


def _keywords(raw: RawMetadata) -> tuple[str, ...]:
    """XMP dc:subject (a bag) when present, else the IIM 2:25 Keywords datasets."""
    subject = raw.xmp.get("Xmp.dc.subject")
    if subject:
        words = subject if isinstance(subject, list) else [subject]
        return parse_keywords([clean(word) for word in words])
    value = raw.iptc.get("Iptc.Application2.Keywords")
    if value is None:
        return ()
    charset = raw.iptc.get("Iptc.Envelope.CharacterSet", b"")
    utf8 = isinstance(charset, bytes) and charset == IIM_UTF8.encode()
    parts = value if isinstance(value, list) else [value]
    return parse_keywords([clean(decode_iim(part, utf8)) for part in parts])


def _same_text(xmp: str, iim: str) -> bool:
    """IIM holds a byte-limited copy: a prefix of the XMP text (or the same words) is no disagreement."""
    a, b = " ".join(xmp.split()), " ".join(iim.split())
    return a == b or a.startswith(b)


def _date_taken(raw: RawMetadata) -> str | None:
    for value in (
        clean(raw.xmp.get("Xmp.photoshop.DateCreated", "")),
        clean(raw.exif.get("Exif.Photo.DateTimeOriginal", "")),
        clean(raw.xmp.get("Xmp.exif.DateTimeOriginal", "")),
        _iim_date(raw),
    ):
        iso = _iso_datetime(value)
        if iso:
            return iso
    return None


def _iim_date(raw: RawMetadata) -> str:
    date, time = (
        _iim_text(raw, "Iptc.Application2.DateCreated"),
        _iim_text(raw, "Iptc.Application2.TimeCreated"),
    )
    if re.fullmatch(r"\d{8}", date):  # raw IIM form (Pillow fallback): CCYYMMDD
        date = f"{date[:4]}-{date[4:6]}-{date[6:]}"
    if re.fullmatch(r"\d{6}.*", time):
        time = f"{time[:2]}:{time[2:4]}:{time[4:6]}"
    return f"{date}T{time[:8]}" if date and re.fullmatch(r"\d\d:\d\d:\d\d", time[:8]) else date


def _iso_datetime(value: str) -> str | None:
    """``2014:03:08 16:59:52`` (EXIF) or ISO 8601 (XMP) -> ISO 8601; None for empty or zeroed dates."""
    match = re.match(r"(\d{4})[:-](\d\d)[:-](\d\d)(?:[ T](\d\d:\d\d(?::\d\d)?)(.*))?$", value.strip())
    if match is None or match.group(1) == "0000" or match.group(2) == "00":
        return None
    year, month, day, time, rest = match.groups()
    date = f"{year}-{month}-{day}"
    return f"{date}T{time}{rest or ''}" if time else date


def _orientation(raw: RawMetadata, warnings: list[str]) -> int:
    value = clean(raw.exif.get("Exif.Image.Orientation") or raw.xmp.get("Xmp.tiff.Orientation") or "1")
    if value.isdigit() and 1 <= int(value) <= 8:
        return int(value)
    warnings.append(f"invalid EXIF orientation {value!r}; shown as stored")
    return 1


def _gps_present(value: object) -> bool:
    """True when a GPS coordinate has a real value (rationals with a zero denominator are empty)."""
    text = clean(value) if value is not None else ""
    if not text:
        return False
    rationals = re.findall(r"(-?\d+)/(\d+)", text)
    if rationals:
        return any(int(den) != 0 for _, den in rationals)
    return any(ch.isdigit() for ch in text)
