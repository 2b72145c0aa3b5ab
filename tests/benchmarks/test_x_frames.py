"""The races' frame grabber on a real Xvfb: a changed screen gives another digest, an unchanged one the same, and
the shared-memory grab sees what a grab over the connection sees."""

from __future__ import annotations

import ctypes
import shutil

import pytest

from tests.benchmarks.bench_startup_race import xvfb
from tests.benchmarks.x_frames import RootFrames

pytestmark = pytest.mark.skipif(not shutil.which("Xvfb"), reason="needs xvfb")


def _paint_root(frames: RootFrames, pixel: int) -> None:
    """Give the root window another background colour (as a program's window would change the screen)."""
    x, display, root = frames._x, frames._display, frames._root
    x.XSetWindowBackground.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong]
    x.XClearWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x.XSetWindowBackground(display, root, pixel)
    x.XClearWindow(display, root)
    x.XSync(display, 0)


def test_a_changed_screen_is_another_frame_and_both_ways_of_grabbing_agree() -> None:
    with xvfb() as display, RootFrames(display) as frames:
        assert frames._shared is not None, "Xvfb offers MIT-SHM: the frames come through shared memory"
        first = frames.grab()
        assert frames.grab() == first  # nothing changed
        _paint_root(frames, 0x336699)
        changed = frames.grab()
        assert changed != first
        shared, frames._shared = frames._shared, None  # the same screen over the connection
        try:
            assert frames.grab() == changed
        finally:
            frames._shared = shared
