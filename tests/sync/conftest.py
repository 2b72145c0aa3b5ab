"""Sync fixtures: the session's local WordPress (one per session, shared with tests/wordpress), a fresh local
database per test, a fault proxy, and a SyncService wired to them with fast retries."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx2
import pytest

from tests.sync.fault_proxy import FaultProxy, running_proxy

REPO = Path(__file__).resolve().parents[2]
HARNESS = REPO / "tests" / "wordpress" / "harness.py"
FAST = {"attempts": 4, "timeout": 20.0, "wait_initial": 0.05, "wait_max": 0.3, "max_retry_after": 5.0}


def _harness() -> ModuleType:
    """tests/wordpress/harness.py, loaded by file path."""
    spec = importlib.util.spec_from_file_location("sync_wordpress_harness", HARNESS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def wp(request: pytest.FixtureRequest) -> Iterator[Any]:
    """The local WordPress: the session's shared ``wordpress`` fixture when there is one, else our own.

    Skips when this machine cannot run WordPress; fails under CI (the harness decides).
    """
    try:
        yield request.getfixturevalue("wordpress")
        return
    except pytest.FixtureLookupError:
        pass
    yield from _harness().wordpress_session()


@pytest.fixture
def proxy(wp: Any) -> Iterator[FaultProxy]:
    with running_proxy(wp.url) as running:
        yield running


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[tuple[str, str], str]]:
    import keyring.core

    from tests.sync import memory_keyring as module

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.sync.memory_keyring.MemoryKeyring")
    module.STORE.clear()
    keyring.core.init_backend()
    yield module.STORE
    module.STORE.clear()
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    keyring.core.init_backend()


@pytest.fixture
def make_sync(tmp_path: Path, proxy: FaultProxy, wp: Any) -> Iterator[Callable[..., Any]]:
    """``make_sync(user="reporter", name="a")``: a SyncService on a fresh database, through the proxy, with the
    site added and the password known for the session. Returns it; ``.db`` is its database."""
    from editor_app.services.sync import SyncService
    from editor_app.store import Database
    from editor_app.sync.credentials import Credentials
    from editor_app.sync.wordpress import RetryPolicy, WordPressClient

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
        service = SyncService(db, media, Credentials(use_keyring=False), backend_factory=factory)
        service.db = db  # type: ignore[attr-defined]
        login = wp.users[user].login
        service.add_site("test", proxy.url, login)
        service.credentials.remember_for_session(proxy.url, login, wp.users[user].app_password)
        return service

    yield make
    for db in opened:
        db.close()
