"""A real preview panel (QtWebEngine, offscreen) per test, with its own media folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def media_root(tmp_path: Path) -> Path:
    root = tmp_path / "media"
    root.mkdir()
    return root


@pytest.fixture
def make_panel(qtbot: Any, media_root: Path) -> Iterator[Any]:
    from editor_app.ui.preview import PreviewPanel

    panels = []

    def make(width: int = 1100, height: int = 800) -> PreviewPanel:
        panel = PreviewPanel(None, media_root)
        qtbot.addWidget(panel)
        panel.resize(width, height)
        panel.show()
        panels.append(panel)
        return panel

    yield make
    from PySide6.QtCore import QCoreApplication, QEvent

    for panel in panels:
        panel.shutdown()
        panel.deleteLater()  # the web page must go before the web profile does at exit
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def panel(make_panel: Any) -> Any:
    return make_panel()
