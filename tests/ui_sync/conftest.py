"""GUI sync fixtures: the session's local WordPress behind a fault proxy, a fresh database, an in-memory keyring,
and a SyncController on a real TaskRunner. ``EW_SYNC_SCREENSHOTS=DIR`` saves screenshots of what the tests show."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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
    from editor_app.sync.rest_answers import RetryPolicy
    from editor_app.sync.wordpress import WordPressClient
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


WINDOW_WAIT = 30_000


@contextmanager
def signed_in_window(qtbot: Any, wordpress: Any, folder: Path, role: str) -> Iterator[Any]:
    """The real main window on a fresh profile in ``folder``, signed in to the session's WordPress as ``role``'s
    user (password for the session only), shown and started; closed down in order afterwards."""
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings

    from editor_app.paths import DataPaths
    from editor_app.services import open_services
    from editor_app.sync.credentials import Credentials
    from editor_app.sync.wordpress import WordPressClient
    from editor_app.ui.window.main_window import MainWindow
    from tests.e2e.newsroom import FAST as CLIENT_RETRY

    user = wordpress.users[role]

    def backend(site: Any, secret: str) -> WordPressClient:
        return WordPressClient(
            wordpress.api_root, site.username, secret, retry=CLIENT_RETRY, timeout=httpx2.Timeout(20.0)
        )

    services = open_services(
        DataPaths(folder),
        credentials=Credentials(use_keyring=False),
        backend_factory=backend,
        photo_workers=1,
    )
    services.sync.add_site("newsroom", wordpress.url, user.login)
    services.sync.credentials.remember_for_session(wordpress.url, user.login, user.app_password)
    window = MainWindow(services, QSettings(str(services.paths.settings), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.start()
    try:
        yield window
    finally:
        window.runner.wait()
        window.sync.shutdown()
        window.preview.shutdown()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        services.close()


def sync_window(qtbot: Any, window: Any) -> Any:
    """Sync now in the window, as the button does; the run, which must have no failures."""
    before = len(window.sync.log)
    window.sync.sync_now("manual")
    qtbot.waitUntil(lambda: len(window.sync.log) > before and not window.sync.running, timeout=WINDOW_WAIT)
    run = window.sync.log[-1]
    assert run.report.failures == []
    return run
