"""The GUI thread's longest stall with 100,000 articles: scrolling the article list from top to bottom, typing
a query into the list's filter and into the related picker's search, character by character.

Reports, never fails on timing. A 1 ms heartbeat (a precise QTimer) runs on the GUI thread; the longest gap
between two beats is the longest stall. The floor is the same heartbeat in an idle window in the same run.
Goal: the longest stall within about 50 ms. ``BENCH_STALL_PROFILE`` may name a profile folder with the articles
already in it (it is only read), to skip building one.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from editor_app.domain import new_article
from editor_app.paths import DataPaths
from editor_app.services.articles import store_edit
from editor_app.store import Database

ARTICLES = 100_000
WORDS = [
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
TYPED = "harbour storm"
TYPE_GAP_MS = 60
"""A quick typist: one character every 60 ms."""


def _fill(paths: DataPaths, count: int) -> None:
    db = Database.open(paths.database)
    with db.write() as uow:
        for i in range(count):
            body = " ".join(WORDS[(i * 7 + j) % len(WORDS)] for j in range(40))
            article = new_article(
                headline=f"Archive story {i}: the {WORDS[i % 10]} and the {WORDS[(i // 10) % 10]} in the "
                f"{WORDS[(i // 100) % 10]} district, as the desk reported it",
                body=body,
                section=["News", "Business", "Sport", "Culture"][i % 4],
            )
            store_edit(uow, article.with_changes(updated_at=article.updated_at - timedelta(seconds=i)))
    db.close()


class Heartbeat:
    """Beats every millisecond on the GUI thread; ``longest`` is the longest gap (ms) since ``restart``."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._beat)
        self.restart()

    def restart(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.beats = 0

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self.last) * 1000)
        self.last = now
        self.beats += 1

    def measure(self, action: Callable[[], None]) -> float:
        self.timer.start()
        self.restart()
        action()
        self._beat()
        self.timer.stop()
        return self.longest


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DataPaths]:
    given = os.environ.get("BENCH_STALL_PROFILE")
    if given:
        yield DataPaths(Path(given))
        return
    paths = DataPaths(tmp_path_factory.mktemp("stall") / "profile")
    _fill(paths, ARTICLES)
    yield paths


def _wait_until(qtbot: Any, condition: Callable[[], bool], timeout: int = 60_000) -> None:
    qtbot.waitUntil(condition, timeout=timeout)


@pytest.mark.benchmark_report
def test_gui_stall_with_a_hundred_thousand_articles(profile: DataPaths, qtbot: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMainWindow

    from editor_app.services import open_services
    from editor_app.ui.window.main_window import MainWindow

    beat = Heartbeat()
    idle = QMainWindow()
    idle.resize(1400, 860)
    qtbot.addWidget(idle)
    idle.show()
    qtbot.waitExposed(idle)
    floor = beat.measure(lambda: qtbot.wait(1500))
    idle.close()

    services = open_services(profile)
    settings = QSettings(str(profile.root / "bench-settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(None, settings)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    started = time.perf_counter()
    window.attach(services, panels=False)  # as the application starts: the list first, then the docks
    window.start()
    panel, model = window.list_panel, window.list_panel.model
    _wait_until(qtbot, lambda: model.rowCount() > 0)
    first_screen = (time.perf_counter() - started) * 1000
    window.attach_panels(services)
    panel.view.setCurrentIndex(model.index(0))
    _wait_until(qtbot, lambda: window.editor.article is not None)
    window.runner.wait()
    qtbot.wait(300)
    total = services.articles.count()

    def scroll() -> None:
        bar = panel.view.verticalScrollBar()
        while True:
            bar.setValue(bar.value() + bar.pageStep() * 5)
            QTest.qWait(2)
            if bar.value() >= bar.maximum():
                if not model.has_more and model.rowCount() >= total:
                    return
                QTest.qWait(5)  # the next page is on its way

    started = time.perf_counter()
    scroll_stall = beat.measure(scroll)
    scroll_seconds = time.perf_counter() - started
    loaded = model.rowCount()

    def type_into(edit: Any, idle_check: Callable[[], bool]) -> Callable[[], None]:
        def run() -> None:
            edit.setFocus()
            for char in TYPED:
                QTest.keyClicks(edit, char)
                QTest.qWait(TYPE_GAP_MS)
            _wait_until(qtbot, idle_check)
            QTest.qWait(300)

        return run

    filter_stall = beat.measure(type_into(panel.filter_edit, lambda: not panel.busy))
    found = model.rowCount()
    picker = window.related_picker
    picker_stall = beat.measure(type_into(picker.search, lambda: not picker.busy))
    hits = picker.results_model.rowCount()

    print(
        f"\n[bench] GUI stall, {total:,} articles (longest gap of a 1 ms heartbeat): idle window floor "
        f"{floor:.1f} ms; first screen of the list {first_screen:.0f} ms; scrolling the list to the bottom "
        f"({loaded:,} rows in {scroll_seconds:.1f} s) {scroll_stall:.1f} ms; typing {TYPED!r} into the list's "
        f"filter ({found} rows) {filter_stall:.1f} ms; typing it into the related picker's search ({hits} hits) "
        f"{picker_stall:.1f} ms (goal <= ~50 ms)"
    )
    window.runner.wait()
    window.close()
    window.preview.shutdown()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    services.close()
    assert loaded == total
