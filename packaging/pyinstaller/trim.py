"""What the bundle leaves out of PySide6, used by ``editor-app.spec``.

PyInstaller's Qt hooks collect every plugin, QML module and translation that the Qt libraries we link could use.
The app uses QtCore, QtGui, QtWidgets, QtNetwork and QtWebEngine (whose libraries link QtQuick and QtQml, so
those libraries stay), loads no QML, installs Qt's own translation only for its languages (qtbase: standard
buttons, file dialogs; Qt has none for Azerbaijani) and prints nothing. So the bundle drops:

- the ``qml/`` tree (about 30 MB, and the Qt3D, Quick3D, Charts, Multimedia... libraries its plugins link);
- Qt's ``.qm`` translations except ``qtbase_ru.qm``, and Chromium's UI locales except English and Russian (the
  app's languages with a Chromium locale; en-US is the fallback QtWebEngine needs);
- the web inspector's resources (12 MB);
- plugins for hardware and features the app has no use for (eglfs, vnc, evdev, positioning, QML debugging, the
  virtual keyboard, printing, PDF images, the GTK 3 theme with its GTK libraries);
- then every library that only the dropped files needed (libraries no collected file links are kept: they may be
  loaded with ctypes).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

QT = "PySide6/Qt"
WEBENGINE_LOCALES = ("en-US.pak", "en-GB.pak", "ru.pak")
QT_TRANSLATIONS = ("qtbase_ru.qm",)
"""Qt's own translations into the interface's languages (editor_app/ui/i18n.py loads them)."""
KEEP_PLUGIN_FOLDERS = frozenset(
    {
        "platforms",
        "platformthemes",
        "platforminputcontexts",
        "imageformats",
        "iconengines",
        "xcbglintegrations",
        "tls",
        "networkinformation",
        "wayland-decoration-client",
        "wayland-graphics-integration-client",
        "wayland-shell-integration",
    }
)
DROP_PLUGINS = frozenset(
    {
        "libqeglfs.so",
        "libqlinuxfb.so",
        "libqminimalegl.so",
        "libqvkkhrdisplay.so",
        "libqvnc.so",
        "libqgtk3.so",
        "libqtvirtualkeyboardplugin.so",
        "libqpdf.so",
    }
)
EXCLUDED_MODULES = (
    "tkinter",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtPositioning",
    "PySide6.QtDBus",
)
"""Python modules left out of the analysis: the app imports none of them (the Qt libraries under some stay)."""

Entry = tuple[str, str, str]
"""PyInstaller's TOC entry: (destination name, source path, type code)."""


def unwanted(dest: str) -> bool:
    """True for a collected file the app never loads (see the module docstring)."""
    path = PurePosixPath(dest.replace(os.sep, "/"))
    parts = path.parts
    if parts[:2] != ("PySide6", "Qt") or len(parts) < 4:
        return False
    area = parts[2]
    if area == "qml":
        return True
    if area == "translations":
        if len(parts) == 4:
            return parts[3] not in QT_TRANSLATIONS
        return not (parts[3] == "qtwebengine_locales" and path.name in WEBENGINE_LOCALES)
    if area == "plugins":
        return parts[3] not in KEEP_PLUGIN_FOLDERS or path.name in DROP_PLUGINS
    if area == "resources":
        return path.name == "qtwebengine_devtools_resources.pak"  # the app opens no web inspector
    return False


def _is_binary(entry: Entry) -> bool:
    return entry[2] in {"BINARY", "EXTENSION", "EXECUTABLE"}


def trim(
    binaries: Iterable[Entry], datas: Iterable[Entry], needed: Callable[[str], set[str]]
) -> tuple[list[Entry], list[Entry], list[Entry]]:
    """The binaries and datas to keep, and the entries dropped.

    ``needed(source_path)`` names (basenames) the libraries a binary links, transitively.
    """
    binaries, datas = list(binaries), list(datas)
    dropped = [e for e in binaries + datas if unwanted(e[0])]
    kept_binaries = [e for e in binaries if not unwanted(e[0])]
    kept_datas = [e for e in datas if not unwanted(e[0])]
    candidates = set().union(*(needed(e[1]) for e in dropped if _is_binary(e)))
    roots = [e for e in kept_binaries if PurePosixPath(e[0]).name not in candidates]
    orphans = candidates - set().union(*(needed(e[1]) for e in roots))  # ``needed`` is transitive
    dropped += [e for e in kept_binaries if PurePosixPath(e[0]).name in orphans]
    kept_binaries = [e for e in kept_binaries if PurePosixPath(e[0]).name not in orphans]
    gone = {_normal(e[0]) for e in dropped}
    dangling = [e for e in kept_binaries + kept_datas if e[2] == "SYMLINK" and _link_target(e) in gone]
    dropped += dangling
    kept_binaries = [e for e in kept_binaries if e not in dangling]
    kept_datas = [e for e in kept_datas if e not in dangling]
    return kept_binaries, kept_datas, dropped


def _normal(dest: str) -> str:
    return os.path.normpath(dest.replace(os.sep, "/"))


def _link_target(entry: Entry) -> str:
    """Where a SYMLINK entry (destination, relative target, "SYMLINK") points, as a destination name."""
    return _normal(os.path.join(os.path.dirname(entry[0]), entry[1]))


def linked_libraries(path: str) -> set[str]:
    """Basenames of the shared libraries ``path`` links, transitively (PyInstaller's own ldd reader)."""
    from PyInstaller.depend.bindepend import get_imports

    return {os.path.basename(name) for name, _ in get_imports(path)}
