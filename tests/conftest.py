"""Shared fixtures: every test gets its own data folder; ``../shared/fixtures`` is optional."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.paths import REPO, SHARED_FIXTURES
from tests.sync.fault_proxy import FaultProxy
from tests.wordpress.harness import WordPressSite, wordpress_session


class _ErrorRecords(logging.Handler):
    """Collects what the app logs at ERROR or above while one test runs."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _fail_on_logged_errors(request: pytest.FixtureRequest) -> Iterator[None]:
    """An error the app logs fails the test that caused it (like qutebrowser's logfail), unless the test is
    marked ``allow_logged_errors`` because it provokes that error on purpose and checks its outcome."""
    handler = _ErrorRecords()
    logger = logging.getLogger("editor_app")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    if handler.records and request.node.get_closest_marker("allow_logged_errors") is None:
        lines = "\n".join(f"  {r.levelname} {r.name}: {r.getMessage()}" for r in handler.records[:10])
        pytest.fail(f"the app logged {len(handler.records)} error(s):\n{lines}", pytrace=False)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Redirect every platform folder so no test touches the real profile."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("EDITOR_APP_DATA_DIR", raising=False)


def compiled_translations() -> Path:
    """The folder of the interface's .qm files, compiled (tools/i18n/build.py) when one is missing or older than
    its .ts source; scripts/run-tests compiles them before the run too."""
    folder = REPO / "editor_app" / "resources" / "i18n"
    sources = sorted(folder.glob("*.ts"))
    fresh = [ts.with_suffix(".qm") for ts in sources]
    if not all(
        qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime
        for ts, qm in zip(sources, fresh, strict=True)
    ):
        subprocess.run([sys.executable, str(REPO / "tools" / "i18n" / "build.py")], check=True, timeout=120)
    return folder


@pytest.fixture(scope="session")
def qapp(qapp: object) -> object:
    """pytest-qt's application, in English with its plural forms ("1 photo", "2 photos"), as the app starts
    on an English system."""
    from editor_app.ui.i18n import install_translators

    compiled_translations()
    install_translators(qapp, "en")  # type: ignore[arg-type]
    return qapp


@pytest.fixture
def shared_fixtures() -> Path:
    if not SHARED_FIXTURES.is_dir():
        pytest.skip(f"shared fixtures not found at {SHARED_FIXTURES} (they live beside the repository in CI)")
    return SHARED_FIXTURES


@pytest.fixture
def exiftool() -> str:
    import shutil

    found = shutil.which("exiftool")
    if found is None:
        pytest.skip("exiftool is not installed (apt-get install libimage-exiftool-perl)")
    return found


@pytest.fixture
def db(tmp_path: Path) -> Iterator[object]:
    from editor_app.store import Database

    database = Database.open(tmp_path / "data" / "newsroom.sqlite")
    yield database
    database.close()


def pytest_configure(config: pytest.Config) -> None:
    from hypothesis import settings

    # CI explores the same examples every run (a red build must be reproducible); locally they vary.
    settings.register_profile("ci", derandomize=True, print_blob=True)
    if os.environ.get("CI"):
        settings.load_profile("ci")
    # A desktop-sized offscreen screen (Qt's default is 800x600): the docked preview must lie on the screen,
    # or Chromium treats it as hidden and holds back its frames.
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={REPO / 'tests' / 'offscreen-screen.json'}"
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")


@pytest.fixture(scope="session")
def wordpress() -> Iterator[WordPressSite]:
    """One local WordPress on 127.0.0.1 for the whole session (tools/wordpress-dev/provision.py)."""
    yield from wordpress_session()


@pytest.fixture
def proxy(wordpress: WordPressSite) -> Iterator[FaultProxy]:
    """A fault-injecting HTTP proxy on 127.0.0.1 in front of the session's WordPress."""
    from tests.sync.fault_proxy import running_proxy

    with running_proxy(wordpress.url) as running:
        yield running


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[tuple[str, str], str]]:
    """A secure-looking keyring that lives in this process (tests/sync/memory_keyring.py)."""
    import keyring.core

    from tests.sync import memory_keyring as module

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.sync.memory_keyring.MemoryKeyring")
    module.STORE.clear()
    keyring.core.init_backend()
    yield module.STORE
    module.STORE.clear()
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    keyring.core.init_backend()
