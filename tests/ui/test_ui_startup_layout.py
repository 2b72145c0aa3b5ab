"""The window's first frame has its final layout: the profile's docks exist, empty, before the profile opens, in
the workspace's arrangement; attaching the profile puts the panels into those same docks and leaves the layout
where it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDockWidget, QTabBar


@pytest.mark.parametrize(
    "resized_to", [None, QSize(1600, 900)], ids=["as-shown", "resized-before-the-profile"]
)
def test_the_docks_are_laid_out_before_the_profile_opens_and_stay_put(qtbot, services, resized_to) -> None:  # type: ignore[no-untyped-def]
    """A normal window as a saved geometry gives it (a window 1,150 px or taller puts the photos under the
    preview, and there the empty docks do not yet take the height the panels will: not covered here); a resize
    before the profile opens (a window manager's placement) arranges the empty docks again for the new size."""
    from editor_app.ui.window.main_window import MainWindow

    settings = QSettings(str(services.paths.settings), QSettings.Format.IniFormat)
    window = MainWindow(None, settings, media_root=services.paths.media)  # as at start-up: no profile yet
    try:
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(1400, 860)
        window.show()
        qtbot.waitExposed(window)
        if resized_to is not None:
            window.resize(resized_to)
            qtbot.waitUntil(lambda: window.size() == resized_to)
            qtbot.wait(50)
        docks = {d.objectName(): d for d in window.findChildren(QDockWidget)}
        assert {"previewDock", "photoDock", "relatedDock", "reviewDock"} <= set(docks)
        assert window.workspaces.current is not None and window.workspaces.current.value == "write"
        tabs = [bar for bar in window.findChildren(QTabBar) if bar.isVisible() and bar.count() == 4]
        assert tabs, "the docks' tab bar shows from the first frame"
        qtbot.wait(50)
        before = (window.preview_dock.geometry(), window.splitter.sizes())

        window.attach(services)
        qtbot.waitUntil(lambda: window.attached, timeout=5000)
        assert window.photo_dock is docks["photoDock"] and window.review_dock is docks["reviewDock"]
        assert window.photo_dock.widget().widget() is window.photo_panel  # the panel, in its scroll area
        after = lambda: (window.preview_dock.geometry(), window.splitter.sizes())  # noqa: E731
        qtbot.waitUntil(lambda: after() == before, timeout=3000)  # the workspace sizes again as it settles
    finally:
        window.close()  # waits for the window's work and the preview's render thread
        window.deleteLater()  # the web page must go before the web profile does at exit
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_users_saved_layout_places_the_preview_once(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    """A start with the layout the user left: the preview is where the user put it in the first frame and stays
    there through the window manager's resize and the profile's attach. (Each change of its width lays the whole
    page out again: a re-arranged start changed it twice, 1 px each way.)"""
    from PySide6.QtCore import QObject

    from editor_app.ui.window.main_window import MainWindow

    settings = QSettings(str(services.paths.settings), QSettings.Format.IniFormat)
    first = MainWindow(services, settings, media_root=services.paths.media)
    try:
        first.setWindowState(Qt.WindowState.WindowNoState)
        first.resize(1400, 860)
        first.show()
        qtbot.waitUntil(lambda: first.attached, timeout=5000)
        qtbot.wait(100)  # the workspace's sizes have settled
        first.resizeDocks([first.preview_dock], [517], Qt.Orientation.Horizontal)  # the user's own width
        qtbot.wait(100)
        chosen = first.preview_dock.width()
        assert abs(chosen - 517) <= 8
        first.close()  # keeps the layout
    finally:
        first.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    class Widths(QObject):
        """The widths the page's view is given (its height may change as the docks fill: no new line breaks)."""

        def __init__(self, parent: QObject) -> None:
            super().__init__(parent)
            self.seen: list[int] = []

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if isinstance(event, QResizeEvent) and event.size().width() != event.oldSize().width():
                self.seen.append(event.size().width())
            return False

    settings = QSettings(str(services.paths.settings), QSettings.Format.IniFormat)
    window = MainWindow(None, settings, media_root=services.paths.media)  # as at start-up: no profile yet
    try:
        window.show()
        qtbot.waitExposed(window)
        window.resize(window.width(), window.height() - 8)  # a window manager's placement
        qtbot.wait(100)
        assert window.preview_dock.width() == chosen
        widths = Widths(window)
        window.preview.view.installEventFilter(widths)
        window.attach(services)
        qtbot.waitUntil(lambda: window.attached, timeout=5000)
        qtbot.wait(100)  # the workspace sizes again as it settles
        assert window.preview_dock.width() == chosen
        assert widths.seen == [], "the page was laid out again for another width"
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_what_shows_comes_with_the_profile_and_the_docks_one_a_turn_after(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    """The Sync menu, its toolbar button, the sync state and the commands come with the profile; the docks (behind
    the preview's tab) are built after, one a turn of the event loop, so the preview's frames go between them
    and nothing that shows changes when they are in."""
    from PySide6.QtCore import QTimer

    from editor_app.ui.photos.panel import PhotoPanel
    from editor_app.ui.review.panel import ReviewPanel
    from editor_app.ui.window.main_window import MainWindow

    settings = QSettings(str(services.paths.settings), QSettings.Format.IniFormat)
    window = MainWindow(None, settings, media_root=services.paths.media)
    try:
        window.show()
        qtbot.waitExposed(window)
        assert not window.acts.new_article.isEnabled()  # no profile yet
        window.attach(services, panels=False)
        assert window.sync.action in window.toolbar.actions()
        assert "Sync" in [a.text().replace("&", "") for a in window.menuBar().actions()]
        assert window.acts.new_article.isEnabled() and window.acts.import_.isEnabled()
        qtbot.waitUntil(lambda: "Local only" in window.status.sync.text(), timeout=5000)
        assert window.findChild(PhotoPanel) is None and not window.attached

        seen: list[tuple[bool, bool]] = []
        done: list[bool] = []
        window.attach_panels(services, lambda: done.append(window.attached))
        assert window.findChild(PhotoPanel) is None  # not built in this turn
        QTimer.singleShot(
            0,
            lambda: seen.append(
                (window.findChild(PhotoPanel) is not None, window.findChild(ReviewPanel) is not None)
            ),
        )
        qtbot.waitUntil(lambda: bool(done), timeout=5000)
        assert seen == [(True, False)], (
            "other events run between the docks: the photos are in, review not yet"
        )
        assert done == [True] and window.attached
        assert window.related_picker is not None and window.editors_choice is not None
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
