"""Opening dictionaries never writes into the installed package: a copy of the package, made read-only, is
imported by a fresh interpreter (enchant's configuration is per process) that opens every language."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from editor_app.ui.body.spelling import Speller
for code in ("az", "en-GB", "en", "ru"):
    speller = Speller(code, personal_path=__import__("pathlib").Path(sys.argv[1]))
    print(code, speller.tag, speller.available)
az = Speller("az")
print("az-check", az.check("xəbər"), az.check("xəbrə"))
"""


def tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if "__pycache__" not in p.parts)


def writable_by_nobody(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    path.chmod(0o777)


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A temporary folder other users can enter (pytest's own lives under a 0700 folder)."""
    folder = Path(tempfile.mkdtemp(prefix="ew-readonly-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_dictionaries_are_prepared_in_the_cache_not_the_read_only_package(shared_tmp: Path) -> None:
    tmp_path = shared_tmp
    install = tmp_path / "site"
    package = install / "editor_app"
    shutil.copytree(REPO / "editor_app", package, ignore=shutil.ignore_patterns("__pycache__"))
    before = tree(package)
    for path in [package, *package.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    cache = tmp_path / "cache"
    profile = tmp_path / "profile"
    for folder in (cache, profile):
        writable_by_nobody(folder)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(install),
        "PYTHONDONTWRITEBYTECODE": "1",
        "HOME": str(profile),
        "XDG_CACHE_HOME": str(cache),
        "XDG_CONFIG_HOME": str(profile / "config"),
        "XDG_DATA_HOME": str(profile / "data"),
    }
    command = [sys.executable, "-c", SCRIPT, str(profile / "personal-words.txt")]
    as_nobody = os.geteuid() == 0 and shutil.which("setpriv") is not None
    if as_nobody:  # root writes through read-only modes: run as a user the modes apply to
        if any(not p.stat().st_mode & 0o001 for p in tmp_path.parents):
            pytest.skip("temporary folder not reachable by 'nobody'")
        command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)
    finally:
        for path in [package, *package.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    assert lines["az"] == "az_AZ True"
    assert lines["az-check"] == "True False"  # the bundled word list really judges words
    assert tree(package) == before, "something was written into the package"
    hunspell = cache / "editor-app" / "enchant" / "hunspell"
    assert (hunspell / "az_AZ.dic").read_bytes() == (
        REPO / "editor_app" / "resources" / "dictionaries" / "hunspell" / "az_AZ.dic"
    ).read_bytes()
    enchant_files = {p.name for p in hunspell.parent.iterdir() if p.is_file()}
    assert {"az_AZ.dic", "az_AZ.exc", "en_GB.dic", "en_GB.exc"} <= enchant_files  # enchant's writes land here
    assert "could not" not in done.stderr and "cannot" not in done.stderr, done.stderr
