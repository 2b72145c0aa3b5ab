"""A first pull asks for the site's terms and its reader lists while the listing's first page is on its way:
over a network each request is a round trip, and the pull waited for them one after another (real WordPress;
the client's own transport, which holds that first page back until they have been asked for)."""

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
