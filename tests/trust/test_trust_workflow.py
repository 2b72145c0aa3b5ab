"""The desk's word cannot be forged: every attack of the issue, through REST, XML-RPC and wp-admin (form and Quick
Edit), against the real WordPress with the companion plugin. Each test checks the server's state afterwards."""

from __future__ import annotations

from typing import Any

import pytest

from tests.trust.paths import (
    admin_edit,
    admin_session,
    app_headers,
    quick_edit,
    read,
    submitted_post,
    text_hash,
    transition,
    version,
    xmlrpc_call,
)
from tests.wordpress.harness import WordPressSite, rest_client

pytestmark = pytest.mark.wordpress


def assert_still_submitted(site: WordPressSite, post_id: int, title: str = "Reporter's story") -> None:
    post = read(site, post_id)
    assert post["status"] == "pending"
    assert post["meta"]["ew_status"] == "submitted"
    assert post["title"]["raw"] == title
    assert [e["action"] for e in post["meta"]["ew_audit"]] == ["submit"]


def test_the_table_the_server_enforces_is_the_apps_table(wordpress: WordPressSite) -> None:
    from editor_app.sync.workflow_table import render

    shipped = (wordpress.wp_content_dir / "mu-plugins" / "editorial-workstation" / "workflow.json").read_text(
        encoding="utf-8"
    )
    assert shipped == render()


def test_a_reporter_cannot_approve_their_own_story_on_any_path(wordpress: WordPressSite) -> None:
    post = submitted_post(wordpress)
    pid = post["id"]
    with rest_client(wordpress, "reporter") as reporter:
        forged = reporter.post(f"wp/v2/posts/{pid}", json={"meta": {"ew_status": "approved"}})
        assert forged.status_code == 403 and forged.json()["code"] == "ew_server_owned"
        published = reporter.post(f"wp/v2/posts/{pid}", json={"status": "publish"})
        assert published.status_code == 403
    refused = transition(wordpress, "reporter", pid, "approve")
    assert refused.status_code == 403 and refused.json()["code"] == "ew_transition_refused"
    assert "reporter cannot approve" in refused.json()["message"]
    # XML-RPC: the status is refused, the custom field silently not written.
    assert (
        xmlrpc_call(wordpress, "reporter", "wp.editPost", pid, {"post_status": "publish"}).fault is not None
    )
    xmlrpc_call(
        wordpress,
        "reporter",
        "wp.editPost",
        pid,
        {"custom_fields": [{"key": "ew_status", "value": "approved"}]},
    )
    # wp-admin: the edit form and Quick Edit.
    with admin_session(wordpress, "reporter") as session:
        admin_edit(session, pid, post_title="Reporter's story", content="<p>Words.</p>", post_status="publish",
                   original_post_status="pending", meta_input="")  # fmt: skip
        quick_edit(session, pid, post_title="Reporter's story", _status="publish", post_name="")
    assert_still_submitted(wordpress, pid)


def test_audit_entries_and_note_authors_are_the_servers_to_write(wordpress: WordPressSite) -> None:
    post = submitted_post(wordpress)
    pid = post["id"]
    forged_entry = {"id": "f1", "who": "ew-desk", "at": "2024-01-01T00:00:00Z", "action": "approve",
                    "from": "submitted", "to": "approved", "note": "Approved by the desk"}  # fmt: skip
    forged_note = {"id": "n1", "author": wordpress.users["desk"].id, "author_name": "ew-desk",
                   "at": "2024-01-01T00:00:00Z", "text": "Desk: fine to run", "reply_to": None}  # fmt: skip
    with rest_client(wordpress, "reporter") as reporter:
        for key, value in (("ew_audit", [forged_entry]), ("ew_notes", [forged_note]), ("ew_desk_note", "ok")):
            refused = reporter.post(f"wp/v2/posts/{pid}", json={"meta": {key: value}})
            assert refused.status_code == 403, key
        note = reporter.post(
            f"editorial-workstation/v1/posts/{pid}/notes",
            json={"text": "Sources attached", "author": wordpress.users["desk"].id, "author_name": "ew-desk"},
            headers=app_headers(version(wordpress, pid)),
        )
        assert note.status_code == 201, note.text
    for key in ("ew_audit", "ew_notes"):
        fields = [{"key": key, "value": "forged"}]
        xmlrpc_call(wordpress, "reporter", "wp.editPost", pid, {"custom_fields": fields})
    after = read(wordpress, pid)
    assert [e["action"] for e in after["meta"]["ew_audit"]] == ["submit"]
    assert after["meta"]["ew_audit"][0]["user"] == wordpress.users["reporter"].id
    (stored,) = after["meta"]["ew_notes"]
    assert stored["author"] == wordpress.users["reporter"].id
    assert stored["author_name"] == read(wordpress, pid, "reporter")["meta"]["ew_notes"][0]["author_name"]
    assert stored["author_name"] != "ew-desk" and stored["text"] == "Sources attached"


def test_a_photo_editor_cannot_replace_or_delete_a_colleagues_notes(wordpress: WordPressSite) -> None:
    pid = submitted_post(wordpress)["id"]
    with rest_client(wordpress, "desk") as desk:
        desk.post(
            f"editorial-workstation/v1/posts/{pid}/notes",
            json={"text": "Check the quote"},
            headers=app_headers(version(wordpress, pid)),
        ).raise_for_status()
    with rest_client(wordpress, "photo_editor") as photo:
        wiped = photo.post(f"wp/v2/posts/{pid}", json={"meta": {"ew_notes": []}})
        assert wiped.status_code == 403
        added = photo.post(
            f"editorial-workstation/v1/posts/{pid}/notes",
            json={"text": "Photo is credited"},
            headers=app_headers(version(wordpress, pid)),
        )
        assert added.status_code == 201, added.text
    notes = read(wordpress, pid)["meta"]["ew_notes"]
    assert [(n["text"], n["author"]) for n in notes] == [
        ("Check the quote", wordpress.users["desk"].id),
        ("Photo is credited", wordpress.users["photo_editor"].id),
    ]


def test_a_photo_editor_cannot_change_text_or_status_on_any_path(wordpress: WordPressSite) -> None:
    pid = submitted_post(wordpress)["id"]
    fault = xmlrpc_call(wordpress, "photo_editor", "wp.editPost", pid, {"post_title": "Photo desk headline",
                                                                         "post_content": "Rewritten"}).fault  # fmt: skip
    assert fault is not None and "photo editor" in fault.faultString
    assert (
        xmlrpc_call(wordpress, "photo_editor", "wp.editPost", pid, {"post_status": "draft"}).fault is not None
    )
    with admin_session(wordpress, "photo_editor") as session:
        form = admin_edit(session, pid, post_title="Form headline", content="<p>Words.</p>",
                          post_status="pending", original_post_status="pending")  # fmt: skip
        assert form.status_code == 403
        quick = quick_edit(session, pid, post_title="Quick headline", _status="draft", post_name="")
        assert quick.status_code == 403 and "photo editor" in quick.text
        status_only = quick_edit(session, pid, post_title="Reporter's story", _status="draft", post_name="")
        assert status_only.status_code == 403
    with rest_client(wordpress, "photo_editor") as photo:
        assert photo.post(f"wp/v2/posts/{pid}", json={"title": "REST headline"}).status_code == 403
    assert_still_submitted(wordpress, pid)


def test_a_stock_author_submits_instead_of_publishing(wordpress: WordPressSite) -> None:
    with rest_client(wordpress, "author") as author:
        direct = author.post("wp/v2/posts", json={"title": "Author's scoop", "status": "publish"})
        assert direct.status_code == 403, direct.text
        draft = author.post("wp/v2/posts", json={"title": "Author's draft", "content": "<p>x</p>"}).json()
        assert author.post(f"wp/v2/posts/{draft['id']}", json={"status": "publish"}).status_code == 403
    made = xmlrpc_call(wordpress, "author", "wp.newPost", {"post_title": "By XML-RPC", "post_content": "x",
                                                            "post_status": "publish"})  # fmt: skip
    assert made.fault is None
    by_xmlrpc = read(wordpress, int(made.value))
    assert by_xmlrpc["status"] == "pending" and by_xmlrpc["meta"]["ew_status"] == "submitted"
    with admin_session(wordpress, "author") as session:
        admin_edit(session, draft["id"], post_title="Author's draft", content="<p>x</p>", post_status="publish",
                   original_post_status="draft", publish="Publish")  # fmt: skip
    by_form = read(wordpress, draft["id"])
    assert by_form["status"] == "pending"
    assert [e["action"] for e in by_form["meta"]["ew_audit"]] == ["submit"]


def test_an_approval_names_the_text_read_and_publishing_needs_that_text(wordpress: WordPressSite) -> None:
    pid = submitted_post(wordpress)["id"]
    before = read(wordpress, pid)
    with rest_client(
        wordpress, "reporter"
    ) as reporter:  # the reporter changes the text after the desk read it
        reporter.post(f"wp/v2/posts/{pid}", json={"content": "<p>Other words.</p>"}).raise_for_status()
    stale = transition(wordpress, "desk", pid, "approve", reviewed_hash=text_hash(before))
    assert stale.status_code == 409 and stale.json()["code"] == "ew_text_changed"
    assert transition(wordpress, "desk", pid, "approve").status_code == 200
    with rest_client(wordpress, "desk") as desk:  # a change after the approval: publishing is refused
        desk.post(f"wp/v2/posts/{pid}", json={"title": "Changed after approval"}).raise_for_status()
    refused = transition(wordpress, "desk", pid, "publish")
    assert refused.status_code == 409 and refused.json()["code"] == "ew_text_changed"
    assert read(wordpress, pid)["status"] == "pending"


def test_desk_notes_and_audit_never_reach_anonymous_readers(wordpress: WordPressSite) -> None:
    pid = submitted_post(wordpress)["id"]
    assert transition(wordpress, "desk", pid, "return", note="Needs a second source").status_code == 200
    with rest_client(wordpress, "reporter") as reporter:
        reporter.post(f"wp/v2/posts/{pid}", json={"status": "pending"}).raise_for_status()
    assert transition(wordpress, "desk", pid, "approve").status_code == 200
    assert transition(wordpress, "desk", pid, "publish").status_code == 200
    with rest_client(wordpress) as anonymous:
        public = anonymous.get(f"wp/v2/posts/{pid}").json()["meta"]
    assert not {"ew_desk_note", "ew_notes", "ew_audit", "ew_reviewed_hash"} & set(public)
    trail = read(wordpress, pid)["meta"]["ew_audit"]
    assert [(e["action"], e["role"]) for e in trail] == [
        ("submit", "reporter"), ("return", "desk"), ("submit", "reporter"), ("approve", "desk"), ("publish", "desk"),
    ]  # fmt: skip


def _quick_edit_status(wordpress: WordPressSite, user: str, pid: int, status: str) -> Any:
    with admin_session(wordpress, user) as session:
        return quick_edit(session, pid, post_title="Reporter's story", _status=status, post_name="")


def test_the_desk_works_from_wp_admin_and_the_audit_says_so(wordpress: WordPressSite) -> None:
    pid = submitted_post(wordpress)["id"]
    answer = _quick_edit_status(wordpress, "desk", pid, "publish")
    assert answer.status_code == 200, answer.text
    post = read(wordpress, pid)
    assert post["status"] == "publish" and post["meta"]["ew_status"] == "published"
    assert [e["action"] for e in post["meta"]["ew_audit"]] == ["submit", "approve", "publish"]
    assert post["meta"]["ew_audit"][1]["reviewed_hash"] == text_hash(post)


def test_a_stock_author_cannot_rewrite_published_copy(wordpress: WordPressSite) -> None:
    """WordPress lets an author edit their published post; the workflow says only the desk corrects it."""
    pid = submitted_post(wordpress, "author")["id"]
    assert transition(wordpress, "desk", pid, "approve").status_code == 200
    assert transition(wordpress, "desk", pid, "publish").status_code == 200
    with rest_client(wordpress, "author") as author:
        refused = author.post(f"wp/v2/posts/{pid}", json={"content": "<p>Rewritten after publication.</p>"})
    assert refused.status_code == 403 and "only the desk can change it now" in refused.json()["message"]
    fault = xmlrpc_call(wordpress, "author", "wp.editPost", pid, {"post_content": "By XML-RPC"}).fault
    assert fault is not None and "only the desk" in fault.faultString
    with rest_client(wordpress, "desk") as desk:
        corrected = desk.post(f"wp/v2/posts/{pid}", json={"content": "<p>Corrected by the desk.</p>"})
    assert corrected.status_code == 200, corrected.text
    post = read(wordpress, pid)
    assert post["content"]["raw"] == "<p>Corrected by the desk.</p>"
    assert post["meta"]["ew_audit"][-1]["action"] == "corrected" and post["meta"]["ew_updated_at"]


def test_only_the_desk_publishes_an_archive_article_and_only_as_it_arrives(wordpress: WordPressSite) -> None:
    """An archive article reaches the site as a new draft with no audit trail; its first transition may start from
    ``archived`` (the desk's "publish to site"). A reporter is refused, and a post already in the workflow here
    cannot use it to skip the desk's approval."""

    def fresh_draft(user: str) -> int:
        with rest_client(wordpress, user) as client:
            made = client.post("wp/v2/posts", json={"title": "Harbour opened in 1998", "content": "<p>x</p>"})
        assert made.status_code == 201, made.text
        return int(made.json()["id"])

    mine = fresh_draft("reporter")
    refused = transition(wordpress, "reporter", mine, "publish_to_site")
    assert refused.status_code == 403 and "reporter cannot publish_to_site" in refused.json()["message"]
    assert read(wordpress, mine)["status"] == "draft" and read(wordpress, mine)["meta"]["ew_audit"] == []

    in_workflow = submitted_post(wordpress)["id"]
    skipped = transition(wordpress, "desk", in_workflow, "publish_to_site")
    assert skipped.status_code == 409 and skipped.json()["code"] == "ew_transition_refused"
    assert_still_submitted(wordpress, in_workflow)

    archived = fresh_draft("desk")
    taken = transition(wordpress, "desk", archived, "publish_to_site")
    assert taken.status_code == 200, taken.text
    post = read(wordpress, archived)
    assert post["status"] == "publish" and post["meta"]["ew_status"] == "published"
    assert [(e["action"], e["from"], e["to"], e["role"]) for e in post["meta"]["ew_audit"]] == [
        ("publish_to_site", "archived", "published", "desk")
    ]
    again = transition(wordpress, "desk", archived, "publish_to_site")
    assert again.status_code == 409  # once on the site, it is an ordinary published article
