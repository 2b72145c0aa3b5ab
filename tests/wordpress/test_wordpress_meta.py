"""Article meta over REST: byte-identical round trips, idempotent creates, the 412 guard, private notes."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest

from tests.wordpress.harness import WordPressSite, rest_client

pytestmark = pytest.mark.wordpress

TRICKY_MARKDOWN = (
    "# Bakı, Москва & <Ünïcode>\r\n\r\nA \\*literal\\* star, 'quotes' \"double\", a tab\there,\n"
    "<script>alert(1)</script> 🗞️ and trailing spaces   \n\n\n"
)
NOTES = [
    {
        "id": "n1",
        "author": 4,
        "at": "2024-05-01T10:00:00Z",
        "text": "Check the second quote.",
        "reply_to": None,
    },
    {
        "id": "n2",
        "author": 2,
        "at": "2024-05-01T10:05:00Z",
        "text": "Checked ✓ — it's right.",
        "reply_to": "n1",
    },
]


def create_post(wordpress: WordPressSite, user: str, **fields: Any) -> dict[str, Any]:
    body = {"title": "Meta test", "content": "<p>Body</p>", "status": "pending", **fields}
    with rest_client(wordpress, user) as client:
        created = client.post("wp/v2/posts", json=body)
    assert created.status_code == 201, created.text
    return dict(created.json())


def test_meta_round_trips_byte_identical(wordpress: WordPressSite) -> None:
    meta = {
        "ew_markdown": TRICKY_MARKDOWN,
        "ew_source_line": "source: Reuters / AP — «agencies»",
        "ew_editors_choice": True,
        "ew_related": [31, 7, 19, 2],
        "ew_notes": NOTES,
    }
    post = create_post(wordpress, "reporter", meta=meta)
    with rest_client(wordpress, "reporter") as client:
        read = client.get(f"wp/v2/posts/{post['id']}", params={"context": "edit"})
    assert read.status_code == 200
    stored = read.json()["meta"]
    for key, value in meta.items():
        assert stored[key] == value, key
    assert stored["ew_markdown"].encode() == TRICKY_MARKDOWN.encode()


def test_wrong_meta_type_is_refused(wordpress: WordPressSite) -> None:
    post = create_post(wordpress, "reporter")
    with rest_client(wordpress, "reporter") as client:
        bad = client.post(f"wp/v2/posts/{post['id']}", json={"meta": {"ew_related": ["not a number"]}})
        assert bad.status_code == 400
        assert bad.json()["code"] == "rest_invalid_type"
        note_without_text = [{"id": "x", "author": 1, "at": "2024-01-01T00:00:00Z"}]
        bad_note = client.post(f"wp/v2/posts/{post['id']}", json={"meta": {"ew_notes": note_without_text}})
        assert bad_note.status_code == 400


def test_create_with_client_uuid_then_find_it(wordpress: WordPressSite) -> None:
    client_uuid = str(uuid.uuid4())
    post = create_post(wordpress, "reporter", meta={"ew_client_uuid": client_uuid})
    with rest_client(wordpress, "reporter") as client:
        found = client.get(f"editorial-workstation/v1/posts/by-uuid/{client_uuid}")
        missing = client.get(f"editorial-workstation/v1/posts/by-uuid/{uuid.uuid4()}")
    assert found.status_code == 200, found.text
    assert found.json() == {"id": post["id"], "modified_gmt": post["modified_gmt"], "status": "pending"}
    assert missing.status_code == 404
    # Someone who may not read the pending post gets the same 404 as for a missing one.
    with rest_client(wordpress, "contributor") as other:
        assert other.get(f"editorial-workstation/v1/posts/by-uuid/{client_uuid}").status_code == 404
    with rest_client(wordpress, "desk") as desk:
        assert desk.get(f"editorial-workstation/v1/posts/by-uuid/{client_uuid}").json()["id"] == post["id"]


def test_stale_expected_modified_gets_412_with_the_current_value(wordpress: WordPressSite) -> None:
    post = create_post(wordpress, "reporter", title="Original")
    current = post["modified_gmt"]
    stale = (datetime.fromisoformat(current) - timedelta(minutes=5)).isoformat()
    with rest_client(wordpress, "reporter") as client:
        refused = client.post(
            f"wp/v2/posts/{post['id']}", json={"title": "Stale edit", "ew_expected_modified_gmt": stale}
        )
        assert refused.status_code == 412
        assert refused.json()["code"] == "rest_precondition_failed"
        assert refused.json()["data"]["modified_gmt"] == current
        in_meta = client.post(
            f"wp/v2/posts/{post['id']}",
            json={"title": "Stale", "meta": {"ew_expected_modified_gmt": stale + "Z"}},
        )
        assert in_meta.status_code == 412
        assert client.get(f"wp/v2/posts/{post['id']}", params={"context": "edit"}).json()["title"]["raw"] == (
            "Original"
        )
        fresh = client.post(
            f"wp/v2/posts/{post['id']}", json={"title": "Fresh edit", "ew_expected_modified_gmt": current}
        )
        assert fresh.status_code == 200, fresh.text
        assert fresh.json()["title"]["raw"] == "Fresh edit"


def test_if_unmodified_since_header_guards_updates(wordpress: WordPressSite) -> None:
    post = create_post(wordpress, "reporter")
    current = datetime.fromisoformat(post["modified_gmt"]).replace(tzinfo=UTC)
    with rest_client(wordpress, "reporter") as client:
        old = format_datetime(current - timedelta(seconds=30), usegmt=True)
        refused = client.post(
            f"wp/v2/posts/{post['id']}", json={"title": "x"}, headers={"If-Unmodified-Since": old}
        )
        assert refused.status_code == 412
        assert refused.json()["data"]["modified_gmt"] == post["modified_gmt"]
        now = format_datetime(current, usegmt=True)
        accepted = client.post(
            f"wp/v2/posts/{post['id']}", json={"title": "y"}, headers={"If-Unmodified-Since": now}
        )
        assert accepted.status_code == 200, accepted.text
        garbled = client.post(
            f"wp/v2/posts/{post['id']}", json={"title": "z"}, headers={"If-Unmodified-Since": "soon"}
        )
        assert garbled.status_code == 400


def test_notes_are_hidden_from_anonymous_and_from_those_who_cannot_edit(wordpress: WordPressSite) -> None:
    post = create_post(wordpress, "desk", status="publish", meta={"ew_notes": NOTES, "ew_markdown": "Body"})
    with rest_client(wordpress) as anonymous:
        public = anonymous.get(f"wp/v2/posts/{post['id']}")
        assert public.status_code == 200
        assert public.json()["meta"]["ew_markdown"] == "Body"
        assert "ew_notes" not in public.json()["meta"]
        assert anonymous.get(f"wp/v2/posts/{post['id']}", params={"context": "edit"}).status_code == 401
    with rest_client(wordpress, "contributor") as contributor:
        listing = contributor.get("wp/v2/posts", params={"include": post["id"]})
        assert [item["id"] for item in listing.json()] == [post["id"]]
        assert "ew_notes" not in listing.json()[0]["meta"]
        # In context=edit WordPress lists only posts the user may edit.
        edit_listing = contributor.get("wp/v2/posts", params={"context": "edit", "include": post["id"]})
        assert edit_listing.status_code == 200
        assert edit_listing.json() == []
    with rest_client(wordpress, "desk") as desk:
        assert (
            desk.get(f"wp/v2/posts/{post['id']}", params={"context": "edit"}).json()["meta"]["ew_notes"]
            == NOTES
        )
