"""PySide6's ``__feature__`` import hook, switched off for the workstation's process.

Importing PySide6 replaces ``builtins.__import__`` with a hook that serves ``from __feature__ import snake_case,
true_property`` and, for every module imported after it, reads that module's whole source (``inspect.getsource``)
to see whether it mentions PySide6. The workstation uses no ``__feature__`` option, so that work (most of it on
SQLAlchemy's and the services' modules while the window is built) buys nothing. With the hook off, PySide6 treats
each module as using no feature, which is what the hook would have recorded for every one of them.
"""

from __future__ import annotations

import builtins


def skip_feature_hook() -> bool:
    """Put Python's own import back in place of PySide6's feature hook; True when it was in place. Call it on
    the GUI thread after PySide6 is imported and before any other thread imports (the hook swaps
    ``builtins.__import__`` back and forth around each import it serves)."""
    original = getattr(builtins, "__orig_import__", None)
    current = builtins.__import__
    if original is None or current is original or getattr(current, "__name__", "") != "__feature_import__":
        return False
    builtins.__import__ = original
    return True
