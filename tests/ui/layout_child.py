"""Run by test_ui_workspaces under an offscreen screen of a given size (``QT_QPA_PLATFORM=offscreen:configfile``):
the real main window starts on a new profile with the demo newsroom, goes through Write, Desk (as a desk editor)
and Photos, and prints what it measured in each as one JSON line. A second argument names the interface's
language (``ru``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit


def visible_rows(view: QAbstractItemView, row_height: int) -> float:
    return view.viewport().height() / row_height if row_height > 0 else 0.0


def measure(window, workspace: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    status = window.statusBar()
    status_bottom = status.mapTo(window, QPoint(0, status.height())).y()
    photo_list = window.findChild(QAbstractItemView, "photoList")
    grid = photo_list.gridSize()
    tile = grid.height() if grid.isValid() else photo_list.sizeHintForRow(0)
    queue = window.findChild(QAbstractItemView, "reviewQueue")
    queue_row = queue.sizeHintForRow(0)
    preview = window.preview_dock.widget()
    headline = window.form.headline
    block = headline.document().firstBlock().layout()
    return {
        "workspace": workspace,
        "checked": [a.objectName() for a in window.workspaces.group.actions() if a.isChecked()],
        "screen": [screen.width(), screen.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "status_inside": status.isVisible() and status_bottom <= window.height(),
        "preview_width": window.preview_dock.width() if not preview.visibleRegion().isEmpty() else 0,
        "photo_rows": visible_rows(photo_list, tile) if not photo_list.visibleRegion().isEmpty() else 0.0,
        "queue_rows": visible_rows(queue, queue_row) if not queue.visibleRegion().isEmpty() else 0.0,
        "queue_count": queue.model().rowCount(),
        "review_width": window.review_dock.width() if not queue.visibleRegion().isEmpty() else 0,
        "form_width": window.splitter.sizes()[1],
        "headline_lines": block.lineCount() if block and not headline.visibleRegion().isEmpty() else 0,
        "photo_count": photo_list.model().rowCount(),
        "photo_dock": [window.photo_dock.width(), window.photo_dock.height()],
        "photo_grid": [photo_list.viewport().width(), photo_list.viewport().height(), tile],
        "maximised": window.isMaximized(),
        "list_width": window.list_panel.width() if window.list_panel.isVisible() else 0,
        "preview_tabbed_with_photos": window.preview_dock in window.tabifiedDockWidgets(window.photo_dock),
        **photo_form(window),
    }


def photo_form(window) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The photo form beside the grid, the alt text's height in lines, and the hints cut short."""
    panel = window.photo_panel
    alt = panel.edits["alt_text"]
    shown = not alt.visibleRegion().isEmpty()
    cut = [
        edit.objectName()
        for edit in panel.form.findChildren(QLineEdit)
        if edit.placeholderText()
        and edit.fontMetrics().horizontalAdvance(edit.placeholderText()) > edit.width() - 10
    ]
    grid, side = panel.splitter.widget(0), panel.splitter.widget(1)
    return {
        "form_beside": panel.splitter.orientation() == Qt.Orientation.Horizontal
        and side.geometry().left() > grid.geometry().right(),
        "form_width": side.width(),
        "alt_lines": alt.viewport().height() / alt.fontMetrics().lineSpacing() if shown else 0.0,
        "hints_cut": cut if shown else ["not shown"],
    }


def main() -> None:
    profile = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    if len(sys.argv) > 2:  # the interface's language (after tools/i18n/build.py)
        from editor_app.ui.i18n import install_translators

        install_translators(app, sys.argv[2])
    from editor_app.domain import Role
    from editor_app.paths import DataPaths
    from editor_app.services import open_services
    from editor_app.ui.window.main_window import MainWindow
    from editor_app.ui.window.workspaces import Workspace

    services = open_services(DataPaths(profile))
    window = MainWindow(services, QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    window.start()
    results: list[dict[str, object]] = []
    # Each step waits for the one before to have happened (a slow machine only makes it slower).
    steps = [
        (lambda: window.attached, window.open_demo),
        (lambda: window.editor.article is not None, lambda: None),
        (
            lambda: window.review_panel.queue.model() is not None,
            lambda: results.append(measure(window, "write")),
        ),
        (lambda: True, lambda: window.workflow_bar.set_role(Role.DESK)),
        (
            lambda: (
                window.workspaces.current is Workspace.DESK
                and window.review_panel.queue.model().rowCount() > 0
            ),
            lambda: None,
        ),
        (lambda: True, lambda: results.append(measure(window, "desk"))),
        (lambda: True, lambda: window.workspaces.switch(Workspace.PHOTOS)),
        (
            lambda: window.photo_panel.view.model().rowCount() > 0,
            lambda: results.append(measure(window, "photos")),
        ),
    ]
    settle = 0

    def tick() -> None:
        nonlocal settle
        if not steps:
            print(json.dumps(results), flush=True)
            window.close()
            window.preview.shutdown()
            app.quit()
            return
        ready, act = steps[0]
        if ready():
            settle += 1
            if settle >= 4:  # the layout settles (queued resizes) before anything is measured
                steps.pop(0)
                settle = 0
                act()
        QTimer.singleShot(100, tick)

    QTimer.singleShot(100, tick)
    QTimer.singleShot(60000, app.quit)  # never hang a test run
    app.exec()
    services.close()


if __name__ == "__main__":
    main()
