"""The main-window fixtures of tests/ui (a real window on a throw-away profile), and ``open_window``: the
window as ``editor-app`` opens it."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from editor_app.ui.window.main_window import MainWindow
from tests.ui.conftest import demo_window, make_window, services, window

__all__ = ["demo_window", "make_window", "open_window", "services", "window"]

Opener = Callable[[Path], MainWindow]


@pytest.fixture
def open_window(qtbot) -> Iterator[Opener]:  # type: ignore[no-untyped-def]
    """``open_workstation`` as ``editor-app`` runs it (the profile opens in the background); each window is
    closed and its profile released afterwards, and the interface speaks English again."""
    from editor_app.app import open_workstation
    from editor_app.ui import i18n

    windows: list[MainWindow] = []

    def opener(data_dir: Path) -> MainWindow:
        opened = open_workstation(data_dir, on_failure=lambda message: pytest.fail(message))
        windows.append(opened)
        qtbot.waitUntil(lambda: opened.attached, timeout=20_000)
        return opened

    yield opener
    for opened in windows:
        opened.close()
        profile = opened.services
        opened.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        profile.close()
    app = QApplication.instance()
    assert app is not None
    i18n.install_translators(app, "en")
