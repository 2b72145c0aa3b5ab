"""The commands on a full disk, a locked database and a read-only profile: one clear line, nothing lost."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from editor_app.store.engine import BUSY_TIMEOUT_S
from tests.cli.test_cli_commands import one_line_error, run
from tests.store.mounts import fill_disk, read_only_view, small_tmpfs


def _story(folder: Path, name: str, headline: str, words: int = 40) -> Path:
    path = folder / name
    path.write_text(f"{headline}\n\n" + "Water rose along the river. " * words + "\n", encoding="utf-8")
    return path


def test_import_on_a_full_disk_gets_one_line_and_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    first = _story(tmp_path, "first.txt", "Bridge reopens")
    big = _story(tmp_path, "big.txt", "Flood special", words=20_000)
    with small_tmpfs(tmp_path / "disk", "8m") as disk:
        data = disk / "profile"
        assert run(data, "import", str(first)).returncode == 0
        before = json.loads(run(data, "list", "--json").stdout)
        filler = fill_disk(disk, leave=48 * 1024)

        line = one_line_error(run(data, "import", str(big)))
        assert line.startswith("editor-app import: The disk holding")
        assert "is full" in line and "damaged" not in line and "nothing was imported" in line
        assert json.loads(run(data, "list", "--json").stdout) == before
        check = run(data, "check")
        assert check.returncode == 0 and "integrity: ok" in check.stdout

        filler.unlink()
        again = run(data, "import", str(big))
        assert again.returncode == 0, again.stderr
        assert len(json.loads(run(data, "list", "--json").stdout)) == 2


def test_a_full_disk_at_start_up_is_not_called_damaged(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "disk", "64k") as disk:
        line = one_line_error(run(disk / "profile", "list"))
        assert "is full" in line and "damaged" not in line


def test_a_locked_database_gets_one_line_naming_the_holder_within_the_timeout(tmp_path: Path) -> None:
    data = tmp_path / "profile"
    assert run(data, "import", str(_story(tmp_path, "a.txt", "Council meets"))).returncode == 0
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(data / 'newsroom.sqlite')!r}, isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE')\nprint('locked', flush=True)\ntime.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        result = run(data, "import", str(_story(tmp_path, "b.txt", "Budget passes")))
        took = time.monotonic() - started
        line = one_line_error(result)
        assert "is locked by" in line and f"process {holder.pid}" in line
        assert took < BUSY_TIMEOUT_S + 6  # the timeout plus starting Python, not 30 s
        listed = run(data, "list")  # reading goes on beside the lock
        assert listed.returncode == 0 and "Council meets" in listed.stdout
    finally:
        holder.kill()
        holder.wait()
    assert run(data, "import", str(_story(tmp_path, "b.txt", "Budget passes"))).returncode == 0


def test_a_read_only_profile_lists_searches_exports_and_checks_but_refuses_writes(tmp_path: Path) -> None:
    source = tmp_path / "profile"
    imported = run(source, "import", str(_story(tmp_path, "a.txt", "Harbour dredging starts")))
    (article_id,) = imported.stdout.split()
    with read_only_view(source, tmp_path / "view") as view:
        listed = run(view, "list")
        assert listed.returncode == 0, listed.stderr
        assert article_id in listed.stdout and listed.stderr == ""
        assert article_id in run(view, "search", "dredging").stdout
        exported = run(view, "export", article_id)
        assert exported.returncode == 0 and "headline: Harbour dredging starts" in exported.stdout
        check = run(view, "check")
        assert check.returncode == 0 and "integrity: ok" in check.stdout

        line = one_line_error(run(view, "import", str(_story(tmp_path, "b.txt", "Another"))))
        assert "is read-only" in line and str(view) in line
        line = one_line_error(run(view, "submit", article_id))
        assert "is read-only" in line
    assert sorted(p.name for p in source.iterdir() if p.name.startswith("newsroom")) == ["newsroom.sqlite"]
