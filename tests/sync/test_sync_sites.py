"""Sites: ``site add`` validates the address in one line, refuses plain http to another machine unless allowed
(and then warns), ``site remove`` forgets the site and its keyring secret. Real subprocesses on a real profile."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.services.sync import SyncService
from editor_app.sync.credentials import SERVICE, Credentials
from editor_app.sync.origin import HTTP_WARNING

REPO = Path(__file__).resolve().parents[2]


def run(data_dir: Path, *args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "editor_app", "--data-dir", str(data_dir), *args]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        command, capture_output=True, text=True, input=input, env=env, timeout=120, cwd=REPO
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def test_site_add_refuses_a_bad_address_in_one_line(tmp_path: Path) -> None:
    data = tmp_path / "profile"
    for url, says in (("notaurl", "not a web address"), ("ftp://x.example", "not a web address")):
        assert says in one_line_error(
            run(data, "site", "add", "news", "--url", url, "--user", "u", input="pw\n")
        )
    line = one_line_error(run(data, "site", "add", "news", "--url", "http://news.invalid", "--user", "u",
                              input="pw\n"))  # fmt: skip
    assert "plain http" in line and "--allow-http" in line
    assert run(data, "site", "list").stdout == ""


def test_site_add_allow_http_warns_and_site_remove_forgets_it(tmp_path: Path) -> None:
    data = tmp_path / "profile"
    added = run(data, "site", "add", "news", "--url", "http://news.invalid/", "--user", "u", "--allow-http",
                input="pw\n")  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert HTTP_WARNING in added.stderr
    listed = run(data, "site", "list").stdout
    assert listed.startswith("news  http://news.invalid  u") and "(plain http allowed)" in listed
    removed = run(data, "site", "remove", "news")
    assert removed.returncode == 0 and "Removed site news" in removed.stdout
    assert run(data, "site", "list").stdout == ""
    assert "No site named 'news'" in one_line_error(run(data, "site", "remove", "news"))


def test_removing_a_site_forgets_its_keyring_secret_and_sync_records(
    tmp_path: Path, memory_keyring: dict[tuple[str, str], str]
) -> None:
    from editor_app.services import ArticleService
    from editor_app.store import Database

    db = Database.open(tmp_path / "newsroom.sqlite")
    try:
        service = SyncService(db, None, Credentials())
        added = service.add_site("news", "http://127.0.0.1:9", "desk", "secret pass")
        assert added.in_keyring and memory_keyring[(SERVICE, "desk@http://127.0.0.1:9")] == "secret pass"
        article, _ = ArticleService(db).create(headline="Kept", body="Text.")
        with db.write() as uow:
            uow.sync_state.put_link(added.site.id, article.id, remote_id=5)
        service.remove_site("news")
        assert memory_keyring == {} and service.sites() == []
        assert service.credentials.get("http://127.0.0.1:9", "desk") is None
        with db.read() as uow:
            assert uow.sync_state.links(added.site.id) == []
            assert uow.articles.get(article.id) is not None  # the article stays
        with pytest.raises(LookupError, match="No site named"):
            service.remove_site("news")
    finally:
        db.close()
