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
    ``file:`` URLs inside ``media_root``; emits ``blocked`` with each refused URL and logs it."""

    blocked = Signal(str)

    def __init__(self, media_root: Path | None = None) -> None:
        super().__init__()
        self._media_root = media_root.resolve() if media_root is not None else None
        self.blocked_urls: deque[str] = deque(maxlen=200)
        """The most recent refused URLs (for tests and diagnostics)."""

    def set_media_root(self, media_root: Path | None) -> None:
        self._media_root = media_root.resolve() if media_root is not None else None

    def allows(self, url: QUrl, main_frame: bool) -> bool:
        scheme = url.scheme().lower()
        if scheme == "data":
            return main_frame
        if scheme != "file" or self._media_root is None:
            return False
        try:
            path = Path(url.toLocalFile()).resolve()
        except (OSError, RuntimeError):
            return False
        return path.is_relative_to(self._media_root)

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if self.allows(url, info.resourceType() == _MAIN_FRAME):
            return
        info.block(True)
        text = url.toString()[:200]
        self.blocked_urls.append(text)
        log.info("preview blocked a request: %s", text)
        self.blocked.emit(text)
