"""A first pull stores the posts new to this side in batches (``sync/pull_batch.py``): what it stores is what the
post-by-post path stores, row for row, against the real local WordPress."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text

from editor_app.domain import Role
from editor_app.services import ArticleService
from editor_app.services.related import RelatedService
from editor_app.services.review import ReviewService
from editor_app.services.workflow import WorkflowService
from editor_app.sync.pull_batch import NewPosts
from tests.sync.test_sync_wordpress import link_of, rest, synced

pytestmark = [pytest.mark.wordpress]

TABLES = {  # what a pull stores, without the local times of the pull itself
    "articles": "SELECT id, headline, standfirst, body, byline, section, tags, source, editors_choice, language,"
    " status, note, deleted_at FROM articles ORDER BY id",
    "revisions": "SELECT article_id, number, kind, content FROM revisions ORDER BY article_id, number",
    "links": "SELECT article_id, remote_id, remote_modified, remote_version, base, base_html, remote_deleted,"
    " conflict, sent, create_attempted_at FROM sync_links ORDER BY article_id",
    "related": "SELECT article_id, related_id, position FROM related ORDER BY article_id, position",
    "audit": "SELECT id, article_id, who, at, action, from_status, to_status, note, synced FROM audit_trail"
    " ORDER BY id",
    "comments": "SELECT id, article_id, author, author_id, at, text, reply_to, synced FROM comments ORDER BY id",
    "search": "SELECT rowid, headline, body FROM articles_fts ORDER BY rowid",
}


def stored(service: Any) -> dict[str, list[tuple[Any, ...]]]:
    with service.db.read() as uow:
        return {name: [tuple(r) for r in uow.connection.execute(text(sql))] for name, sql in TABLES.items()}


def test_a_first_pull_stores_new_posts_as_the_post_by_post_path_does(
    make_sync: Callable[..., Any], wp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    writer = make_sync("desk", name="writer")
    articles = ArticleService(writer.db)
    first, _ = articles.create(
        headline="Harbour dredging begins", body="Dredging began.", section="News", source="Port authority"
    )
    second, _ = articles.create(headline="Harbour at 25", body="The harbour turns 25.")
    third, _ = articles.create(headline="Ferry timetable", body="New times from Monday.")
    synced(writer)
    RelatedService(writer.db).set_related(second.id, [first.id, third.id])
    RelatedService(writer.db).set_related(first.id, [second.id])  # a post related to one later in the page
    ReviewService(writer.db).comment(second.id, "Check the anniversary date.")
    WorkflowService(writer.db).apply(first.id, "submit", Role.DESK)
    synced(writer)
    copy_of = link_of(writer, third.id)
    with rest(wp, "desk") as desk:  # a copy carrying another post's client uuid gets an id of its own
        desk.post(
            "wp/v2/posts",
            json={"title": "Ferry timetable (copy)", "content": "<p>Copied.</p>", "status": "draft",
                  "meta": {"ew_client_uuid": third.id, "ew_related": [copy_of.remote_id]}},
        ).raise_for_status()  # fmt: skip

    batched = make_sync("desk", name="batched")
    taken: list[int] = []
    take = NewPosts.take

    def counting(self: NewPosts, index: int, remote: Any) -> bool:
        ok = take(self, index, remote)
        taken.append(int(ok))
        return ok

    monkeypatch.setattr(NewPosts, "take", counting)
    batched_report = synced(batched).report
    monkeypatch.setattr(NewPosts, "take", lambda self, index, remote: False)
    one_by_one = make_sync("desk", name="one-by-one")
    single_report = synced(one_by_one).report

    assert sum(taken) >= 4, "the new posts went through the batch"
    assert 0 in taken, "the copy of a known uuid took the post-by-post path"
    for name, rows in stored(one_by_one).items():
        assert stored(batched)[name] == rows, name
    assert (batched_report.pulled, batched_report.created, batched_report.updated) != (0, set(), set())
    assert (batched_report.pulled, len(batched_report.created), len(batched_report.updated)) == (
        single_report.pulled,
        len(single_report.created),
        len(single_report.updated),
    )
    with batched.db.read() as uow:
        # Which of the two posts carrying third's uuid got it depends on the listing's order (posts of the same
        # second); second's related article is whichever is linked to the original post.
        site_id = batched.sites()[0].id
        original = uow.sync_state.link_by_remote(site_id, copy_of.remote_id)
        assert original is not None
        assert uow.related.get(second.id) == [first.id, original.article_id]
        assert [c.text for c in uow.review_state.comments(second.id)] == ["Check the anniversary date."]
        assert [e.action for e in uow.review_state.trail(first.id)][-1] == "submit"


@pytest.mark.parametrize("batched", [True, False], ids=["batched", "post-by-post"])
def test_a_related_post_that_comes_later_in_the_listing_is_linked_after_the_pull(
    make_sync: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, batched: bool
) -> None:
    """The listing runs oldest change first: a post whose related post changed after it names a post not stored
    yet when it is applied. The pull sets its related list again once that post is here (it was once dropped)."""
    writer = make_sync("desk", name="writer")
    articles = ArticleService(writer.db)
    story, _ = articles.create(headline="Sea wall repairs begin", body="Work began.")
    later, _ = articles.create(headline="Sea wall: the cost", body="It costs 4 million.")
    synced(writer)
    RelatedService(writer.db).set_related(story.id, [later.id])
    synced(writer)
    edited = articles.get(later.id)
    assert edited is not None
    articles.save(edited.with_changes(body="It costs 4.2 million."))
    synced(writer)  # the related post is now the newest change on the site: the listing gives it last
    if not batched:
        monkeypatch.setattr(NewPosts, "take", lambda self, index, remote: False)
    reader = make_sync("desk", name="reader")
    synced(reader)
    with reader.db.read() as uow:
        assert uow.related.get(story.id) == [later.id]
