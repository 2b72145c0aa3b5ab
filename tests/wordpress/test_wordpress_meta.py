"""Article meta over REST: byte-identical round trips, sanitising, idempotent creates, private notes.

(Versioned writes and the server-owned meta are tried in tests/trust/.)"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from tests.trust.paths import app_headers, version
from tests.wordpress.harness import WordPressSite, rest_client

pytestmark = pytest.mark.wordpress

TRICKY_MARKDOWN = (
    "# Bakı, Москва & <Ünïcode>\r\n\r\nA \\*literal\\* star, 'quotes' \"double\", a tab\there,\n"
    "<script>alert(1)</script> 🗞️ and trailing spaces   \n\n\n"
)


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
        bad_uuid = client.post(f"wp/v2/posts/{post['id']}", json={"meta": {"ew_client_uuid": "no spaces!"}})
        assert bad_uuid.status_code == 400
        empty_note = client.post(
            f"editorial-workstation/v1/posts/{post['id']}/notes",
            json={"text": ""},
            headers=app_headers(version(wordpress, post["id"])),
        )
        assert empty_note.status_code == 400


def test_meta_is_sanitised_on_the_way_in(wordpress: WordPressSite) -> None:
    post = create_post(
        wordpress,
        "reporter",
        meta={"ew_source_line": "Reuters & <b>agencies</b>\n\tin Baku ", "ew_related": [7, 7, 3]},
    )
    assert post["meta"]["ew_source_line"] == "Reuters & <b>agencies</b> in Baku"  # one line, as written
    assert post["meta"]["ew_related"] == [7, 3]


def test_create_with_client_uuid_then_find_it(wordpress: WordPressSite) -> None:
    client_uuid = str(uuid.uuid4())
    post = create_post(wordpress, "reporter", meta={"ew_client_uuid": client_uuid})
    with rest_client(wordpress, "reporter") as client:
        found = client.get(f"editorial-workstation/v1/posts/by-uuid/{client_uuid}")
        missing = client.get(f"editorial-workstation/v1/posts/by-uuid/{uuid.uuid4()}")
    assert found.status_code == 200, found.text
    assert found.json() == {
        "id": post["id"],
        "modified_gmt": post["modified_gmt"],
        "status": "pending",
        "version": post["meta"]["ew_version"],
    }
    assert missing.status_code == 404
    # Someone who may not read the pending post gets the same 404 as for a missing one.
    with rest_client(wordpress, "contributor") as other:
        assert other.get(f"editorial-workstation/v1/posts/by-uuid/{client_uuid}").status_code == 404
    with rest_client(wordpress, "desk") as desk:
        assert desk.get(f"editorial-workstation/v1/posts/by-uuid/{client_uuid}").json()["id"] == post["id"]


def test_notes_are_hidden_from_anonymous_and_from_those_who_cannot_edit(wordpress: WordPressSite) -> None:
    post = create_post(wordpress, "desk", status="publish", meta={"ew_markdown": "Body"})
    with rest_client(wordpress, "desk") as desk:
        desk.post(
            f"editorial-workstation/v1/posts/{post['id']}/notes",
            json={"text": "Check the second quote."},
            headers=app_headers(version(wordpress, post["id"])),
        ).raise_for_status()
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
        notes = desk.get(f"wp/v2/posts/{post['id']}", params={"context": "edit"}).json()["meta"]["ew_notes"]
    assert [(n["text"], n["author"]) for n in notes] == [
        ("Check the second quote.", wordpress.users["desk"].id)
    ]
