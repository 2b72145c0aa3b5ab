"""The proxy value and the preferences around it (pure logic; the real proxy is in test_sync_proxy.py)."""

from __future__ import annotations

from pathlib import Path

import httpx2
import pytest

from editor_app.services.preferences import Preferences, read_preferences
from editor_app.sync.proxy import ProxyMode, ProxySettings, parse_host_port


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("proxy.local:3128", ("proxy.local", 3128)),
        (" http://proxy.local:8080/ ", ("proxy.local", 8080)),
        ("[::1]:3128", ("::1", 3128)),
        ("10.0.0.1:80", ("10.0.0.1", 80)),
    ],
)
def test_parse_host_port(text: str, expected: tuple[str, int]) -> None:
    assert parse_host_port(text) == expected


@pytest.mark.parametrize(
    "text", ["proxy.local", "proxy.local:0", "proxy.local:70000", ":3128", "socks5://p:1", "a b:1"]
)
def test_parse_host_port_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_host_port(text)


def test_client_options_per_mode() -> None:
    none, system = (
        ProxySettings(ProxyMode.NONE).client_options(),
        ProxySettings(ProxyMode.SYSTEM).client_options(),
    )
    assert none.keys() == {"trust_env", "verify"} and none["trust_env"] is False
    assert system.keys() == {"trust_env", "verify"} and system["trust_env"] is True
    manual = ProxySettings(ProxyMode.MANUAL, "::1", 3128, "u", "p").client_options()
    assert manual["trust_env"] is False and isinstance(manual["proxy"], httpx2.Proxy)
    assert str(manual["proxy"].url) == "http://[::1]:3128" and manual["proxy"].auth == ("u", "p")
    assert "secret" not in repr(ProxySettings(ProxyMode.MANUAL, "h", 1, "u", "secret"))


def test_preferences_read_bad_values_as_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(
        "[ui]\nlanguage=xx\n[proxy]\nmode=manual\nhost=\nport=3128\n[editor]\nautosaveMs=9000\n"
        "[preview]\ndefaultWidth=huge\n[articles]\ndefaultLanguage=ru_RU\n",
        encoding="utf-8",
    )
    prefs = read_preferences(path)
    assert prefs.ui_language == "" and prefs.proxy.mode is ProxyMode.NONE
    assert prefs.autosave_ms == 2000 and prefs.preview_width == "desktop" and prefs.article_language == "ru"
    assert read_preferences(tmp_path / "missing.ini") == Preferences()


def test_preferences_read_what_qsettings_wrote_with_quotes(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(
        '[proxy]\nmode=manual\nhost=proxy.local\nport=3128\nuser="desk, night"\n', encoding="utf-8"
    )
    assert read_preferences(path).proxy == ProxySettings(ProxyMode.MANUAL, "proxy.local", 3128, "desk, night")
