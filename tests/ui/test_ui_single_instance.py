"""One workstation per profile: the lock names its holder, a crash leaves no lasting lock, and a second start
hands its files to the first over a local socket."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from editor_app.paths import DataPaths
from editor_app.profile_lock import LOCK_NAME, ProfileInUse, ProfileLock, server_name

REPO = Path(__file__).resolve().parents[2]
HOLD = (
    "import sys, time\nfrom pathlib import Path\nfrom editor_app.profile_lock import ProfileLock\n"
    "lock = ProfileLock.acquire(Path(sys.argv[1]))\nprint('held', flush=True)\ntime.sleep(60)\n"
)


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO)}


def _holder(folder: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(folder)], stdout=subprocess.PIPE, text=True, env=_env()
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


def test_a_held_profile_names_its_holder_and_a_crash_frees_it(tmp_path: Path) -> None:
    from editor_app.app import ProfileTaken, claim_profile

    folder = tmp_path / "profile"
    child = _holder(folder)
    try:
        with pytest.raises(ProfileInUse) as caught:
            ProfileLock.acquire(folder)
        assert caught.value.holder is not None and caught.value.holder.pid == child.pid
        assert f"process {child.pid} on {socket.gethostname()}" in str(caught.value)
        taken = claim_profile(DataPaths(folder))  # the holder has no window to hand over to
        assert isinstance(taken, ProfileTaken) and not taken.handed_over
        assert f"process {child.pid}" in taken.message and "does not answer" in taken.message
    finally:
        child.kill()  # a crash: no release, the lock file stays behind
        child.wait()
    assert json.loads((folder / LOCK_NAME).read_text())["pid"] == child.pid
    lock = ProfileLock.acquire(folder)
    try:
        assert lock.held and lock.stale is not None and lock.stale.pid == child.pid
        assert json.loads((folder / LOCK_NAME).read_text())["pid"] == os.getpid()
    finally:
        lock.release()


def test_a_clean_release_leaves_no_holder_for_the_next_start(tmp_path: Path) -> None:
    folder = tmp_path / "profile"
    first = ProfileLock.acquire(folder)
    assert json.loads((folder / LOCK_NAME).read_text())["pid"] == os.getpid()
    first.release()
    assert (folder / LOCK_NAME).read_text() == ""  # only a crash leaves a record behind
    second = ProfileLock.acquire(folder)
    try:
        assert second.held and second.stale is None
    finally:
        second.release()


def test_files_handed_over_arrive_on_the_signal(qtbot: Any, tmp_path: Path) -> None:
    from editor_app.ui.single_instance import InstanceServer

    server = InstanceServer(server_name(tmp_path))
    assert server.listen()
    paths = [str(tmp_path / "<h1>story</h1>.md"), str(tmp_path / "photo.jpg")]
    code = (
        "import sys, json\nfrom editor_app.ui.single_instance import hand_over\n"
        "sys.exit(0 if hand_over(sys.argv[1], json.loads(sys.argv[2])) else 3)\n"
    )
    with qtbot.waitSignal(server.filesReceived, timeout=20_000) as received:
        sender = subprocess.Popen([sys.executable, "-c", code, server.name, json.dumps(paths)], env=_env())
    qtbot.waitUntil(lambda: sender.poll() is not None, timeout=20_000)
    assert received.args == [paths] and sender.returncode == 0
    server.close()


@pytest.mark.slow
def test_a_second_start_hands_its_file_to_the_first_and_the_cli_runs_alongside(tmp_path: Path) -> None:
    from PySide6.QtNetwork import QLocalSocket

    data = tmp_path / "profile"
    first = subprocess.Popen(
        [sys.executable, "-m", "editor_app", "--data-dir", str(data)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=_env(),
        cwd=REPO,
    )
    log = data / "logs" / "editor-app.log"
    try:
        deadline = time.monotonic() + 60
        probe = QLocalSocket()
        while True:
            assert time.monotonic() < deadline and first.poll() is None, "the first window did not start"
            if log.exists() and "started with data folder" in log.read_text():
                probe.connectToServer(server_name(data))
                if probe.waitForConnected(500):
                    probe.disconnectFromServer()
                    break
            time.sleep(0.2)
        story = tmp_path / "story.md"
        story.write_text("---\nheadline: Handed over\n---\n\nBody.\n", encoding="utf-8")

        second = subprocess.run(
            [sys.executable, "-m", "editor_app", "--data-dir", str(data), str(story)],
            capture_output=True,
            text=True,
            env=_env(),
            cwd=REPO,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        assert f"process {first.pid} on {socket.gethostname()}" in second.stderr
        assert "brought to the front" in second.stderr
        deadline = time.monotonic() + 10
        while "handed over 1 file(s)" not in log.read_text():
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        assert str(story) in log.read_text()

        imported = subprocess.run(
            [sys.executable, "-m", "editor_app", "--data-dir", str(data), "import", str(story)],
            capture_output=True,
            text=True,
            env=_env(),
            cwd=REPO,
            timeout=60,
        )
        assert imported.returncode == 0, imported.stderr  # the CLI works beside the window
    finally:
        first.terminate()
        first.wait(timeout=30)
