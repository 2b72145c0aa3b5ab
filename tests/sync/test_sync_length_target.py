"""The desk's length target travels through the real WordPress: a desk profile's push sends it, a reporter's pull
brings it into their copy, the reporter's own pushes never carry it (so they are never refused because of it) and
the server's value wins over anything the reporter's copy holds. Two profiles, the real sync, the real site."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from editor_app.services import ArticleService
from tests.sync.test_sync_publish import get, remote_id, synced

pytestmark = [pytest.mark.wordpress]

TARGET = "ew_length_target"


def local_for(service: Any, post_id: int) -> str:
    with service.db.read() as uow:
        state = uow.sync_state
        link = state.link_by_remote(state.sites()[0].id, post_id)
    assert link is not None, f"post {post_id} was not pulled"
    return str(link.article_id)


def target_of(service: Any, article_id: str) -> int:
    article = ArticleService(service.db).get(article_id)
    assert article is not None
    return article.length_target


def test_the_desks_target_reaches_the_reporter_and_the_server_wins(
    make_sync: Callable[..., Any], wp: Any
) -> None:
    reporter = make_sync("reporter", name="reporter")
    desk = make_sync("desk", name="desk")
    mine = ArticleService(reporter.db)
    article, _ = mine.create(headline="Ferry strike", body="Ferries stopped at dawn.", source="Staff")
    synced(reporter)
    post_id = remote_id(reporter, article.id)
    assert get(wp, f"wp/v2/posts/{post_id}")["meta"][TARGET] == 0

    synced(desk)
    desks_copy = local_for(desk, post_id)
    ArticleService(desk.db).edit(desks_copy, {"length_target": 600})
    synced(desk)
    assert get(wp, f"wp/v2/posts/{post_id}")["meta"][TARGET] == 600

    synced(reporter)
    assert target_of(reporter, article.id) == 600

    # The reporter's copy says otherwise (set before this version, or by a local role): their push of new text
    # goes through without the target, and the server's target comes back into the copy.
    mine.edit(article.id, {"length_target": 900, "body": "Ferries stopped at dawn. Trains too."})
    report = synced(reporter)
    assert report.pushed == 1
    post = get(wp, f"wp/v2/posts/{post_id}")
    assert post["meta"][TARGET] == 600 and "Trains too." in post["meta"]["ew_markdown"]
    assert target_of(reporter, article.id) == 600

    # Both change it: the desk's (on the server) wins for the reporter.
    ArticleService(desk.db).edit(desks_copy, {"length_target": 800})
    synced(desk)
    mine.edit(article.id, {"length_target": 100})
    synced(reporter)
    assert target_of(reporter, article.id) == 800
    assert get(wp, f"wp/v2/posts/{post_id}")["meta"][TARGET] == 800

    # Clearing it travels too.
    ArticleService(desk.db).edit(desks_copy, {"length_target": 0})
    synced(desk)
    assert get(wp, f"wp/v2/posts/{post_id}")["meta"][TARGET] == 0
    synced(reporter)
    assert target_of(reporter, article.id) == 0


def test_a_desk_article_carries_its_target_from_the_first_push(
    make_sync: Callable[..., Any], wp: Any
) -> None:
    desk = make_sync("desk", name="desk")
    article, _ = ArticleService(desk.db).create(headline="Budget day", body="Numbers.", source="Staff")
    ArticleService(desk.db).edit(article.id, {"length_target": 450})
    synced(desk)
    post_id = remote_id(desk, article.id)
    assert get(wp, f"wp/v2/posts/{post_id}")["meta"][TARGET] == 450
    other_desk = make_sync("desk", name="second-desk")  # a new profile pulls it as a new article
    synced(other_desk)
    others_copy = local_for(other_desk, post_id)
    assert target_of(other_desk, others_copy) == 450

    # Two desks change it: a desk's change not sent yet is kept through the pull that sees the other's, and
    # sent (the last desk to sync wins); the other desk then takes it.
    ArticleService(desk.db).edit(article.id, {"length_target": 500})
    ArticleService(other_desk.db).edit(others_copy, {"length_target": 300})
    synced(other_desk)
    assert get(wp, f"wp/v2/posts/{post_id}")["meta"][TARGET] == 300
    synced(desk)
    assert target_of(desk, article.id) == 500
    assert get(wp, f"wp/v2/posts/{post_id}")["meta"][TARGET] == 500
    synced(other_desk)
    assert target_of(other_desk, others_copy) == 500
