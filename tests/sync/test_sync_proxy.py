"""The proxy preference: a sync with a manual proxy goes through it (the proxy's password from the keyring), with
the system setting it follows the environment, and with none it never touches a proxy. Real WordPress, a real
forwarding proxy on 127.0.0.1 (tests/sync/forward_proxy.py), the real WordPress client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from editor_app.services import ArticleService
from editor_app.services.sync import SyncService
from editor_app.store import Database
from editor_app.sync.credentials import Credentials
from editor_app.sync.proxy import ProxyMode, ProxySettings, proxy_key
from tests.sync.forward_proxy import ForwardProxy, forward_proxy
from tests.wordpress.harness import rest_client

pytestmark = [pytest.mark.wordpress]

PROXY_LOGIN = ("newsdesk", "proxy pass; with = signs")


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[list[Database]]:
    databases: list[Database] = []
    yield databases
    for db in databases:
        db.close()


def service_for(
    wp: Any, folder: Path, opened: list[Database], proxy: ProxySettings, proxy_password: str = ""
) -> SyncService:
    db = Database.open(folder / "newsroom.sqlite")
    opened.append(db)
    service = SyncService(db, None, Credentials(use_keyring=False), proxy=proxy)
    if proxy_password:
        service.credentials.store(proxy_key(proxy), proxy.username, proxy_password)
    reporter = wp.users["reporter"]
    site = service.add_site("test", wp.url, reporter.login).site
    service.credentials.remember_for_session(site.url, reporter.login, reporter.app_password)
    return service


def publish_one(service: SyncService, headline: str) -> Any:
    ArticleService(service._db).create(headline=headline, body="Sent through the newsroom's proxy.")
    return service.sync_once().report


def on_server(wp: Any, headline: str) -> bool:
    with rest_client(wp, "admin") as client:
        found = client.get("wp/v2/posts", params={"search": headline, "status": "draft,pending,publish"})
        found.raise_for_status()
        return any(post["title"]["rendered"] == headline for post in found.json())


def manual(proxy: ForwardProxy, user: str = "") -> ProxySettings:
    port = int(proxy.url.rsplit(":", 1)[1])
    return ProxySettings(ProxyMode.MANUAL, "127.0.0.1", port, user)


def test_a_sync_with_the_manual_proxy_goes_through_it_with_its_password_from_the_keyring(
    wp: Any, tmp_path: Path, opened: list[Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")  # a manual proxy applies to loopback all the same
    with forward_proxy(credentials=PROXY_LOGIN) as proxy:
        settings = manual(proxy, PROXY_LOGIN[0])
        service = service_for(wp, tmp_path / "manual", opened, settings, PROXY_LOGIN[1])
        report = publish_one(service, "Harbour reopens behind the proxy")
        assert report.failures == [] and report.created_remote == 1, report.failures
        assert on_server(wp, "Harbour reopens behind the proxy")
        assert proxy.refused == 0 and all(seen.authorised for seen in proxy.seen)
        posts = [url for url in proxy.urls("POST") if url.startswith(wp.url) and "/wp/v2/posts" in url]
        assert posts, proxy.urls()
        assert any("users/me" in url for url in proxy.urls("GET"))  # the sign-in
        assert any("ew_theme_preview" in url for url in proxy.urls("GET"))  # the theme for the preview


def test_a_proxy_that_refuses_the_credentials_stops_the_sync_with_a_failure(
    wp: Any, tmp_path: Path, opened: list[Database]
) -> None:
    with forward_proxy(credentials=PROXY_LOGIN) as proxy:
        settings = manual(proxy, PROXY_LOGIN[0])
        service = service_for(wp, tmp_path / "refused", opened, ProxySettings())  # added without the proxy
        service.proxy = settings
        service.credentials.store(proxy_key(settings), PROXY_LOGIN[0], "wrong")
        report = publish_one(service, "Refused by the proxy")
        assert report.failures and report.created_remote == 0
        assert proxy.refused > 0 and not on_server(wp, "Refused by the proxy")


def test_no_proxy_ignores_the_environment_and_system_follows_it(
    wp: Any, tmp_path: Path, opened: list[Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "HTTPS_PROXY", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    with forward_proxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("http_proxy", proxy.url)
        none = service_for(wp, tmp_path / "none", opened, ProxySettings(ProxyMode.NONE))
        report = publish_one(none, "Sent straight to the site")
        assert report.failures == [] and report.created_remote == 1
        assert proxy.seen == []

        system = service_for(wp, tmp_path / "system", opened, ProxySettings(ProxyMode.SYSTEM))
        report = publish_one(system, "Sent through the system proxy")
        assert report.failures == [] and report.created_remote == 1
        assert any("/wp/v2/posts" in url for url in proxy.urls("POST"))
        assert on_server(wp, "Sent through the system proxy")


def test_the_command_line_sync_uses_the_proxy_of_the_profiles_preferences(wp: Any, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.paths import REPO

    profile = tmp_path / "profile"
    reporter = wp.users["reporter"]

    def editor_app(*args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        return subprocess.run(
            [sys.executable, "-m", "editor_app", "--data-dir", str(profile), *args],
            input=f"{password}\n" if password else None,
            capture_output=True,
            text=True,
            env=env,
            timeout=180,
            check=False,
        )

    story = tmp_path / "story.md"
    story.write_text(
        "---\nheadline: Sent from the command line\n---\n\nThrough the proxy.\n", encoding="utf-8"
    )
    assert editor_app("import", "--drafts", str(story)).returncode == 0
    with forward_proxy() as proxy:
        port = proxy.url.rsplit(":", 1)[1]
        (profile / "settings.ini").write_text(
            f"[proxy]\nmode=manual\nhost=127.0.0.1\nport={port}\n", encoding="utf-8"
        )
        added = editor_app("site", "add", "test", "--url", wp.url, "--user", reporter.login,
                           password=reporter.app_password)  # fmt: skip
        assert added.returncode == 0, added.stderr
        synced = editor_app("sync", "--password-stdin", password=reporter.app_password)
        assert synced.returncode == 0, synced.stderr
        assert any("/wp/v2/posts" in url for url in proxy.urls("POST")), proxy.urls()
    assert on_server(wp, "Sent from the command line")
