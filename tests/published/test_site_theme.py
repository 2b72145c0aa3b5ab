"""The preview in the site's own theme: a sync against the real WordPress (Twenty Twenty-One) caches the plugin's
placeholder page with its stylesheets; the preview's Site choice shows the typed article in it offline, with every
remote request still blocked; with no cache yet the Site choice says to sync once."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QUrl
from PySide6.QtWebEngineCore import QWebEngineSettings

from editor_app.domain import new_article
from editor_app.paths import DataPaths
from editor_app.sync.theme_page import REQUIRED_IDS
from tests.e2e.newsroom import member
from tests.published import published_site as seed
from tests.ui_preview.preview_helpers import QT_NOISE, run_js, wait_body_contains, wait_js
from tests.ui_preview.test_preview_sandbox import _Hits, remote  # noqa: F401 (a fixture)

pytestmark = [pytest.mark.wordpress, pytest.mark.qt_log_ignore(*QT_NOISE)]

REMOTE = re.compile(r"(?:https?:)?//[\w.-]", re.IGNORECASE)
DATA_URL = re.compile(r"""url\(\s*(['"]?)data:.*?\1\s*\)""", re.IGNORECASE | re.DOTALL)
CSS_REFERENCE = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")]*)""", re.IGNORECASE)


@pytest.fixture(scope="module")
def cached(wordpress: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A reporter's profile after one sync: its site-theme folder."""
    folder = tmp_path_factory.mktemp("theme-profile")
    reporter = member(wordpress, "reporter", folder)
    try:
        report = reporter.synced()
        assert not [w for w in report.warnings if "theme" in w], report.warnings
    finally:
        reporter.close()
    yield DataPaths(folder).site_theme


def test_a_sync_caches_the_page_and_its_css_with_nothing_remote(wordpress: Any, cached: Path) -> None:
    page_html = (cached / "page.html").read_text(encoding="utf-8")
    page = BeautifulSoup(page_html, "html.parser")
    assert page.find("script") is None and "<script" not in page_html.lower()
    for name in REQUIRED_IDS:
        assert page.find(id=name) is not None, name
    assert page.find(id="body").get_text(strip=True) == ""  # type: ignore[union-attr]
    assert page.select_one("h1.entry-title #headline") is not None  # the theme's own title element
    assert REMOTE.search(page_html) is None, REMOTE.search(page_html)
    assert wordpress.url.split("//")[1] not in page_html
    sheets = [str(link["href"]) for link in page.select("link[rel=stylesheet]")]
    assert len(sheets) >= 3 and all((cached / href).is_file() for href in sheets)
    css = {path.name: path.read_text(encoding="utf-8") for path in cached.glob("*.css")}
    assert any("--global--font-size-base" in text for text in css.values())  # Twenty Twenty-One's style.css
    assert any(".ew-kicker" in text for text in css.values())  # the plugin's ew.css
    for name, text in css.items():
        without_data = DATA_URL.sub("url()", text)
        assert REMOTE.search(without_data) is None, (name, REMOTE.search(without_data))
        for reference in CSS_REFERENCE.findall(without_data):
            assert not reference or reference.startswith("#") or (cached / reference).is_file(), (
                name,
                reference,
            )
    # What the reader's page links is what was cached (the page itself is fetched with no credentials).
    public = seed.public_page(f"{wordpress.url}/?ew_theme_preview=1")
    assert public.select_one("#headline") is not None and public.find("script") is not None


def test_site_mode_shows_the_typed_article_offline_and_blocks_remote_requests(
    cached: Path,
    qtbot: Any,
    tmp_path: Path,
    remote: str,  # noqa: F811
) -> None:
    from editor_app.ui.preview import PreviewPanel

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    (tmp_path / "media").mkdir()
    site = PreviewPanel(None, tmp_path / "media", theme_page=cached / "page.html", settings=settings)
    qtbot.addWidget(site)
    site.resize(1100, 800)
    site.show()
    try:
        assert site.findChild(type(site.theme_combo), "previewThemeCombo") is site.theme_combo
        site.set_theme("site")
        assert settings.value("preview/theme") == "site" and site.theme_note.isHidden()
        article = new_article(
            headline="Ferry fares frozen", standfirst="The council backs down.", body="First."
        )
        site.show_article(article)
        wait_js(qtbot, site, "document.getElementById('headline').textContent === 'Ferry fares frozen'")
        assert (
            run_js(qtbot, site, "document.querySelector('h1.entry-title').textContent")
            == "Ferry fares frozen"
        )
        assert (
            run_js(qtbot, site, "document.getElementById('standfirst').textContent")
            == "The council backs down."
        )
        wait_body_contains(qtbot, site, "First.")
        site.update_body("First.\n\nA second paragraph typed now.")
        wait_body_contains(qtbot, site, "A second paragraph typed now.")
        # The theme's stylesheets are applied from the cache (Twenty Twenty-One's custom properties are set).
        assert wait_js(
            qtbot,
            site,
            "getComputedStyle(document.documentElement).getPropertyValue('--global--font-size-base')",
        )
        assert run_js(qtbot, site, "document.styleSheets.length") >= 3
        # Remote photos in the article are never fetched.
        site.show_article(article, photo_src=f"{remote}/featured.jpg")
        site.update_body(f"First.\n\n![remote]({remote}/inline.png)")
        wait_body_contains(qtbot, site, "First.")
        wait_js(
            qtbot, site, "[...document.querySelectorAll('#body img, #featured img')].every(i => i.complete)"
        )
        qtbot.wait(300)
        assert _Hits.hits == []
        # Without the page's CSP and with file pages allowed to reach the web, the interceptor alone still lets
        # the theme's cached files through and refuses the remote and the outside ones.
        site.page.settings().setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, True
        )
        outside = tmp_path / "outside.css"
        outside.write_text("body { color: red; }", encoding="utf-8")
        bare = BeautifulSoup((cached / "page.html").read_text(encoding="utf-8"), "html.parser")
        bare.select_one("meta[http-equiv]").decompose()  # type: ignore[union-attr]
        bare.body.append(BeautifulSoup(  # type: ignore[union-attr]
            f'<img id="probe" src="{remote}/probe.png"><link rel="stylesheet" href="{outside.as_uri()}">',
            "html.parser",
        ))  # fmt: skip
        with qtbot.waitSignal(site.page.loadFinished, timeout=10_000):
            site.page.show_html(str(bare), QUrl.fromLocalFile(f"{cached}/"))
        qtbot.waitUntil(
            lambda: any("/probe.png" in url for url in site.interceptor.blocked_urls), timeout=5000
        )
        assert any(url.endswith("outside.css") for url in site.interceptor.blocked_urls)
        assert _Hits.hits == []
        assert not any(str(cached) in url for url in site.interceptor.blocked_urls)
        assert wait_js(
            qtbot,
            site,
            "getComputedStyle(document.documentElement).getPropertyValue('--global--font-size-base')",
        )
    finally:
        site.shutdown()
        site.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    again = PreviewPanel(None, None, theme_page=cached / "page.html", settings=settings)
    qtbot.addWidget(again)
    try:
        assert again.theme == "site"  # remembered in settings
    finally:
        again.shutdown()
        again.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_site_mode_without_a_cache_says_sync_once(qtbot: Any, tmp_path: Path) -> None:
    from editor_app.ui.preview import PreviewPanel

    panel = PreviewPanel(None, None, theme_page=tmp_path / "site-theme" / "page.html")
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    try:
        panel.set_theme("site")
        assert (
            panel.theme_note.isVisible() and panel.theme_note.text() == "Sync once to fetch the site's theme"
        )
        panel.show_article(new_article(headline="House page meanwhile"))
        wait_js(
            qtbot,
            panel,
            "document.querySelector('main.page h1#headline')?.textContent === 'House page meanwhile'",
        )
    finally:
        panel.shutdown()
        panel.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
