"""Text rules of the metadata formats: IIM byte limits and charsets, ASCII-only EXIF."""

from __future__ import annotations

import unicodedata

IIM_UTF8 = "\x1b%G"
"""Value of IIM 1:90 CodedCharacterSet announcing UTF-8 (ISO 2022 escape ESC % G)."""

_ASCII_LOOKALIKES = str.maketrans(
    {
        "ə": "e", "Ə": "E", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
        "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
        "©": "(c)", "®": "(R)", "℗": "(P)", "‘": "'", "’": "'", "“": '"', "”": '"',
        "–": "-", "—": "-", "…": "...", "\u00a0": " ",
    }
)  # fmt: skip


def truncate_utf8(text: str, limit: int) -> str:
    """The longest prefix of ``text`` that fits in ``limit`` bytes of UTF-8, cut between characters."""
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    cut = encoded[:limit].decode("utf-8", errors="ignore")
    # A base letter whose combining accent did not fit would change meaning: drop it as well.
    while cut and len(cut) < len(text) and unicodedata.combining(text[len(cut)]):
        cut = cut[:-1]
    return cut


def decode_iim(raw: bytes, utf8_declared: bool) -> str:
    """Decode an IIM dataset: UTF-8 when 1:90 says so, otherwise Latin-1 (valid UTF-8 is taken as UTF-8).

    Many writers store UTF-8 without declaring it; a Latin-1 text that is also valid UTF-8 with non-ASCII
    characters is very unlikely ("Ã©" sequences), so valid UTF-8 is trusted either way.
    """
    if utf8_declared:
        return raw.decode("utf-8", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def ascii_safe(text: str) -> str | None:
    """``text`` folded to ASCII for EXIF (``Mətbuat`` -> ``Metbuat``); None when it is not Latin script."""
    folded = unicodedata.normalize("NFKD", text.translate(_ASCII_LOOKALIKES))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    if folded.isascii():
        return folded
    return None


def clean(value: object) -> str:
    """A metadata value as one trimmed string (lists joined with ``, ``); NUL padding and blanks removed."""
    if isinstance(value, list | tuple):
        return ", ".join(part for part in (clean(v) for v in value) if part)
    if isinstance(value, dict):
        # XMP LangAlt as pyexiv2 gives it: {'lang="x-default"': text, ...}
        text = value.get('lang="x-default"') or next(iter(value.values()), "")
        return clean(text)
    return str(value).replace("\x00", "").strip()
