"""Real file-system conditions for robustness tests: a small tmpfs that fills up, a read-only view of a folder.

Both need root (tests run as root); root ignores permissions, so a read-only bind mount is what makes a folder
truly read-only for the test process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> None:
    result = subprocess.run(["mount", *args], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount ({result.stderr.strip()}); needs root")


def _umount(target: Path) -> None:
    subprocess.run(["umount", "--lazy", str(target)], capture_output=True)


def needs_root() -> None:
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("needs root to mount a file system")


@contextmanager
def small_tmpfs(target: Path, size: str = "2m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``target`` for the duration."""
    needs_root()
    target.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target))
    try:
        yield target
    finally:
        _umount(target)


def fill_disk(folder: Path, leave: int) -> Path:
    """Write a filler file until the disk is full, then give back about ``leave`` bytes. Returns the filler."""
    filler = folder / "filler.bin"
    block = b"\0" * 16384
    with filler.open(
        "wb", buffering=0
    ) as handle:  # unbuffered: a failed write leaves nothing to flush at close
        try:
            while True:
                handle.write(block)
        except OSError:
            pass
    size = filler.stat().st_size
    os.truncate(filler, max(0, size - leave))
    return filler


@contextmanager
def read_only_view(source: Path, target: Path) -> Iterator[Path]:
    """``source`` bind-mounted read-only on ``target``: no process, not even root, can write through it."""
    needs_root()
    target.mkdir(parents=True, exist_ok=True)
    _mount("--bind", str(source), str(target))
    try:
        _mount("-o", "remount,bind,ro", str(target))
        probe = target / ".probe"
        try:
            probe.write_bytes(b"")
        except OSError:
            pass
        else:  # pragma: no cover - the remount silently did nothing
            probe.unlink()
            pytest.skip("the bind mount did not become read-only")
        yield target
    finally:
        _umount(target)
