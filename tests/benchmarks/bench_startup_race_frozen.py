"""Start-up race of the frozen build: the PyInstaller bundle against ghostwriter and the app from the venv.

Reports, never fails on timing. The same race as ``bench_startup_race`` (one fresh Xvfb per start, root-window
frames hashed, visually complete, a warm-up start each, then the three programs alternating), on the same
5,000-word article with its preview shown; the bundle and the venv open the same profile. The bundle comes from
``tests/bundle/bundle_build.py``: in a whole run the bundle tests have built it already and it is reused (same
source key); alone, it builds first (about a minute and a half). Fewer runs than the race (3 each) keep the CI
time down: about two minutes with a reused bundle.
"""

from __future__ import annotations

import importlib.util
import statistics
import sys
from pathlib import Path

import pytest

from tests.benchmarks.bench_render import _article
from tests.benchmarks.bench_startup_race import Program, _ghostwriter, _workstation, race
from tests.benchmarks.bench_startup_race import pytestmark as race_needs
from tests.bundle.bundle_build import bundle_executable

RUNS = 3

pytestmark = [
    race_needs,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (it is in the test extras: pip install -e '.[test]')",
    ),
]


def _bundled(executable: Path, venv: Program) -> Program:
    """The bundle started with the venv program's arguments and environment, less the Python variables (a
    PYTHONPATH pointing into the source tree has no business in a frozen build)."""
    command, env = venv
    prefix = [sys.executable, "-m", "editor_app"]
    assert command[: len(prefix)] == prefix, command
    return [str(executable), *command[len(prefix) :]], {
        k: v for k, v in env.items() if not k.startswith("PYTHON")
    }


@pytest.mark.benchmark_report
def test_startup_race_of_the_bundle(tmp_path: Path) -> None:
    executable, build_seconds = bundle_executable()
    text = _article()
    article = tmp_path / "article.md"
    article.write_text(text, encoding="utf-8")
    venv = _workstation(tmp_path, text)
    programs = {
        "ghostwriter": _ghostwriter(tmp_path, article),
        "venv": venv,
        "bundle": _bundled(executable, venv),
    }
    times, unsettled, grab_failures = race(programs, runs=RUNS)
    if grab_failures:
        print(
            f"\n[bench] frozen start-up race: {len(grab_failures)} start(s) lost frames: {grab_failures[:2]}"
        )
    for name, values in times.items():
        assert values, f"{name} never settled on a final frame"
    gw, venv_ms, bundle_ms = (statistics.median(times[name]) for name in ("ghostwriter", "venv", "bundle"))
    build = f"built in {build_seconds:.0f} s" if build_seconds else "reused build"
    print(
        f"\n[bench] frozen start-up race, {len(text.split())}-word article with preview, visually complete "
        f"(median of {RUNS}, alternating; bundle {build}): ghostwriter {gw:.0f} ms (floor), venv {venv_ms:.0f} ms, "
        f"bundle {bundle_ms:.0f} ms = {bundle_ms / gw:.2f}x ghostwriter, {bundle_ms / venv_ms:.2f}x the venv "
        f"(venv {venv_ms / gw:.2f}x ghostwriter); all runs "
        + ", ".join(f"{name} {[round(t) for t in values]}" for name, values in times.items())
        + (f"; unsettled runs {unsettled}" if any(unsettled.values()) else "")
    )
