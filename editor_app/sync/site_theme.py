"""The sync step that keeps the site's theme for the offline preview: fetch the plugin's placeholder page
(``/?ew_theme_preview=1``), its stylesheets (with their imports), fonts and images, and cache them in the profile's
``site-theme/`` folder as ``page.html`` plus the files it names (see ``theme_page`` for what is cleaned).

Only public resources are fetched, without credentials. The folder is replaced whole once everything is in, so
the preview never sees half a theme; a failure keeps the previous cache and adds a warning to the report.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import httpx2

from editor_app.domain.article import utcnow
from editor_app.paths import SITE_THEME_PAGE, DataPaths
from editor_app.store.sync_state import Site
from editor_app.sync.backend import RemoteUser
from editor_app.sync.proxy import NO_PROXY, ProxySettings
from editor_app.sync.report import Progress, SyncProgress, SyncReport
from editor_app.sync.theme_page import NotAThemePage, clean_page, rewrite_css

log = logging.getLogger(__name__)

PAGE_QUERY = {"ew_theme_preview": "1"}
INFO_FILE = "theme.json"
MAX_FILES = 120
MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_TOTAL_BYTES = 24 * 1024 * 1024
MAX_IMPORT_DEPTH = 4
SUFFIXES = {"css": ".css", "font": "", "image": ""}
TIMEOUT = httpx2.Timeout(20.0)


class ThemeFetchError(Exception):
    pass


def theme_folder(database: Path) -> Path:
    """The profile's cache of the site's theme, beside the database (``DataPaths.site_theme``)."""
    return DataPaths(database.parent).site_theme


class _Fetcher:
    """Fetches the page's resources into ``folder`` under names from their URLs; each one once."""

    def __init__(self, client: httpx2.Client, folder: Path) -> None:
        self._client = client
        self._folder = folder
        self._names: dict[str, str | None] = {}
        self._total = 0
        self._depth = 0

    def get(self, url: str) -> httpx2.Response:
        response = self._client.get(url)
        if response.status_code != 200:
            raise ThemeFetchError(f"{url} answered {response.status_code}")
        size = len(response.content)
        self._total += size
        if size > MAX_FILE_BYTES or self._total > MAX_TOTAL_BYTES:
            raise ThemeFetchError(f"{url} is too large for the theme cache")
        return response

    def localize(self, url: str, kind: str) -> str | None:
        if url in self._names:
            return self._names[url]
        if len(self._names) >= MAX_FILES or urlsplit(url).scheme not in ("http", "https"):
            return None
        self._names[url] = None  # an import cycle ends here
        try:
            response = self.get(url)
        except (httpx2.HTTPError, ThemeFetchError) as exc:
            log.info("theme preview: %s not cached: %s", url, exc)
            return None
        name = _file_name(url, kind)
        if kind == "css":
            if self._depth >= MAX_IMPORT_DEPTH:
                return None
            self._depth += 1
            try:
                css = rewrite_css(response.text, str(response.url), self.localize)
            finally:
                self._depth -= 1
            (self._folder / name).write_text(css, encoding="utf-8")
        else:
            (self._folder / name).write_bytes(response.content)
        self._names[url] = name
        return name


def _file_name(url: str, kind: str) -> str:
    """The cached file of the resource at ``url``."""
    suffix = SUFFIXES[kind] or Path(urlsplit(url).path).suffix.lower()[:8]
    return hashlib.sha256(url.encode()).hexdigest()[:20] + suffix


def _named(url: str, kind: str) -> str | None:
    """What ``_Fetcher.localize`` names ``url`` when it fetches it (nothing is fetched)."""
    return _file_name(url, kind) if urlsplit(url).scheme in ("http", "https") else None


def _as_cached(folder: Path, site_url: str, html: str, page_url: str) -> bool:
    """Whether the site's page ``html`` cleans to the page cached from that site: then it names the same
    stylesheets, fonts and images, and the cache is what a fetch would make."""
    try:
        info = json.loads((folder / INFO_FILE).read_text(encoding="utf-8"))
        cached = (folder / SITE_THEME_PAGE).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return False
    if not isinstance(info, dict) or info.get("site") != site_url:
        return False
    try:
        return clean_page(html, page_url, _named) == cached
    except NotAThemePage:
        return False


def fetch_theme(
    site_url: str,
    folder: Path,
    *,
    transport: httpx2.BaseTransport | None = None,
    proxy: ProxySettings = NO_PROXY,
) -> Path:
    """Fetch the site's theme page and what it needs into ``folder`` (replaced whole); returns the page's path.
    A page that cleans to the one cached from the site leaves the cache as it is: one request, not one more per
    stylesheet, font and image (~280 KB for Twenty Twenty-One), and the preview has no new file to load."""
    staging = folder.with_name(folder.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        with httpx2.Client(
            timeout=TIMEOUT,
            follow_redirects=True,
            max_redirects=3,
            transport=transport,
            **proxy.client_options(),
        ) as client:
            fetcher = _Fetcher(client, staging)
            page = fetcher.get(str(httpx2.URL(site_url.rstrip("/") + "/", params=PAGE_QUERY)))
            if not page.headers.get("content-type", "").startswith("text/html"):
                raise ThemeFetchError("the site's theme page is not HTML")
            if _as_cached(folder, site_url, page.text, str(page.url)):
                return folder / SITE_THEME_PAGE
            staging.mkdir(parents=True)
            html = clean_page(page.text, str(page.url), fetcher.localize)
        (staging / SITE_THEME_PAGE).write_text(html, encoding="utf-8")
        info = {"site": site_url, "fetched_at": utcnow().isoformat(timespec="seconds")}
        (staging / INFO_FILE).write_text(json.dumps(info), encoding="utf-8")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    old = folder.with_name(folder.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if folder.exists():
        folder.rename(old)
    staging.rename(folder)
    shutil.rmtree(old, ignore_errors=True)
    return folder / SITE_THEME_PAGE


class SiteThemeSync:
    """One sync run's theme step; skipped for a database without a folder or a site without the plugin."""

    def __init__(
        self,
        database: Path | None,
        site: Site,
        report: SyncReport,
        progress: Progress,
        proxy: ProxySettings = NO_PROXY,
    ) -> None:
        self._folder = theme_folder(database) if database is not None else None
        self._proxy = proxy
        self._site = site
        self._report = report
        self._progress = progress

    def run(self, user: RemoteUser) -> None:
        with self.in_background(user):
            pass

    @contextmanager
    def in_background(self, user: RemoteUser) -> Iterator[None]:
        """Fetch the theme on its own thread while the caller goes on (the pull and push: the theme needs no
        database); leaving waits for it, and its warning joins the report then."""
        if self._folder is None or not user.plugin:
            yield
            return
        self._progress(SyncProgress("fetching the site's theme for the preview"))
        warnings: list[str] = []
        thread = threading.Thread(target=self._fetch, args=(self._folder, warnings), name="site-theme")
        thread.start()
        try:
            yield
        finally:
            thread.join()
            self._report.warnings.extend(warnings)

    def _fetch(self, folder: Path, warnings: list[str]) -> None:
        try:
            fetch_theme(self._site.url, folder, proxy=self._proxy)
        except (httpx2.HTTPError, ThemeFetchError, NotAThemePage, OSError) as exc:
            warnings.append(f"The site's theme for the preview was not updated: {exc}")
