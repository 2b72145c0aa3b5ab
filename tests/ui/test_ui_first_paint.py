"""Work held until a window's first frame (``ui/first_paint.py``), and the profile that waits for it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget

from editor_app.paths import DataPaths
from editor_app.services import open_services
from editor_app.ui.first_paint import after_first_paint, after_pending_paints
from editor_app.ui.window.main_window import MainWindow


class _Paints(QObject):
    def __init__(self, widget: QWidget, log: list[str]) -> None:
        super().__init__(widget)
        self._log = log
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._log.append("paint")
        return False


def test_it_runs_once_just_after_the_first_paint(qtbot: Any) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    log: list[str] = []
    _Paints(widget, log)
    after_first_paint(widget, lambda: log.append("ran"), at_most_ms=60_000)
    qtbot.wait(100)
    assert log == []  # not shown: nothing painted, nothing ran
    widget.show()
    qtbot.waitUntil(lambda: "ran" in log, timeout=5_000)
    assert log[0] == "paint" and log.count("ran") == 1
    widget.update()
    qtbot.waitUntil(lambda: log.count("paint") >= 2, timeout=5_000)
    qtbot.wait(50)
    assert log.count("ran") == 1


def test_a_window_that_never_paints_runs_it_after_the_limit(qtbot: Any) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    ran: list[bool] = []
    after_first_paint(widget, lambda: ran.append(True), at_most_ms=50)
    qtbot.waitUntil(lambda: bool(ran), timeout=5_000)
    widget.show()
    qtbot.wait(100)
    assert ran == [True]


def test_after_pending_paints_runs_behind_the_repaint_asked_for_not_before_it(qtbot: Any) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    log: list[str] = []
    _Paints(widget, log)
    widget.show()
    qtbot.waitUntil(lambda: "paint" in log, timeout=5_000)
    qtbot.wait(50)
    log.clear()
    widget.update()  # as new rows in a list do
    QTimer.singleShot(0, lambda: log.append("zero timer"))  # what ran before the repaint
    after_pending_paints(widget, lambda: log.append("ran"))
    qtbot.waitUntil(lambda: "ran" in log, timeout=5_000)
    assert log == ["zero timer", "paint", "ran"]

    log.clear()  # with no repaint pending it runs on the next turn
    after_pending_paints(widget, lambda: log.append("ran"))
    qtbot.waitUntil(lambda: "ran" in log, timeout=5_000)
    assert log == ["ran"]


def test_after_pending_paints_runs_nothing_once_its_parent_is_gone(qtbot: Any) -> None:
    parent = QObject()
    ran: list[bool] = []
    after_pending_paints(parent, lambda: ran.append(True))
    parent.deleteLater()
    qtbot.wait(100)
    assert ran == []


def test_without_a_start_page_the_profile_opens_after_the_windows_first_frame(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import editor_app.services as services_package
    from editor_app.app import open_workstation

    root = tmp_path / "profile"
    open_services(DataPaths(root)).close()  # a profile, no article open last: no start page
    order: list[str] = []

    def paint(self: MainWindow, event: QPaintEvent) -> None:
        order.append("window painted")
        QWidget.paintEvent(self, event)

    def opening(paths: DataPaths) -> Any:
        order.append("profile opening")
        return open_services(paths)

    monkeypatch.setattr(MainWindow, "paintEvent", paint)
    monkeypatch.setattr(services_package, "open_services", opening)
    window = open_workstation(root, on_failure=lambda message: pytest.fail(message))
    try:
        assert not window.preview.start_pending
        qtbot.waitUntil(lambda: window.attached, timeout=20_000)
        assert order.index("window painted") < order.index("profile opening")
    finally:
        if not window.attached:  # the profile's result is delivered before the window goes
            qtbot.waitUntil(lambda: window.attached, timeout=20_000)
        window.close()
        window.runner.wait()
        window.preview.shutdown()
        services = getattr(window, "services", None)
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if services is not None:
            services.close()
