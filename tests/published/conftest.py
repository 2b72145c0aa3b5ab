"""Fixtures for the published-page tests: the shared newsroom fixtures for module-scoped setups."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SHARED_FIXTURES


@pytest.fixture(scope="module")
def shared_fixtures_module() -> Path:
    if not SHARED_FIXTURES.is_dir():
        pytest.skip(f"shared fixtures not found at {SHARED_FIXTURES} (they live beside the repository in CI)")
    return SHARED_FIXTURES
