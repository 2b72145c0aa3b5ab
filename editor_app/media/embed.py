"""Write the photo desk's fields into a (rendition) file with pyexiv2: IPTC IIM, XMP and EXIF.

Full text goes to XMP; IIM gets UTF-8 (1:90 = ESC % G) cut at a character boundary within its byte
limits, with one warning per cut; EXIF gets ASCII only. Nothing else is written: no GPS, serial numbers,
owner names, and no location unless asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import pyexiv2

from editor_app.domain.photo import Photo
from editor_app.domain.photo_credits import PhotoCredits
from editor_app.media.text import IIM_UTF8, ascii_safe, truncate_utf8

_X_DEFAULT = 'lang="x-default"'


class _Target(NamedTuple):
    label: str
    iim_key: str | None
    iim_limit: int  # bytes
    xmp_key: str
    xmp_kind: str  # "text", "alt" (LangAlt) or "seq"
    exif_key: str | None = None


_IIM = "Iptc.Application2."
_TARGETS: dict[str, _Target] = {
    "caption": _Target(
        "Caption", _IIM + "Caption", 2000, "Xmp.dc.description", "alt", "Exif.Image.ImageDescription"
    ),
    "credit": _Target("Credit", _IIM + "Credit", 32, "Xmp.photoshop.Credit", "text"),
    "creator": _Target("Creator", _IIM + "Byline", 32, "Xmp.dc.creator", "seq", "Exif.Image.Artist"),
    "copyright": _Target(
        "Copyright", _IIM + "Copyright", 128, "Xmp.dc.rights", "alt", "Exif.Image.Copyright"
    ),
    "source": _Target("Source", _IIM + "Source", 32, "Xmp.photoshop.Source", "text"),
    "instructions": _Target(
        "Instructions", _IIM + "SpecialInstructions", 256, "Xmp.photoshop.Instructions", "text"
    ),
    "headline": _Target("Headline", _IIM + "Headline", 256, "Xmp.photoshop.Headline", "text"),
    "alt_text": _Target("Alt text", None, 0, "Xmp.iptc.AltTextAccessibility", "alt"),
    "city": _Target("City", _IIM + "City", 32, "Xmp.photoshop.City", "text"),
    "country": _Target("Country", _IIM + "CountryName", 64, "Xmp.photoshop.Country", "text"),
}
_LOCATION_FIELDS = ("city", "country")
_KEYWORD_LIMIT = 64  # IIM 2:25, bytes a keyword


@dataclass(frozen=True, slots=True, kw_only=True)
class RenditionMetadata(PhotoCredits):
    """What a published rendition carries: the photo's credits, the article's headline, and city and country
    (written only with ``keep_location``)."""

    headline: str = ""
    city: str = ""
    country: str = ""
    keywords: tuple[str, ...] = ()
    keep_location: bool = False

    @classmethod
    def from_photo(cls, photo: Photo, headline: str = "") -> RenditionMetadata:
        return cls(headline=headline, keywords=photo.keywords).with_credits(photo)


def write_metadata(path: Path, meta: RenditionMetadata) -> tuple[str, ...]:
    """Add ``meta`` to the file at ``path`` (in place); return a warning per IIM field that had to be cut."""
    iptc: dict[str, object] = {"Iptc.Envelope.CharacterSet": IIM_UTF8}
    xmp: dict[str, object] = {}
    exif: dict[str, object] = {}
    warnings: list[str] = []
    for name, (label, iim_key, limit, xmp_key, kind, exif_key) in _TARGETS.items():
        text = str(getattr(meta, name)).strip()
        if not text or (name in _LOCATION_FIELDS and not meta.keep_location):
            continue
        xmp[xmp_key] = {_X_DEFAULT: text} if kind == "alt" else [text] if kind == "seq" else text
        if iim_key:
            cut = truncate_utf8(text, limit)
            iptc[iim_key] = [cut] if name == "creator" else cut
            if cut != text:
                warnings.append(
                    f"{label} is {len(text.encode())} bytes; IPTC IIM keeps {limit}, so older software "
                    f"will show “{cut}” (XMP has the full text)"
                )
        ascii_text = ascii_safe(text) if exif_key else None
        if exif_key and ascii_text:
            exif[exif_key] = ascii_text
    if meta.keywords:
        xmp["Xmp.dc.subject"] = list(meta.keywords)
        iptc[_IIM + "Keywords"] = [truncate_utf8(word, _KEYWORD_LIMIT) for word in meta.keywords]
        shortened = [word for word in meta.keywords if truncate_utf8(word, _KEYWORD_LIMIT) != word]
        if shortened:
            warnings.append(
                f"IPTC IIM keeps {_KEYWORD_LIMIT} bytes a keyword, so older software shows "
                f"{', '.join(shortened)} shortened (XMP has them whole)"
            )
    pyexiv2.set_log_level(3)
    with pyexiv2.Image(str(path)) as image:
        if exif:
            image.modify_exif(exif)
        image.modify_iptc(iptc)
        if xmp:
            image.modify_xmp(xmp)
    return tuple(warnings)
