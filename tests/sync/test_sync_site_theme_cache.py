"""A sync fetches the site's theme for the preview (``sync/site_theme.py``): when the site's page is the one it
cached, one request, and the cache stays as it is (the preview has no new file to load); when the site changed,
the page and its files again. Real WordPress (Twenty Twenty-One), counted by the client's own transport."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx2
import pytest

from editor_app.paths import SITE_THEME_PAGE
from editor_app.sync.site_theme import fetch_theme
from tests.wordpress.harness import rest_client

pytestmark = pytest.mark.wordpress


class Counted(httpx2.BaseTransport):
    """The real HTTP transport, counting requests."""

    def __init__(self) -> None:
        self._inner = httpx2.HTTPTransport()
        self.requests = 0

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        self.requests += 1
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def _fetch(wp: Any, folder: Path) -> int:
    transport = Counted()
    fetch_theme(wp.url, folder, transport=transport)
    return transport.requests


def test_an_unchanged_theme_is_one_request_and_a_changed_one_is_fetched_again(
    wp: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "site-theme"
    first = _fetch(wp, folder)
    page = folder / SITE_THEME_PAGE
    files = {path.name: path.stat().st_mtime_ns for path in folder.iterdir()}
    assert first >= 4 and len(files) >= 4  # the page, its stylesheets

    assert _fetch(wp, folder) == 1  # the page alone: it cleans to the cached one
    assert {path.name: path.stat().st_mtime_ns for path in folder.iterdir()} == files  # untouched

    with rest_client(wp, "admin") as admin:
        title = admin.get("wp/v2/settings").json()["title"]
        admin.post("wp/v2/settings", json={"title": "Harbour Gazette"}).raise_for_status()
        try:
            assert _fetch(wp, folder) == first  # the site's header changed: everything again
            assert "Harbour Gazette" in page.read_text(encoding="utf-8")
        finally:
            admin.post("wp/v2/settings", json={"title": title}).raise_for_status()


def test_a_cache_from_another_site_is_not_taken(wp: Any, tmp_path: Path) -> None:
    folder = tmp_path / "site-theme"
    first = _fetch(wp, folder)
    info = folder / "theme.json"
    info.write_text(
        info.read_text(encoding="utf-8").replace(wp.url, "https://other.example"), encoding="utf-8"
    )
    assert _fetch(wp, folder) == first
