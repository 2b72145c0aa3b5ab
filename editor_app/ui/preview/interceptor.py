"""Network policy of the preview: nothing remote, only local files under the media root."""

from __future__ import annotations

import logging
from collections import deque
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

log = logging.getLogger(__name__)

_MAIN_FRAME = QWebEngineUrlRequestInfo.ResourceType.ResourceTypeMainFrame


class LocalOnlyInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request except the page itself (``setHtml`` loads it as a ``data:`` main frame) and
    ``file:`` URLs inside ``media_root`` (and folders added with ``allow_folder``, such as the cached site
    theme); emits ``blocked`` with each refused URL and logs it."""

    blocked = Signal(str)

    def __init__(self, media_root: Path | None = None) -> None:
        super().__init__()
        self._media_root = media_root.resolve() if media_root is not None else None
        self._folders: tuple[Path, ...] = ()
        self.blocked_urls: deque[str] = deque(maxlen=200)
        """The most recent refused URLs (for tests and diagnostics)."""

    def set_media_root(self, media_root: Path | None) -> None:
        self._media_root = media_root.resolve() if media_root is not None else None

    def allow_folder(self, folder: Path) -> None:
        """Let the page load local files inside ``folder`` too."""
        self._folders = (*self._folders, folder.resolve())

    def allows(self, url: QUrl, main_frame: bool) -> bool:
        scheme = url.scheme().lower()
        if scheme == "data":
            return main_frame
        roots = (self._media_root, *self._folders) if self._media_root is not None else self._folders
        if scheme != "file" or not roots:
            return False
        try:
            path = Path(url.toLocalFile()).resolve()
        except (OSError, RuntimeError):
            return False
        return any(path.is_relative_to(root) for root in roots)

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if self.allows(url, info.resourceType() == _MAIN_FRAME):
            return
        info.block(True)
        text = url.toString()[:200]
        self.blocked_urls.append(text)
        log.info("preview blocked a request: %s", text)
        self.blocked.emit(text)
