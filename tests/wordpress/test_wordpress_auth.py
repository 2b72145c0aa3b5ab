"""Signing in: API discovery, application passwords for every newsroom role, honest 401s."""

from __future__ import annotations

import re

import httpx2
import pytest

from tests.wordpress.harness import WordPressSite, rest_client

pytestmark = pytest.mark.wordpress

EXPECTED_ROLES = {
    "admin": ("administrator", "desk"),  # by capabilities: may publish and edit others' posts
    "reporter": ("ew_reporter", "reporter"),
    "photo_editor": ("ew_photo_editor", "photo_editor"),
    "desk": ("ew_desk", "desk"),
    "contributor": ("contributor", "reporter"),
    "author": ("author", "reporter"),
    "editor": ("editor", "desk"),
}


def test_api_root_is_discovered_from_the_link_header(wordpress: WordPressSite) -> None:
    home = httpx2.get(wordpress.url + "/", trust_env=False, timeout=30)
    match = re.search(r'<([^>]+)>;\s*rel="https://api\.w\.org/"', home.headers["link"])
    assert match is not None
    assert match.group(1) == wordpress.api_root
    index = httpx2.get(match.group(1), trust_env=False, timeout=30).json()
    assert "editorial-workstation/v1" in index["namespaces"]
    assert "wp/v2" in index["namespaces"]


@pytest.mark.parametrize("key", sorted(EXPECTED_ROLES))
def test_application_password_signs_in_with_roles(wordpress: WordPressSite, key: str) -> None:
    role, newsroom_role = EXPECTED_ROLES[key]
    with rest_client(wordpress, key) as client:
        me = client.get("wp/v2/users/me", params={"context": "edit"})
        assert me.status_code == 200, me.text
        assert me.json()["id"] == wordpress.users[key].id
        assert me.json()["roles"] == [role]
        ours = client.get("editorial-workstation/v1/me").json()
    assert ours["newsroom_role"] == newsroom_role
    assert ours["roles"] == [role]
    assert ours["capabilities"]["publish_posts"] is (key in ("admin", "desk", "editor", "author"))


def test_reporter_capabilities_say_upload_but_not_publish(wordpress: WordPressSite) -> None:
    with rest_client(wordpress, "reporter") as client:
        capabilities = client.get("wp/v2/users/me", params={"context": "edit"}).json()["capabilities"]
    assert capabilities.get("upload_files") is True
    assert capabilities.get("edit_posts") is True
    assert not capabilities.get("publish_posts")


def test_wrong_password_is_401_not_anonymous(wordpress: WordPressSite) -> None:
    reporter = wordpress.users["reporter"]
    wrong = httpx2.get(
        wordpress.route("wp/v2/posts"), auth=(reporter.login, "not the password"), trust_env=False, timeout=30
    )
    assert wrong.status_code == 401
    assert wrong.json()["code"] == "incorrect_password"
    unknown = httpx2.get(
        wordpress.route("wp/v2/users/me"),
        auth=("nobody-here", reporter.app_password),
        trust_env=False,
        timeout=30,
    )
    assert unknown.status_code == 401
    assert unknown.json()["code"] == "invalid_username"


def test_plugin_routes_need_a_signed_in_user(wordpress: WordPressSite) -> None:
    with rest_client(wordpress) as anonymous:
        assert anonymous.get("editorial-workstation/v1/me").status_code == 401
        assert anonymous.get("editorial-workstation/v1/posts/by-uuid/abc").status_code == 401
