"""make_thumbnail(): small, upright, sRGB JPEG; refuses what cannot decode."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from editor_app.media.probe import PhotoRejected
from editor_app.media.thumbnails import make_thumbnail

MakeImage = Callable[..., Path]


def _rgb_at(path: Path, xy: tuple[int, int]) -> tuple[int, int, int]:
    with Image.open(path) as image:
        pixel = image.convert("RGB").getpixel(xy)
    assert isinstance(pixel, tuple)
    return (int(pixel[0]), int(pixel[1]), int(pixel[2]))


def _is_red(rgb: tuple[int, int, int]) -> bool:
    return rgb[0] > 150 and rgb[2] < 100


def _is_blue(rgb: tuple[int, int, int]) -> bool:
    return rgb[2] > 150 and rgb[0] < 100


def test_thumbnail_fits_and_keeps_aspect(make_image: MakeImage, tmp_path: Path) -> None:
    source = make_image(size=(1600, 1200))
    dest = tmp_path / "thumbs" / "t.jpg"
    assert make_thumbnail(source, dest) == (320, 240)
    with Image.open(dest) as thumb:
        assert (thumb.format, thumb.mode, thumb.size) == ("JPEG", "RGB", (320, 240))
        assert "exif" not in thumb.info


def test_orientation_6_comes_out_upright(make_image: MakeImage, tmp_path: Path) -> None:
    # Stored landscape, red left / blue right; orientation 6 means "turn 90° clockwise to view".
    source = make_image(size=(800, 400), exif={"Exif.Image.Orientation": "6"})
    dest = tmp_path / "t.jpg"
    assert make_thumbnail(source, dest) == (160, 320)
    assert _is_red(_rgb_at(dest, (80, 40)))  # red ends up on top
    assert _is_blue(_rgb_at(dest, (80, 280)))


def test_cmyk_becomes_rgb(make_image: MakeImage, tmp_path: Path) -> None:
    source = make_image("cmyk.jpg", size=(400, 300), mode="CMYK")
    with Image.open(source) as original:
        assert original.mode == "CMYK"
    dest = tmp_path / "t.jpg"
    make_thumbnail(source, dest)
    with Image.open(dest) as thumb:
        assert thumb.mode == "RGB"
    assert _is_red(_rgb_at(dest, (10, 10)))


def test_transparent_png_is_flattened_on_white(tmp_path: Path) -> None:
    source = tmp_path / "logo.png"
    Image.new("RGBA", (100, 100), (0, 0, 0, 0)).save(source)
    dest = tmp_path / "t.jpg"
    make_thumbnail(source, dest)
    assert min(_rgb_at(dest, (50, 50))) > 240


@pytest.mark.parametrize("fmt", ["PNG", "TIFF", "WEBP"])
def test_other_supported_formats(make_image: MakeImage, tmp_path: Path, fmt: str) -> None:
    source = make_image(f"p.{fmt.lower()}", size=(640, 480), fmt=fmt)
    assert make_thumbnail(source, tmp_path / "t.jpg", max_side=100) == (100, 75)


def test_small_image_is_not_enlarged(make_image: MakeImage, tmp_path: Path) -> None:
    assert make_thumbnail(make_image(size=(50, 40)), tmp_path / "t.jpg") == (50, 40)


def test_corrupt_data_is_refused_and_writes_nothing(make_image: MakeImage, tmp_path: Path) -> None:
    data = bytearray(make_image(size=(300, 200)).read_bytes())
    data[len(data) // 2 :] = b"\x00" * (len(data) - len(data) // 2)
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(bytes(data[: len(data) - 200]))
    with pytest.raises(PhotoRejected, match=r"broken\.jpg"):
        make_thumbnail(broken, tmp_path / "out" / "t.jpg")
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
