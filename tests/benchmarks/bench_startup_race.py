"""Start-up race against ghostwriter: a 5,000-word article open with its preview shown, to visually complete.

Reports, never fails on timing. Under one Xvfb (1400x900x24) each program starts as a fresh process on the same
Markdown article (ghostwriter with ``[Preview] htmlPreviewOpen=true`` in a private HOME; the workstation with the
article as the last one open in its profile), while the root window is grabbed every 5 ms
(``x_frames.RootFrames``: what ``xwd -root`` grabs, in this process through shared memory, hashed). Visually
complete is the first frame from which on the screen only shows frames of its final state; a blinking text
cursor makes that state a cycle of frames, so every frame seen in the last seconds of watching counts as the
final state. The programs alternate, RUNS starts each; the medians and
their ratio are printed. A third program gives the floor a PySide6 program has here: a bare window with an editor
and a web view showing the same page (``bare_preview_window.py``), drawn as the workstation draws.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

from editor_app.domain import new_article
from editor_app.paths import DataPaths
from editor_app.services.articles import store_edit
from editor_app.store import Database
from tests.benchmarks.bench_render import _article
from tests.benchmarks.x_frames import GrabFailed, RootFrames

RUNS = 5
WATCH_SECONDS = 9.0
"""How long each start is watched; the programs here settle in 1-4 s."""
FINAL_SECONDS = 2.0
"""Frames seen in the last this many seconds of watching are the final state (a blinking cursor's cycle)."""
SCREEN = "1400x900x24"
FRAME_SECONDS = 0.005
"""A frame is grabbed every this often (a grab takes ~2 ms of a core: the programs keep the rest)."""

pytestmark = pytest.mark.skipif(
    not (shutil.which("ghostwriter") and shutil.which("Xvfb")),
    reason="needs Debian's ghostwriter and xvfb: scripts/setup-system.sh test installs them",
)


def visually_complete(frames: list[tuple[float, str]], final_seconds: float = FINAL_SECONDS) -> float | None:
    """The time of the first frame from which on every frame belongs to the final state (the frames seen in the
    last ``final_seconds``), or None when the screen only settled inside that last window."""
    if not frames:
        return None
    window_start = frames[-1][0] - final_seconds * 1000  # frames are in milliseconds
    final = {digest for t, digest in frames if t >= window_start}
    complete = None
    for t, digest in frames:
        if digest not in final:
            complete = None
        elif complete is None:
            complete = t
    return complete if complete is not None and complete < window_start else None


def test_visually_complete_treats_a_blinking_cursor_as_one_state() -> None:
    frames = [(0.0, "blank"), (100.0, "half"), (200.0, "on"), (300.0, "off"), (400.0, "on"), (3000.0, "off")]
    assert visually_complete(frames, final_seconds=2.7) == 200.0
    assert visually_complete([(0.0, "a"), (100.0, "b"), (3000.0, "c")], final_seconds=1.0) is None


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    for number in range(91, 120):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    display = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", SCREEN, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.05)
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


def watch(command: list[str], env: dict[str, str], display: str) -> float | None:
    """Start the program, grab frames for WATCH_SECONDS, stop it; the visually-complete time in ms."""
    with RootFrames(display) as screen:
        return _watch(command, env, display, screen)


def _watch(command: list[str], env: dict[str, str], display: str, screen: RootFrames) -> float | None:
    blank = screen.grab()
    frames: list[tuple[float, str]] = []
    start = time.monotonic()
    process = subprocess.Popen(
        command,
        env={**env, "DISPLAY": display},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        due = start
        while (now := time.monotonic() - start) < WATCH_SECONDS:
            frames.append((now * 1000, screen.grab()))
            due = max(due + FRAME_SECONDS, time.monotonic())
            time.sleep(max(0.0, due - time.monotonic()))
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    if all(digest == blank for _, digest in frames):
        return None  # nothing ever showed
    return visually_complete(frames)


def _ghostwriter(tmp_path: Path, article: Path) -> tuple[list[str], dict[str, str]]:
    home = tmp_path / "gw-home"
    config = home / ".config" / "ghostwriter"
    config.mkdir(parents=True, exist_ok=True)
    (config / "ghostwriter.conf").write_text(
        "[Preview]\nhtmlPreviewOpen=true\n\n[Session]\nrememberFileHistory=false\nrestoreSession=false\n"
    )
    env = {**_base_env(), "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    return ["ghostwriter", str(article)], env


def _workstation(tmp_path: Path, text: str) -> tuple[list[str], dict[str, str]]:
    paths = DataPaths(tmp_path / "profile")
    db = Database.open(paths.database)
    article = new_article(headline="Flood warning network goes live", body=text, section="News")
    with db.write() as uow:
        store_edit(uow, article)
    db.close()
    paths.settings.parent.mkdir(parents=True, exist_ok=True)
    paths.settings.write_text(f"[session]\nlastArticle={article.id}\n")
    home = tmp_path / "ws-home"
    home.mkdir(exist_ok=True)
    env = {**_base_env(), "HOME": str(home)}
    return [sys.executable, "-m", "editor_app", "--data-dir", str(paths.root)], env


def _bare_window(tmp_path: Path, text: str, article: Path) -> Program:
    """The floor: a bare PySide6 window with an editor and a web view showing the article's house page (as the
    workstation's preview renders it), drawn as the workstation draws here (``software_drawing``)."""
    from editor_app.render import page_data_for, render_page
    from editor_app.web_engine_env import software_drawing

    page = tmp_path / "bare-page.html"
    story = new_article(headline="Flood warning network goes live", body=text, section="News")
    page.write_text(render_page(page_data_for(story, None, (), None)), encoding="utf-8")
    env = {**_base_env(), "HOME": str(tmp_path / "bare-home")}
    software_drawing(environ=env)
    return [
        sys.executable,
        str(Path(__file__).with_name("bare_preview_window.py")),
        str(page),
        str(article),
    ], env


def _base_env() -> dict[str, str]:
    """The environment of a user's desktop session. Python keeps its bytecode cache there as it does by
    default (a shell may say PYTHONDONTWRITEBYTECODE; then every start would compile the workstation's
    modules afresh, which no installed copy does): the warm-up start fills the cache."""
    dropped = {"QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "PYTHONDONTWRITEBYTECODE"}
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env["QT_QPA_PLATFORM"] = "xcb"
    if os.geteuid() == 0:
        # Both programs embed Chromium, which refuses to start as root with its sandbox on.
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    return env


Program = tuple[list[str], dict[str, str]]
"""A command and its environment."""


class Race(NamedTuple):
    times: dict[str, list[float]]
    """Each program's visually-complete times (ms) of the runs that settled."""
    unsettled: dict[str, int]
    grab_failures: list[str]


def race(programs: dict[str, Program], runs: int = RUNS) -> Race:
    """One warm-up start of each program (it fills the file cache), then ``runs`` starts each, alternating, each
    on a fresh X server (a run whose frames could not all be grabbed counts as unsettled)."""
    times: dict[str, list[float]] = {name: [] for name in programs}
    unsettled: dict[str, int] = dict.fromkeys(programs, 0)
    grab_failures: list[str] = []

    def start(command: list[str], env: dict[str, str]) -> float | None:
        with xvfb() as display:
            try:
                return watch(command, env, display)
            except GrabFailed as exc:
                grab_failures.append(str(exc))
                return None

    for command, env in programs.values():
        start(command, env)
    for _ in range(runs):
        for name, (command, env) in programs.items():
            result = start(command, env)
            if result is None:
                unsettled[name] += 1
            else:
                times[name].append(result)
    return Race(times, unsettled, grab_failures)


@pytest.mark.benchmark_report
def test_startup_race_against_ghostwriter(tmp_path: Path) -> None:
    text = _article()
    article = tmp_path / "article.md"
    article.write_text(text, encoding="utf-8")
    programs = {
        "ghostwriter": _ghostwriter(tmp_path, article),
        "workstation": _workstation(tmp_path, text),
        "bare": _bare_window(tmp_path, text, article),
    }
    times, unsettled, grab_failures = race(programs)
    if grab_failures:
        print(f"\n[bench] start-up race: {len(grab_failures)} start(s) lost frames: {grab_failures[:2]}")
    assert times["ghostwriter"], "ghostwriter never settled on a final frame"
    assert times["workstation"], "the workstation never settled on a final frame"
    gw = statistics.median(times["ghostwriter"])
    ws = statistics.median(times["workstation"])
    bare = f"{statistics.median(times['bare']):.0f} ms" if times["bare"] else "never settled"
    floor = f" = {ws / statistics.median(times['bare']):.2f}x that" if times["bare"] else ""
    print(
        f"\n[bench] start-up race, {len(text.split())}-word article with preview, visually complete "
        f"(median of {RUNS}, alternating): ghostwriter {gw:.0f} ms (floor), workstation {ws:.0f} ms = "
        f"{ws / gw:.2f}x ghostwriter (budget <= 1.0x); the least a PySide6 window with the same page takes "
        f"here (bare_preview_window.py) {bare}, the workstation{floor}; all runs ghostwriter "
        f"{[round(t) for t in times['ghostwriter']]}, workstation {[round(t) for t in times['workstation']]}, "
        f"bare {[round(t) for t in times['bare']]}"
        + (f"; unsettled runs {unsettled}" if any(unsettled.values()) else "")
    )
