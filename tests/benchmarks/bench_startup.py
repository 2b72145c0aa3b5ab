"""Start-up to the first painted main window with 10,000 articles, against a bare PySide6 window.

Reports (never fails on timing). Both run as fresh processes on the same platform in the same run, alternating;
the median of several starts is compared. Budget (DESIGN.md §4): visually complete in about the time a bare
window takes plus the work that cannot be deferred.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor_app.domain import new_article
from editor_app.paths import DataPaths
from editor_app.services.articles import store_edit
from editor_app.store import Database

PROBE = Path(__file__).with_name("startup_probe.py")
RUNS = 9


def _fill(paths: DataPaths, count: int) -> None:
    db = Database.open(paths.database)
    words = [
        "council",
        "harbour",
        "ferry",
        "budget",
        "election",
        "storm",
        "festival",
        "market",
        "court",
        "school",
    ]
    with db.write() as uow:
        for i in range(count):
            body = " ".join(words[(i + j) % len(words)] for j in range(300))
            store_edit(uow, new_article(headline=f"Archive story {i}", body=body, section="News"))
    db.close()


def _start(target: str) -> tuple[float, float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # Python's default bytecode cache, as on a user's machine
    result = subprocess.run(
        [sys.executable, str(PROBE), target, repr(time.time())],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    paint, filled, rows = (float(x) for x in result.stdout.split())
    return paint, filled, rows


@pytest.mark.benchmark_report
def test_startup_with_ten_thousand_articles(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "profile")
    _fill(paths, 10_000)
    _start(str(paths.root))  # warm the file and bytecode caches once
    bare: list[tuple[float, float, float]] = []
    app: list[tuple[float, float, float]] = []
    # Alternating: a machine that slows down or speeds up meanwhile weighs on both alike.
    for _ in range(RUNS):
        bare.append(_start("bare"))
        app.append(_start(str(paths.root)))
    bare_paint = statistics.median(p for p, _, _ in bare)
    app_paint = statistics.median(p for p, _, _ in app)
    app_filled = statistics.median(f for _, f, _ in app)
    app_rows = statistics.median(r for _, _, r in app)
    print(
        f"\n[bench] start-up, 10,000 articles ({RUNS} runs, median): bare PySide6 window first paint "
        f"{bare_paint:.0f} ms (floor); workstation first paint {app_paint:.0f} ms = {app_paint / bare_paint:.2f}x "
        f"floor; article list filled (its rows painted) {app_filled:.0f} ms = {app_filled / bare_paint:.2f}x floor "
        f"(the rows reached its model at {app_rows:.0f} ms)"
    )
    assert app_paint > 0 and app_filled >= app_paint
