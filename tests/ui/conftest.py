"""A real main window on a throw-away profile, driven with pytest-qt (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def services(tmp_path: Path) -> Iterator[object]:
    from editor_app.paths import DataPaths
    from editor_app.services import open_services

    opened = open_services(DataPaths(tmp_path / "profile"))
    yield opened
    opened.close()


@pytest.fixture
def make_window(qtbot, services):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from editor_app.ui.window.main_window import MainWindow

    windows = []

    def make() -> MainWindow:
        settings = QSettings(str(services.paths.settings), QSettings.Format.IniFormat)
        window = MainWindow(services, settings)
        qtbot.addWidget(window)
        window.show()
        window.start()
        windows.append(window)
        return window

    yield make
    from PySide6.QtCore import QCoreApplication, QEvent

    for window in windows:
        window.runner.wait()
        window.preview.shutdown()
        window.deleteLater()  # the web page must go before the web profile does at exit
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(make_window):  # type: ignore[no-untyped-def]
    return make_window()


@pytest.fixture
def demo_window(window, qtbot):  # type: ignore[no-untyped-def]
    window.open_demo()
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=5000)
    return window
