"""A sync process killed with SIGKILL at random points, then a fresh sync: every local edit reaches the server
exactly once, with no duplicate posts and no lost text."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx2
import pytest

from editor_app.services import ArticleService
from editor_app.services.sync import SyncService
from editor_app.store import Database
from editor_app.sync.credentials import Credentials

pytestmark = [pytest.mark.wordpress, pytest.mark.slow]

ARTICLES = 12
ROUNDS = 6


def run_sync(profile: Path, password: str) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "editor_app", "--data-dir", str(profile), "sync", "--password-stdin"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    assert process.stdin is not None
    process.stdin.write(password.encode() + b"\n")
    process.stdin.close()
    return process


def server_posts(wp: Any, uuids: set[str]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {u: [] for u in uuids}
    params = {"status": "publish,draft,pending,private,future,trash", "per_page": 100, "context": "edit",
              "_fields": "id,meta"}  # fmt: skip
    with httpx2.Client(
        base_url=wp.api_root, auth=wp.users["admin"].auth, trust_env=False, timeout=60
    ) as admin:
        page = 1
        while True:
            items = admin.get("wp/v2/posts", params={**params, "page": page}).json()
            for item in items:
                key = item["meta"].get("ew_client_uuid")
                if key in found:
                    found[key].append(item)
            if len(items) < 100:
                break
            page += 1
    return found


def test_killed_syncs_then_a_fresh_one_deliver_every_edit_exactly_once(wp: Any, tmp_path: Path) -> None:
    seed = int(os.environ.get("EW_KILL_SEED", time.time()))
    rng = random.Random(seed)
    profile = tmp_path / "profile"
    user = wp.users["reporter"]
    db = Database.open(profile / "newsroom.sqlite")
    SyncService(db, credentials=Credentials(use_keyring=False)).add_site("test", wp.url, user.login)
    articles = ArticleService(db)
    ids = [
        articles.create(headline=f"Kill {seed} #{i}", body=f"Paragraph zero of {i}.")[0].id
        for i in range(ARTICLES)
    ]
    db.close()

    kills = 0
    for round_ in range(ROUNDS):
        process = run_sync(profile, user.app_password)
        time.sleep(rng.uniform(0.3, 3.0))
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            kills += 1
        process.wait(timeout=30)
        db = Database.open(profile / "newsroom.sqlite")
        articles = ArticleService(db)
        for article_id in rng.sample(ids, 4):
            current = articles.get(article_id)
            assert current is not None
            articles.edit(article_id, {"body": current.body + f"\n\nEdit in round {round_}."})
        db.close()

    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-m", "editor_app", "--data-dir", str(profile), "sync", "--password-stdin"],
            input=user.app_password + "\n", capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, f"seed {seed}: {done.stderr}"

    db = Database.open(profile / "newsroom.sqlite")
    articles = ArticleService(db)
    posts = server_posts(wp, set(ids))
    for article_id in ids:
        local = articles.get(article_id)
        assert local is not None
        assert len(posts[article_id]) == 1, f"seed {seed}: {len(posts[article_id])} posts for one article"
        assert posts[article_id][0]["meta"]["ew_markdown"] == local.body, f"seed {seed}"
    assert articles.unsynced_ids() == set()
    db.close()
    print(f"\n[kill] seed {seed}: {kills} syncs killed, {ARTICLES} articles, each on the server once")
