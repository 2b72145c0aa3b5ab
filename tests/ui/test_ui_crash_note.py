"""After the workstation is killed, the next start says what was recovered and when, in a non-modal bar; a
clean close leaves no such note."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QLabel

from editor_app.ui.window.recovery import MARKER, recovery_text

CHILD = Path(__file__).with_name("typing_child.py")
REPO = Path(__file__).resolve().parents[2]


def _open(qtbot: Any, profile: Path) -> Any:
    from editor_app.paths import DataPaths
    from editor_app.services import open_services
    from editor_app.ui.window.main_window import MainWindow

    services = open_services(DataPaths(profile))
    window = MainWindow(services, QSettings(str(services.paths.settings), QSettings.Format.IniFormat))
    window.show()
    window.start()
    return window, services


def _close(window: Any, services: Any) -> None:
    window.close()
    window.runner.wait()
    window.preview.shutdown()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    services.close()


def test_a_killed_session_is_followed_by_a_note_of_what_was_recovered(tmp_path: Path, qtbot: Any) -> None:
    profile = tmp_path / "profile"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(profile)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    first = None
    while True:
        line = child.stdout.readline()
        assert line, "the child stopped before typing"
        stamp = float(line.split()[1])
        first = first or stamp
        if stamp - first >= 3.0:  # a couple of autosaves and heartbeats
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    assert (profile / MARKER).exists()

    window, services = _open(qtbot, profile)
    qtbot.waitUntil(lambda: window.findChild(QLabel, "recoveryBanner") is not None, timeout=5000)
    banner = window.findChild(QLabel, "recoveryBanner")
    qtbot.waitUntil(banner.isVisible)
    text = banner.text()
    assert (
        text.startswith("Recovered “Untitled") and " second" in text and "before the app stopped." in text
    ), text
    seconds = int(text.split(", ")[-1].split()[0])
    assert 0 <= seconds <= 5  # autosave at most 1.5 s behind, the heartbeat at most 2 s
    assert not window.findChild(type(window.session.bar), "recoveryBar").isFloatable()
    _close(window, services)
    assert not (profile / MARKER).exists()

    again, services = _open(qtbot, profile)  # after a clean close: no note
    qtbot.wait(500)
    again.runner.wait()
    assert again.findChild(QLabel, "recoveryBanner") is None
    _close(again, services)


def test_the_note_in_minutes_and_without_an_article() -> None:
    from editor_app.domain import Article

    saved = datetime(2026, 12, 5, 14, 2, 0, tzinfo=UTC)
    article = Article(id="a1", headline="Port floods", updated_at=saved)
    local = saved.astimezone().strftime("%H:%M")
    assert recovery_text(article, saved.replace(second=3)) == (
        f"Recovered “Port floods” as saved at {local}, 3 seconds before the app stopped."
    )
    assert "10 minutes before" in recovery_text(article, saved.replace(minute=12))
    assert "stopped unexpectedly" in recovery_text(None, saved)
