"""An installation without its schema scripts is a loud error, never an "up to date" empty database."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from editor_app.cli import main as cli_main
from editor_app.store import Database, MigrationFailed, MigrationsMissing, migrate

SHIPPED = migrate.versions_dir().parent


def _scripts_without_versions(tmp_path: Path) -> Path:
    """A copy of the shipped migrations folder (env.py, template) whose versions folder is empty."""
    folder = tmp_path / "migrations"
    shutil.copytree(SHIPPED, folder, ignore=shutil.ignore_patterns("versions", "__pycache__"))
    (folder / "versions").mkdir()
    return folder / "versions"


def _tables(path: Path) -> list[str]:
    if not path.exists():
        return []
    with sqlite3.connect(path) as con:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    con.close()
    return names


def test_an_empty_scripts_folder_refuses_to_open_a_new_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = _scripts_without_versions(tmp_path)
    monkeypatch.setattr(migrate, "versions_dir", lambda: empty)
    path = tmp_path / "profile" / "newsroom.sqlite"
    with pytest.raises(MigrationsMissing, match="no database schema scripts") as caught:
        Database.open(path)
    assert str(empty) in str(caught.value)
    assert isinstance(caught.value, MigrationFailed)
    assert _tables(path) == []


def test_a_missing_scripts_folder_is_refused_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gone = tmp_path / "nowhere" / "migrations" / "versions"
    monkeypatch.setattr(migrate, "versions_dir", lambda: gone)
    with pytest.raises(MigrationsMissing, match="cannot be read"):
        Database.open(tmp_path / "newsroom.sqlite")
    with pytest.raises(MigrationsMissing):
        migrate.head_revision(migrate.alembic_config())


def test_check_of_an_up_to_date_database_still_notices_the_missing_scripts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "newsroom.sqlite"
    Database.open(path).close()  # created with the shipped scripts
    empty = _scripts_without_versions(tmp_path)
    monkeypatch.setattr(migrate, "versions_dir", lambda: empty)
    db = Database.open(path)  # already at the newest schema: no migration needed
    try:
        with pytest.raises(MigrationsMissing):
            db.check()
    finally:
        db.close()


def test_the_cli_says_so_in_one_line_and_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = _scripts_without_versions(tmp_path)
    monkeypatch.setattr(migrate, "versions_dir", lambda: empty)
    status = cli_main(["--data-dir", str(tmp_path / "profile"), "check"])
    captured = capsys.readouterr()
    assert status == 1
    assert "broken" in captured.err and "Reinstall" in captured.err
    assert "Traceback" not in captured.err
    assert _tables(tmp_path / "profile" / "newsroom.sqlite") == []
