"""A logout, ``kill`` or Ctrl+C closes the workstation as File ▸ Quit does: what was typed is saved, the profile is
released and the next start shows no crash-recovery note. A second signal while closing ends it at once."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor_app.paths import data_paths
from editor_app.profile_lock import ProfileLock
from editor_app.ui.pyside_code_cache import cache_file
from editor_app.ui.window.recovery import MARKER
from tests.paths import REPO
from tests.ship.conftest import Opener

STORY = (
    "---\nheadline: Ferry timetable changes\nsection: News\n---\n\nThe winter timetable starts on Monday.\n"
)


def _start(profile: Path, story: Path, log: Path) -> subprocess.Popen[bytes]:
    """The program, its stderr in ``log`` (a pipe nobody reads while it runs could fill and block it)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env.update(PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    with log.open("wb") as stderr:
        return subprocess.Popen(
            [sys.executable, "-m", "editor_app", "--data-dir", str(profile), str(story)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )


def _stored_headlines(database: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as db:
        return [row[0] for row in db.execute("SELECT headline FROM articles")]


def _wait_for(condition, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


@pytest.mark.slow
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT], ids=lambda s: s.name)
def test_a_stop_signal_closes_the_program_cleanly(tmp_path: Path, stop: signal.Signals) -> None:
    story = tmp_path / "ferry.md"
    story.write_text(STORY, encoding="utf-8")
    paths = data_paths(tmp_path / "profile")
    errors = tmp_path / "stderr.txt"
    app = _start(paths.root, story, errors)
    try:
        # The window has its profile (the session marker) and has opened the story given to it.
        _wait_for(lambda: (paths.root / MARKER).exists() or app.poll() is not None)
        assert app.poll() is None, errors.read_text(errors="replace")
        _wait_for(lambda: _stored_headlines(paths.database) == ["Ferry timetable changes"])
        app.send_signal(stop)
        status = app.wait(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    stderr = errors.read_text(errors="replace")
    assert status == 0, stderr
    assert "Traceback" not in stderr
    assert not (paths.root / MARKER).exists()  # a clean close: no recovery note at the next start
    assert cache_file(paths.code_cache).is_file()  # PySide's support code, compiled for the next start
    log = (paths.logs / "editor-app.log").read_text(encoding="utf-8")
    assert f"{stop.name} received: closing as File > Quit does" in log
    lock = ProfileLock.acquire(paths.root)  # released
    assert lock.stale is None
    lock.release()


def test_text_typed_just_before_a_logout_is_saved(open_window: Opener, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from editor_app.ui.file_commands import open_files
    from editor_app.ui.stop_signals import StopSignals

    story = tmp_path / "ferry.md"
    story.write_text(STORY, encoding="utf-8")
    window = open_window(tmp_path / "profile")
    stops = StopSignals(window)
    try:
        open_files(window, [str(story)])
        qtbot.waitUntil(lambda: window.editor.article is not None, timeout=10_000)
        article_id = window.editor.article.id
        window.form.body.moveCursor(window.form.body.textCursor().MoveOperation.End)
        qtbot.keyClicks(window.form.body, " Extra sailings run at Christmas.")
        os.kill(os.getpid(), signal.SIGTERM)  # before the autosave's pause has passed
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    finally:
        stops.uninstall()
    stored = window.services.articles.get(article_id)
    assert stored is not None
    assert stored.body.rstrip().endswith("Extra sailings run at Christmas.")
    assert not (tmp_path / "profile" / MARKER).exists()


SLOW_CLOSE = """
import sys, time
from PySide6.QtWidgets import QApplication, QWidget
from editor_app.ui.stop_signals import StopSignals

class SlowToClose(QWidget):
    def closeEvent(self, event):
        print("closing", flush=True)
        for _ in range(300):  # 30 s of Python work: a second signal is handled in between
            time.sleep(0.1)
        event.accept()

app = QApplication(sys.argv[:1])
window = SlowToClose()
StopSignals(window)
window.show()
print("up", flush=True)
sys.exit(app.exec())
"""


def test_a_second_stop_signal_while_closing_ends_the_program_at_once() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [sys.executable, "-c", SLOW_CLOSE], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert app.stdout is not None
        assert app.stdout.readline().strip() == "up"
        app.send_signal(signal.SIGTERM)
        assert app.stdout.readline().strip() == "closing"
        started = time.monotonic()
        app.send_signal(signal.SIGTERM)
        status = app.wait(timeout=20)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert status == -signal.SIGTERM
    assert time.monotonic() - started < 5
