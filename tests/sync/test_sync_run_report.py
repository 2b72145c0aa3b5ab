"""``SyncService.run``: the per-article report the GUI's sync log shows is what ``editor-app sync`` prints, and the
progress callback gets structured counts (done of total changes pushed), against the real local WordPress."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx2
import pytest

from editor_app.services import ArticleService
from editor_app.services.sync import SyncService
from editor_app.store import Database
from editor_app.sync.credentials import Credentials
from editor_app.sync.report import SyncProgress

pytestmark = [pytest.mark.wordpress]

REPO = Path(__file__).resolve().parents[2]


def cli_sync(profile: Path, password: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "editor_app", "--data-dir", str(profile), "sync", "--password-stdin"],
        input=password + "\n",
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd=REPO,
        timeout=180,
        check=False,
    )


def test_the_command_prints_the_sync_logs_report_article_by_article(wp: Any, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    user = wp.users["reporter"]
    db = Database.open(profile / "newsroom.sqlite")
    SyncService(db, credentials=Credentials(use_keyring=False)).add_site("test", wp.url, user.login)
    articles = ArticleService(db)
    tag = os.urandom(3).hex()
    ids = [articles.create(headline=f"Report {tag} #{i}", body="A paragraph.")[0].id for i in range(3)]
    db.close()

    first = cli_sync(profile, user.app_password)
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert lines[0].startswith("test: ok: pulled ") and ", pushed 3," in lines[0]
    for i in range(3):
        assert f"  “Report {tag} #{i}”: sent to the server" in lines
    assert "sync: pushing changes: 3/3" in first.stderr.splitlines()

    # an edit made on the site comes back as "updated from the server", by its headline
    db = Database.open(profile / "newsroom.sqlite")
    with db.read() as uow:
        state = uow.sync_state
        remote = state.link(state.sites()[0].id, ids[1])
    db.close()
    assert remote is not None and remote.remote_id is not None
    with httpx2.Client(base_url=wp.api_root, auth=user.auth, trust_env=False, timeout=30) as client:
        client.post(f"wp/v2/posts/{remote.remote_id}", json={"title": f"Edited {tag}"}).raise_for_status()
    second = cli_sync(profile, user.app_password)
    assert second.returncode == 0, second.stderr
    assert f"  “Edited {tag}”: updated from the server" in second.stdout.splitlines()


def test_progress_counts_the_pushed_changes_and_the_run_keeps_its_steps(
    make_sync: Callable[..., Any],
) -> None:
    service = make_sync("reporter")
    articles = ArticleService(service.db)
    ids = [articles.create(headline=f"Progress #{i}", body="Text.")[0].id for i in range(12)]
    seen: list[SyncProgress] = []

    run = service.run("test", seen.append)

    assert run.report.ok and run.report.pushed == 12
    pushed = [(step.done, step.total) for step in seen if step.what == "pushing changes"]
    assert pushed == [(10, 12), (12, 12)]
    assert [str(step) for step in seen] == list(run.steps)
    assert "pushing changes: 12/12" in run.steps and str(seen[0]).startswith("signing in to test")
    sent = {line.article_id for line in run.lines if line.what == "sent to the server"}
    assert sent == set(ids)  # the shared site's other posts arrive as "new from the server"
    assert run.pending == 0 and run.outcome == "ok"
    notes = [f"  note: {warning}" for warning in dict.fromkeys(run.report.warnings)]
    assert run.report_text()[1:] == [f"  “{line.title}”: {line.what}" for line in run.lines] + notes
