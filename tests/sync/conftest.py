"""Sync fixtures: the session's local WordPress (one per session, shared with tests/wordpress), a fresh local
database per test, a fault proxy, and a SyncService wired to them with fast retries."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

from tests.sync.fault_proxy import FaultProxy

FAST = {"attempts": 4, "timeout": 20.0, "wait_initial": 0.05, "wait_max": 0.3, "max_retry_after": 5.0}


@pytest.fixture(scope="session")
def wp(wordpress: Any) -> Any:
    """The session's local WordPress (tests/conftest.py), under the name these tests use."""
    return wordpress


@pytest.fixture
def make_sync(tmp_path: Path, proxy: FaultProxy, wp: Any) -> Iterator[Callable[..., Any]]:
    """``make_sync(user="reporter", name="a")``: a SyncService on a fresh database, through the proxy, with the
    site added and the password known for the session. Returns it; ``.db`` is its database."""
    from editor_app.services.photos import PhotoService
    from editor_app.services.sync import SyncService
    from editor_app.store import Database
    from editor_app.sync.credentials import Credentials
    from editor_app.sync.rest_answers import RetryPolicy
    from editor_app.sync.wordpress import WordPressClient

    opened: list[Any] = []

    def factory(site: Any, password: str) -> WordPressClient:
        return WordPressClient(
            proxy.api_root(),
            site.username,
            password,
            retry=RetryPolicy(**FAST),  # type: ignore[arg-type]
            timeout=httpx2.Timeout(5.0, connect=2.0),
        )

    def make(user: str = "reporter", name: str = "a", media: Path | None = None) -> Any:
        db = Database.open(tmp_path / name / "newsroom.sqlite")
        opened.append(db)
        photos = PhotoService(db, media, workers=1) if media is not None else None
        service = SyncService(db, photos, Credentials(use_keyring=False), backend_factory=factory)
        service.db = db  # type: ignore[attr-defined]
        login = wp.users[user].login
        service.add_site("test", proxy.url, login)
        service.credentials.remember_for_session(proxy.url, login, wp.users[user].app_password)
        return service

    yield make
    for db in opened:
        db.close()
