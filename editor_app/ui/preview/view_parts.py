"""The live preview's web view, its page, the page's request policy and its first-load wait, built together
(``PreviewPanel.build_view``). Qt's web engine loads with this module: a panel whose view waits imports it only
when it builds the view, so the window's first paint does not wait for the engine's libraries."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWebEngineWidgets import QWebEngineView

from editor_app.ui.preview.first_load import FirstLoad
from editor_app.ui.preview.interceptor import LocalOnlyInterceptor
from editor_app.ui.preview.page import PreviewPage


class ViewParts(NamedTuple):
    view: QWebEngineView
    page: PreviewPage
    first_load: FirstLoad
    interceptor: LocalOnlyInterceptor


def build_parts(owner: QObject, media_root: Path | None, theme_folder: Path | None) -> ViewParts:
    """A view showing a new page that may load files from ``media_root`` and ``theme_folder`` only; the
    policy belongs to ``owner`` (the panel), which places the view."""
    interceptor = LocalOnlyInterceptor(media_root)
    interceptor.setParent(owner)
    if theme_folder is not None:
        interceptor.allow_folder(theme_folder)
    view = QWebEngineView()
    view.setObjectName("previewView")
    view.setAccessibleName(QCoreApplication.translate("PreviewPanel", "Article preview"))
    page = PreviewPage(interceptor, view)
    view.setPage(page)
    return ViewParts(view, page, FirstLoad(page, view), interceptor)
