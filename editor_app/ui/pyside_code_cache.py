"""PySide6's first import, without compiling its support package at every start.

When PySide6 is first imported, shiboken6 compiles the Python source of its ``shibokensupport`` package
(signatures, error messages, ``__feature__``: 14 modules, ~130,000 characters), which it keeps in a zip inside
its library, and runs it. The wheels are made for every Python 3, so none of it comes compiled: the compiling
alone took ~12 ms of every start here, the same code each time. ``import_pyside`` keeps the code objects in a
cache file (one per bytecode version) and uses them while the source is the same, byte for byte.
"""

from __future__ import annotations

import builtins
import contextlib
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

Cached = dict[str, tuple[bytes, CodeType]]
"""File name as shiboken gives it: (its source, the code compiled from it)."""


def _is_support(filename: object) -> bool:
    return isinstance(filename, str) and (
        filename.startswith("shibokensupport/") or filename == "signature_bootstrap.py"
    )


def cache_file(folder: Path) -> Path:
    """The cache in ``folder`` for this interpreter's bytecode (code objects differ between versions)."""
    return folder / f"pyside-support.{sys.implementation.cache_tag}.marshal"


def import_pyside(folder: Path | None) -> int:
    """Import PySide6.QtCore, with the support package's code from the cache in ``folder`` where the cache has
    it; what was compiled instead is written there. Returns how many modules came from the cache. A cache that
    cannot be read or written costs the compiling, nothing else; with ``folder`` None there is none."""
    if "PySide6.QtCore" in sys.modules or folder is None:
        import PySide6.QtCore

        return 0
    path = cache_file(folder)
    known = _read(path)
    made: Cached = {}
    used = 0
    original = builtins.compile

    def compile_known(source: Any, filename: Any, mode: str, *args: Any, **kwargs: Any) -> Any:
        nonlocal used
        if not (
            _is_support(filename) and isinstance(source, bytes) and mode == "exec" and not args and not kwargs
        ):
            return original(source, filename, mode, *args, **kwargs)
        entry = known.get(filename)
        if entry is not None and entry[0] == source:
            used += 1
            return entry[1]
        code = original(source, filename, mode)
        made[filename] = (source, code)
        return code

    builtins.compile = compile_known
    try:
        import PySide6.QtCore  # noqa: F401
    finally:
        builtins.compile = original
    if made:
        _write(path, {**known, **made})
    return used


def _read(path: Path) -> Cached:
    try:
        loaded = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):  # none yet, or damaged: compiled again and rewritten
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {
        name: (entry[0], entry[1])
        for name, entry in loaded.items()
        if isinstance(name, str)
        and isinstance(entry, tuple)
        and len(entry) == 2
        and isinstance(entry[0], bytes)
        and isinstance(entry[1], CodeType)
    }


def _write(path: Path, cached: Cached) -> None:
    """Write the cache whole or not at all (another start may read it meanwhile)."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(marshal.dumps(cached))
        os.replace(partial, path)
    except OSError:  # a read-only profile: the next start compiles again
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
