"""The web engine's environment, set before Qt loads: Chromium's sandbox as root, its zygote, and drawing in
software where there is no GPU. Qt-free: it only reads the machine and writes environment variables."""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping


def prepare() -> str | None:
    """Call before Qt's web engine loads. Chromium refuses to run as root with its sandbox on (the process
    exits), so as root, and only then, the sandbox is turned off; one line on stderr (and later in the log)
    says so. Returns that line, or None. Also chooses software drawing where there is no GPU."""
    if software_drawing():
        _note("no GPU found (no /dev/dri render node): the preview is drawn in software")
    root = hasattr(os, "geteuid") and os.geteuid() == 0
    if root:
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    without_zygote()  # the sandbox off, as root or by the user's choice: no zygote either
    if not root:
        return None
    note = (
        "running as root: the preview's web engine runs without Chromium's sandbox "
        "(start Editorial Workstation as a normal user to keep it)"
    )
    print(f"editor-app: {note}", file=sys.stderr)
    _note(note)
    return note


def software_drawing(
    render_nodes: str = "/dev/dri/renderD*", environ: MutableMapping[str, str] = os.environ
) -> bool:
    """On Linux without a GPU to use (no DRM render node: a virtual machine, a container, a remote X session),
    Qt Quick draws the preview's view in software and Chromium composites in software, instead of both
    emulating OpenGL on the CPU (llvmpipe): a quarter less CPU for the whole start here. On X11, Qt then makes
    no OpenGL context at all (``QT_XCB_GL_INTEGRATION=none``): the web engine's context, which nothing draws
    with once drawing is in software, loaded Mesa and LLVM as the preview was made (~30 ms before the first
    paint, ~45 ms sooner on screen). A choice in the environment (``QT_QUICK_BACKEND``, ``QSG_RHI_BACKEND``,
    ``QT_XCB_GL_INTEGRATION``) is kept. Returns whether software was chosen."""
    if not sys.platform.startswith("linux") or "QT_QUICK_BACKEND" in environ or "QSG_RHI_BACKEND" in environ:
        return False
    from glob import glob

    if glob(render_nodes):
        return False
    environ["QT_QUICK_BACKEND"] = "software"
    environ.setdefault("QT_XCB_GL_INTEGRATION", "none")
    return True


def without_zygote(environ: MutableMapping[str, str] = os.environ) -> bool:
    """With Chromium's sandbox off (``QTWEBENGINE_DISABLE_SANDBOX``, as root), Chromium starts no zygote: a
    process that exists to start sandboxed renderers, whose start the GUI thread otherwise waits for (~50 ms,
    interpreter lock held) when the preview's page is made; the renderer then starts beside the window instead.
    The user's own Chromium switches are kept. Returns whether the switch was added."""
    flags = environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    if environ.get("QTWEBENGINE_DISABLE_SANDBOX") != "1" or "--no-zygote" in flags.split():
        return False
    environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{flags} --no-zygote".strip()
    return True


_START_NOTES: list[str] = []
"""The notes of ``prepare`` (sandbox, software drawing), logged once the profile's log is open."""


def _note(note: str) -> None:
    if note not in _START_NOTES:
        _START_NOTES.append(note)


def start_notes() -> list[str]:
    """What ``prepare`` chose that the log should say (in the order chosen)."""
    return _START_NOTES[:]
