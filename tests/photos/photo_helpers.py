"""Helpers the photo desk tests share: constants, an exiftool reader, a streamed 200-megapixel PNG."""

from __future__ import annotations

import json
import struct
import subprocess
import zlib
from collections.abc import Callable
from pathlib import Path

MakeImage = Callable[..., Path]

GPS_EXIF = {
    "Exif.GPSInfo.GPSLatitudeRef": "N",
    "Exif.GPSInfo.GPSLatitude": "40/1 24/1 0/1",
    "Exif.GPSInfo.GPSLongitudeRef": "E",
    "Exif.GPSInfo.GPSLongitude": "49/1 52/1 0/1",
    "Exif.Photo.BodySerialNumber": "SN-0042-BODY",
    "Exif.Photo.LensSerialNumber": "SN-0042-LENS",
    "Exif.Photo.CameraOwnerName": "Owner Person",
}


def read_tags(exiftool: str, path: Path) -> dict[str, object]:
    """Every tag exiftool (an independent reader) finds, keyed ``Group:Name``."""
    done = subprocess.run([exiftool, "-j", "-G", str(path)], capture_output=True, text=True, check=True)
    tags = json.loads(done.stdout)[0]
    assert isinstance(tags, dict)
    return tags


def write_huge_png(path: Path, width: int, height: int) -> Path:
    """A valid greyscale PNG of ``width`` x ``height`` black pixels, streamed: no frame is ever in memory."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" * (width + 1)  # filter byte + one byte per pixel
    packer = zlib.compressobj(9)
    parts = [packer.compress(row) for _ in range(height)]
    parts.append(packer.flush())
    with path.open("wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        out.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)))
        out.write(chunk(b"IDAT", b"".join(parts)))
        out.write(chunk(b"IEND", b""))
    return path
