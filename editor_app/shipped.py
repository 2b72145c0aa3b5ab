"""Files shipped beside the Python package: the WordPress companion plugin (and, for installers, the desktop
entry, AppStream metainfo and icon). A wheel installs them as data files under ``<prefix>/share/``; a source
checkout (or an editable install) has them in ``packaging/``. Standard library only; nothing runs at import."""

from __future__ import annotations

import sys
import sysconfig
import zipfile
from collections.abc import Iterator
from pathlib import Path

PLUGIN_NAME = "editorial-workstation"
PLUGIN_SHARE = Path("share") / "editor-app" / "wordpress" / PLUGIN_NAME
"""Where the wheel's data files put the plugin, relative to the installation prefix."""

_PACKAGE = Path(__file__).resolve().parent


def _prefixes() -> Iterator[Path]:
    """Installation prefixes that may hold our data files, most specific first."""
    # <prefix>/lib/pythonX.Y/site-packages/editor_app (a wheel installed with --prefix, --root or --user)
    if len(_PACKAGE.parents) > 3:
        yield _PACKAGE.parents[3]
    for scheme in (sysconfig.get_default_scheme(), sysconfig.get_preferred_scheme("user")):
        try:
            yield Path(sysconfig.get_paths(scheme)["data"])
        except KeyError:
            continue
    yield Path(sys.prefix)


def wordpress_plugin_dir() -> Path | None:
    """The plugin folder (the one holding ``editorial-workstation.php``), or None when it was not installed."""
    candidates = [_PACKAGE.parent / "packaging" / "wordpress" / PLUGIN_NAME]
    candidates += [prefix / PLUGIN_SHARE for prefix in _prefixes()]
    return next((c for c in candidates if (c / f"{PLUGIN_NAME}.php").is_file()), None)


def write_plugin_zip(source: Path, target: Path) -> list[str]:
    """Write ``source`` as a zip that wp-admin's "Upload Plugin" accepts: one top folder named after the
    plugin. Returns the archive's member names. Written to a temporary name first, so a failed write leaves
    no half zip behind."""
    files = sorted(
        p
        for p in source.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and not p.name.startswith(".")
    )
    partial = target.with_name(f".{target.name}.partial")
    names: list[str] = []
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(zipfile.ZipInfo(f"{PLUGIN_NAME}/"), "")
            for path in files:
                name = f"{PLUGIN_NAME}/{path.relative_to(source).as_posix()}"
                archive.write(path, name)
                names.append(name)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return names
