"""Turn the bytes of an article file into text, refusing what is not a text article."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from editor_app.domain.message import QT_TRANSLATE_NOOP, Message, word
from editor_app.formats.errors import file_label, refused

MAX_ARTICLE_BYTES = 10 * 1024 * 1024
"""Largest article file accepted (a 5,000-word article is about 35 KB)."""

BINARY = QT_TRANSLATE_NOOP("Core", "Cannot import {label}: it is a binary file, not a text article.")
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("Core", "a JPEG image")),
    (b"\x89PNG\r\n\x1a\n", QT_TRANSLATE_NOOP("Core", "a PNG image")),
    (b"GIF87a", QT_TRANSLATE_NOOP("Core", "a GIF image")),
    (b"GIF89a", QT_TRANSLATE_NOOP("Core", "a GIF image")),
    (b"%PDF-", QT_TRANSLATE_NOOP("Core", "a PDF document")),
    (b"PK\x03\x04", QT_TRANSLATE_NOOP("Core", "a ZIP archive (or a Word/OpenDocument file)")),
    (b"PK\x05\x06", QT_TRANSLATE_NOOP("Core", "a ZIP archive")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", QT_TRANSLATE_NOOP("Core", "an old Microsoft Office document")),
    (b"{\\rtf", QT_TRANSLATE_NOOP("Core", "an RTF document")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("Core", "a gzip archive")),
    (b"II*\x00", QT_TRANSLATE_NOOP("Core", "a TIFF image")),
    (b"MM\x00*", QT_TRANSLATE_NOOP("Core", "a TIFF image")),
    (b"\x7fELF", QT_TRANSLATE_NOOP("Core", "a program")),
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


_CANDIDATES = (
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
    "koi8_r", "koi8_u", "cp866", "mac_cyrillic", "mac_roman",
    "iso8859_2", "iso8859_5", "iso8859_7", "iso8859_9", "iso8859_15",
    "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr",
)  # fmt: skip
"""Legacy encodings a newsroom's files come in; detection chooses among these only (fewer absurd guesses)."""

ENCODING_NAMES = {
    "utf_8": "UTF-8",
    "utf_16": "UTF-16",
    "utf_32": "UTF-32",
    "cp1250": "Windows-1250 (Central European)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp1252": "Windows-1252 (Western European, Latin-1)",
    "cp1253": "Windows-1253 (Greek)",
    "cp1254": "Windows-1254 (Turkish)",
    "cp1255": "Windows-1255 (Hebrew)",
    "cp1256": "Windows-1256 (Arabic)",
    "cp1257": "Windows-1257 (Baltic)",
    "koi8_r": "KOI8-R (Russian)",
    "koi8_u": "KOI8-U (Ukrainian)",
    "cp866": "DOS 866 (Cyrillic)",
    "mac_cyrillic": "Mac Cyrillic",
    "mac_roman": "Mac Roman",
    "iso8859_2": "ISO 8859-2 (Central European)",
    "iso8859_5": "ISO 8859-5 (Cyrillic)",
    "iso8859_7": "ISO 8859-7 (Greek)",
    "iso8859_9": "ISO 8859-9 (Turkish)",
    "iso8859_15": "ISO 8859-15 (Western European)",
    "gb18030": "GB 18030 (Chinese)",
    "big5": "Big5 (Traditional Chinese)",
    "shift_jis": "Shift JIS (Japanese)",
    "euc_jp": "EUC-JP (Japanese)",
    "euc_kr": "EUC-KR (Korean)",
    "latin_1": "Latin-1",
}
"""Python's codec names as the import report shows them."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    warnings: tuple[str, ...] = ()
    encoding: str = "utf_8"
    """The Python codec the text was read with (a key of :data:`ENCODING_NAMES`)."""

    @property
    def encoding_name(self) -> str:
        return ENCODING_NAMES.get(self.encoding, self.encoding)


def decode_article_bytes(data: bytes, name: str) -> Decoded:
    """Decode an article file: UTF-8 (BOM stripped), UTF-16/32 with a BOM, else the legacy encoding that
    charset-normalizer finds most plausible (Windows-1252 when nothing fits), with a warning naming it.

    Newlines come back as ``\\n``. Raises :class:`ImportRefused` for an empty, binary or oversized file.
    """
    label = file_label(name)
    if len(data) > MAX_ARTICLE_BYTES:
        raise refused(
            QT_TRANSLATE_NOOP(
                "Core",
                "Cannot import {label}: it is {size} ({bytes} bytes); the limit for an article file is {limit}.",
            ),
            label,
            size=_megabytes(len(data)),
            bytes=f"{len(data):,}",
            limit=_megabytes(MAX_ARTICLE_BYTES),
        )
    if not data.strip():
        raise refused(QT_TRANSLATE_NOOP("Core", "Cannot import {label}: the file is empty."), label)
    warnings: list[str] = []
    encoding = "utf_8"
    with_bom = _decode_with_bom(data)
    if with_bom is None:
        _refuse_binary(data, label)
        try:
            text = data.removeprefix(codecs.BOM_UTF8).decode("utf-8")
        except UnicodeDecodeError:
            encoding, text = _decode_legacy(data)
            warnings.append(
                Message(
                    QT_TRANSLATE_NOOP("Core", "{label} is not valid UTF-8; read as {encoding}"),
                    label=label,
                    encoding=ENCODING_NAMES[encoding],
                )
            )
    else:
        encoding, text = with_bom
        if "\x00" in text:
            raise refused(BINARY, label)
        warnings.append(
            Message(
                QT_TRANSLATE_NOOP("Core", "{label} is {encoding} (it starts with a byte-order mark)"),
                label=label,
                encoding=ENCODING_NAMES[encoding],
            )
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise refused(QT_TRANSLATE_NOOP("Core", "Cannot import {label}: the file is empty."), label)
    return Decoded(text=text, warnings=tuple(warnings), encoding=encoding)


def _decode_with_bom(data: bytes) -> tuple[str, str] | None:
    """``(codec, text)`` of a UTF-16 or UTF-32 file that starts with its byte-order mark, else None."""
    for bom, codec in _UNICODE_BOMS:
        if data.startswith(bom):
            try:
                return codec.replace("-", "_"), data.decode(codec)
            except UnicodeDecodeError:
                return None  # not really UTF-16/32: let the binary checks judge it
    return None


def _refuse_binary(data: bytes, label: str) -> None:
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise refused(
                QT_TRANSLATE_NOOP("Core", "Cannot import {label}: it is {kind}, not a text article."),
                label,
                kind=word(kind),
            )
    sample = data[:_SAMPLE_BYTES]
    control_share = len(sample.translate(None, _NOT_CONTROL)) / len(sample)
    if b"\x00" in data or control_share > _MAX_CONTROL_SHARE:
        raise refused(BINARY, label)


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """``(codec, text)`` of a file that is not UTF-8: of charset-normalizer's candidates among the newsroom's
    encodings, the one whose text reads most like a language (coherence) and least like noise (chaos), with
    Windows-1252 winning ties (a lone "£" fits a dozen code pages equally); Latin-1, which decodes any byte,
    when nothing fits."""
    from charset_normalizer import from_bytes

    western = _try_decode(data, "cp1252")
    ranked = sorted(
        from_bytes(data, cp_isolation=list(_CANDIDATES)),
        key=lambda m: (m.coherence - m.chaos, "cp1252" in m.could_be_from_charset),
        reverse=True,
    )
    for match in ranked:
        text = _try_decode(data, match.encoding)
        if text is not None:
            return ("cp1252", text) if text == western else (match.encoding, text)
    if western is not None:
        return "cp1252", western
    return "latin_1", data.decode("latin-1")


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _megabytes(size: int) -> str:
    value = size / (1024 * 1024)
    return f"{value:.0f} MB" if value == int(value) else f"{value:.1f} MB"
