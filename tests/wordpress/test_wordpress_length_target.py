"""The desk's length target (``ew_length_target``) on the real WordPress with the companion plugin: only the desk
sets or changes it, on every path (REST, XML-RPC, the wp-admin edit form and its Custom Fields buttons); a
reporter's save that sends the stored value back goes through. Each test checks the server's state afterwards."""

from __future__ import annotations

import xmlrpc.client
from typing import Any

import httpx2
import pytest

from tests.trust.paths import (
    _nonce,
    admin_edit,
    admin_session,
    read,
    submitted_post,
    version,
    xmlrpc_call,
)
from tests.wordpress.harness import WordPressSite, rest_client

pytestmark = pytest.mark.wordpress

TARGET = "ew_length_target"
REFUSAL = "Only the desk can set or change the length target of an article."


def reporters_draft(site: WordPressSite, words: int = 600) -> int:
    """A reporter's draft (which the reporter may still edit) whose target the desk set to ``words``."""
    pid = int(submitted_post(site, status="draft", meta={"ew_markdown": "Words."})["id"])
    with rest_client(site, "desk") as desk:
        answer = desk.post(f"wp/v2/posts/{pid}", json={"meta": {TARGET: words}})
    assert answer.status_code == 200, answer.text
    assert answer.json()["meta"][TARGET] == words
    return pid


def target(site: WordPressSite, pid: int) -> int:
    return int(read(site, pid)["meta"][TARGET])


def target_rows(site: WordPressSite, pid: int) -> list[dict[str, Any]]:
    """The post's ew_length_target rows as XML-RPC lists them to the administrator (meta id, value)."""
    fields = xmlrpc_call(site, "admin", "wp.getPost", pid).value["custom_fields"]
    return [f for f in fields if f["key"] == TARGET]


def metaweblog_edit(
    site: WordPressSite, user: str, pid: int, struct: dict[str, Any]
) -> xmlrpc.client.Fault | None:
    """``metaWeblog.editPost(post_id, login, password, struct, publish)`` (its own argument order)."""
    account = site.users[user]
    body = xmlrpc.client.dumps(
        (pid, account.login, account.app_password, struct, False), "metaWeblog.editPost"
    )
    with httpx2.Client(trust_env=False, timeout=30.0) as client:
        response = client.post(site.url + "/xmlrpc.php", content=body, headers={"Content-Type": "text/xml"})
    try:
        xmlrpc.client.loads(response.content)
    except xmlrpc.client.Fault as fault:
        return fault
    return None


def custom_fields_nonce(session: httpx2.Client, pid: int) -> str:
    """The Custom Fields box's nonce (``_ajax_nonce-add-meta``), after switching the box on in the block editor's
    preferences as a user does (post.php action=toggle-custom-fields) when it is off."""
    page = session.get("/wp-admin/post.php", params={"post": pid, "action": "edit"})
    if "_ajax_nonce-add-meta" not in page.text:
        toggled = session.post(
            "/wp-admin/post.php",
            data={
                "action": "toggle-custom-fields",
                "toggle-custom-fields-nonce": _nonce(page.text, "toggle-custom-fields-nonce"),
                "_wp_http_referer": f"/wp-admin/post.php?post={pid}&action=edit",
            },
        )
        assert toggled.status_code == 302, toggled.text[:500]
        page = session.get("/wp-admin/post.php", params={"post": pid, "action": "edit"})
    return _nonce(page.text, "_ajax_nonce-add-meta")


def test_the_desk_sets_the_target_and_the_reporter_reads_it(wordpress: WordPressSite) -> None:
    pid = reporters_draft(wordpress, 600)
    with rest_client(wordpress, "reporter") as reporter:
        mine = reporter.get(f"wp/v2/posts/{pid}", params={"context": "edit"}).json()
    assert mine["meta"][TARGET] == 600
    with rest_client(wordpress, "desk") as desk:
        published = desk.post(
            "wp/v2/posts", json={"title": "Out", "status": "publish", "meta": {TARGET: 500}}
        )
        assert published.status_code == 201 and published.json()["meta"][TARGET] == 500
        for bad in (-1, 20001, "six hundred"):
            refused = desk.post(f"wp/v2/posts/{pid}", json={"meta": {TARGET: bad}})
            assert refused.status_code == 400, bad
        cleared = desk.post(f"wp/v2/posts/{pid}", json={"meta": {TARGET: 0}})
        assert cleared.status_code == 200 and cleared.json()["meta"][TARGET] == 0
    assert target(wordpress, pid) == 0
    with rest_client(wordpress) as anonymous:  # a newsroom instruction, not part of the public post
        public = anonymous.get(f"wp/v2/posts/{published.json()['id']}")
    assert public.status_code == 200 and TARGET not in public.json()["meta"]


def test_a_reporter_cannot_change_the_target_over_rest_but_may_send_it_back(wordpress: WordPressSite) -> None:
    pid = reporters_draft(wordpress, 600)
    with rest_client(wordpress, "reporter") as reporter:
        whole = reporter.post(
            f"wp/v2/posts/{pid}",
            json={"title": "Reporter's longer story", "meta": {TARGET: 600, "ew_markdown": "More words."}},
        )
        assert whole.status_code == 200, whole.text  # the app sends whole posts: the stored value is fine
        changed = reporter.post(f"wp/v2/posts/{pid}", json={"title": "Shorter", "meta": {TARGET: 300}})
        assert changed.status_code == 403
        assert changed.json()["code"] == "ew_length_target_desk_only"
        assert changed.json()["message"] == REFUSAL
        assert changed.json()["data"]["length_target"] == 600
        created = reporter.post("wp/v2/posts", json={"title": "New", "meta": {TARGET: 400}})
        assert created.status_code == 403 and created.json()["code"] == "ew_length_target_desk_only"
        plain = reporter.post("wp/v2/posts", json={"title": "New", "meta": {TARGET: 0}})
        assert plain.status_code == 201, plain.text  # nothing stored is 0: sending 0 changes nothing
    with rest_client(wordpress, "photo_editor") as photo:
        assert photo.post(f"wp/v2/posts/{pid}", json={"meta": {TARGET: 900}}).status_code == 403
    post = read(wordpress, pid)
    assert post["title"]["raw"] == "Reporter's longer story"  # refused requests wrote nothing
    assert post["meta"][TARGET] == 600 and post["meta"]["ew_markdown"] == "More words."


def test_a_reporter_cannot_change_the_target_over_xmlrpc(wordpress: WordPressSite) -> None:
    pid = reporters_draft(wordpress, 600)
    (row,) = target_rows(wordpress, pid)
    attempts: list[tuple[str, Any]] = [
        ("wp.editPost", (pid, {"post_title": "XML-RPC", "custom_fields": [{"key": TARGET, "value": "900"}]})),
        ("wp.editPost", (pid, {"custom_fields": [{"id": row["id"], "key": TARGET, "value": "900"}]})),
        ("wp.editPost", (pid, {"custom_fields": [{"id": row["id"]}]})),  # delete by meta id
        ("wp.newPost", ({"post_title": "New", "custom_fields": [{"key": TARGET, "value": "900"}]},)),
        ("metaWeblog.newPost", ({"title": "New", "custom_fields": [{"key": TARGET, "value": "900"}]}, False)),
    ]
    for method, params in attempts:
        fault = xmlrpc_call(wordpress, "reporter", method, *params).fault
        assert fault is not None and fault.faultCode == 403 and REFUSAL in fault.faultString, (method, params)
    fault = metaweblog_edit(
        wordpress, "reporter", pid, {"title": "Weblog", "custom_fields": [{"key": TARGET, "value": "900"}]}
    )
    assert fault is not None and fault.faultCode == 403 and REFUSAL in fault.faultString
    post = read(wordpress, pid)
    assert post["meta"][TARGET] == 600 and post["title"]["raw"] == "Reporter's story"  # nothing was written
    same = xmlrpc_call(
        wordpress,
        "reporter",
        "wp.editPost",
        pid,
        {"post_title": "Edited over XML-RPC", "custom_fields": [{"key": TARGET, "value": "600"}]},
    )
    assert same.fault is None
    assert read(wordpress, pid)["title"]["raw"] == "Edited over XML-RPC"
    assert [r["value"] for r in target_rows(wordpress, pid)] == ["600"]

    # The desk's change over XML-RPC replaces the one target (custom_fields add rows: the plugin updates it).
    before = version(wordpress, pid)
    fields = [{"key": TARGET, "value": "750"}]
    assert xmlrpc_call(wordpress, "desk", "wp.editPost", pid, {"custom_fields": fields}).fault is None
    assert target(wordpress, pid) == 750 and [r["value"] for r in target_rows(wordpress, pid)] == ["750"]
    assert (
        metaweblog_edit(wordpress, "desk", pid, {"custom_fields": [{"key": TARGET, "value": "800"}]}) is None
    )
    assert target(wordpress, pid) == 800
    assert version(wordpress, pid) > before + 1  # each change moves the version (incremental pulls see it)


def test_a_reporter_cannot_change_the_target_from_wp_admin(wordpress: WordPressSite) -> None:
    pid = reporters_draft(wordpress, 600)
    (row,) = target_rows(wordpress, pid)
    mid = row["id"]
    form = {"content": "<p>Words.</p>", "post_status": "draft", "original_post_status": "draft"}
    with admin_session(wordpress, "reporter") as session:
        # The edit form keeps the reporter's text and leaves the target alone, and the edit screen says so.
        saved = admin_edit(session, pid, post_title="Edited in wp-admin", **form,
                           **{f"meta[{mid}][key]": TARGET, f"meta[{mid}][value]": "900"})  # fmt: skip
        assert saved.status_code == 302, saved.text[:500]
        location = saved.headers["location"]
        assert "ew_length_target=desk-only" in location
        shown = session.get(location)
        assert shown.status_code == 200 and REFUSAL in shown.text
        added = admin_edit(
            session, pid, post_title="Edited again", metakeyinput=TARGET, metavalue="900", **form
        )
        assert added.status_code == 302 and "ew_length_target=desk-only" in added.headers["location"]
        unchanged = admin_edit(session, pid, post_title="Edited once more", **form,
                               **{f"meta[{mid}][key]": TARGET, f"meta[{mid}][value]": "600"})  # fmt: skip
        assert unchanged.status_code == 302 and "ew_length_target" not in unchanged.headers["location"]
        # The Custom Fields box's buttons (admin-ajax): refused in words.
        nonce = custom_fields_nonce(session, pid)
        for fields in (
            {"metakeyinput": TARGET, "metavalue": "900"},
            {f"meta[{mid}][key]": TARGET, f"meta[{mid}][value]": "900"},
        ):
            ajax = session.post(
                "/wp-admin/admin-ajax.php",
                data={"action": "add-meta", "post_id": str(pid), "_ajax_nonce-add-meta": nonce, **fields},
            )
            assert ajax.status_code == 403 and REFUSAL in ajax.text, fields
        # The row's Delete button: the reporter is never shown the row (no delete nonce), and is refused anyway.
        deleted = session.post(
            "/wp-admin/admin-ajax.php", data={"action": "delete-meta", "id": mid, "_ajax_nonce": nonce}
        )
        assert deleted.status_code == 403 and REFUSAL in deleted.text
    post = read(wordpress, pid)
    assert post["title"]["raw"] == "Edited once more"
    assert post["meta"][TARGET] == 600 and [r["value"] for r in target_rows(wordpress, pid)] == ["600"]

    with admin_session(wordpress, "desk") as session:  # the desk may, from both
        saved = admin_edit(session, pid, post_title="Edited once more", **form,
                           **{f"meta[{mid}][key]": TARGET, f"meta[{mid}][value]": "700"})  # fmt: skip
        assert saved.status_code == 302 and "ew_length_target" not in saved.headers["location"]
        assert target(wordpress, pid) == 700
        before = version(wordpress, pid)
        ajax = session.post(
            "/wp-admin/admin-ajax.php",
            data={
                "action": "add-meta",
                "post_id": str(pid),
                "_ajax_nonce-add-meta": custom_fields_nonce(session, pid),
                "metakeyinput": TARGET,
                "metavalue": "650",
            },
        )
        assert ajax.status_code == 200, ajax.text[:500]
    assert target(wordpress, pid) == 650 and [r["value"] for r in target_rows(wordpress, pid)] == ["650"]
    assert version(wordpress, pid) > before  # an ajax change touches the post, so pulls bring it
