"""The fault matrix (docs/reliability.md), each row against the real WordPress through the fault proxy."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx2
import pytest

from editor_app.services import ArticleService

pytestmark = [pytest.mark.wordpress]


def posts_with_uuid(wp: Any, client_uuid: str) -> list[int]:
    with httpx2.Client(
        base_url=wp.api_root, auth=wp.users["admin"].auth, trust_env=False, timeout=30
    ) as admin:
        items = admin.get(
            "wp/v2/posts",
            params={"status": "publish,draft,pending,private,future,trash", "per_page": 100, "_fields": "id,meta",
                    "context": "edit", "search": ""},
        ).json()  # fmt: skip
    return [i["id"] for i in items if i["meta"].get("ew_client_uuid") == client_uuid]


def remote_id(service: Any, article_id: str) -> int | None:
    with service.db.read() as uow:
        state = uow.sync_state
        link = state.link(state.sites()[0].id, article_id)
    return None if link is None else link.remote_id


def test_server_down_works_offline_and_keeps_the_outbox(make_sync: Callable[..., Any], proxy: Any) -> None:
    service = make_sync("reporter")
    articles = ArticleService(service.db)
    article, _ = articles.create(headline="Offline", body="written on a train")
    proxy.stop()
    result = service.sync_once()
    assert result.report.offline and "reach" in result.report.failures[0]
    assert article.id in articles.unsynced_ids()


@pytest.mark.parametrize(
    ("status", "headers"), [(500, {}), (502, {}), (503, {}), (429, {"Retry-After": "1"})]
)
def test_transient_errors_are_retried_with_backoff(
    make_sync: Callable[..., Any], proxy: Any, wp: Any, status: int, headers: dict[str, str]
) -> None:
    service = make_sync("reporter")
    article, _ = ArticleService(service.db).create(headline=f"Retry {status}", body="b")
    proxy.add(r"GET /wp-json/wp/v2/users/me", "status", status=status, headers=headers, times=2)
    started = time.monotonic()
    report = service.sync_once().report
    assert report.failures == [] and report.created_remote == 1
    assert proxy.count(r"users/me") == 3  # two faults, then success
    if "Retry-After" in headers:
        assert time.monotonic() - started >= 2.0  # waited as told, twice
    assert len(posts_with_uuid(wp, article.id)) == 1


def test_errors_that_outlast_the_retries_are_clear_and_lose_nothing(
    make_sync: Callable[..., Any], proxy: Any
) -> None:
    service = make_sync("reporter")
    article, _ = ArticleService(service.db).create(headline="Stuck", body="b")
    proxy.add(r"GET /wp-json/wp/v2/users/me", "status", status=503, times=100)
    report = service.sync_once().report
    assert report.failures and "server failed (503" in report.failures[0]
    assert 1 < proxy.count(r"users/me") <= 4  # bounded
    assert article.id in ArticleService(service.db).unsynced_ids()


def test_a_hanging_server_times_out_and_is_retried(make_sync: Callable[..., Any], proxy: Any) -> None:
    service = make_sync("reporter")
    ArticleService(service.db).create(headline="Slow", body="b")
    proxy.add(r"GET /wp-json/wp/v2/posts\?", "delay", seconds=7.0)  # the client reads for 5 s
    report = service.sync_once().report
    assert report.failures == [] and report.created_remote == 1


@pytest.mark.parametrize("fault", ["cut_after", "drop"])
def test_a_create_cut_off_makes_exactly_one_post(
    make_sync: Callable[..., Any], proxy: Any, wp: Any, fault: str
) -> None:
    """cut_after: WordPress applied the create but the answer never came; drop: it never arrived."""
    service = make_sync("reporter")
    article, _ = ArticleService(service.db).create(headline=f"Cut {fault}", body="once only")
    proxy.add(r"POST /wp-json/wp/v2/posts$", fault)
    report = service.sync_once().report
    assert report.failures == []
    found = posts_with_uuid(wp, article.id)
    assert found == [remote_id(service, article.id)]
    assert proxy.count(r"by-uuid") == 1


def test_an_html_page_instead_of_json_is_a_clear_error(make_sync: Callable[..., Any], proxy: Any) -> None:
    service = make_sync("reporter")
    article, _ = ArticleService(service.db).create(headline="Html", body="b")
    proxy.add(r"GET /wp-json/wp/v2/users/me", "html", times=100)
    report = service.sync_once().report
    assert report.failures and "text/html instead of the REST API's JSON" in report.failures[0]
    assert article.id in ArticleService(service.db).unsynced_ids()
    proxy.clear()
    assert service.sync_once().report.failures == []
