"""The preview's web page: JavaScript off for content, links to the system browser, no navigation away."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineScript, QWebEngineSettings

from editor_app.render.sanitize import LINK_SCHEMES
from editor_app.ui.preview.interceptor import LocalOnlyInterceptor
from editor_app.ui.preview.script import (
    LINE_MESSAGE,
    MESSAGE_PREFIX,
    PAINTED_MESSAGE,
    READY_MESSAGE,
    patch_script_source,
)

log = logging.getLogger(__name__)

SCRIPT_WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld
"""Where the patch script lives: an isolated world that runs although page JavaScript is disabled."""

_Attr = QWebEngineSettings.WebAttribute
_SETTINGS: dict[QWebEngineSettings.WebAttribute, bool] = {
    _Attr.JavascriptEnabled: False,
    _Attr.JavascriptCanOpenWindows: False,
    _Attr.JavascriptCanAccessClipboard: False,
    _Attr.JavascriptCanPaste: False,
    _Attr.LocalContentCanAccessRemoteUrls: False,
    _Attr.LocalContentCanAccessFileUrls: True,
    _Attr.LocalStorageEnabled: False,
    _Attr.PluginsEnabled: False,
    _Attr.PdfViewerEnabled: False,
    _Attr.AutoLoadIconsForPage: False,
    _Attr.HyperlinkAuditingEnabled: False,
    _Attr.ErrorPageEnabled: False,
    _Attr.NavigateOnDropEnabled: False,
    _Attr.FocusOnNavigationEnabled: False,
    _Attr.XSSAuditingEnabled: True,
}


def patch_script() -> QWebEngineScript:
    script = QWebEngineScript()
    script.setName("editor-preview-patch")
    script.setWorldId(SCRIPT_WORLD)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
    script.setRunsOnSubFrames(False)
    script.setSourceCode(patch_script_source())
    return script


class PreviewPage(QWebEnginePage):
    """Emits ``lineVisible`` when the user scrolls to another block and ``painted`` after a patch is on
    screen (both reported by the patch script)."""

    lineVisible = Signal(int)
    painted = Signal(int)
    ready = Signal(int)
    """The patch script is installed in a page built for this generation: patches can be sent."""
    linkOpened = Signal(QUrl)

    def __init__(self, interceptor: LocalOnlyInterceptor, parent: QObject | None = None) -> None:
        super().__init__(QWebEngineProfile.defaultProfile(), parent)
        self.setUrlRequestInterceptor(interceptor)
        settings = self.settings()
        for attribute, on in _SETTINGS.items():
            settings.setAttribute(attribute, on)
        self.scripts().insert(patch_script())
        self._loading_own_page = False
        self.loads = 0
        """How many pages were asked for (``show_html``)."""

    def show_html(self, html: str, base_url: QUrl) -> None:
        """Load our own page (the only navigation this page accepts)."""
        self._loading_own_page = True
        self.loads += 1
        self.setHtml(html, base_url)

    def acceptNavigationRequest(
        self, url: QUrl | str, navigation_type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        url = QUrl(url)
        if self._loading_own_page and url.scheme() == "data" and is_main_frame:
            self._loading_own_page = False
            return True
        if navigation_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            if (
                url.hasFragment()
                and url.toString().partition("#")[0] == self.url().toString().partition("#")[0]
            ):
                return True  # footnote and table-of-contents jumps within the page
            if url.scheme().lower() in LINK_SCHEMES:
                self.linkOpened.emit(url)
                QDesktopServices.openUrl(url)
        log.debug("preview refused navigation to %s", url.toString()[:200])
        return False

    def javaScriptConsoleMessage(
        self, level: QWebEnginePage.JavaScriptConsoleMessageLevel, message: str, line: int, source: str
    ) -> None:
        if not message.startswith(MESSAGE_PREFIX):
            log.debug("preview console (%s:%s): %s", source[:80], line, message[:300])
            return
        kind, _, value = message[len(MESSAGE_PREFIX) :].partition(":")
        try:
            number = int(value)
        except ValueError:
            return
        if kind == LINE_MESSAGE:
            self.lineVisible.emit(number)
        elif kind == PAINTED_MESSAGE:
            self.painted.emit(number)
        elif kind == READY_MESSAGE:
            self.ready.emit(number)
