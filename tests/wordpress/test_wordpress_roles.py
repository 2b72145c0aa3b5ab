"""Newsroom roles enforced by WordPress and the companion plugin: who may submit, upload, touch photos, publish."""

from __future__ import annotations

from typing import Any

import pytest

from tests.wordpress.harness import WordPressSite, rest_client
from tests.wordpress.wp_media_helpers import jpeg_with_iptc, upload_jpeg

pytestmark = pytest.mark.wordpress


def reporter_pending_post(wordpress: WordPressSite, **fields: Any) -> dict[str, Any]:
    body = {"title": "Reporter's story", "content": "<p>Words.</p>", "status": "pending", **fields}
    with rest_client(wordpress, "reporter") as reporter:
        created = reporter.post("wp/v2/posts", json=body)
    assert created.status_code == 201, created.text
    assert created.json()["status"] == "pending"
    return dict(created.json())


def test_reporter_submits_pending_but_cannot_publish(wordpress: WordPressSite) -> None:
    post = reporter_pending_post(wordpress)
    with rest_client(wordpress, "reporter") as reporter:
        published = reporter.post("wp/v2/posts", json={"title": "Mine", "status": "publish"})
        assert published.status_code == 403
        assert published.json()["code"] == "rest_cannot_publish"
        promoted = reporter.post(f"wp/v2/posts/{post['id']}", json={"status": "publish"})
        assert promoted.status_code == 403
        assert (
            reporter.get(f"wp/v2/posts/{post['id']}", params={"context": "edit"}).json()["status"]
            == "pending"
        )


def test_reporter_and_photo_editor_upload_but_contributor_cannot(wordpress: WordPressSite) -> None:
    for key in ("reporter", "photo_editor"):
        with rest_client(wordpress, key) as client:
            uploaded = upload_jpeg(client, jpeg_with_iptc(), f"{key}.jpg")
        assert uploaded.status_code == 201, uploaded.text
        assert uploaded.json()["author"] == wordpress.users[key].id
    with rest_client(wordpress, "contributor") as contributor:
        assert upload_jpeg(contributor, jpeg_with_iptc(), "no.jpg").status_code == 403


def test_photo_editor_sets_photos_but_not_text_on_a_reporters_pending_post(wordpress: WordPressSite) -> None:
    post = reporter_pending_post(wordpress, meta={"ew_markdown": "Words."})
    with rest_client(wordpress, "reporter") as reporter:
        reporters_photo = upload_jpeg(reporter, jpeg_with_iptc(), "scene.jpg", post=str(post["id"])).json()
    with rest_client(wordpress, "photo_editor") as photo:
        own_photo = upload_jpeg(photo, jpeg_with_iptc(), "better.jpg").json()
        featured = photo.post(f"wp/v2/posts/{post['id']}", json={"featured_media": own_photo["id"]})
        assert featured.status_code == 200, featured.text
        assert featured.json()["featured_media"] == own_photo["id"]
        credit = photo.post(
            f"wp/v2/media/{reporters_photo['id']}",
            json={"meta": {"ew_credit": "Staff / Photo Desk"}, "alt_text": "A street scene"},
        )
        assert credit.status_code == 200, credit.text
        assert credit.json()["meta"]["ew_credit"] == "Staff / Photo Desk"

        # Sending the post's fields back unchanged is fine; changing any text or the status is not.
        unchanged = photo.post(
            f"wp/v2/posts/{post['id']}",
            json={"title": "Reporter's story", "status": "pending", "meta": {"ew_markdown": "Words."}},
        )
        assert unchanged.status_code == 200, unchanged.text
        for change in (
            {"title": "Photo editor's headline"},
            {"content": "<p>Rewritten.</p>"},
            {"excerpt": "New summary"},
            {"meta": {"ew_markdown": "Rewritten."}},
            {"status": "draft"},
            {"featured_media": reporters_photo["id"], "title": "Sneaky"},
        ):
            refused = photo.post(f"wp/v2/posts/{post['id']}", json=change)
            assert refused.status_code == 403, change
            assert refused.json()["code"] == "ew_photo_editor_text", change
            assert "photo" in refused.json()["message"]
        publish = photo.post(f"wp/v2/posts/{post['id']}", json={"status": "publish"})
        assert publish.status_code == 403
    with rest_client(wordpress, "reporter") as reporter:
        after = reporter.get(f"wp/v2/posts/{post['id']}", params={"context": "edit"}).json()
    assert after["title"]["raw"] == "Reporter's story"
    assert after["status"] == "pending"
    assert after["featured_media"] == own_photo["id"]
    assert after["meta"]["ew_markdown"] == "Words."


def test_desk_publishes_a_reporters_pending_post(wordpress: WordPressSite) -> None:
    post = reporter_pending_post(wordpress)
    with rest_client(wordpress, "desk") as desk:
        published = desk.post(f"wp/v2/posts/{post['id']}", json={"status": "publish"})
    assert published.status_code == 200, published.text
    assert published.json()["status"] == "publish"
    assert published.json()["author"] == wordpress.users["reporter"].id
    # Once published, the photo editor may no longer touch it and the reporter may not edit it.
    with rest_client(wordpress, "photo_editor") as photo:
        assert photo.post(f"wp/v2/posts/{post['id']}", json={"featured_media": 0}).status_code == 403
    with rest_client(wordpress, "reporter") as reporter:
        assert reporter.post(f"wp/v2/posts/{post['id']}", json={"title": "Late fix"}).status_code == 403


def test_force_delete_removes_the_post_from_listings(wordpress: WordPressSite) -> None:
    post = reporter_pending_post(wordpress, meta={"ew_client_uuid": "delete-me-0001"})
    statuses = "publish,future,draft,pending,private,trash"
    with rest_client(wordpress, "desk") as desk:
        listed = desk.get("wp/v2/posts", params={"include": post["id"], "status": statuses, "_fields": "id"})
        assert [item["id"] for item in listed.json()] == [post["id"]]
        deleted = desk.delete(f"wp/v2/posts/{post['id']}", params={"force": "true"})
        assert deleted.status_code == 200, deleted.text
        assert deleted.json()["deleted"] is True
        after = desk.get("wp/v2/posts", params={"include": post["id"], "status": statuses, "_fields": "id"})
        assert after.status_code == 200
        assert after.json() == []
        assert desk.get(f"wp/v2/posts/{post['id']}").status_code == 404
        assert desk.get("editorial-workstation/v1/posts/by-uuid/delete-me-0001").status_code == 404
