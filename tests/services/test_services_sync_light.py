"""The sync service is quick to build and to ask for its counts: the window does both at start-up, before the
sync engine (an HTTP client, an HTML parser, the Markdown pipeline) has loaded; that loads with the later warm-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from editor_app.domain import new_article
from editor_app.paths import data_paths
from editor_app.services import open_services
from editor_app.services.articles import store_edit

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from pathlib import Path
from editor_app.paths import data_paths
from editor_app.services import open_services
from editor_app.services.articles import store_edit

heavy = ("editor_app.sync.engine", "editor_app.sync.merge", "bs4", "markdown")
services = open_services(data_paths(Path(sys.argv[1])))
services.warm()
counts = (len(services.sync.sites()), services.sync.conflict_count())
before = [name for name in heavy if name in sys.modules]
services.warm(later=True)
after = [name for name in heavy if name in sys.modules]
services.close()
print(json.dumps({"counts": counts, "before": before, "after": after}))
"""


def test_the_docks_services_and_sync_counts_load_no_sync_engine(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "profile")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["counts"] == [0, 0]
    assert result["before"] == []
    assert set(result["after"]) >= {"editor_app.sync.engine", "editor_app.sync.merge", "bs4"}


def test_conflict_count_counts_the_articles_waiting_for_a_choice(tmp_path: Path) -> None:
    services = open_services(data_paths(tmp_path / "profile"))
    try:
        disputed, settled = new_article(headline="Disputed"), new_article(headline="Settled")
        with services.db.write() as uow:
            for article in (disputed, settled):
                store_edit(uow, article)
            state = uow.sync_state
            site = state.add_site("newsroom", "http://127.0.0.1:9", "reporter")
            record = {"local": {}, "remote": {}, "merged": None, "fields": {"body": []}}
            state.put_link(site.id, disputed.id, remote_id=7, conflict=record)
            state.put_link(site.id, settled.id, remote_id=8)
        assert services.sync.conflict_count() == 1
        assert [c.article_id for c in services.sync.conflicts()] == [disputed.id]
    finally:
        services.close()
