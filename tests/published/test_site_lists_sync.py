"""The app pulls Popular and Editor's choice with each sync, keeps them for offline use, and sends the desk's
Editor's choice order back (the marks it changes reach the local articles in the same run)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from editor_app.domain.site_lists import ListKind
from editor_app.services.site_lists import SiteListsService
from editor_app.services.sync import SyncService
from editor_app.store import Database
from tests.published import published_site as seed
from tests.wordpress.harness import WordPressSite, rest_client

pytestmark = pytest.mark.wordpress


@pytest.fixture
def make_app(
    tmp_path: Path, wordpress: WordPressSite
) -> Iterator[Callable[..., tuple[SyncService, Database]]]:
    """``make_app(user)``: a fresh local database with the site added as ``user``, ready to sync."""
    from editor_app.sync.credentials import Credentials

    opened: list[Database] = []

    def make(user: str = "desk", url: str | None = None) -> tuple[SyncService, Database]:
        db = Database.open(tmp_path / f"{user}-{len(opened)}" / "newsroom.sqlite")
        opened.append(db)
        service = SyncService(db, None, Credentials(use_keyring=False))
        login = wordpress.users[user].login
        service.add_site("test", url or wordpress.url, login)
        service.credentials.remember_for_session(
            url or wordpress.url, login, wordpress.users[user].app_password
        )
        return service, db

    yield make
    for db in opened:
        db.close()


def new_post(site: WordPressSite, title: str) -> dict[str, Any]:
    with rest_client(site, "desk") as desk:
        return seed.create_post(desk, title=title, content="<p>Text.</p>", status="publish")


def set_choice(site: WordPressSite, ids: list[int]) -> None:
    with rest_client(site, "desk") as desk:
        done = desk.put("editorial-workstation/v1/editors-choice", json={"ids": ids})
    assert done.status_code == 200, done.text


def server_choice(site: WordPressSite) -> list[int]:
    with rest_client(site, "desk") as desk:
        return [i["id"] for i in desk.get("editorial-workstation/v1/editors-choice").json()["items"]]


def test_lists_are_pulled_kept_offline_and_the_order_round_trips(
    wordpress: WordPressSite, make_app: Callable[..., tuple[SyncService, Database]]
) -> None:
    first, second, third = (new_post(wordpress, f"Round trip {n}") for n in ("one", "two", "three"))
    set_choice(wordpress, [first["id"], second["id"]])
    for _ in range(3):
        seed.public_get(third["link"])

    sync, db = make_app("desk")
    result = sync.sync_once()
    assert result.ok, result.report.failures
    lists = SiteListsService(db).lists()
    assert [i.remote_id for i in lists.editors_choice.items] == [first["id"], second["id"]]
    assert lists.editors_choice.items[0].title == "Round trip one"
    assert lists.editors_choice.items[0].url == first["link"]
    assert lists.editors_choice.fetched_at is not None and not lists.editors_choice.pending
    popular = {i.remote_id: i.views for i in lists.popular.items}
    assert popular.get(third["id"]) == 3
    # The items know their local articles (the pull brought the posts).
    with db.read() as uow:
        remote = uow.sync_state.remote_ids(uow.sync_state.sites()[0].id)
    assert lists.editors_choice.items[0].article_id == remote[first["id"]]

    # The desk reorders, drops the first and adds the third: shown at once, sent by the next sync.
    by_id = {i.remote_id: i for i in lists.editors_choice.items}
    candidate = next(c for c in SiteListsService(db).candidates() if c.remote_id == third["id"])
    pending = SiteListsService(db).set_editors_choice([candidate, by_id[second["id"]]])
    assert pending.pending and [i.remote_id for i in pending.items] == [third["id"], second["id"]]
    result = sync.sync_once()
    assert result.ok, result.report.failures
    assert server_choice(wordpress)[:2] == [third["id"], second["id"]]
    assert first["id"] not in server_choice(wordpress)
    after = SiteListsService(db).lists().editors_choice
    assert [i.remote_id for i in after.items][:2] == [third["id"], second["id"]] and not after.pending
    # The marks the order changed reached the local articles in the same run.
    with db.read() as uow:
        assert uow.articles.get(remote[first["id"]]).editors_choice is False  # type: ignore[union-attr]
        assert uow.articles.get(remote[third["id"]]).editors_choice is True  # type: ignore[union-attr]

    # Offline: the sync fails, the lists stay as of the last sync.
    offline, offline_db = make_app("desk", url="http://127.0.0.1:9")
    with offline_db.write() as uow:  # the same lists, copied, as if this profile had synced before
        site = uow.sync_state.sites()[0]
        uow.site_lists.store_fetched(
            site.id, ListKind.POPULAR, lists.popular.items, lists.popular.fetched_at or after.fetched_at
        )
    failed = offline.sync_once()
    assert not failed.ok
    kept = SiteListsService(offline_db).lists().popular
    assert [(i.remote_id, i.title, i.views) for i in kept.items] == [
        (i.remote_id, i.title, i.views) for i in lists.popular.items
    ]
    assert kept.fetched_at == lists.popular.fetched_at


def test_a_reporter_order_is_not_sent(
    wordpress: WordPressSite, make_app: Callable[..., tuple[SyncService, Database]]
) -> None:
    post = new_post(wordpress, "Chosen by the desk")
    set_choice(wordpress, [post["id"]])
    sync, db = make_app("reporter")
    assert sync.sync_once().ok
    service = SiteListsService(db)
    service.set_editors_choice([])
    result = sync.sync_once()
    assert any("Only the desk" in w for w in result.report.warnings)
    assert server_choice(wordpress) == [post["id"]]
    lists = service.lists().editors_choice
    assert not lists.pending and [i.remote_id for i in lists.items] == [post["id"]]
