"""The photo desk's fixtures: a profile with one article, its PhotoService, and images made on the spot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.image_factory import write_image
from tests.photos.photo_helpers import MakeImage, write_huge_png


@pytest.fixture
def make_image(tmp_path: Path) -> MakeImage:
    """``make_image(name, size=, colour=, fmt=, mode=, exif=, iptc=, xmp=, iptc_encoding=)`` in tmp/src."""
    folder = tmp_path / "src"
    folder.mkdir(exist_ok=True)

    def make(name: str = "photo.jpg", **options: Any) -> Path:
        return write_image(folder / name, **{"size": (160, 120), "colour": (200, 40, 40), **options})

    return make


@pytest.fixture(scope="session")
def huge_png(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real 200-megapixel image (14,143 x 14,143): 200 MB once decoded, about 200 KB on disk."""
    return write_huge_png(tmp_path_factory.mktemp("huge") / "panorama-200mp.png", 14_143, 14_143)


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[object]:
    """Open services on a throw-away profile."""
    from editor_app.paths import DataPaths
    from editor_app.services import open_services

    services = open_services(DataPaths(tmp_path / "profile"))
    yield services
    services.close()


@pytest.fixture
def photo_service(profile: object) -> object:
    from editor_app.services.photos import PhotoService

    return PhotoService(profile.db, profile.paths.media)  # type: ignore[attr-defined]


@pytest.fixture
def article_id(profile: object) -> str:
    article, _changes = profile.articles.create(  # type: ignore[attr-defined]
        headline="Putin says Karabakh conflict should be solved through political means",
        body="The Russian President arrived in Baku on Tuesday.",
        section="News",
        source="Commonspace.eu with agencies.",
    )
    return str(article.id)
