from pathlib import Path

import pytest

SHARED_FIXTURES = Path(__file__).resolve().parents[2] / ".." / "shared" / "fixtures"


@pytest.fixture
def shared_fixtures() -> Path:
    """The project's shared real-world fixtures (skips when this checkout has none beside it)."""
    if not SHARED_FIXTURES.is_dir():
        pytest.skip(f"shared fixtures not found at {SHARED_FIXTURES.resolve()}")
    return SHARED_FIXTURES
