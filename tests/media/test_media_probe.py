"""probe(): identify from the header, refuse unsupported, empty, bombs; truncated data refused on decode."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from editor_app.media.probe import MAX_PIXELS, PhotoRejected, probe
from editor_app.media.thumbnails import make_thumbnail

MakeImage = Callable[..., Path]

REPO_ROOT = Path(__file__).resolve().parents[2]


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims ``width`` x ``height`` but carries almost no data: costs nothing to write."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")
    )


def jpeg_claiming(width: int, height: int) -> bytes:
    """A small real JPEG whose frame header (SOF0) is patched to claim another size."""
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "gray").save(buffer, "JPEG")
    data = bytearray(buffer.getvalue())
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


@pytest.mark.parametrize(
    ("fmt", "extension"), [("JPEG", ".jpg"), ("PNG", ".png"), ("TIFF", ".tif"), ("WEBP", ".webp")]
)
def test_supported_formats_are_identified(make_image: MakeImage, fmt: str, extension: str) -> None:
    path = make_image(f"picture.{fmt.lower()}", size=(90, 60), fmt=fmt)
    info = probe(path)
    assert (info.format, info.width, info.height, info.extension) == (fmt, 90, 60, extension)


def test_extension_does_not_decide_the_format(make_image: MakeImage) -> None:
    path = make_image("really-a-png.jpg", fmt="PNG")
    assert probe(path).format == "PNG"


@pytest.mark.parametrize("fmt", ["GIF", "BMP"])
def test_unsupported_format_is_named(make_image: MakeImage, fmt: str) -> None:
    path = make_image(f"picture.{fmt.lower()}", fmt=fmt)
    with pytest.raises(PhotoRejected, match=rf"picture\.{fmt.lower()}: {fmt} images are not supported"):
        probe(path)


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    with pytest.raises(PhotoRejected, match="empty file"):
        probe(path)


def test_text_file_is_not_an_image(tmp_path: Path) -> None:
    path = tmp_path / "notes.jpg"
    path.write_text("This is not a photo.\n")
    with pytest.raises(PhotoRejected, match=r"notes\.jpg: not an image"):
        probe(path)


def test_message_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bomb.png"
    path.write_bytes(png_header(14142, 14142))
    with pytest.raises(PhotoRejected) as caught:
        probe(path)
    assert "\n" not in str(caught.value)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bomb-200mp.png", png_header(14142, 14142)),
        ("bomb-120mp.png", png_header(10954, 10954)),  # in Pillow's "warning" range: refused as well
        ("bomb-200mp.jpg", jpeg_claiming(14142, 14142)),
    ],
)
def test_decompression_bomb_is_refused_from_its_header(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    started = time.perf_counter()
    with pytest.raises(PhotoRejected, match="decompression bomb"):
        probe(path)
    assert time.perf_counter() - started < 0.5


def test_our_pixel_limit_holds_even_when_pillow_limit_is_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", None)
    path = tmp_path / "big.png"
    path.write_bytes(png_header(10_001, 10_000))
    assert MAX_PIXELS < 10_001 * 10_000
    with pytest.raises(PhotoRejected, match=r"10001x10000 = 100,010,000 pixels, the limit is 100,000,000"):
        probe(path)


def test_bomb_refusal_costs_neither_memory_nor_time(tmp_path: Path) -> None:
    """A separate process probes a 200-megapixel claim with too little memory to decode it."""
    path = tmp_path / "bomb.png"
    path.write_bytes(png_header(14142, 14142))
    code = (
        "import json, resource, sys, time\n"
        "from editor_app.media.probe import PhotoRejected, probe\n"
        "import os\n"
        "vm = int(open('/proc/self/statm').read().split()[0]) * os.sysconf('SC_PAGE_SIZE')\n"
        "cap = vm + 150 * 2**20  # address space for the refusal: far below one decoded frame\n"
        "resource.setrlimit(resource.RLIMIT_AS, (cap, cap))\n"
        "t = time.perf_counter()\n"
        "try:\n    probe(sys.argv[1]); refused = False\n"
        "except PhotoRejected:\n    refused = True\n"
        "print(json.dumps({'refused': refused, 'seconds': time.perf_counter() - t}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, env=env, check=True
    )
    report = json.loads(done.stdout)
    assert report["refused"] is True
    assert report["seconds"] < 0.5
    # and it ran under an address-space cap of 150 MB over its start: decoding would need 600 MB
    # (14142 x 14142 x 3 bytes) and fail. (Peak RSS cannot show this: Linux carries it over from the parent.)


def test_truncated_file_passes_the_header_but_is_refused_on_decode(
    make_image: MakeImage, tmp_path: Path
) -> None:
    whole = make_image("whole.jpg", size=(400, 300)).read_bytes()
    path = tmp_path / "cut.jpg"
    path.write_bytes(whole[: len(whole) // 2])
    assert probe(path).width == 400
    with pytest.raises(PhotoRejected, match=r"cut\.jpg: truncated image"):
        make_thumbnail(path, tmp_path / "thumb.jpg")
    assert not (tmp_path / "thumb.jpg").exists()


def test_missing_file_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        probe(tmp_path / "nowhere.jpg")
