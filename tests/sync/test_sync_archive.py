"""An imported archive against the real local WordPress: nothing of it is sent by a sync; an archive article in a
related list is left out of the published list; the desk publishes one archive article when it asks."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from editor_app.domain import Role, Status
from editor_app.services import ArticleService
from editor_app.services.importing import ImportService
from editor_app.services.related import RelatedService
from editor_app.services.workflow import WorkflowService
from tests.sync.test_sync_wordpress import link_of, remote, synced

pytestmark = [pytest.mark.wordpress]


def test_a_sync_after_importing_the_bbc_archive_sends_nothing(
    make_sync: Callable[..., Any], proxy: Any, shared_fixtures: Path
) -> None:
    service = make_sync("desk")
    started = time.perf_counter()
    report = ImportService(service.db).import_paths([shared_fixtures / "bbc-news"])
    imported = time.perf_counter() - started
    assert len(report.imported) == 2225 and report.archived == 2225, report.failures
    assert ArticleService(service.db).unsynced_ids() == set()
    proxy.clear()
    result = synced(service)
    assert result.report.created_remote == 0 and result.report.pushed == 0
    assert proxy.count(r"^POST ") == 0 and proxy.count(r"^(PUT|PATCH|DELETE) ") == 0, proxy.log
    print(f"imported 2,225 archive articles in {imported:.1f} s; the sync made {len(proxy.log)} requests")


def test_archive_related_articles_are_not_linked_until_the_desk_publishes_them(
    make_sync: Callable[..., Any], wp: Any, tmp_path: Path
) -> None:
    service = make_sync("desk")
    folder = tmp_path / "archive" / "news"
    folder.mkdir(parents=True)
    (folder / "1.txt").write_text("Harbour opened in 1998\n\nThe harbour opened.\n", encoding="utf-8")
    (archived,) = ImportService(service.db).import_paths([folder.parent]).imported
    articles, related = ArticleService(service.db), RelatedService(service.db)
    on_site, _ = articles.create(headline="Harbour dredging", body="Dredging began.")
    story, _ = articles.create(headline="Harbour at 25", body="The harbour turns 25.")
    synced(service)  # both drafts reach the site
    related.set_related(story.id, [archived.article_id, on_site.id])
    result = synced(service)
    assert result.report.created_remote == 0
    post = remote(wp, link_of(service, story.id).remote_id)
    assert post["meta"]["ew_related"] == [
        link_of(service, on_site.id).remote_id
    ]  # the archive one is left out
    assert link_of(service, archived.article_id) is None
    assert [title for title, _url in related.page_items(story.id)] == [
        "Harbour opened in 1998",
        "Harbour dredging",
    ]

    WorkflowService(service.db).apply(archived.article_id, "publish_to_site", Role.DESK)
    result = synced(service)
    assert result.report.created_remote == 1
    published = remote(wp, link_of(service, archived.article_id).remote_id)
    assert published["status"] == "publish" and published["title"]["raw"] == "Harbour opened in 1998"
    assert [(e["action"], e["from"], e["role"], e["user"]) for e in published["meta"]["ew_audit"]] == [
        ("publish_to_site", "archived", "desk", wp.users["desk"].id)
    ]  # written by the server for the signed-in desk
    assert articles.get(archived.article_id).status is Status.PUBLISHED  # type: ignore[union-attr]
