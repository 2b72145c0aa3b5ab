"""The real program, started as root on a real X server (Xvfb) the way the README says, with nothing set in
the environment for Qt's web engine: the window appears, the file given on the command line is open in it,
and the program stays up (Chromium refuses root with its sandbox on and used to end the process)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

REPO = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="checks the start as root"),
    pytest.mark.skipif(
        not all(shutil.which(tool) for tool in ("xvfb-run", "xwininfo", "import")),
        reason="needs xvfb-run, xwininfo (x11-utils) and import (imagemagick): scripts/setup-system.sh test",
    ),
]

SESSION = r"""
"$PYTHON" -m editor_app --data-dir "$PROFILE" "$STORY" 2>"$ERR" &
app=$!
for _ in $(seq 1 600); do
  xwininfo -root -tree | grep -q '"Editorial Workstation"' && break
  kill -0 $app 2>/dev/null || break
  sleep 0.1
done
sleep 6  # the web engine starts and paints the page
if kill -0 $app 2>/dev/null; then echo alive; else echo "exited"; fi
xwininfo -root -tree | grep '"Editorial Workstation"' | head -1
echo "gl $(grep -c -E 'libLLVM|_dri\.so|libGLX_mesa' /proc/$app/maps)"
import -window root "$SHOT"
kill $app 2>/dev/null
wait $app
echo "status $?"
"""


def test_as_root_the_window_appears_with_the_preview(tmp_path: Path) -> None:
    story = tmp_path / "sea-wall.md"
    story.write_text(
        "---\nheadline: Sea wall holds through the spring tide\nsection: News\n---\n\n"
        "The new sea wall held back the highest tide of the year.\n\n## What comes next\n\nMore work in May.\n",
        encoding="utf-8",
    )
    shot = tmp_path / "root-start.png"
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("QTWEBENGINE", "QT_QPA")) and k not in ("PYTHONPATH", "DISPLAY")
    }
    env.update(
        PYTHONPATH=str(REPO),
        PYTHON=sys.executable,
        PROFILE=str(tmp_path / "profile"),
        STORY=str(story),
        ERR=str(tmp_path / "stderr.txt"),
        SHOT=str(shot),
    )
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "bash", "-c", SESSION],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    stderr = (tmp_path / "stderr.txt").read_text(encoding="utf-8", errors="replace")
    lines = done.stdout.splitlines()
    assert lines[0] == "alive", (done.stdout, stderr)
    assert "Editorial Workstation" in lines[1]
    assert "--no-sandbox is not supported" not in stderr
    assert stderr.count("running as root") == 1, stderr
    log = (tmp_path / "profile" / "logs" / "editor-app.log").read_text(encoding="utf-8")
    assert "running as root" in log
    if not glob.glob("/dev/dri/renderD*"):  # no GPU here: Qt Quick and Chromium draw in software
        assert "the preview is drawn in software" in log
        assert lines[2] == "gl 0", lines  # and no OpenGL (Mesa, LLVM) is loaded to draw with
    keep = os.environ.get("EW_SCREENSHOT_DIR")
    if keep:
        shutil.copy(shot, Path(keep) / shot.name)
    with Image.open(shot) as image:
        assert image.size == (1400, 900)
        # the window, its panels and the rendered page: far more than a blank or single-colour screen
        assert len(image.convert("RGB").getcolors(maxcolors=1_000_000) or []) > 200
        # the preview's page (the right part of the window) is drawn: its anti-aliased text, not a blank view
        page = image.convert("RGB").crop((900, 150, 1390, 850))
        assert len(page.getcolors(maxcolors=1_000_000) or []) > 50
