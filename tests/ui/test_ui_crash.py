"""Killing the editor with SIGKILL while typing loses at most two seconds of typing and no saved revision."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

CHILD = Path(__file__).with_name("typing_child.py")
REPO = Path(__file__).resolve().parents[2]


def test_kill_9_while_typing_loses_at_most_two_seconds(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(profile)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    typed: list[tuple[int, float]] = []
    assert child.stdout is not None
    deadline = time.time() + 60
    while time.time() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        number, stamp = line.split()
        typed.append((int(number), float(stamp)))
        if typed[-1][1] - typed[0][1] >= 4.5:  # several autosave cycles into continuous typing
            break
    os.kill(child.pid, signal.SIGKILL)
    killed_at = time.time()
    child.wait(timeout=10)
    assert len(typed) > 20, "the child typed too little to judge"

    con = sqlite3.connect(profile / "newsroom.sqlite")
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        (body,) = con.execute("SELECT body FROM articles").fetchone()
        revisions = con.execute("SELECT count(*) FROM revisions").fetchone()[0]
    finally:
        con.close()
    words = re.findall(r"w(\d{5})", body)
    saved = int(words[-1]) if words else 0
    assert [int(w) for w in words] == list(range(1, saved + 1)), (
        "saved text must be a clean prefix of what was typed"
    )
    last_typed_at = next((stamp for number, stamp in typed if number == saved), typed[0][1])
    lost_seconds = max(0.0, typed[-1][1] - last_typed_at) if saved < typed[-1][0] else 0.0
    print(
        f"\n[crash] typed {typed[-1][0]} words, {saved} saved; lost {lost_seconds:.2f} s of typing; "
        f"kill {killed_at - typed[-1][1]:.2f} s after the last word; revisions {revisions}"
    )
    assert lost_seconds <= 2.0
    assert revisions >= 1
