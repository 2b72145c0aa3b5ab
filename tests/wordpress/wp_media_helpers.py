"""Small JPEGs with IPTC metadata and uploads to the media endpoint, for the WordPress tests."""

from __future__ import annotations

import io
from typing import Any

import httpx2
import pyexiv2
from PIL import Image


def jpeg_with_iptc(iptc: dict[str, str] | None = None, size: tuple[int, int] = (64, 48)) -> bytes:
    """A small JPEG carrying the given IPTC IIM fields (UTF-8, with the 1:90 marker)."""
    buffer = io.BytesIO()
    Image.new("RGB", size, (180, 40, 40)).save(buffer, "JPEG", quality=80)
    if not iptc:
        return buffer.getvalue()
    with pyexiv2.ImageData(buffer.getvalue()) as image:
        image.modify_iptc({"Iptc.Envelope.CharacterSet": "\x1b%G", **iptc})
        return bytes(image.get_bytes())


def upload_jpeg(client: httpx2.Client, data: bytes, filename: str, **fields: str) -> httpx2.Response:
    """POST a JPEG to wp/v2/media as multipart (field ``file``) with extra form fields, e.g. meta[ew_credit]."""
    files: Any = {"file": (filename, data, "image/jpeg")}
    return client.post("wp/v2/media", files=files, data=fields)
