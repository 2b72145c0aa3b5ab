"""The site's theme for the preview: the page the last sync cached (``sync/site_theme.py``), read again only when
the file changed on disk. Articles are shown in it with the house template's ids, so patching is the same."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QUrl

from editor_app.ui.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

THEMES = (
    ("house", QT_TRANSLATE_NOOP("PreviewPanel", "House")),
    ("site", QT_TRANSLATE_NOOP("PreviewPanel", "Site")),
)
NO_THEME_YET = QT_TRANSLATE_NOOP("PreviewPanel", "Sync once to fetch the site's theme")


class SiteThemePage:
    """``load()``: ``(html, base url)`` of the cached page, or None while there is none (or it is unreadable)."""

    def __init__(self, page: Path | None) -> None:
        self.path = page
        self._stamp: tuple[int, int] | None = None
        self._loaded: tuple[str, QUrl] | None = None

    def load(self) -> tuple[str, QUrl] | None:
        if self.path is None:
            return None
        try:
            info = self.path.stat()
            stamp = (info.st_mtime_ns, info.st_size)
            if stamp != self._stamp:
                html = self.path.read_text(encoding="utf-8")
                self._loaded, self._stamp = (
                    (html, QUrl.fromLocalFile(f"{self.path.parent.resolve()}/")),
                    stamp,
                )
        except (OSError, UnicodeDecodeError) as exc:
            if not isinstance(exc, FileNotFoundError):
                log.warning("the cached site theme cannot be read: %s", exc)
            self._loaded, self._stamp = None, None
        return self._loaded
