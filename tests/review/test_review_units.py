"""Pure parts of the review: roles from the site user, threads, the notes and audit meta codec, status mapping."""

from __future__ import annotations

from datetime import timedelta

from editor_app.domain import Role
from editor_app.domain.article import utcnow
from editor_app.domain.review import AuditEntry, Comment, thread_order
from editor_app.sync.backend import RemotePost, RemoteUser
from editor_app.sync.mapping import local_status, remote_state
from editor_app.sync.review_meta import audit_from_json, audit_json, comment_from_json, comment_json
from editor_app.sync.roles import role_for, role_from_label

ALL = {"edit_posts": True, "upload_files": True, "publish_posts": True, "edit_others_posts": True}


def user(
    roles: tuple[str, ...], newsroom: str | None = None, plugin: bool = True, **caps: bool
) -> RemoteUser:
    return RemoteUser(1, "Pat", roles, {**ALL, **caps}, newsroom_role=newsroom, plugin=plugin)


def test_roles_come_from_capabilities_never_from_role_names() -> None:
    assert role_for(user(("ew_photo_editor",), "photo_editor", publish_posts=False)).role is Role.PHOTO_EDITOR
    assert role_for(user(("administrator",), "admin")).role is Role.DESK
    reporter = role_for(user(("ew_reporter",), "reporter", publish_posts=False, edit_others_posts=False))
    assert reporter.role is Role.REPORTER and reporter.limits == ()
    # A role called "editor" (or a plugin's answer) that cannot publish is no desk.
    assert role_for(user(("editor",), "desk", publish_posts=False)).role is Role.PHOTO_EDITOR
    assert (
        role_for(user(("ew_desk",), "desk", publish_posts=False, edit_others_posts=False)).role
        is Role.REPORTER
    )


def test_stock_roles_map_sensibly_without_the_plugin_and_say_what_is_missing() -> None:
    editor = role_for(user(("editor",), plugin=False))
    assert editor.role is Role.DESK
    assert "no photo editor role" in editor.limits[0]
    contributor = role_for(
        user(("contributor",), plugin=False, upload_files=False, publish_posts=False, edit_others_posts=False)
    )
    assert contributor.role is Role.REPORTER
    assert "cannot upload photos" in " ".join(contributor.limits)
    author = role_for(user(("author",), plugin=False, edit_others_posts=False))
    assert author.role is Role.REPORTER and "leaves publishing to the desk" in author.limits[-1]
    nobody = role_for(user(("subscriber",), plugin=False, edit_posts=False))
    assert nobody.role is Role.REPORTER and "cannot write articles" in " ".join(nobody.limits)
    assert role_from_label("desk") is Role.DESK and role_from_label("photo_editor") is Role.PHOTO_EDITOR
    assert role_from_label("editor") is None  # a WordPress role name says nothing
    assert role_from_label("subscriber") is None


def test_a_thread_puts_replies_under_their_note_and_never_drops_a_cycle() -> None:
    now = utcnow()
    a = Comment("x", "desk", "a", at=now, id="a")
    b = Comment("x", "rep", "b", at=now + timedelta(seconds=1), reply_to="a", id="b")
    c = Comment("x", "desk", "c", at=now + timedelta(seconds=2), id="c")
    orphan = Comment("x", "desk", "orphan", at=now + timedelta(seconds=3), reply_to="gone", id="d")
    assert [(d, x.id) for d, x in thread_order([c, b, a, orphan])] == [(0, "a"), (1, "b"), (0, "c"), (0, "d")]
    loop1 = Comment("x", "p", "1", at=now, reply_to="l2", id="l1")
    loop2 = Comment("x", "p", "2", at=now, reply_to="l1", id="l2")
    assert {x.id for _, x in thread_order([loop1, loop2])} == {"l1", "l2"}


def test_notes_and_audit_entries_round_trip_through_post_meta() -> None:
    note = Comment("art", "ew-desk", "Check the fares.", reply_to="n0", author_id=7)
    back = comment_from_json("art", comment_json(note))
    assert back is not None
    assert (back.id, back.author, back.text, back.reply_to, back.author_id) == (
        note.id, "ew-desk", "Check the fares.", "n0", 7,
    )  # fmt: skip
    assert back.synced and abs((back.at - note.at).total_seconds()) < 1
    entry = AuditEntry("art", "ew-desk", "schedule", "approved", "scheduled", publish_at=utcnow())
    again = audit_from_json("art", audit_json(entry))
    assert again is not None and (again.id, again.to_status, again.who) == (entry.id, "scheduled", "ew-desk")
    assert again.publish_at is not None
    assert comment_from_json("art", {"id": "x", "text": "no time"}) is None
    assert audit_from_json("art", {"id": "x", "at": "garbage", "to": "draft"}) is None


def test_the_workflow_status_rides_on_ew_status_where_wordpress_has_one_status_for_two() -> None:
    assert local_status("draft", "submitted", "returned") == "returned"
    assert local_status("draft", "submitted", "") == "draft"
    assert (
        local_status("pending", "draft", "returned") == "submitted"
    )  # a stale hint loses to the post status
    assert local_status("future", "submitted", "scheduled") == "scheduled"
    post = RemotePost(
        1, "2026-01-01T00:00:00", "draft", meta={"ew_status": "returned", "ew_desk_note": "Fix it"}
    )
    state = remote_state(post, base=None, base_html="", local=None, categories={}, tags={})
    assert (state["status"], state["note"]) == ("returned", "Fix it")
