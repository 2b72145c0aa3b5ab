"""Where the repository and the optional shared fixtures (``../shared/fixtures`` beside it) are."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_FIXTURES = REPO.parent / "shared" / "fixtures"
