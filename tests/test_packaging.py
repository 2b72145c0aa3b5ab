"""The desktop entry, the AppStream metainfo and the app icon are valid and agree with each other.

The validators are system tools: without them a local run skips, but a CI run (``CI`` set) fails, so CI
must install them (desktop-file-utils, appstream).
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
DESKTOP_FILE = PACKAGING / "editor-app.desktop"
COMPONENT_ID = "io.github.editorial_workstation.EditorApp"
METAINFO_FILE = PACKAGING / f"{COMPONENT_ID}.metainfo.xml"
ICON_FILE = REPO / "editor_app" / "resources" / "icons" / "editor-app.svg"
SVG_NS = "{http://www.w3.org/2000/svg}"


def running_in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require_tool(name: str) -> str:
    """The tool's path; a missing tool skips locally and fails in CI."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian: desktop-file-utils / appstream)"
        if running_in_ci():
            pytest.fail(f"{message}; CI must run the packaging validators")
        pytest.skip(message)
    return path


def desktop_file_problems(path: Path) -> list[str]:
    """Every error, warning and hint desktop-file-validate prints (it prints nothing for a clean file)."""
    tool = require_tool("desktop-file-validate")
    done = subprocess.run([tool, str(path)], capture_output=True, text=True, timeout=60, check=False)
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    return lines if lines or done.returncode == 0 else [f"exit code {done.returncode}"]


def appstream_problems(*args: str) -> list[str]:
    """Errors and warnings from ``appstreamcli <args> --format yaml``; infos and pedantic notes pass.

    AppStream 0.16 (Debian 12) gives the info ``unknown-tag developer``: <developer> is new in AppStream 1.0.
    """
    done = subprocess.run(
        [require_tool("appstreamcli"), *args, "--no-color", "--format", "yaml"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    problems = [
        f"{issue.get('severity')}: {issue.get('tag')} {issue.get('hint', '')} (line {issue.get('line', '?')})"
        for report in yaml.safe_load_all(done.stdout)
        if report
        for issue in report.get("Issues") or []
        if issue.get("severity") in ("error", "warning")
    ]
    if done.returncode != 0 and not problems:
        problems = [f"exit code {done.returncode}", done.stdout, done.stderr]
    return problems


def read_desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def read_pyproject() -> dict[str, object]:
    with (REPO / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)


def test_desktop_file_passes_desktop_file_validate_without_warnings() -> None:
    assert desktop_file_problems(DESKTOP_FILE) == []


def test_desktop_file_validator_check_reports_a_broken_entry(tmp_path: Path) -> None:
    broken = tmp_path / "broken.desktop"
    broken.write_text(
        "[Desktop Entry]\nType=Application\nExec=editor-app\nCategories=News;\n", encoding="utf-8"
    )
    problems = desktop_file_problems(broken)
    assert any("Name" in line for line in problems), problems


def test_metainfo_passes_appstreamcli_validate() -> None:
    assert appstream_problems("validate", "--no-net", str(METAINFO_FILE)) == []


def test_appstream_check_reports_a_broken_metainfo(tmp_path: Path) -> None:
    broken = tmp_path / f"{COMPONENT_ID}.metainfo.xml"
    broken.write_text(
        f'<?xml version="1.0"?>\n<component type="desktop-application"><id>{COMPONENT_ID}</id></component>\n',
        encoding="utf-8",
    )
    assert appstream_problems("validate", "--no-net", str(broken)) != []


def test_installed_layout_passes_appstreamcli_validate_tree(tmp_path: Path) -> None:
    """Installed side by side, the metainfo's launchable finds the desktop file and its icon."""
    share = tmp_path / "usr" / "share"
    targets = {
        DESKTOP_FILE: share / "applications" / DESKTOP_FILE.name,
        METAINFO_FILE: share / "metainfo" / METAINFO_FILE.name,
        ICON_FILE: share / "icons" / "hicolor" / "scalable" / "apps" / ICON_FILE.name,
    }
    for source, target in targets.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    assert appstream_problems("validate-tree", "--no-net", str(tmp_path)) == []


def test_desktop_file_starts_the_gui_script_with_the_shipped_icon() -> None:
    entry = read_desktop_entry(DESKTOP_FILE)
    project = read_pyproject()["project"]
    assert isinstance(project, dict)
    assert entry["Name"] == "Editorial Workstation"
    assert entry["Exec"] == "editor-app %F"  # files given are imported and opened (editor_app.cli.main.parse)
    assert entry["MimeType"].split(";")[:2] == ["text/markdown", "text/plain"]
    assert entry["Exec"].split()[0] in project["gui-scripts"]
    assert entry["Icon"] == ICON_FILE.stem


def test_metainfo_names_the_desktop_file_and_the_current_version() -> None:
    root = ET.parse(METAINFO_FILE).getroot()
    project = read_pyproject()["project"]
    assert isinstance(project, dict)
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == COMPONENT_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == project["license"]  # what the wheel ships: one expression
    launchable = root.find("launchable")
    assert launchable is not None
    assert (launchable.get("type"), launchable.text) == ("desktop-id", DESKTOP_FILE.name)
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == project["version"], "add a <release> for the version in pyproject.toml"
    developer = root.find("developer")
    assert developer is not None
    assert developer.get("id")
    assert developer.findtext("name")


def test_icon_is_a_square_svg() -> None:
    root = ET.parse(ICON_FILE).getroot()
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 128 128"
    assert root.find(f"{SVG_NS}title") is not None
    shapes = {f"{SVG_NS}{name}" for name in ("rect", "path", "circle")}
    assert sum(element.tag in shapes for element in root.iter()) >= 3
