"""The wheel carries what a site admin and a desktop need, under the licence expression of what it ships; an
installed copy (not this checkout) writes the plugin zip and names its console script right."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PLUGIN = REPO / "packaging" / "wordpress" / "editorial-workstation"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    source = tmp_path_factory.mktemp("source") / "editor-app"  # a clean copy: the build writes beside it
    shutil.copytree(
        REPO,
        source,
        ignore=shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.qm"),
    )
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (built,) = out.glob("editor_app-*.whl")
    return built


def plugin_files() -> dict[str, bytes]:
    return {
        p.relative_to(PLUGIN).as_posix(): p.read_bytes()
        for p in sorted(PLUGIN.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


def test_the_wheel_ships_plugin_desktop_entry_metainfo_icon_and_licences(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        data = next(n.split("/data/")[0] for n in names if "/data/" in n) + "/data/share/"
        for relative, content in plugin_files().items():
            assert archive.read(f"{data}editor-app/wordpress/editorial-workstation/{relative}") == content
        assert (
            archive.read(f"{data}applications/editor-app.desktop")
            == (REPO / "packaging" / "editor-app.desktop").read_bytes()
        )
        assert f"{data}metainfo/io.github.editorial_workstation.EditorApp.metainfo.xml" in names
        assert f"{data}icons/hicolor/scalable/apps/editor-app.svg" in names
        assert "editor_app/resources/manual/manual.md" in names
        assert "editor_app/resources/dictionaries/hunspell/az_AZ.dic" in names
        assert not [
            n for n in names if n.startswith("editor_app/resources/dictionaries/") and n.endswith(".exc")
        ]
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
        licences = {n.rsplit("/", 1)[1] for n in names if ".dist-info/licenses/" in n}
    with (REPO / "pyproject.toml").open("rb") as handle:
        expression = tomllib.load(handle)["project"]["license"]
    assert expression == "MIT AND GPL-2.0-or-later"
    assert f"License-Expression: {expression}" in metadata
    assert {"MIT.txt", "GPL-2.0-or-later.txt", "az_AZ.license"} <= licences
    header = (PLUGIN / "editorial-workstation.php").read_text(encoding="utf-8")
    assert "License: GPL-2.0-or-later" in header  # the plugin's own licence is GPL, as WordPress's is
    assert "License: GPLv2 or later" in (PLUGIN / "readme.txt").read_text(encoding="utf-8")


def test_the_wheel_carries_the_compiled_translations(wheel: Path, tmp_path: Path) -> None:
    """The build compiles the .ts sources (the copy built from had no .qm): the installed app speaks Russian."""
    from PySide6.QtCore import QTranslator

    with zipfile.ZipFile(wheel) as archive:
        compiled = sorted(n for n in archive.namelist() if n.endswith(".qm"))
        assert compiled == [f"editor_app/resources/i18n/editor_app_{lang}.qm" for lang in ("az", "en", "ru")]
        (tmp_path / "ru.qm").write_bytes(archive.read("editor_app/resources/i18n/editor_app_ru.qm"))
    translator = QTranslator()
    assert translator.load(str(tmp_path / "ru.qm"))
    assert translator.translate("Actions", "&New Article") == "&Новая статья"


def test_an_installed_wheel_writes_the_plugin_zip(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # this checkout must not be importable
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", str(wheel)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # the dependencies from this interpreter's environment; editor_app itself only from the wheel
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    assert (venv / "share" / "applications" / "editor-app.desktop").is_file()
    target = tmp_path / "editorial-workstation.zip"
    done = subprocess.run(
        [str(venv / "bin" / "editor-app-cli"), "wordpress-plugin", "-o", str(target)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(target) as archive:
        packed = {
            n.removeprefix("editorial-workstation/"): archive.read(n)
            for n in archive.namelist()
            if not n.endswith("/")
        }
        assert all(n.startswith("editorial-workstation/") for n in archive.namelist())
    assert packed == plugin_files()
    located = subprocess.run(
        [
            str(python),
            "-c",
            "from editor_app.shipped import wordpress_plugin_dir; print(wordpress_plugin_dir())",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    ).stdout.strip()
    assert located == str(venv / "share" / "editor-app" / "wordpress" / "editorial-workstation")
    usage = subprocess.run(
        [str(venv / "bin" / "editor-app-cli")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert usage.returncode == 2 and usage.stderr.startswith("usage: editor-app-cli")
