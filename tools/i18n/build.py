"""Compile the interface translations: ``editor_app/resources/i18n/*.ts`` -> ``.qm`` beside them (or in ``--out``).

Run ``python tools/i18n/build.py`` after changing a ``.ts`` file; scripts/run-app, scripts/run-tests, the wheel
build (setup.py) and the bundle spec run it. It uses Qt's ``lrelease`` from the installed PySide6. The ``.qm``
files are build output and are not committed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO / "editor_app" / "resources" / "i18n"
PACKAGE = REPO / "editor_app"
UI = PACKAGE / "ui"


def source_files() -> list[str]:
    """The Python files lupdate reads: all of ``editor_app/ui``, and each core module that marks sentences with
    ``QT_TRANSLATE_NOOP`` (``editor_app/domain/message.py``) for the window to translate."""
    core = (
        p
        for p in PACKAGE.rglob("*.py")
        if UI not in p.parents and "QT_TRANSLATE_NOOP(" in p.read_text(encoding="utf-8")
    )
    return sorted({str(p) for p in UI.rglob("*.py")} | {str(p) for p in core})


def qt_tool(name: str) -> str:
    """Qt's ``lrelease`` or ``lupdate``: the binary inside PySide6, else ``pyside6-<name>`` or ``<name>`` on PATH."""
    try:
        import PySide6

        inside = Path(PySide6.__file__).parent / name
        if inside.is_file():
            return str(inside)
    except ImportError:
        pass
    scripts = Path(sys.executable).parent
    for candidate in (scripts / f"pyside6-{name}", shutil.which(f"pyside6-{name}"), shutil.which(name)):
        if candidate and Path(candidate).is_file():
            return str(candidate)
    raise SystemExit(f"i18n build: Qt's {name} is not installed (it comes with PySide6)")


def build(out: Path | None = None, *, quiet: bool = True) -> list[Path]:
    """Compile every ``.ts`` source into a ``.qm``; returns the files written. Fails on an lrelease error."""
    target = out or SOURCES
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for source in sorted(SOURCES.glob("*.ts")):
        qm = target / source.with_suffix(".qm").name
        command = [qt_tool("lrelease"), *(["-silent"] if quiet else []), str(source), "-qm", str(qm)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0 or not qm.is_file():
            raise SystemExit(f"i18n build: lrelease failed for {source.name}:\n{done.stdout}{done.stderr}")
        built.append(qm)
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the .qm files here instead of beside the sources")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    for qm in build(args.out, quiet=not args.verbose):
        print(f"i18n build: {qm}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
