"""Images made on the spot (Pillow + pyexiv2) and the shared real fixtures, for the media tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.image_factory import two_colour as factory_two_colour
from tests.image_factory import write_image

MakeImage = Callable[..., Path]


def two_colour(size: tuple[int, int], mode: str = "RGB") -> Image.Image:
    """Left half red, right half blue: enough to see where a rotation put things."""
    return factory_two_colour(size, mode)


@pytest.fixture
def make_image(tmp_path: Path) -> MakeImage:
    """``make_image(name, size=..., mode=..., fmt=..., exif={...}, iptc={...}, xmp={...}, iptc_encoding=...)``."""

    def make(name: str = "photo.jpg", **options: Any) -> Path:
        return write_image(tmp_path / name, **{"size": (120, 80), **options})

    return make
