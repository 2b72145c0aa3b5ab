"""The PyInstaller bundle runs on its own: version, import, check, search, and a painted window under Xvfb.

The bundle is built by the session fixture (or reused when the sources are unchanged: see ``bundle_build``).
As root, QtWebEngine refuses to start with its sandbox on: the test environment disables it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor_app import __version__
from editor_app.store import migrate
from tests.bundle import xserver
from tests.bundle.bundle_build import REPO, bundle_executable

pytestmark = pytest.mark.slow

SEED = REPO.parent / "shared" / "fixtures" / "seed-article-commonspace.txt"
TITLE = "Editorial Workstation"


@pytest.fixture(scope="session")
def bundle() -> Path:
    executable, seconds = bundle_executable()
    how = f"built in {seconds:.0f} s" if seconds else "cached build"
    print(f"\nbundle: {executable} ({how})")
    return executable


def _env(display: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_QPA", "PYTHON"))}
    if os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"  # Chromium's sandbox refuses root
    env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
    if display is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        env["DISPLAY"] = display
    return env


def run(bundle: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle), *args], env=_env(), capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    """The seed article, or one written here when the shared fixtures are absent."""
    if SEED.is_file():
        return SEED
    path = tmp_path / "seed-article.txt"
    path.write_text(
        "Putin says Karabakh conflict should be solved through political means.\n\n"
        "The Russian President arrived in Baku on Tuesday for talks with the Azerbaijani Government.\n\n"
        "source: agencies.\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def profile(bundle: Path, tmp_path: Path, article_file: Path) -> Path:
    data = tmp_path / "profile"
    done = run(bundle, "--data-dir", str(data), "import", str(article_file))
    assert done.returncode == 0, done.stderr
    return data


def test_the_bundle_holds_the_web_engine_and_leaves_out_what_the_app_never_loads(bundle: Path) -> None:
    qt = bundle.parent / "_internal" / "PySide6" / "Qt"
    assert (qt / "libexec" / "QtWebEngineProcess").is_file()
    assert (qt / "resources" / "qtwebengine_resources.pak").is_file()
    assert (qt / "resources" / "icudtl.dat").is_file()
    assert (qt / "translations" / "qtwebengine_locales" / "en-US.pak").is_file()
    assert (qt / "plugins" / "platforms" / "libqxcb.so").is_file()
    versions = bundle.parent / "_internal" / "editor_app" / "store" / "migrations" / "versions"
    assert {p.name for p in versions.glob("0*.py")} == {p.name for p in migrate.versions_dir().glob("0*.py")}
    assert not (qt / "qml").exists()
    assert not list(qt.glob("lib/libQt6Quick3D*")) and not list(qt.glob("lib/libQt6Pdf*"))
    assert [p.name for p in qt.glob("translations/*.qm")] == ["qtbase_ru.qm"]  # Qt's buttons in Russian
    i18n = bundle.parent / "_internal" / "editor_app" / "resources" / "i18n"
    assert {p.name for p in i18n.glob("*.qm")} == {"editor_app_en.qm", "editor_app_ru.qm", "editor_app_az.qm"}


def test_version(bundle: Path) -> None:
    done = run(bundle, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"editor-app {__version__}"


def test_import_then_check_reports_the_newest_schema(bundle: Path, profile: Path) -> None:
    done = run(bundle, "--data-dir", str(profile), "check")
    assert done.returncode == 0, done.stderr
    head = migrate.head_revision(migrate.alembic_config())
    assert "integrity: ok" in done.stdout
    assert f"schema:    {head} (this version: {head})" in done.stdout
    assert "articles:  1" in done.stdout


def test_search_by_word_forms_works_in_the_bundle(bundle: Path, tmp_path: Path) -> None:
    """The stemmer is a compiled extension: the bundle must carry it, and the migrations must stem."""
    story = tmp_path / "floods.txt"
    story.write_text("Floods close the coast road\n\nНаводнения закрыли дороги у моря.\n", encoding="utf-8")
    data = str(tmp_path / "profile")
    imported = run(bundle, "--data-dir", data, "import", str(story))
    assert imported.returncode == 0, imported.stderr
    for query in ("flood", "flooding", "наводнение"):
        found = run(bundle, "--data-dir", data, "search", query)
        assert found.returncode == 0, found.stderr
        assert "Floods close the coast road" in found.stdout, (query, found.stdout)


@pytest.fixture
def display() -> Iterator[str]:
    if missing := xserver.missing_tools():
        pytest.skip(f"missing {', '.join(missing)} (scripts/setup-system.sh test installs them)")
    with xserver.xvfb() as name:
        yield name


def _web_engine_helpers(session: int) -> list[str]:
    """Executables of the QtWebEngineProcess helpers running in the given session."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and os.getsid(int(proc.name)) == session:
                exe = os.readlink(proc / "exe")
                if exe.endswith("QtWebEngineProcess"):
                    found.append(exe)
        except OSError:
            continue
    return found


def test_the_window_opens_and_paints_under_xvfb(
    bundle: Path, profile: Path, display: str, tmp_path: Path
) -> None:
    started = time.monotonic()
    log = tmp_path / "stderr.txt"
    with log.open(
        "wb"
    ) as stderr:  # a file, not a pipe nobody reads while the program runs (a full pipe blocks it)
        app = subprocess.Popen(
            [str(bundle), "--data-dir", str(profile)],
            env=_env(display),
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,
        )
    try:
        try:
            mapped = xserver.wait_for_window(display, TITLE, started)
        except TimeoutError as exc:
            raise AssertionError(f"{exc}; the program said:\n{log.read_text(errors='replace')}") from exc
        painted = helpers = None
        while time.monotonic() - started < 60 and not (painted and helpers):
            shot = xserver.screenshot(display, tmp_path / "bundle-window.png")
            painted = xserver.distinct_colours(shot) >= 50
            helpers = _web_engine_helpers(app.pid)
            time.sleep(0.5)
        assert app.poll() is None, "the bundled app exited"
        assert painted, "the window stayed blank"
        assert helpers and all(h.startswith(str(bundle.parent)) for h in helpers), helpers
        time.sleep(2)  # let the preview settle for the picture kept with the test's files
        xserver.screenshot(display, tmp_path / "bundle-window.png")
        print(
            f"\nbundle window mapped after {mapped * 1000:.0f} ms; screenshot {tmp_path / 'bundle-window.png'}"
        )
    finally:
        xserver.stop_group(app)
    errors = log.read_text(errors="replace")
    assert "Traceback" not in errors, errors


@pytest.mark.benchmark_report
def test_start_up_bundled_and_from_the_venv(bundle: Path, profile: Path, display: str) -> None:
    """Reports the time to the main window mapping, bundled and from the venv (never fails on timing)."""
    commands = {
        "bundle": [str(bundle), "--data-dir", str(profile)],
        "venv": [sys.executable, "-m", "editor_app", "--data-dir", str(profile)],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(3):
        for name, command in commands.items():
            env = _env(display)
            if name == "venv":
                env["PYTHONPATH"] = str(REPO)
            started = time.monotonic()
            app = subprocess.Popen(
                command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
            )
            try:
                times[name].append(xserver.wait_for_window(display, TITLE, started))
            finally:
                xserver.stop_group(app)
    best = {name: min(values) * 1000 for name, values in times.items()}
    print(
        f"\nwindow mapped (best of 3): bundle {best['bundle']:.0f} ms, venv {best['venv']:.0f} ms, "
        f"ratio {best['bundle'] / best['venv']:.2f}"
    )
    assert all(values for values in times.values())
