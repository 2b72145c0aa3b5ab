"""The pull's listing on the real WordPress: keyset pages over posts made many to a second, with pages small
enough to end inside a second again and again. Every post comes, once, and no request lists again what a page
before it did."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

import pytest

from editor_app.sync.rest_json import shift_seconds, z_suffix
from editor_app.sync.wordpress import PULL_STATUSES, WordPressClient
from tests.sync.test_sync_reconcile import desk_batch
from tests.sync.test_sync_wordpress import rest

MADE = 60
LIST = {"per_page": 100, "status": PULL_STATUSES, "_fields": "id,modified_gmt", "context": "edit"}


@pytest.fixture
def batch(wp: Any) -> Iterator[dict[int, str]]:
    """Drafts made by the desk through the batch route, 15 to a request and four requests over more than a second
    (so many to a second, in more than one): id -> the second it was last modified (modified_gmt)."""
    body = {"title": "Batch draft"}
    made: list[int] = []
    for _ in range(4):
        made += [
            int(p["id"])
            for p in desk_batch(wp, [{"method": "POST", "path": "/wp/v2/posts", "body": body}] * 15)
        ]
        time.sleep(0.35)
    try:
        with rest(wp, "desk") as desk:
            answer = desk.get(
                "wp/v2/posts",
                params={**LIST, "include": ",".join(map(str, made))},
            )
            answer.raise_for_status()
        yield {int(p["id"]): p["modified_gmt"] for p in answer.json()}
    finally:
        desk_batch(wp, [{"method": "DELETE", "path": f"/wp/v2/posts/{i}?force=true"} for i in made])


def test_pages_that_end_inside_a_second_list_every_post_once(wp: Any, batch: dict[int, str]) -> None:
    assert len(batch) == MADE
    after = shift_seconds(min(batch.values()), -1)
    with rest(wp, "desk") as desk:  # every post the listing will see, in one page
        answer = desk.get(
            "wp/v2/posts",
            params={**LIST, "modified_after": z_suffix(after)},
        )
        answer.raise_for_status()
    everything = {int(p["id"]): p["modified_gmt"] for p in answer.json()}
    assert set(batch) <= set(everything) and len(everything) < 100
    per_second = Counter(everything.values())
    assert max(per_second.values()) >= 2, per_second  # posts share seconds
    # More than the most posts in a second: no page is all one second (that case is swept whole, by id); and a
    # page ends inside a second, its next page beginning in that second.
    per_page = next(
        size for size in range(max(per_second.values()) + 1, 100) if _splits_a_second(everything, size)
    )
    desk_user = wp.users["desk"]
    client = WordPressClient(wp.api_root, desk_user.login, desk_user.app_password)
    try:
        pages = list(client.changed_posts(after, per_page=per_page))
        requests = client.requests
    finally:
        client.close()
    listed = Counter(post.id for page in pages for post in page)
    assert set(listed) == set(everything), sorted(set(everything) ^ set(listed))  # every post comes
    assert [post for post, times in listed.items() if times > 1] == []  # once
    assert all(len(page) == per_page for page in pages[:-1]) and len(pages[-1]) < per_page
    assert requests == len(pages) == len(listed) // per_page + 1  # no request for posts listed already
    assert any(page[-1].modified_gmt == after_it[0].modified_gmt for page, after_it in pairwise(pages))


def _splits_a_second(modified: dict[int, str], per_page: int) -> bool:
    """Whether pages of ``per_page`` over the posts in modified order end inside a second at least once."""
    seconds = sorted(modified.values())
    return any(seconds[end - 1] == seconds[end] for end in range(per_page, len(seconds), per_page))
