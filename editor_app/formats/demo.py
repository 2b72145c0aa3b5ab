"""The demo newsroom content shipped with the app: an archive of short articles, a desk's morning of submitted
stories (one edited since it went in, a few editorial notes) and one lead story."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources import files
from importlib.resources.abc import Traversable

DEMO_LEAD_ARTICLE_ID = "6f1c2b9e-4d7a-4e52-9a1f-3c8e5b0d7a21"
"""The demo's lead News story (Editor's choice), which links to two archive articles."""


def demo_files() -> list[Traversable]:
    """The demo's front-matter Markdown files (archive, then the desk's queue), the lead story last.

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


@dataclass(frozen=True, slots=True)
class DemoEditAfterSubmission:
    """A demo story changed after it went to the desk: when it was submitted and what its text read then, as
    ``(now, then)`` replacements in its standfirst and body, so the desk's diff has something to show."""

    article_id: str
    submitted_at: datetime
    replaced: tuple[tuple[str, str], ...]

    def as_submitted(self, standfirst: str, body: str) -> tuple[str, str]:
        for now, then in self.replaced:
            standfirst, body = standfirst.replace(now, then), body.replace(now, then)
        return standfirst, body


@dataclass(frozen=True, slots=True)
class DemoNote:
    """An editorial note on a demo story (``key`` names it for a reply and for its fixed id)."""

    key: str
    article_id: str
    author: str
    text: str
    at: datetime
    reply_to: str | None = None


_FERRY = "acfd059c-0993-46e3-ad58-4d78d203b695"
_FISH_MARKET = "b1634b3d-749c-41df-b441-a16f034d7c14"
DESK_EDITOR = "Elena Novak"
"""The demo's desk editor, who leaves the notes."""


def _at(hour: int, minute: int) -> datetime:
    return datetime(2025, 3, 4, hour, minute, tzinfo=UTC)


DEMO_EDITS = {
    _FERRY: DemoEditAfterSubmission(
        _FERRY,
        _at(8, 30),
        (
            (
                "four deckhands short after two retirements and a winter of sick leave",
                "six deckhands short after two retirements",
            ),
            (" The operator said it would refund season tickets for the weeks without a night service.", ""),
        ),
    )
}
"""Demo stories whose text changed after they were submitted (article id -> the edit)."""

DEMO_NOTES = (
    DemoNote(
        "ferry-figure",
        _FERRY,
        DESK_EDITOR,
        "Six deckhands sounds like a lot for one crossing. Can you check the figure with Bay Ferries before this runs?",
        _at(8, 42),
    ),
    DemoNote(
        "ferry-checked",
        _FERRY,
        "Tom Okafor",
        "Checked with their press office: four, not six. Fixed, and added the refund line they gave me.",
        _at(8, 57),
        reply_to="ferry-figure",
    ),
    DemoNote(
        "market-history",
        _FISH_MARKET,
        DESK_EDITOR,
        "Good one for the weekend page. The market last opened on Sundays in 1987; the harbour office has "
        "photos if you want a line on it.",
        _at(8, 35),
    ),
)
"""The editorial notes on the desk's morning (local to the newsroom, never published)."""
