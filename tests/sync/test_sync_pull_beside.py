"""A first pull asks for the site's terms and its reader lists while the listing's first page is on its way, and
the sign-in asks for the user and the newsroom role together: over a network each request is a round trip, and
the run waited for them one after another (real WordPress; the client's own transport, which holds a request
back until the others have been asked for)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx2
import pytest

pytestmark = pytest.mark.wordpress

BESIDE = ("wp/v2/categories", "editorial-workstation/v1/popular")


class HeldFirstPage(httpx2.BaseTransport):
    """The real HTTP transport; the edit listing's first request waits (10 s at most) until the requests in
    ``BESIDE`` have been sent, and ``waited_for_them`` says whether they were."""

    def __init__(self) -> None:
        self._inner = httpx2.HTTPTransport()
        self._asked: set[str] = set()
        self._lock = threading.Lock()
        self._all_asked = threading.Event()
        self.waited_for_them: bool | None = None

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        url = unquote(str(request.url))
        with self._lock:
            self._asked.update(route for route in BESIDE if route in url)
            if len(self._asked) == len(BESIDE):
                self._all_asked.set()
            first_page = "wp/v2/posts" in url and "context=edit" in url and self.waited_for_them is None
            if first_page:
                self.waited_for_them = False
        if first_page:
            self.waited_for_them = self._all_asked.wait(10)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def test_a_first_pull_asks_for_terms_and_lists_while_its_first_page_comes(wp: Any, tmp_path: Path) -> None:
    from editor_app.domain.site_lists import ListKind
    from editor_app.services.sync import SyncService
    from editor_app.store import Database
    from editor_app.sync.credentials import Credentials
    from editor_app.sync.wordpress import WordPressClient

    transport = HeldFirstPage()

    def factory(site: Any, password: str) -> WordPressClient:
        return WordPressClient(wp.api_root, site.username, password, transport=transport)

    db = Database.open(tmp_path / "newsroom.sqlite")
    try:
        service = SyncService(db, None, Credentials(use_keyring=False), backend_factory=factory)
        desk = wp.users["desk"]
        service.add_site("test", wp.url, desk.login)
        service.credentials.remember_for_session(wp.url, desk.login, desk.app_password)
        report = service.sync_once().report
        assert report.failures == []
        assert transport.waited_for_them is True  # asked for before the first page was answered
        with db.read() as uow:
            site = uow.sync_state.site("test")
            assert site is not None
            assert uow.sync_state.terms(site.id, "categories")  # stored, as a pull one after another did
            assert uow.site_lists.get(site.id, ListKind.POPULAR).fetched_at is not None
    finally:
        db.close()


class HeldUser(httpx2.BaseTransport):
    """The real HTTP transport; the user's request (``users/me``) waits (10 s at most) until the plugin's
    ``editorial-workstation/v1/me`` has been sent, and ``waited_for_it`` says whether it was."""

    def __init__(self) -> None:
        self._inner = httpx2.HTTPTransport()
        self._plugin_asked = threading.Event()
        self.waited_for_it: bool | None = None

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        url = unquote(str(request.url))
        if "editorial-workstation/v1/me" in url:
            self._plugin_asked.set()
        elif "wp/v2/users/me" in url:
            self.waited_for_it = self._plugin_asked.wait(10)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def test_signing_in_asks_for_the_user_and_the_newsroom_role_together(wp: Any) -> None:
    from editor_app.sync.backend import AuthFailed
    from editor_app.sync.wordpress import WordPressClient

    desk = wp.users["desk"]
    transport = HeldUser()
    with WordPressClient(wp.api_root, desk.login, desk.app_password, transport=transport) as client:
        user = client.sign_in()
    assert transport.waited_for_it is True  # the plugin's request was on its way before the user's answer
    assert user.plugin and user.newsroom_role == "desk" and user.name
    refused = WordPressClient(wp.api_root, desk.login, "wrong password", transport=HeldUser())
    with refused, pytest.raises(AuthFailed):
        refused.sign_in()  # the user's own refusal, as before
