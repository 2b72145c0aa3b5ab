"""The application password goes only to the site's own origin: https, or loopback, or http the user allowed.

A stranger (a second local server on 127.0.0.2, another origin) is announced as the API root or redirected to;
it must never see the password. The policy itself is tested as pure logic; the client refuses before sending."""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx2
import pytest

from editor_app.services.sync import SyncService
from editor_app.store import Database
from editor_app.sync.backend import SyncError
from editor_app.sync.credentials import Credentials
from editor_app.sync.origin import (
    InsecureSite,
    check_same_origin,
    check_transport,
    is_loopback,
    normalise_site_url,
)
from editor_app.sync.wordpress import WordPressClient, discover_api_root
from tests.sync.recording_server import Answer, json_answer, recording_server

PASSWORD = "abcd efgh ijkl mnop qrst uvwx"
STRANGER_HOST = "127.0.0.2"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://News.Example.org/", "https://news.example.org"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("https://news.example.org:443/blog/", "https://news.example.org/blog"),
        ("http://[::1]:9000", "http://[::1]:9000"),
    ],
)
def test_site_addresses_are_normalised(url: str, expected: str) -> None:
    assert normalise_site_url(url) == expected


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("notaurl", "not a web address"),
        ("news.example.org", "not a web address"),
        ("ftp://news.example.org", "not a web address"),
        ("https://", "not a web address"),
        ("https://user:pw@news.example.org", "must not contain a user name or password"),
        ("https://news.example.org/?p=1", "query or fragment"),
        ("https://news.example.org:99999", "invalid port"),
        ("   ", "empty"),
    ],
)
def test_bad_site_addresses_get_one_clear_line(url: str, says: str) -> None:
    with pytest.raises(ValueError, match=says) as raised:
        normalise_site_url(url)
    assert "\n" not in str(raised.value)


def test_plain_http_only_to_loopback_unless_allowed() -> None:
    for host in ("127.0.0.1", "127.8.9.10", "[::1]", "localhost", "LOCALHOST."):
        check_transport(f"http://{host}:8080/wp-json/", allow_http=False)
    for host in ("news.example.org", "10.0.0.1", "192.168.1.5", "localhost.example.org", "[::2]", "0.0.0.0"):
        url = f"http://{host}/wp-json/"
        with pytest.raises(InsecureSite, match="plain http"):
            check_transport(url, allow_http=False)
        check_transport(url, allow_http=True)
    check_transport("https://news.example.org/wp-json/", allow_http=False)
    with pytest.raises(InsecureSite):
        check_transport("ftp://news.example.org/", allow_http=True)
    assert is_loopback("127.255.0.1") and not is_loopback("128.0.0.1") and not is_loopback("localhostx")


def test_the_api_root_must_have_the_sites_origin() -> None:
    check_same_origin("https://news.example.org/wp-json/", "https://news.example.org")
    check_same_origin("https://news.example.org:443/?rest_route=/", "https://NEWS.example.org/blog")
    for foreign in (
        "https://evil.example.com/wp-json/",
        "http://news.example.org/wp-json/",  # a downgrade is another origin
        "https://news.example.org:8443/wp-json/",
        "https://news.example.org.evil.example.com/wp-json/",
    ):
        with pytest.raises(InsecureSite, match="another origin"):
            check_same_origin(foreign, "https://news.example.org")


def test_the_client_refuses_before_sending_anything() -> None:
    sent: list[httpx2.Request] = []
    transport = httpx2.MockTransport(
        lambda request: sent.append(request) or httpx2.Response(200, json={"id": 7, "roles": ["editor"]})
    )
    with pytest.raises(InsecureSite, match="plain http"):
        WordPressClient("http://news.example.org/wp-json/", "desk", PASSWORD, transport=transport)
    with pytest.raises(InsecureSite, match="another origin"):
        WordPressClient(
            "https://cdn.example.com/wp-json/",
            "desk",
            PASSWORD,
            site_url="https://news.example.org",
            transport=transport,
        )
    client = WordPressClient(
        "http://news.example.org/wp-json/", "desk", PASSWORD, allow_http=True, transport=transport
    )
    client.sign_in()  # allowed explicitly: it goes, to that origin only
    assert sent and {request.url.host for request in sent} == {"news.example.org"}


def _site_answers(api_root: Callable[[], str], users_me: Callable[[], Answer] | None = None) -> Any:
    def respond(method: str, path: str) -> Answer:
        if path in ("/", ""):
            return 200, {"Link": f'<{api_root()}>; rel="https://api.w.org/"'}, b"<html></html>"
        if "users/me" in path and users_me is not None:
            return users_me()
        return json_answer('{"code":"rest_no_route"}', 404)

    return respond


def _service(tmp_path: Path) -> SyncService:
    db = Database.open(tmp_path / "newsroom.sqlite")
    return SyncService(db, None, Credentials(use_keyring=False))


def test_a_foreign_api_root_in_the_link_header_never_receives_the_password(tmp_path: Path) -> None:
    with recording_server(STRANGER_HOST, lambda m, p: json_answer('{"id":1}')) as stranger:
        announce = _site_answers(lambda: f"{stranger.origin}/wp-json/")
        with recording_server("127.0.0.1", announce) as site:
            with pytest.raises(InsecureSite, match="another origin"):
                discover_api_root(site.origin)
            service = _service(tmp_path)
            with pytest.raises(ValueError, match="another origin"):
                service.add_site("news", site.origin, "desk", PASSWORD)
            assert service.sites() == []  # nothing saved
            # A root stored before this check existed (or by hand) is refused before anything is sent.
            service.add_site("news2", f"http://127.0.0.1:{_closed_port()}", "desk")
            with service._db.write() as uow:  # type: ignore[attr-defined]
                state = uow.sync_state
                site_row = state.site("news2")
                assert site_row is not None
                state.update_site(site_row.id, api_root=f"{stranger.origin}/wp-json/")
            result = service.sync_once(site="news2", password=PASSWORD)
            assert any("another origin" in line for line in result.report.failures)
            service._db.close()  # type: ignore[attr-defined]
    assert stranger.seen == [] and stranger.authorization_seen() == []


def test_a_cross_origin_redirect_never_carries_the_password(tmp_path: Path) -> None:
    with recording_server(STRANGER_HOST, lambda m, p: json_answer('{"id":1,"roles":["editor"]}')) as stranger:
        holder: dict[str, Any] = {}

        def redirect() -> Answer:
            return 302, {"Location": f"{stranger.origin}/wp-json/wp/v2/users/me?context=edit"}, b""

        site_answers = _site_answers(lambda: f"{holder['site'].origin}/wp-json/", redirect)
        with recording_server("127.0.0.1", site_answers) as site:
            holder["site"] = site
            service = _service(tmp_path)
            added = service.add_site("news", site.origin, "desk", PASSWORD)
            assert added.site.api_root == f"{site.origin}/wp-json/"
            with pytest.raises(SyncError, match="redirected") as raised:
                service.sign_in("news", PASSWORD)
            assert stranger.origin in str(raised.value)
            result = service.sync_once(site="news", password=PASSWORD)
            assert any("redirected" in line for line in result.report.failures)
            service._db.close()  # type: ignore[attr-defined]
        expected = "Basic " + base64.b64encode(f"desk:{PASSWORD}".encode()).decode()
        assert expected in site.authorization_seen()  # the site's own origin did get it
    assert stranger.seen == [] and stranger.authorization_seen() == []


def test_httpx2_itself_strips_the_password_on_a_cross_origin_redirect() -> None:
    """Verified, not relied on: the client follows no redirects at all."""
    with recording_server(STRANGER_HOST, lambda m, p: json_answer()) as stranger:

        def respond(method: str, path: str) -> Answer:
            return 302, {"Location": f"{stranger.origin}/landing"}, b""

        auth = ("desk", PASSWORD)
        with (
            recording_server("127.0.0.1", respond) as site,
            httpx2.Client(auth=auth, follow_redirects=True, trust_env=False) as client,
        ):
            assert client.get(f"{site.origin}/start").status_code == 200
    assert [s.path for s in stranger.seen] == ["/landing"] and stranger.authorization_seen() == []


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
