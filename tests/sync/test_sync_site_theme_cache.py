"""A sync fetches the site's theme for the preview (``sync/site_theme.py``): the page every time; a stylesheet,
font or image that the cache holds from the same site under the same address is copied from it for a day, not
fetched again; when nothing changed the cache stays as it is (the preview has no new file to load). Real
WordPress (Twenty Twenty-One), counted by the client's own transport."""

from __future__ import annotations

import json
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx2
import pytest

from editor_app.domain.article import utcnow
from editor_app.paths import SITE_THEME_PAGE
from editor_app.sync.site_theme import INFO_FILE, fetch_theme
from tests.wordpress.harness import rest_client

pytestmark = pytest.mark.wordpress


class Counted(httpx2.BaseTransport):
    """The real HTTP transport; ``ok`` and ``failed`` count the requests answered 200 and otherwise."""

    def __init__(self) -> None:
        self._inner = httpx2.HTTPTransport()
        self.ok = 0
        self.failed = 0

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        response = self._inner.handle_request(request)
        if response.status_code == 200:
            self.ok += 1
        else:
            self.failed += 1
        return response

    def close(self) -> None:
        self._inner.close()


def _fetch(wp: Any, folder: Path) -> Counted:
    transport = Counted()
    fetch_theme(wp.url, folder, transport=transport)
    return transport


def _files(folder: Path) -> dict[str, int]:
    return {path.name: path.stat().st_mtime_ns for path in folder.iterdir()}


def _css(folder: Path) -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in folder.glob("*.css")}


def test_the_page_comes_each_time_and_its_files_from_the_cache(wp: Any, tmp_path: Path) -> None:
    folder = tmp_path / "site-theme"
    day = utcnow().date()
    first = _fetch(wp, folder)
    assert first.ok >= 5  # the page, Twenty Twenty-One's stylesheets and the plugin's
    files, css = _files(folder), _css(folder)
    page = folder / SITE_THEME_PAGE

    time.sleep(1.1)  # a page stamped with the second it was made would differ now
    again = _fetch(wp, folder)
    assert again.ok == 1  # the page alone (a resource the site cannot give is asked for again, as before)
    assert again.failed == first.failed
    if utcnow().date() == day:  # the plugin dates its placeholder today: the page is the same all day
        assert _files(folder) == files  # untouched

    with rest_client(wp, "admin") as admin:
        title = admin.get("wp/v2/settings").json()["title"]
        admin.post("wp/v2/settings", json={"title": "Harbour Gazette"}).raise_for_status()
        try:
            changed = _fetch(wp, folder)
            assert changed.ok == 1  # the page; its stylesheets are the cached ones
            assert "Harbour Gazette" in page.read_text(encoding="utf-8")
            assert _css(folder) == css  # copied over (what they name: the test below)
        finally:
            admin.post("wp/v2/settings", json={"title": title}).raise_for_status()


def test_after_a_day_or_from_another_site_everything_is_fetched_again(wp: Any, tmp_path: Path) -> None:
    folder = tmp_path / "site-theme"
    first = _fetch(wp, folder).ok
    info_file = folder / INFO_FILE
    info = json.loads(info_file.read_text(encoding="utf-8"))
    day_ago = (utcnow() - timedelta(days=1, minutes=1)).isoformat(timespec="seconds")
    info_file.write_text(json.dumps({**info, "fetched_whole": day_ago}), encoding="utf-8")
    assert _fetch(wp, folder).ok == first
    assert json.loads(info_file.read_text(encoding="utf-8"))["fetched_whole"] != day_ago  # whole again

    info = json.loads(info_file.read_text(encoding="utf-8"))
    info_file.write_text(json.dumps({**info, "site": "https://other.example"}), encoding="utf-8")
    assert _fetch(wp, folder).ok == first


def test_a_cached_stylesheet_comes_with_the_files_it_names(tmp_path: Path) -> None:
    """A stylesheet that imports another and uses a font (a local site on a plain HTTP server, whose page is the
    same from one request to the next until it is changed): the same page leaves the cache untouched; a changed
    one takes the stylesheet from the cache with the files it names, and none of the three is asked for again."""
    import http.server
    import threading

    from editor_app.sync.theme_page import REQUIRED_IDS

    asked: list[str] = []
    title = ["Morning"]

    class Site(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path.split("?")[0])
            if self.path.startswith("/?"):
                parts = "".join(f'<span id="{name}"></span>' for name in REQUIRED_IDS if name != "body")
                body = (
                    f'<html><head><link rel="stylesheet" href="/main.css?ver=1"></head>'
                    f'<body><h1>{title[0]}</h1>{parts}<div id="body"></div></body></html>'
                ).encode()
                kind = "text/html; charset=utf-8"
            elif self.path.startswith("/main.css"):
                body, kind = b'@import url("/more.css"); h1 { color: red; }', "text/css"
            elif self.path.startswith("/more.css"):
                body, kind = b'@font-face { font-family: F; src: url("/f.woff2"); }', "text/css"
            elif self.path.startswith("/f.woff2"):
                body, kind = b"wOF2 font bytes", "font/woff2"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    site = f"http://127.0.0.1:{server.server_address[1]}"
    folder = tmp_path / "site-theme"
    try:
        fetch_theme(site, folder)
        assert sorted(asked) == ["/", "/f.woff2", "/main.css", "/more.css"]
        before = {path.name: path.read_bytes() for path in folder.iterdir() if path.name != INFO_FILE}
        stamps = _files(folder)
        asked.clear()
        fetch_theme(site, folder)
        assert asked == ["/"] and _files(folder) == stamps  # the same page: the cache is left untouched
        asked.clear()
        title[0] = "Evening"
        fetch_theme(site, folder)
        assert asked == ["/"]
        after = {path.name: path.read_bytes() for path in folder.iterdir() if path.name != INFO_FILE}
        assert after.keys() == before.keys() and len(after) == 4  # the page and the three files
        assert b"Evening" in after[SITE_THEME_PAGE]
        assert {name: data for name, data in after.items() if name != SITE_THEME_PAGE} == {
            name: data for name, data in before.items() if name != SITE_THEME_PAGE
        }
    finally:
        server.shutdown()
        server.server_close()
