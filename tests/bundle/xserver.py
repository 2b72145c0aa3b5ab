"""A private Xvfb display, and what a person would see on it: which windows are mapped, and a screenshot.

Needs Xvfb, xwininfo (x11-utils) and ImageMagick's ``import``; scripts/setup-system.sh installs them for tests.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PIL import Image

TOOLS = ("Xvfb", "xwininfo", "import")
_WINDOW = re.compile(
    r'^\s*(?P<id>0x[0-9a-f]+) "(?P<title>[^"]*)":.*?\s(?P<w>\d+)x(?P<h>\d+)[+-]\d+[+-]\d+', re.MULTILINE
)


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@contextmanager
def xvfb(width: int = 1600, height: int = 1000) -> Iterator[str]:
    """Start Xvfb on a free display number (``-displayfd``) and yield its DISPLAY value."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _xwininfo(display: str, *args: str) -> str:
    done = subprocess.run(
        ["xwininfo", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    return done.stdout


def mapped_windows(display: str) -> list[tuple[str, int, int]]:
    """(title, width, height) of the top-level windows at least 200x200 that are on the screen (viewable)."""
    found = []
    for m in _WINDOW.finditer(_xwininfo(display, "-root", "-children")):
        width, height = int(m["w"]), int(m["h"])
        if width >= 200 and height >= 200 and "IsViewable" in _xwininfo(display, "-id", m["id"]):
            found.append((m["title"], width, height))
    return found


def wait_for_window(display: str, title: str, started: float, timeout: float = 60) -> float:
    """Seconds from ``started`` (a ``time.monotonic()`` reading) until a window titled ``title`` is mapped."""
    while time.monotonic() - started < timeout:
        if any(t == title for t, _, _ in mapped_windows(display)):
            return time.monotonic() - started
        time.sleep(0.005)
    raise TimeoutError(f"no window {title!r} after {timeout} s")


def screenshot(display: str, path: Path) -> Image.Image:
    subprocess.run(
        ["import", "-window", "root", str(path)],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        timeout=30,
        check=True,
    )
    with Image.open(path) as image:
        return image.convert("RGB")


def distinct_colours(image: Image.Image) -> int:
    colours = image.getcolors(maxcolors=1 << 20)
    return len(colours) if colours is not None else 1 << 20


def stop_group(process: subprocess.Popen[bytes]) -> None:
    """End a process started with ``start_new_session=True`` and everything it started (web engine helpers)."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
