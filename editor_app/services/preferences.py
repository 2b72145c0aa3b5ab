"""The profile's preferences as one Qt-free value: what the Preferences dialog sets and the core needs.

The window keeps them in the profile's ``settings.ini`` through QSettings (keys below); the command line reads the
same file with :func:`read_preferences`, so ``editor-app sync`` goes through the proxy the window was given. The
manual proxy's password is not in the file: it is in the keyring (``sync/proxy.py``, ``proxy_key``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from editor_app.domain.language import DEFAULT_ARTICLE_LANGUAGE, normalise_language
from editor_app.sync.proxy import NO_PROXY, ProxyMode, ProxySettings

log = logging.getLogger(__name__)

UI_LANGUAGE = "ui/language"
"""``""`` (follow the system), ``"en"``, ``"ru"`` or ``"az"``; applies at the next start."""
ARTICLE_LANGUAGE = "articles/defaultLanguage"
PROXY_MODE, PROXY_HOST, PROXY_PORT, PROXY_USER = "proxy/mode", "proxy/host", "proxy/port", "proxy/user"
PREVIEW_WIDTH = "preview/defaultWidth"
AUTOSAVE_MS = "editor/autosaveMs"

UI_LANGUAGES = ("", "en", "ru", "az")
AUTOSAVE_MIN_MS, AUTOSAVE_MAX_MS, AUTOSAVE_DEFAULT_MS = 500, 2000, 1500
"""The autosave deadline: an edit is on disk within 2 s, the promise of the house."""
PREVIEW_WIDTHS = ("desktop", "tablet", "phone")


@dataclass(frozen=True, slots=True)
class Preferences:
    ui_language: str = ""
    article_language: str = DEFAULT_ARTICLE_LANGUAGE
    proxy: ProxySettings = field(default=NO_PROXY)
    preview_width: str = "desktop"
    autosave_ms: int = AUTOSAVE_DEFAULT_MS

    @classmethod
    def from_values(cls, get: Callable[[str], object]) -> Preferences:
        """Read from any key -> value source (QSettings.value, a parsed INI file); bad values read as defaults."""

        def text(key: str) -> str:
            value = get(key)
            return "" if value is None else str(value).strip()

        ui = text(UI_LANGUAGE)
        width = text(PREVIEW_WIDTH).lower()
        mode = ProxyMode.of(text(PROXY_MODE))
        host = text(PROXY_HOST)
        port = _int(text(PROXY_PORT), 0)
        if mode is ProxyMode.MANUAL and not (host and 0 < port < 65536):
            mode = ProxyMode.NONE
        return cls(
            ui_language=ui if ui in UI_LANGUAGES else "",
            article_language=normalise_language(text(ARTICLE_LANGUAGE)),
            proxy=ProxySettings(mode, host, port, text(PROXY_USER)),
            preview_width=width if width in PREVIEW_WIDTHS else "desktop",
            autosave_ms=min(
                AUTOSAVE_MAX_MS, max(AUTOSAVE_MIN_MS, _int(text(AUTOSAVE_MS), AUTOSAVE_DEFAULT_MS))
            ),
        )

    def values(self) -> Mapping[str, str | int]:
        """Key -> value, as they are written (the proxy's password is never among them)."""
        return {
            UI_LANGUAGE: self.ui_language,
            ARTICLE_LANGUAGE: self.article_language,
            PROXY_MODE: self.proxy.mode.value,
            PROXY_HOST: self.proxy.host,
            PROXY_PORT: self.proxy.port,
            PROXY_USER: self.proxy.username,
            PREVIEW_WIDTH: self.preview_width,
            AUTOSAVE_MS: self.autosave_ms,
        }


def _int(text: str, default: int) -> int:
    try:
        return int(float(text))
    except ValueError:
        return default


def read_preferences(path: Path) -> Preferences:
    """The preferences in a profile's ``settings.ini`` (QSettings' INI format); defaults when it is missing or
    unreadable."""
    import configparser  # the headless commands' reader: the window reads QSettings

    parser = configparser.RawConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # QSettings keys are case-sensitive
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError) as exc:
        log.warning("the preferences in %s could not be read: %s", path, exc)
        return Preferences()

    def get(key: str) -> str | None:
        group, _, name = key.partition("/")
        if not parser.has_option(group, name):
            return None
        return _unquote(parser.get(group, name))

    return Preferences.from_values(get)


def _unquote(value: str) -> str:
    """A QSettings INI string: quoted when it holds commas, semicolons or the like, with backslash escapes."""
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return value
