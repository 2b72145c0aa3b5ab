"""Code run in a fresh interpreter with the repository importable (offscreen Qt): for what a start loads."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.paths import REPO


def run_python(code: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``python -c code *args``; its output as text, its exit status unchecked."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
