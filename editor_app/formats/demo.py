"""The demo newsroom content shipped with the app: an archive of short articles and one lead story."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

DEMO_LEAD_ARTICLE_ID = "6f1c2b9e-4d7a-4e52-9a1f-3c8e5b0d7a21"
"""The demo's lead News story (Editor's choice), which links to two archive articles."""


def demo_files() -> list[Traversable]:
    """The demo's front-matter Markdown files, archive first and the lead story last.

    Importing them in this order means the lead story's related ids already exist. Works from a wheel.
    """
    folder = files("editor_app") / "resources" / "demo"
    articles = sorted(
        (f for f in folder.iterdir() if f.is_file() and f.name.endswith(".md")), key=lambda f: f.name
    )
    return sorted(articles, key=lambda f: f.name.startswith("lead-"))


DEMO_PHOTO_FILES = {"6e08f420-f249-4193-9691-d642e166cf8f": "siren-test.jpg"}
"""Photo id in the demo articles -> the picture shipped for it (an illustration made for the project)."""


def demo_photo(photo_id: str) -> Traversable | None:
    name = DEMO_PHOTO_FILES.get(photo_id)
    if name is None:
        return None
    path = files("editor_app") / "resources" / "demo" / "photos" / name
    return path if path.is_file() else None
