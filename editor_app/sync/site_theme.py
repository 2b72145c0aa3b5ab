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
import re
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
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
REUSE_FOR = timedelta(days=1)
"""A resource cached from the site under the same address is taken from the cache for this long after the cache
was fetched whole; then the next sync fetches everything again (a file changed in place, at the same address)."""
LOCAL_NAME = re.compile(r"\b[0-9a-f]{20}(?:\.[a-z0-9]{1,7})?\b")
"""A cached file's name (``_file_name``), as a cached stylesheet names the files it uses."""


class ThemeFetchError(Exception):
    pass


def theme_folder(database: Path) -> Path:
    """The profile's cache of the site's theme, beside the database (``DataPaths.site_theme``)."""
    return DataPaths(database.parent).site_theme


def _file_name(url: str, kind: str) -> str:
    """The cached file of the resource at ``url``."""
    suffix = SUFFIXES[kind] or Path(urlsplit(url).path).suffix.lower()[:8]
    return hashlib.sha256(url.encode()).hexdigest()[:20] + suffix


def _fetched_whole(folder: Path, site_url: str) -> str | None:
    """When ``folder`` holds a cache fetched whole from ``site_url`` less than ``REUSE_FOR`` ago: that time."""
    try:
        info = json.loads((folder / INFO_FILE).read_text(encoding="utf-8"))
        whole = str(info.get("fetched_whole") or "")
        age = utcnow() - datetime.fromisoformat(whole)
    except (OSError, ValueError, TypeError, AttributeError):
        return None
    return whole if info.get("site") == site_url and timedelta(0) <= age < REUSE_FOR else None


class _Fetcher:
    """Fetches the page's resources into ``folder`` under names from their URLs; each one once. With ``cache``
    (the site's cache of the last sync), a resource found there is taken from it instead: its name, and those
    of the files a cached stylesheet names, go to ``reused`` (copied only if the cache is replaced)."""

    def __init__(self, client: httpx2.Client, folder: Path, cache: Path | None = None) -> None:
        self._client = client
        self._folder = folder
        self._cache = cache
        self._names: dict[str, str | None] = {}
        self._total = 0
        self._depth = 0
        self.fetched = 0
        """Resources fetched (the page not counted)."""
        self.reused: set[str] = set()
        """The cached files the page needs, taken from ``cache``."""

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
        name = _file_name(url, kind)
        if self._cache is not None and (self._cache / name).is_file():
            self._reuse(name)
            self._names[url] = name
            return name
        self._names[url] = None  # an import cycle ends here
        try:
            response = self.get(url)
        except (httpx2.HTTPError, ThemeFetchError) as exc:
            log.info("theme preview: %s not cached: %s", url, exc)
            return None
        self.fetched += 1
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

    def _reuse(self, name: str) -> None:
        """Take the cached file ``name`` and, for a stylesheet, the cached files it names."""
        assert self._cache is not None
        if name in self.reused:
            return
        self.reused.add(name)
        if name.endswith(".css"):
            for nested in LOCAL_NAME.findall((self._cache / name).read_text(encoding="utf-8")):
                if (self._cache / nested).is_file():
                    self._reuse(nested)


def fetch_theme(
    site_url: str,
    folder: Path,
    *,
    transport: httpx2.BaseTransport | None = None,
    proxy: ProxySettings = NO_PROXY,
) -> Path:
    """Fetch the site's theme page and what it needs into ``folder`` (replaced whole); returns the page's path.

    The page is fetched every time. A stylesheet, font or image that the cache holds from the same site, under
    the same address, is copied from it rather than fetched again (Twenty Twenty-One: 5 requests, ~240 KB),
    for a day after the cache was fetched whole (``REUSE_FOR``). When the page is the cached one and nothing
    new was fetched, the cache is left as it is: the preview has no new file to load."""
    staging = folder.with_name(folder.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    whole = _fetched_whole(folder, site_url)
    cache = folder if whole is not None else None
    try:
        with httpx2.Client(
            timeout=TIMEOUT,
            follow_redirects=True,
            max_redirects=3,
            transport=transport,
            **proxy.client_options(),
        ) as client:
            fetcher = _Fetcher(client, staging, cache)
            page = fetcher.get(str(httpx2.URL(site_url.rstrip("/") + "/", params=PAGE_QUERY)))
            if not page.headers.get("content-type", "").startswith("text/html"):
                raise ThemeFetchError("the site's theme page is not HTML")
            html = clean_page(page.text, str(page.url), fetcher.localize)
        if cache is not None and not fetcher.fetched and _same_text(cache / SITE_THEME_PAGE, html):
            shutil.rmtree(staging, ignore_errors=True)
            return folder / SITE_THEME_PAGE
        for name in fetcher.reused:
            shutil.copyfile(folder / name, staging / name)
        (staging / SITE_THEME_PAGE).write_text(html, encoding="utf-8")
        now = utcnow().isoformat(timespec="seconds")
        info = {"site": site_url, "fetched_at": now, "fetched_whole": whole or now}
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


def _same_text(path: Path, text: str) -> bool:
    try:
        return path.read_text(encoding="utf-8") == text
    except OSError:
        return False


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
