"""Build the PyInstaller bundle once per source state, for the bundle tests.

The build lands in ``build/bundle-test/<key>/`` of the repository, where ``key`` hashes everything that goes into
the bundle (the package, the spec, the build script, pyproject.toml) and the versions of Python, PyInstaller and
PySide6. A later run with the same sources reuses it; a changed source builds anew (and older builds are removed).
A fresh clone, as in CI, always builds: about a minute and a half on the 2-core machine.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CACHE = REPO / "build" / "bundle-test"
INPUTS = ("editor_app", "packaging/pyinstaller", "packaging/build-bundle.sh", "pyproject.toml", "tools/i18n")


def source_key() -> str:
    digest = hashlib.sha256()
    for name in ("pyinstaller", "PySide6", "pyinstaller-hooks-contrib"):
        digest.update(f"{name}={metadata.version(name)}\n".encode())
    digest.update(sys.version.encode())
    for entry in INPUTS:
        path = REPO / entry
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" in file.parts:
                continue
            digest.update(str(file.relative_to(REPO)).encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def bundle_executable() -> tuple[Path, float | None]:
    """The built ``editor-app`` executable, and the build's seconds (None when a cached build was reused)."""
    key = source_key()
    home = CACHE / key
    executable = home / "dist" / "editor-app" / "editor-app"
    done = home / "complete"
    if done.is_file() and executable.is_file():
        return executable, None
    if CACHE.is_dir():
        for old in CACHE.iterdir():
            shutil.rmtree(old, ignore_errors=True)
    home.mkdir(parents=True)
    started = time.monotonic()
    build = subprocess.run(
        [str(REPO / "packaging" / "build-bundle.sh"), str(home / "dist"), str(home / "work")],
        env={**_clean_env(), "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    seconds = time.monotonic() - started
    if build.returncode != 0:
        raise RuntimeError(
            f"the bundle build failed ({build.returncode}):\n{build.stdout}\n{build.stderr[-6000:]}"
        )
    shutil.rmtree(home / "work", ignore_errors=True)  # PyInstaller's intermediate files: hundreds of MB
    done.write_text(f"{seconds:.1f}\n")
    return executable, seconds


def _clean_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTEST"))}
