"""Where a profile keeps its files. Nothing is created until ``ensure()`` is called."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

APP_NAME = "editor-app"
SITE_THEME_PAGE = "page.html"
"""The cached theme page in ``DataPaths.site_theme``, beside the stylesheets, fonts and images it names."""


def default_data_dir() -> Path:
    """The platform's per-user app-data folder (``~/.local/share/editor-app`` on Linux)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def data_paths(data_dir: Path | None) -> DataPaths:
    """The profile in ``data_dir`` (``--data-dir``), or in the platform's default folder."""
    return DataPaths((data_dir or default_data_dir()).expanduser().resolve())


@dataclass(frozen=True, slots=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "newsroom.sqlite"

    @property
    def media(self) -> Path:
        return self.root / "media"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def settings(self) -> Path:
        return self.root / "settings.ini"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def site_theme(self) -> Path:
        """The site's theme for the preview, as of the last sync (``sync/site_theme.py``)."""
        return self.root / "site-theme"

    @property
    def code_cache(self) -> Path:
        """Code compiled at start-up, kept for the next (``ui/pyside_code_cache.py``); safe to delete."""
        return self.root / "code-cache"

    @property
    def site_theme_page(self) -> Path:
        return self.site_theme / SITE_THEME_PAGE
