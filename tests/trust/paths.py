"""The three ways into WordPress an attacker can use, as plain HTTP against the real site: REST (with the app's
client header or without), XML-RPC (``/xmlrpc.php`` with the application password) and wp-admin (a cookie session
from wp-login.php, the edit form's nonce, Quick Edit's ``_inline_edit`` nonce)."""

from __future__ import annotations

import hashlib
import re
import xmlrpc.client
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx2

from tests.wordpress.harness import WordPressSite, rest_client

APP = {"X-EW-Client": "editor-app/tests"}


def app_headers(version: int | None) -> dict[str, str]:
    """What the app sends on a write: its client header and the version it read."""
    return {**APP, "If-Match": f'"{version}"'} if version is not None else dict(APP)


def read(site: WordPressSite, post_id: int, user: str = "admin") -> dict[str, Any]:
    """The post in edit context (the administrator sees everything, trash included)."""
    with rest_client(site, user) as client:
        response = client.get(f"wp/v2/posts/{post_id}", params={"context": "edit"})
    assert response.status_code == 200, response.text
    return dict(response.json())


def version(site: WordPressSite, post_id: int) -> int:
    return int(read(site, post_id)["meta"]["ew_version"])


def text_hash(post: dict[str, Any]) -> str:
    """What an approval names: sha256 of title.raw, a newline, content.raw."""
    return hashlib.sha256((post["title"]["raw"] + "\n" + post["content"]["raw"]).encode()).hexdigest()


def transition(site: WordPressSite, user: str, post_id: int, action: str, **body: Any) -> httpx2.Response:
    """A transition through the plugin's route, from the post's current version, as the app sends it."""
    current = read(site, post_id)
    if action == "approve" and "reviewed_hash" not in body:
        body["reviewed_hash"] = text_hash(current)
    with rest_client(site, user) as client:
        return client.post(
            f"editorial-workstation/v1/posts/{post_id}/transition",
            json={"action": action, **body},
            headers=app_headers(int(current["meta"]["ew_version"])),
        )


def submitted_post(site: WordPressSite, user: str = "reporter", **fields: Any) -> dict[str, Any]:
    """A post created by ``user`` and submitted to the desk (plain REST, as any client may)."""
    body = {"title": "Reporter's story", "content": "<p>Words.</p>", "status": "pending", **fields}
    with rest_client(site, user) as client:
        created = client.post("wp/v2/posts", json=body)
    assert created.status_code == 201, created.text
    return dict(created.json())


# XML-RPC ------------------------------------------------------------------------------------------------------


@dataclass
class XmlRpcResult:
    fault: xmlrpc.client.Fault | None
    value: Any = None


def xmlrpc_call(site: WordPressSite, user: str, method: str, *params: Any) -> XmlRpcResult:
    """``method(blog_id=1, login, application password, *params)`` on /xmlrpc.php."""
    account = site.users[user]
    body = xmlrpc.client.dumps((1, account.login, account.app_password, *params), method)
    with httpx2.Client(trust_env=False, timeout=30.0) as client:
        response = client.post(site.url + "/xmlrpc.php", content=body, headers={"Content-Type": "text/xml"})
    try:
        (value,), _ = xmlrpc.client.loads(response.content)
    except xmlrpc.client.Fault as fault:
        return XmlRpcResult(fault)
    return XmlRpcResult(None, value)


# wp-admin -----------------------------------------------------------------------------------------------------


@contextmanager
def admin_session(site: WordPressSite, user: str) -> Iterator[httpx2.Client]:
    """A browser-like cookie session of ``user`` in wp-admin (logged in through wp-login.php)."""
    account = site.users[user]
    assert account.password, "the harness did not report sign-in passwords"
    with httpx2.Client(base_url=site.url, trust_env=False, timeout=30.0, follow_redirects=False) as client:
        client.cookies.set("wordpress_test_cookie", "WP Cookie check")
        _log_in(client, site, user)
        yield client


def _log_in(client: httpx2.Client, site: WordPressSite, user: str) -> None:
    account = site.users[user]
    response = client.post(
        "/wp-login.php",
        data={
            "log": account.login,
            "pwd": account.password,
            "wp-submit": "Log In",
            "testcookie": "1",
            "redirect_to": site.url + "/wp-admin/",
        },
    )
    assert response.status_code == 302, f"wp-login.php did not log {user} in ({response.status_code})"


def _nonce(html: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([0-9a-f]+)"', html) or re.search(
        rf'value="([0-9a-f]+)" name="{name}"', html
    )
    assert found, f"no {name} nonce on the page"
    return found.group(1)


def admin_edit(session: httpx2.Client, post_id: int, **fields: str) -> httpx2.Response:
    """Post wp-admin's edit form (post.php, action=editpost) with the nonce of the edit page."""
    page = session.get("/wp-admin/post.php", params={"post": post_id, "action": "edit"})
    assert page.status_code == 200, f"cannot open the edit page ({page.status_code})"
    form = {
        "_wpnonce": _nonce(page.text, "_wpnonce"),
        "action": "editpost",
        "post_ID": str(post_id),
        "post_type": "post",
        "originalaction": "editpost",
        **fields,
    }
    return session.post("/wp-admin/post.php", data=form)


def quick_edit(session: httpx2.Client, post_id: int, **fields: str) -> httpx2.Response:
    """Quick Edit from the posts list: admin-ajax.php action=inline-save with the ``_inline_edit`` nonce."""
    listing = session.get("/wp-admin/edit.php", params={"post_status": "all", "post_type": "post"})
    assert listing.status_code == 200, f"cannot open the posts list ({listing.status_code})"
    form = {
        "action": "inline-save",
        "_inline_edit": _nonce(listing.text, "_inline_edit"),
        "post_ID": str(post_id),
        "post_type": "post",
        "screen": "edit-post",
        **fields,
    }
    return session.post("/wp-admin/admin-ajax.php", data=form)
