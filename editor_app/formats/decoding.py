"""Turn the bytes of an article file into text, refusing what is not a text article."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from editor_app.formats.errors import ImportRefused, file_label

MAX_ARTICLE_BYTES = 10 * 1024 * 1024
"""Largest article file accepted (a 5,000-word article is about 35 KB)."""

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x7fELF", "a program"),
)

_CONTROL_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x20)) | {0x7F}
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_SAMPLE_BYTES = 64 * 1024
_MAX_CONTROL_SHARE = 0.05
"""Text has tabs, newlines and form feeds but practically no other control bytes; binary data has many."""

_UNICODE_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    warnings: tuple[str, ...] = ()


def decode_article_bytes(data: bytes, name: str) -> Decoded:
    """Decode an article file: UTF-8 (BOM stripped), UTF-16/32 with a BOM, else Latin-1 with a warning.

    Newlines come back as ``\\n``. Raises :class:`ImportRefused` for an empty, binary or oversized file.
    """
    label = file_label(name)
    if len(data) > MAX_ARTICLE_BYTES:
        raise ImportRefused(
            f"Cannot import {label}: it is {_megabytes(len(data))} ({len(data):,} bytes); "
            f"the limit for an article file is {_megabytes(MAX_ARTICLE_BYTES)}."
        )
    if not data.strip():
        raise ImportRefused(f"Cannot import {label}: the file is empty.")
    warnings: list[str] = []
    text = _decode_with_bom(data)
    if text is None:
        _refuse_binary(data, label)
        try:
            text = data.removeprefix(codecs.BOM_UTF8).decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_single_byte(data)
            warnings.append(f"{label} is not valid UTF-8; read as Latin-1")
    elif "\x00" in text:
        raise ImportRefused(f"Cannot import {label}: it is a binary file, not a text article.")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ImportRefused(f"Cannot import {label}: the file is empty.")
    return Decoded(text=text, warnings=tuple(warnings))


def _decode_with_bom(data: bytes) -> str | None:
    """Text of a UTF-16 or UTF-32 file that starts with its byte-order mark, else None."""
    for bom, codec in _UNICODE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None  # not really UTF-16/32: let the binary checks judge it
    return None


def _refuse_binary(data: bytes, label: str) -> None:
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise ImportRefused(f"Cannot import {label}: it is {kind}, not a text article.")
    sample = data[:_SAMPLE_BYTES]
    control_share = len(sample.translate(None, _NOT_CONTROL)) / len(sample)
    if b"\x00" in data or control_share > _MAX_CONTROL_SHARE:
        raise ImportRefused(f"Cannot import {label}: it is a binary file, not a text article.")


def _decode_single_byte(data: bytes) -> str:
    """Windows-1252 (Latin-1 plus curly quotes in 0x80-0x9F), or Latin-1 where 1252 leaves bytes undefined."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _megabytes(size: int) -> str:
    value = size / (1024 * 1024)
    return f"{value:.0f} MB" if value == int(value) else f"{value:.1f} MB"
