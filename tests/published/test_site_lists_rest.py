"""Popular this week counts real page views; the Editor's choice selection and its order are the desk's to set."""

from __future__ import annotations

from typing import Any

import pytest

from tests.published import published_site as seed
from tests.wordpress.harness import WordPressSite, rest_client

pytestmark = pytest.mark.wordpress


def new_post(site: WordPressSite, title: str, status: str = "publish", **fields: Any) -> dict[str, Any]:
    with rest_client(site, "desk") as desk:
        return seed.create_post(desk, title=title, content="<p>Text.</p>", status=status, **fields)


def popular_views(site: WordPressSite, post_id: int) -> int | None:
    with rest_client(site) as anonymous:
        answer = anonymous.get("editorial-workstation/v1/popular", params={"limit": 50})
    assert answer.status_code == 200, answer.text
    return next((item["views"] for item in answer.json()["items"] if item["id"] == post_id), None)


def choice(site: WordPressSite, user: str | None = None) -> list[int]:
    with rest_client(site, user) as client:
        answer = client.get("editorial-workstation/v1/editors-choice")
    assert answer.status_code == 200, answer.text
    return [item["id"] for item in answer.json()["items"]]


def test_page_views_count_into_popular(wordpress: WordPressSite) -> None:
    post = new_post(wordpress, "Counted on every reader's visit")
    assert popular_views(wordpress, post["id"]) is None
    for _ in range(5):
        assert seed.public_get(post["link"]).status_code == 200
    assert popular_views(wordpress, post["id"]) == 5
    # Not counted: crawlers, prefetches, HEAD requests.
    seed.public_get(post["link"], **{"User-Agent": "Googlebot/2.1 (+http://www.google.com/bot.html)"})
    seed.public_get(post["link"], **{"Sec-Purpose": "prefetch"})
    with seed.httpx2.Client(trust_env=False, follow_redirects=True) as client:
        assert client.head(post["link"]).status_code == 200
    assert popular_views(wordpress, post["id"]) == 5


def test_popular_is_ordered_by_views_and_lists_published_posts_only(wordpress: WordPressSite) -> None:
    more = new_post(wordpress, "Read a lot")
    fewer = new_post(wordpress, "Read a little")
    for post, views in ((more, 4), (fewer, 2)):
        for _ in range(views):
            seed.public_get(post["link"])
    with rest_client(wordpress) as anonymous:
        items = anonymous.get("editorial-workstation/v1/popular", params={"limit": 50}).json()["items"]
    ids = [item["id"] for item in items]
    assert ids.index(more["id"]) < ids.index(fewer["id"])
    assert {"id", "title", "link", "views"} <= set(items[0])
    # Unpublished later: it leaves the list.
    with rest_client(wordpress, "desk") as desk:
        assert desk.post(f"wp/v2/posts/{more['id']}", json={"status": "draft"}).status_code == 200
    assert popular_views(wordpress, more["id"]) is None


def test_editors_choice_order_is_set_by_the_desk_only(wordpress: WordPressSite) -> None:
    first, second = new_post(wordpress, "Choice one"), new_post(wordpress, "Choice two")
    draft = new_post(wordpress, "Choice in the making", status="draft")
    body = {"ids": [second["id"], draft["id"], first["id"]]}
    with rest_client(wordpress) as anonymous:
        assert anonymous.put("editorial-workstation/v1/editors-choice", json=body).status_code == 401
    with rest_client(wordpress, "reporter") as reporter:
        refused = reporter.put("editorial-workstation/v1/editors-choice", json=body)
        assert refused.status_code == 403
    with rest_client(wordpress, "desk") as desk:
        before = desk.get(f"wp/v2/posts/{first['id']}", params={"context": "edit"}).json()
        done = desk.put("editorial-workstation/v1/editors-choice", json=body)
        assert done.status_code == 200, done.text
        assert [item["id"] for item in done.json()["items"]] == body["ids"]
        marked = desk.get(f"wp/v2/posts/{first['id']}", params={"context": "edit"}).json()
    assert marked["meta"]["ew_editors_choice"] is True
    # Modified time and version bumped, so incremental pulls see the mark even within the same second.
    assert marked["modified_gmt"] >= before["modified_gmt"]
    assert marked["meta"]["ew_version"] > before["meta"]["ew_version"]
    # Readers see the published ones, in the desk's order; the desk sees its whole selection.
    assert [i for i in choice(wordpress) if i in body["ids"]] == [second["id"], first["id"]]
    assert choice(wordpress, "desk")[:3] == body["ids"]

    # Reordered and one removed: its mark is cleared.
    with rest_client(wordpress, "desk") as desk:
        marked_draft = desk.get(f"wp/v2/posts/{draft['id']}", params={"context": "edit"}).json()
        done = desk.put("editorial-workstation/v1/editors-choice", json={"ids": [first["id"], second["id"]]})
        assert done.status_code == 200, done.text
        unmarked = desk.get(f"wp/v2/posts/{draft['id']}", params={"context": "edit"}).json()
    assert unmarked["meta"]["ew_editors_choice"] is False
    assert unmarked["meta"]["ew_version"] > marked_draft["meta"]["ew_version"]
    assert choice(wordpress, "desk")[:2] == [first["id"], second["id"]]


def test_a_wrong_id_changes_nothing(wordpress: WordPressSite) -> None:
    keep = new_post(wordpress, "Stays chosen")
    with rest_client(wordpress, "desk") as desk:
        assert (
            desk.put("editorial-workstation/v1/editors-choice", json={"ids": [keep["id"]]}).status_code == 200
        )
        wrong = desk.put("editorial-workstation/v1/editors-choice", json={"ids": [999999]})
        assert wrong.status_code == 400 and wrong.json()["code"] == "ew_invalid_post"
        not_a_list = desk.put("editorial-workstation/v1/editors-choice", json={"ids": "all"})
        assert not_a_list.status_code == 400
    assert choice(wordpress, "desk") == [keep["id"]]
