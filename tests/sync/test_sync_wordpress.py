"""The sync engine against the real local WordPress (through the fault proxy, with no faults injected)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx2
import pytest

from editor_app.domain import Status
from editor_app.render import publish_body, render_markdown
from editor_app.services import ArticleService
from editor_app.store import ArticleQuery

pytestmark = [pytest.mark.wordpress]

THREE = "Para one, written offline.\n\nPara two stays.\n\nPara three, the end."


def rest(wp: Any, user: str) -> httpx2.Client:
    return httpx2.Client(base_url=wp.api_root, auth=wp.users[user].auth, trust_env=False, timeout=30.0)


def link_of(service: Any, article_id: str) -> Any:
    with service.db.read() as uow:
        site = uow.sync_state.sites()[0]
        return uow.sync_state.link(site.id, article_id)


def remote(wp: Any, post_id: int, user: str = "admin") -> dict[str, Any]:
    with rest(wp, user) as client:
        response = client.get(f"wp/v2/posts/{post_id}", params={"context": "edit"})
        response.raise_for_status()
        data: dict[str, Any] = response.json()
        return data


def synced(service: Any) -> Any:
    result = service.sync_once()
    assert result.report.failures == [], result.report.failures
    return result


def test_written_offline_edited_on_both_sides_ends_with_both_edits_everywhere(
    make_sync: Callable[..., Any], wp: Any
) -> None:
    service = make_sync("reporter")
    articles = ArticleService(service.db)
    article, _ = articles.create(headline="Harbour budget", body=THREE, tags="council, harbour")
    assert synced(service).report.created_remote == 1
    post_id = link_of(service, article.id).remote_id
    assert remote(wp, post_id)["meta"]["ew_markdown"] == THREE

    # The desk edits paragraph three in WordPress's own editor: only the HTML changes, not the Markdown meta.
    html = remote(wp, post_id)["content"]["raw"].replace(
        "Para three, the end.", "Para three, fixed by the desk."
    )
    with rest(wp, "desk") as desk:
        desk.post(f"wp/v2/posts/{post_id}", json={"content": html}).raise_for_status()
    articles.edit(article.id, {"body": THREE.replace("Para one, written offline.", "Para one, rewritten.")})

    report = synced(service).report
    assert report.merged == 1 and report.pushed == 1 and not report.conflicts
    expected = "Para one, rewritten.\n\nPara two stays.\n\nPara three, fixed by the desk."
    assert articles.get(article.id).body == expected  # type: ignore[union-attr]
    server = remote(wp, post_id)
    assert server["meta"]["ew_markdown"] == expected
    assert server["content"]["raw"] == publish_body(expected)
    # a second run finds nothing to do
    again = synced(service).report
    assert (again.pulled, again.pushed, again.merged) == (0, 0, 0)


def test_a_concurrent_rest_edit_in_the_middle_of_a_sync_is_merged_not_overwritten(
    make_sync: Callable[..., Any], wp: Any, proxy: Any
) -> None:
    service = make_sync("reporter")
    articles = ArticleService(service.db)
    article, _ = articles.create(headline="Ferry", body=THREE)
    synced(service)
    post_id = link_of(service, article.id).remote_id
    articles.edit(article.id, {"body": THREE.replace("Para two stays.", "Para two, local.")})

    def desk_edit() -> None:
        body = THREE.replace("Para three, the end.", "Para three, desk.")
        with rest(wp, "desk") as desk:
            desk.post(
                f"wp/v2/posts/{post_id}",
                json={"content": render_markdown(body), "meta": {"ew_markdown": body}},
            ).raise_for_status()

    # the edit lands after our pull and just before our update reaches WordPress
    proxy.add(rf"POST /wp-json/wp/v2/posts/{post_id}\b", "call", callback=desk_edit)
    report = synced(service).report
    assert report.merged == 1
    expected = "Para one, written offline.\n\nPara two, local.\n\nPara three, desk."
    assert articles.get(article.id).body == expected  # type: ignore[union-attr]
    assert remote(wp, post_id)["meta"]["ew_markdown"] == expected


def test_overlapping_edits_wait_in_a_conflict_until_the_user_chooses(
    make_sync: Callable[..., Any], wp: Any
) -> None:
    service = make_sync("reporter")
    articles = ArticleService(service.db)
    article, _ = articles.create(headline="Storm", body=THREE)
    synced(service)
    post_id = link_of(service, article.id).remote_id
    server_body = THREE.replace("Para two stays.", "Para two, server.")
    with rest(wp, "desk") as desk:
        desk.post(
            f"wp/v2/posts/{post_id}",
            json={
                "title": "Storm (desk)",
                "content": render_markdown(server_body),
                "meta": {"ew_markdown": server_body},
            },
        ).raise_for_status()
    local_body = THREE.replace("Para two stays.", "Para two, local.")
    articles.edit(article.id, {"body": local_body})

    report = synced(service).report
    assert report.conflicts == [article.id]
    assert articles.get(article.id).body == local_body  # type: ignore[union-attr]  # nothing discarded
    assert remote(wp, post_id)["meta"]["ew_markdown"] == server_body  # nor overwritten
    (conflict,) = service.conflicts()
    assert conflict.remote["body"] == server_body and conflict.local["body"] == local_body
    assert [c.disputed for c in conflict.fields["body"]] == [False, True, False]
    assert synced(service).report.pushed == 0  # still waiting

    service.resolve_conflict(article.id, {"headline": "remote"}, {"body": {1: "both"}})
    synced(service)
    expected = THREE.replace("Para two stays.", "Para two, local.\n\nPara two, server.")
    server = remote(wp, post_id)
    assert server["meta"]["ew_markdown"] == expected and server["title"]["raw"] == "Storm (desk)"
    assert articles.get(article.id).body == expected  # type: ignore[union-attr]
    assert service.conflicts() == []


def test_posts_written_in_wordpress_fill_the_local_archive(make_sync: Callable[..., Any], wp: Any) -> None:
    with rest(wp, "desk") as desk:
        created = desk.post(
            "wp/v2/posts",
            json={"title": "Quokka census finds record numbers", "content": "<p>Rottnest <em>island</em>.</p>",
                  "status": "publish"},
        )  # fmt: skip
        created.raise_for_status()
    service = make_sync("reporter")
    synced(service)
    rows = ArticleService(service.db).summaries(ArticleQuery(text="quokka census"))
    assert [r.headline for r in rows] == ["Quokka census finds record numbers"]
    pulled = ArticleService(service.db).get(rows[0].id)
    assert pulled is not None and pulled.status is Status.PUBLISHED and pulled.body == "Rottnest *island*."


def test_trashed_and_force_deleted_posts_are_kept_locally_and_marked(
    make_sync: Callable[..., Any], wp: Any
) -> None:
    service = make_sync("reporter")
    articles = ArticleService(service.db)
    trashed, _ = articles.create(headline="To be trashed", body="x")
    deleted, _ = articles.create(headline="To be deleted", body="y")
    synced(service)
    with rest(wp, "desk") as desk:
        desk.delete(f"wp/v2/posts/{link_of(service, trashed.id).remote_id}").raise_for_status()
        desk.delete(
            f"wp/v2/posts/{link_of(service, deleted.id).remote_id}", params={"force": "true"}
        ).raise_for_status()
    synced(service)
    assert link_of(service, trashed.id).remote_deleted == "trash"
    assert articles.get(trashed.id).status is Status.KILLED  # type: ignore[union-attr]
    report = service.sync_once()
    assert report.report.remote_deleted == []  # reconciliation runs now and then, not every time
    from editor_app.sync.engine import SyncEngine

    site = service.sites()[0]
    backend = service._backend(site, None)
    try:
        engine_report = SyncEngine(service.transactions(), backend, site).run(reconcile=True)
    finally:
        backend.close()
    assert engine_report.remote_deleted == [deleted.id]
    assert link_of(service, deleted.id).remote_deleted == "deleted"
    assert articles.get(deleted.id).body == "y"  # type: ignore[union-attr]  # kept, never dropped


def test_a_role_refusal_is_reported_plainly_and_the_article_stays(
    make_sync: Callable[..., Any], wp: Any
) -> None:
    service = make_sync("contributor")
    articles = ArticleService(service.db)
    article, _ = articles.create(headline="Scoop", body="text", status=Status.PUBLISHED)
    report = service.sync_once().report
    assert len(report.failures) == 1 and "role" in report.failures[0] and "'Scoop'" in report.failures[0]
    # The server is the authority: the text is kept, the status is the one the site holds (never published).
    after = articles.get(article.id)
    assert after is not None and after.body == "text" and after.status is Status.DRAFT
    assert remote(wp, link_of(service, article.id).remote_id)["status"] == "draft"


def test_a_wrong_password_gives_a_clear_message_and_no_retry_storm(
    make_sync: Callable[..., Any], proxy: Any
) -> None:
    service = make_sync("reporter")
    ArticleService(service.db).create(headline="Kept", body="safe")
    result = service.sync_once(password="wrong password")
    assert result.report.failures and "application password" in result.report.failures[0]
    assert proxy.count(r"users/me") == 1
    assert ArticleService(service.db).unsynced_ids()


@pytest.mark.parametrize(("user", "listings"), [("desk", 1), ("reporter", 2)])
def test_an_incremental_pull_with_nothing_changed_is_one_request_per_listing(
    make_sync: Callable[..., Any], proxy: Any, user: str, listings: int
) -> None:
    """A desk editor sees every post in one listing; a reporter also reads the published archive."""
    service = make_sync(user)
    synced(service)
    proxy.clear()
    synced(service)
    assert proxy.count(r"GET /wp-json/wp/v2/posts\?") == listings


def test_photos_are_uploaded_once_with_their_metadata_and_featured(
    make_sync: Callable[..., Any], wp: Any, tmp_path: Path
) -> None:
    from PIL import Image

    from editor_app.services.photos import PhotoService

    media = tmp_path / "media"
    service = make_sync("reporter", media=media)
    articles = ArticleService(service.db)
    article, _ = articles.create(headline="With photo", body="Look.")
    picture = tmp_path / "harbour.jpg"
    Image.new("RGB", (320, 200), (20, 90, 160)).save(picture, "JPEG")
    photos = PhotoService(service.db, media, workers=1)
    fields = {"caption": "The harbour at dawn", "credit": "Jane Doe/Agency", "alt_text": "Boats in a harbour"}
    report = photos.add_files(article.id, [picture], featured=True, fields=fields)
    assert report.imported
    assert synced(service).report.uploaded_media == 1
    server = remote(wp, link_of(service, article.id).remote_id)
    media_id = server["featured_media"]
    with rest(wp, "admin") as admin:
        item = admin.get(f"wp/v2/media/{media_id}", params={"context": "edit"}).json()
    assert item["alt_text"] == "Boats in a harbour"
    assert item["caption"]["raw"] == "The harbour at dawn"
    assert item["meta"]["ew_credit"] == "Jane Doe/Agency"
    photos.update(report.imported[0].photo.id, {"caption": "The harbour at dusk"})
    assert synced(service).report.uploaded_media == 0  # metadata updated in place, not uploaded again
    with rest(wp, "admin") as admin:
        item = admin.get(f"wp/v2/media/{media_id}", params={"context": "edit"}).json()
    assert item["caption"]["raw"] == "The harbour at dusk"


class _Killed(BaseException):
    """Stands for SIGKILL: nothing after the raise point runs, nothing catches it."""


def test_an_update_the_server_applied_before_the_sync_died_is_not_taken_for_a_conflict(
    make_sync: Callable[..., Any], wp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor_app.sync import push

    service = make_sync("reporter")
    articles = ArticleService(service.db)
    article, _ = articles.create(headline="Ferry timetable", body="Paragraph zero.")
    synced(service)
    post_id = link_of(service, article.id).remote_id
    articles.edit(article.id, {"body": "Paragraph zero.\n\nEdit in round 2."})

    def die(*_args: Any, **_kwargs: Any) -> None:
        raise _Killed  # the server has applied the update; the process dies before recording it

    monkeypatch.setattr(push.Pusher, "_record", die)
    with pytest.raises(_Killed):
        service.sync_once()
    monkeypatch.undo()
    assert remote(wp, post_id)["meta"]["ew_markdown"] == "Paragraph zero.\n\nEdit in round 2."

    final = "Paragraph zero.\n\nEdit in round 2.\n\nEdit in round 4."
    articles.edit(article.id, {"body": final})
    report = synced(service).report
    assert not report.conflicts
    assert link_of(service, article.id).conflict is None
    assert remote(wp, post_id)["meta"]["ew_markdown"] == final
    assert articles.get(article.id).body == final  # type: ignore[union-attr]
    assert articles.unsynced_ids() == set()
