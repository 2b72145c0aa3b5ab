"""The preview runs no content script, loads nothing remote, and opens links in the system browser."""

from __future__ import annotations

import base64
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import QWebEngineSettings

from editor_app.media.store import MediaStore
from tests.ui_preview.preview_helpers import QT_NOISE, run_js, wait_body_contains, wait_idle, wait_js

pytestmark = pytest.mark.qt_log_ignore(*QT_NOISE)

PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
PROBE = "document.title='PWNED'"
HOSTILE = f"""Safe opening paragraph.

<script>{PROBE}</script>

<img src="x.png" onerror="{PROBE}"> and <svg onload="{PROBE}"></svg>

[click me](javascript:{PROBE}) and [tab](java\tscript:{PROBE})

<iframe src="https://example.com/" onload="{PROBE}"></iframe>

<style>body {{ display: none }}</style>

![data image](data:image/png;base64,{base64.b64encode(PNG_1PX).decode()})

<a href="#" onclick="{PROBE}">anchor</a> <div onmouseover="{PROBE}" style="background:url(https://example.com/x)">hover</div>

<form action="https://example.com/"><input name="q"></form> <object data="https://example.com/x.swf"></object>

Closing paragraph."""


class _Hits(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Hits.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()
        self.wfile.write(PNG_1PX)

    def log_message(self, *_: Any) -> None:
        pass


@pytest.fixture
def remote() -> Iterator[str]:
    """A local HTTP server standing in for the internet; it records every request that reaches it."""
    _Hits.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hits)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_hostile_markdown_never_executes(qtbot: Any, panel: Any) -> None:
    panel.update_body(HOSTILE)
    wait_body_contains(qtbot, panel, "Closing paragraph.")
    wait_idle(qtbot, panel)
    qtbot.wait(200)
    found = json.loads(
        run_js(
            qtbot,
            panel,
            """JSON.stringify({
              title: document.title,
              dangerous: document.querySelectorAll('#body script, #body iframe, #body style, #body svg, '
                + '#body form, #body input, #body object, #body embed').length,
              handlers: [...document.querySelectorAll('#body *')].flatMap(e => [...e.attributes])
                .filter(a => a.name.startsWith('on') || a.name === 'style').length,
              hrefs: [...document.querySelectorAll('#body a')].map(a => a.getAttribute('href')),
              srcs: [...document.querySelectorAll('#body img')].map(i => i.getAttribute('src')),
              bodyVisible: getComputedStyle(document.body).display !== 'none',
            })""",
        )
    )
    assert found["title"] == "Untitled article"
    assert found["dangerous"] == 0 and found["handlers"] == 0
    assert not any(h and not h.startswith("#") for h in found["hrefs"])
    assert all(not (s or "").startswith("data:") for s in found["srcs"])
    assert found["bodyVisible"]


def test_content_script_cannot_run_even_if_it_got_past_the_sanitiser(qtbot: Any, panel: Any) -> None:
    """Defence in depth: JavaScript is off for the page itself; only the patch script's world runs."""
    panel.update_body("Hello")
    wait_idle(qtbot, panel)
    raw = f'<p>raw</p><img src="missing.png" onerror="{PROBE}"><script>{PROBE}</script>'
    run_js(
        qtbot,
        panel,
        f"window.__preview.apply({{seq: 1, upsert: [['b-raw', 0, {json.dumps(raw)}]], lines: [], remove: []}}); 1",
    )
    run_js(qtbot, panel, f"document.body.insertAdjacentHTML('beforeend', {json.dumps(raw)}); 1")
    qtbot.wait(300)
    assert run_js(qtbot, panel, "document.title") == "Untitled article"
    assert run_js(qtbot, panel, "document.querySelectorAll('script').length") >= 1  # present, never run


def test_remote_and_outside_requests_are_blocked_by_the_interceptor(
    qtbot: Any, panel: Any, remote: str, media_root: Path, tmp_path: Path
) -> None:
    stored = MediaStore(media_root).add(_png(tmp_path / "inside.png"))
    outside = _png(tmp_path / "outside.png")
    # A page without the template's CSP and with file pages allowed to reach the web, so that only the
    # interceptor stands between it and the network.
    panel.page.settings().setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, True)
    html = (
        f'<html><body><img id="remote" src="{remote}/probe.png">'
        f'<img id="outside" src="{outside.as_uri()}"><img id="inside" src="{stored.path.as_uri()}"></body></html>'
    )
    with qtbot.waitSignal(panel.page.loadFinished, timeout=10_000):
        panel.page.show_html(html, QUrl.fromLocalFile(f"{media_root}/"))
    wait_js(qtbot, panel, "['inside', 'outside', 'remote'].every(id => document.getElementById(id).complete)")
    qtbot.waitUntil(lambda: any("/probe.png" in url for url in panel.interceptor.blocked_urls), timeout=5000)
    assert _Hits.hits == []
    assert any(url.endswith("outside.png") for url in panel.interceptor.blocked_urls)
    assert run_js(qtbot, panel, "document.getElementById('inside').naturalWidth") == 1
    assert run_js(qtbot, panel, "document.getElementById('outside').naturalWidth") == 0


def test_remote_featured_photo_is_not_fetched(qtbot: Any, panel: Any, remote: str) -> None:
    from tests.ui_preview.preview_helpers import demo_lead

    article, featured, related = demo_lead()
    panel.show_article(article, featured, related, photo_src=f"{remote}/featured.jpg")
    wait_idle(qtbot, panel)
    qtbot.wait(300)
    assert run_js(qtbot, panel, "document.querySelector('#featured img').naturalWidth") == 0
    assert _Hits.hits == []


def test_stored_media_images_show_from_the_media_store(
    qtbot: Any, panel: Any, media_root: Path, tmp_path: Path
) -> None:
    stored = MediaStore(media_root).add(_png(tmp_path / "photo.png"))
    panel.update_body(f"Look:\n\n![the photo](media:{stored.sha256})\n\n![unknown](media:{'0' * 64})")
    wait_idle(qtbot, panel)
    wait_js(qtbot, panel, "[...document.querySelectorAll('#body img')].every(i => i.complete)")
    srcs = json.loads(
        run_js(
            qtbot,
            panel,
            "JSON.stringify([...document.querySelectorAll('#body img')].map(i => [i.getAttribute('src'), i.naturalWidth]))",
        )
    )
    assert srcs == [[stored.path.resolve().as_uri(), 1], [f"media:{'0' * 64}", 0]]


def test_links_open_in_the_system_browser_and_the_page_stays(
    qtbot: Any, panel: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    panel.update_body("Read [the guide](https://example.org/guide) now.\n\nSecond paragraph.")
    wait_idle(qtbot, panel)
    run_js(qtbot, panel, "window.__pageMark = 1; 1")
    with qtbot.waitSignal(panel.page.linkOpened, timeout=5000):
        run_js(qtbot, panel, "document.querySelector('#body a').click(); 1")
    assert opened == ["https://example.org/guide"]
    qtbot.wait(200)
    assert run_js(qtbot, panel, "window.__pageMark") == 1  # no navigation happened


def _png(path: Path) -> Path:
    path.write_bytes(PNG_1PX)
    return path
