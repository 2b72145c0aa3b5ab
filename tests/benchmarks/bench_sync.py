"""Sync benchmarks against the local WordPress; they report ratios and never fail on timing.

* initial pull of an N-post site against the raw paged REST listing with the same fields, alternating, medians of
  EW_BENCH_SYNC_ROUNDS (3) runs, each pull into a fresh database (N: EW_BENCH_SYNC_POSTS,
  default 300 to keep the suite short; set 10000 for the budget's size; EW_BENCH_PROFILE=FILE profiles it);
* incremental pull with nothing changed: the number of listing requests (budget: one per listing);
* push of 100 new articles against the same REST creates made directly (budget: overhead <= 25%).
"""

from __future__ import annotations

import cProfile
import os
import pstats
import statistics
import time
from importlib import import_module
from pathlib import Path
from typing import Any

import httpx2
import pytest

from editor_app.render import render_markdown
from editor_app.services import ArticleService
from editor_app.services.sync import SyncService
from editor_app.store import Database
from editor_app.sync.credentials import Credentials
from editor_app.sync.tls import tls_context
from editor_app.sync.wordpress import POST_FIELDS, PULL_STATUSES, WordPressClient

# The sync engine and the merge, loaded as the application's warm-up loads them once the window is complete
# (``Services.warm(later=True)``): the runs are timed, not their modules' first import.
import_module("editor_app.sync.engine")
import_module("editor_app.sync.merge")
# ... and the TLS context the clients share, made by the same warm-up (``sync/tls.py``). The floor's client gets
# one made ahead as well: neither side's timing includes loading the system's certificates.
tls_context(trust_env=False)
FLOOR_TLS = httpx2.create_ssl_context(trust_env=False)

pytestmark = [pytest.mark.wordpress, pytest.mark.benchmark_report]
POSTS = int(os.environ.get("EW_BENCH_SYNC_POSTS", "300"))
PUSHES = 100
ROUNDS = int(os.environ.get("EW_BENCH_SYNC_ROUNDS", "3"))
PROFILE = os.environ.get("EW_BENCH_PROFILE", "")
"""A file to write a cProfile of the initial pull to (its top functions are printed too)."""
BODY = "The council met on Tuesday.\n\nIt discussed the harbour budget at length.\n\nNo decision was taken."


def client(site: Any, user: str) -> httpx2.Client:
    return httpx2.Client(
        base_url=site.api_root, auth=site.users[user].auth, trust_env=False, verify=FLOOR_TLS, timeout=60
    )


def service_for(site: Any, tmp: Path, user: str) -> tuple[SyncService, Database, list[WordPressClient]]:
    db = Database.open(tmp / "newsroom.sqlite")
    made: list[WordPressClient] = []

    def factory(s: Any, password: str) -> WordPressClient:
        made.append(WordPressClient(site.api_root, s.username, password))
        return made[-1]

    service = SyncService(db, credentials=Credentials(use_keyring=False), backend_factory=factory)
    service.add_site("bench", site.url, site.users[user].login)
    service.credentials.remember_for_session(site.url, site.users[user].login, site.users[user].app_password)
    return service, db, made


def steps(start: float) -> Any:
    """With EW_BENCH_STEPS set, a progress callback printing when each step of the run began."""
    if not os.environ.get("EW_BENCH_STEPS"):
        return None

    def show(now: Any) -> None:
        print(f"[bench]   {time.perf_counter() - start:6.3f} s  {now}")

    return show


def seed(site: Any, count: int) -> None:
    with client(site, "desk") as desk:
        total = int(desk.get("wp/v2/posts", params={"per_page": 1}).headers.get("X-WP-Total", 0))
        for i in range(max(0, count - total)):
            desk.post(
                "wp/v2/posts",
                json={"title": f"Seeded {i}", "content": render_markdown(BODY), "status": "publish",
                      "meta": {"ew_markdown": BODY}},
            ).raise_for_status()  # fmt: skip


def raw_listing(site: Any) -> tuple[float, int]:
    """The floor: page-numbered listing (fast, but it can skip or repeat posts that share a modified second)."""
    start = time.perf_counter()
    seen = 0
    with client(site, "desk") as desk:
        page = 1
        while True:
            params = {"context": "edit", "status": PULL_STATUSES, "orderby": "modified", "order": "asc",
                      "per_page": 100, "_fields": POST_FIELDS, "page": page}  # fmt: skip
            items = desk.get("wp/v2/posts", params=params).json()
            seen += len(items)
            if len(items) < 100:
                break
            page += 1
    return time.perf_counter() - start, seen


def test_bench_initial_and_incremental_pull(wordpress: Any, tmp_path: Path) -> None:
    seed(wordpress, POSTS)
    floors: list[float] = []
    pulls: list[float] = []
    for round_ in range(ROUNDS):  # alternating, each pull into a fresh database: the median of each
        floor, listed = raw_listing(wordpress)
        floors.append(floor)
        service, db, made = service_for(wordpress, tmp_path / f"pull-{round_}", "desk")
        profile = cProfile.Profile() if PROFILE and round_ == 0 else None
        start = time.perf_counter()
        if profile is not None:
            profile.enable()
        first = service.sync_once(progress=steps(start)).report
        if profile is not None:
            profile.disable()
        pulls.append(time.perf_counter() - start)
        if profile is not None:
            profile.dump_stats(PROFILE)
            pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
        if round_ < ROUNDS - 1:
            assert first.failures == []
            db.close()
    ours, floor = statistics.median(pulls), statistics.median(floors)
    assert first.failures == []
    with db.read() as uow:
        local = uow.articles.count()
    with client(wordpress, "desk") as desk:
        params = {"context": "edit", "status": PULL_STATUSES, "per_page": 1}
        total = int(desk.get("wp/v2/posts", params=params).headers["X-WP-Total"])
    assert local == total  # every post exactly once, even where many share a modified second
    before = made[-1].requests if made else 0
    second = service.sync_once().report
    assert second.failures == [] and second.pulled == 0
    print(
        f"\n[bench] initial pull of {listed} posts: {ours:.2f} s; raw paged listing {floor:.2f} s (floor); "
        f"ratio {ours / floor:.2f}x (medians of {ROUNDS}; pulls {' '.join(f'{p:.2f}' for p in pulls)} s, "
        f"listings {' '.join(f'{f:.2f}' for f in floors)} s)\n[bench] incremental pull, nothing changed: {second.requests} requests in "
        f"the run (sign-in 2 + listing 1), first run {before} requests"
    )
    db.close()


def test_bench_push_100_articles(wordpress: Any, tmp_path: Path) -> None:
    service, db, _ = service_for(wordpress, tmp_path / "push", "desk")
    assert service.sync_once().report.failures == []  # pull first, so the push run is just the push
    articles = ArticleService(db)
    for i in range(PUSHES):
        articles.create(headline=f"Pushed {i}", body=BODY, section="News")
    start = time.perf_counter()
    report = service.sync_once().report
    ours = time.perf_counter() - start
    assert report.failures == [] and report.created_remote == PUSHES
    with client(wordpress, "desk") as desk:
        categories = [t["id"] for t in desk.get("wp/v2/categories", params={"search": "News"}).json()]
        start = time.perf_counter()
        for i in range(PUSHES):
            desk.post(
                "wp/v2/posts",
                json={"title": f"Direct {i}", "content": render_markdown(BODY), "excerpt": "", "status": "draft",
                      "categories": categories, "tags": [],
                      "meta": {"ew_markdown": BODY, "ew_client_uuid": f"direct-{i}", "ew_source_line": "",
                               "ew_editors_choice": False}},
            ).raise_for_status()  # fmt: skip
        floor = time.perf_counter() - start
    print(
        f"\n[bench] push {PUSHES} new articles: {ours:.2f} s for the whole run; the same creates made directly "
        f"{floor:.2f} s (floor); ratio {ours / floor:.2f}x (budget 1.25x)"
    )
    db.close()
