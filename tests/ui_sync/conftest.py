"""GUI sync fixtures: the session's local WordPress behind a fault proxy, a fresh database, an in-memory keyring,
and a SyncController on a real TaskRunner. ``EW_SYNC_SCREENSHOTS=DIR`` saves screenshots of what the tests show."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2
import pytest

from tests.sync.fault_proxy import FaultProxy

FAST = {"attempts": 3, "timeout": 20.0, "wait_initial": 0.05, "wait_max": 0.2, "max_retry_after": 2.0}


@dataclass
class Desk:
    """One test's world: the services on a fresh database, the GUI runner, the WordPress users."""

    service: Any
    articles: Any
    runner: Any
    wp: Any
    proxy: FaultProxy
    db_path: Path

    def controller(self, **options: Any) -> Any:
        from editor_app.ui.sync.controller import SyncController
        from editor_app.ui.sync.reachability import Reachability

        reach = Reachability(backoff_ms=options.pop("backoff_ms", (60_000,)), use_system=False)
        return SyncController(
            self.service, self.runner, articles=self.articles, reachability=reach, **options
        )

    def add_site(self, user: str = "reporter", *, remember: bool = True) -> None:
        login = self.wp.users[user].login
        self.service.add_site("test", self.proxy.url, login)
        if remember:
            self.service.credentials.remember_for_session(
                self.proxy.url, login, self.wp.users[user].app_password
            )

    def rest(self, user: str) -> httpx2.Client:
        return httpx2.Client(
            base_url=self.wp.api_root, auth=self.wp.users[user].auth, trust_env=False, timeout=30.0
        )


@pytest.fixture
def desk(
    qtbot: Any, tmp_path: Path, proxy: FaultProxy, wordpress: Any, memory_keyring: dict[tuple[str, str], str]
) -> Iterator[Desk]:
    from editor_app.services import ArticleService
    from editor_app.services.sync import SyncService
    from editor_app.store import Database
    from editor_app.sync.credentials import Credentials
    from editor_app.sync.wordpress import RetryPolicy, WordPressClient
    from editor_app.ui.task_runner import TaskRunner

    def factory(site: Any, password: str) -> WordPressClient:
        return WordPressClient(
            proxy.api_root(),
            site.username,
            password,
            retry=RetryPolicy(**FAST),  # type: ignore[arg-type]
            timeout=httpx2.Timeout(5.0, connect=2.0),
        )

    db_path = tmp_path / "data" / "newsroom.sqlite"
    db = Database.open(db_path)
    service = SyncService(db, None, Credentials(), backend_factory=factory)
    runner = TaskRunner()
    yield Desk(service, ArticleService(db), runner, wordpress, proxy, db_path)
    runner.wait()
    db.close()


@pytest.fixture
def snap() -> Callable[[Any, str], None]:
    """``snap(widget, name)``: save a PNG of the widget when EW_SYNC_SCREENSHOTS names a folder."""
    folder = os.environ.get("EW_SYNC_SCREENSHOTS")

    def save(widget: Any, name: str) -> None:
        if not folder:
            return
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / f"{name}.png"))

    return save
