"""Saving one article (row + search index + term statistics + revision + outbox, committed to disk) against a bare
sqlite3 insert with the same durability settings. The two alternate round by round, so both meet the same disk
(other programs' writes make fsync times swing on a shared machine). Reports; never fails on timing. Budget
(DESIGN.md §4): <= 3x the bare insert."""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path

import pytest

from editor_app.services import ArticleService
from editor_app.store import Database

ROUNDS = 300


@pytest.mark.benchmark_report
def test_save_one_article(tmp_path: Path) -> None:
    body = " ".join(["The council met on Tuesday to discuss the harbour budget."] * 80)
    con = sqlite3.connect(tmp_path / "bare.sqlite", isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, headline TEXT, body TEXT)")
    db = Database.open(tmp_path / "profile" / "newsroom.sqlite")
    service = ArticleService(db)
    article, _ = service.create(headline="Benchmark", body=body)
    bare: list[float] = []
    times: list[float] = []
    for i in range(ROUNDS):
        start = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO t (headline, body) VALUES (?, ?)", (f"Story {i}", body + str(i)))
        con.execute("COMMIT")
        bare.append((time.perf_counter() - start) * 1000)
        edited = article.with_changes(body=body + f" Edit {i}.")
        start = time.perf_counter()
        service.save(edited)
        times.append((time.perf_counter() - start) * 1000)
        article = edited
    con.close()
    db.close()
    floor = statistics.median(bare)
    ours = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[-1]
    print(
        f"\n[bench] save one article, committed (FULL sync): median {ours:.2f} ms, p95 {p95:.2f} ms; "
        f"bare sqlite3 insert {floor:.2f} ms (floor), alternating; ratio {ours / floor:.2f}x (budget <= 3x)"
    )
    assert len(times) == ROUNDS
