"""Where a profile keeps its files. Nothing is created until ``ensure()`` is called."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

APP_NAME = "editor-app"


def default_data_dir() -> Path:
    """The platform's per-user app-data folder (``~/.local/share/editor-app`` on Linux)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


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
