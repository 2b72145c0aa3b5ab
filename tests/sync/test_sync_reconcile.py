"""Reconciliation (finding posts deleted on the server) against the real local WordPress, for a reporter who may
not read everything on the site."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from editor_app.render import render_markdown
from editor_app.services import ArticleService
from editor_app.sync.engine import SyncEngine
from tests.sync.test_sync_wordpress import link_of, rest, synced

pytestmark = [pytest.mark.wordpress]


def reconcile(service: Any) -> Any:
    site = service.sites()[0]
    backend = service._backend(site, None)
    try:
        return SyncEngine(service.transactions(), backend, site).run(reconcile=True)
    finally:
        backend.close()


def article_of(service: Any, post_id: int) -> str:
    with service.db.read() as uow:
        site = uow.sync_state.sites()[0]
        link = uow.sync_state.link_by_remote(site.id, post_id)
    assert link is not None
    return str(link.article_id)


def desk_batch(wp: Any, requests: list[dict[str, Any]]) -> list[Any]:
    """Send requests as the desk through the REST batch route (25 at a time); their answers' bodies."""
    bodies = []
    with rest(wp, "desk") as desk:
        for start in range(0, len(requests), 25):
            answer = desk.post("batch/v1", json={"requests": requests[start : start + 25]})
            answer.raise_for_status()
            assert all(r["status"] in (200, 201) for r in answer.json()["responses"]), answer.text
            bodies += [r["body"] for r in answer.json()["responses"]]
    return bodies


@pytest.fixture
def desk_drafts(wp: Any) -> Iterator[Callable[[int], list[int]]]:
    """``desk_drafts(n)``: n new drafts by the desk (a reporter may not read them); deleted for good afterwards
    so that they do not crowd the first page of other tests' listings on the shared site."""
    made: list[int] = []

    def make(count: int) -> list[int]:
        body = {"title": "Desk draft", "status": "draft"}
        ids = [
            int(p["id"])
            for p in desk_batch(wp, [{"method": "POST", "path": "/wp/v2/posts", "body": body}] * count)
        ]
        made.extend(ids)
        return ids

    yield make
    desk_batch(wp, [{"method": "DELETE", "path": f"/wp/v2/posts/{i}?force=true"} for i in made])


def test_only_posts_the_server_says_are_gone_are_marked_deleted(
    make_sync: Callable[..., Any], wp: Any, proxy: Any, desk_drafts: Callable[[int], list[int]]
) -> None:
    """The id listing leaves out the posts a reporter may not read (the desk's drafts) after WordPress has
    counted and paged them, so its pages come back short although more follow. Posts on later pages were marked
    deleted; a post missing from the listing counts as deleted only when the server answers 404 for it."""
    with rest(wp, "desk") as desk:
        kept = desk.post("wp/v2/posts", json={"title": "Desk story stays", "status": "publish"}).json()["id"]
        withdrawn = desk.post("wp/v2/posts", json={"title": "Desk story withdrawn", "status": "publish"})
        withdrawn_id = withdrawn.json()["id"]
    service = make_sync("reporter")
    articles = ArticleService(service.db)
    own, _ = articles.create(headline="Own story", body="mine")
    gone, _ = articles.create(headline="Gone story", body="kept here")
    synced(service)
    kept_id, withdrawn_article = article_of(service, kept), article_of(service, withdrawn_id)

    # The newest hundred ids, the first page of the id listing: none of them readable by the reporter.
    desk_drafts(100)
    with rest(wp, "desk") as desk:
        desk.post(f"wp/v2/posts/{withdrawn_id}", json={"status": "draft"}).raise_for_status()
        desk.delete(
            f"wp/v2/posts/{link_of(service, gone.id).remote_id}", params={"force": "true"}
        ).raise_for_status()

    proxy.clear()
    report = reconcile(service)
    assert report.failures == [], report.failures
    assert report.remote_deleted == [gone.id]
    assert link_of(service, gone.id).remote_deleted == "deleted"
    assert articles.get(gone.id).body == "kept here"  # type: ignore[union-attr]  # kept, never dropped
    for article_id in (own.id, kept_id, withdrawn_article):
        assert link_of(service, article_id).remote_deleted is None
    # The withdrawn story still exists; the reporter may no longer read it: kept as it is, and said so.
    assert articles.get(withdrawn_article).headline == "Desk story withdrawn"  # type: ignore[union-attr]
    assert any("no longer visible to you" in w for w in report.warnings), report.warnings
    # The listing went on past its empty first page: only the two posts missing from it were read one by one.
    assert proxy.count(r"GET /wp-json/wp/v2/posts/\d+\?_fields=id(,|%2C)status") == 2


def test_a_reporter_pull_reaches_their_post_behind_a_page_of_desk_drafts(
    make_sync: Callable[..., Any], wp: Any, desk_drafts: Callable[[int], list[int]]
) -> None:
    """The pull lists what the user may edit; WordPress leaves out the rest after paging, so a hundred desk
    drafts changed after the last pull came back as an empty page and ended the listing: the desk's later edit
    of the reporter's own draft never arrived."""
    service = make_sync("reporter")
    articles = ArticleService(service.db)
    article, _ = articles.create(headline="Behind the drafts", body="As filed.")
    synced(service)
    desk_drafts(100)
    edited = "As filed.\n\nA paragraph added by the desk."
    with rest(wp, "desk") as desk:
        desk.post(
            f"wp/v2/posts/{link_of(service, article.id).remote_id}",
            json={"content": render_markdown(edited), "meta": {"ew_markdown": edited}},
        ).raise_for_status()
    assert synced(service).report.pulled == 1
    assert articles.get(article.id).body == edited  # type: ignore[union-attr]
