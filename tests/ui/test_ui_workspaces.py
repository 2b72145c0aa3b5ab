"""Workspaces and the window's fit: the window fits a 1366x768 laptop screen and grows on 1920x1080; Write, Photos
and Desk each give their main tool the room, are switched from the toolbar and View menu, follow the role, and
remember the user's own changes per workspace (also after a restart)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from tests.conftest import compiled_translations
from tests.paths import REPO

WORKSPACE_ACTIONS = ["workspaceWrite", "workspacePhotos", "workspaceDesk"]


@cache
def measured(width: int, height: int, profile: str, language: str = "") -> dict[str, dict[str, object]]:
    """Run tests/ui/layout_child.py on an offscreen screen of this size (in ``language``, else English); its
    measures per workspace."""
    config = REPO / "tests" / f"offscreen-{width}x{height}.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "PYTHONPATH": str(REPO),
        "QTWEBENGINE_DISABLE_SANDBOX": "1",
        "QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu",
    }
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "tests" / "ui" / "layout_child.py"),
            profile,
            *([language] if language else []),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    last = [line for line in done.stdout.splitlines() if line.startswith("[")][-1]
    return {row["workspace"]: row for row in json.loads(last)}


@pytest.fixture(scope="module")
def laptop(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    return measured(1366, 768, str(tmp_path_factory.mktemp("laptop")))


@pytest.fixture(scope="module")
def laptop_ru(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    compiled_translations()  # the .qm files the Russian interface loads
    return measured(1366, 768, str(tmp_path_factory.mktemp("laptop-ru")), "ru")


@pytest.fixture(scope="module")
def full_hd(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    return measured(1920, 1080, str(tmp_path_factory.mktemp("full-hd")))


def _fits(row: dict[str, object]) -> None:
    sw, sh = row["screen"]  # type: ignore[misc]
    x, y, w, h = row["frame"]  # type: ignore[misc]
    assert x >= 0 and y >= 0 and x + w <= sw and y + h <= sh, row
    mw, mh = row["minimum"]  # type: ignore[misc]
    assert mw <= sw and mh <= sh, row
    assert row["status_inside"] is True, row


def test_the_window_fits_a_1366x768_screen_in_every_workspace(laptop) -> None:  # type: ignore[no-untyped-def]
    assert set(laptop) == {"write", "photos", "desk"}
    for name, row in laptop.items():
        _fits(row)
        assert row["checked"] == [f"workspace{name.capitalize()}"]


def test_write_gives_the_preview_at_least_420_px_on_a_laptop(laptop) -> None:  # type: ignore[no-untyped-def]
    assert laptop["write"]["preview_width"] >= 420  # type: ignore[operator]


def test_desk_shows_at_least_8_rows_of_the_queue_on_a_laptop(laptop) -> None:  # type: ignore[no-untyped-def]
    desk = laptop["desk"]
    assert desk["queue_count"] >= 1  # the demo newsroom has a submission, so rows have a real height
    assert desk["queue_rows"] >= 8
    assert desk["preview_width"] >= 420  # type: ignore[operator]


def test_desk_gives_the_queue_the_review_and_the_preview_the_room(laptop, full_hd) -> None:  # type: ignore[no-untyped-def]
    for desk, preview in ((laptop["desk"], 420), (full_hd["desk"], 600)):
        assert desk["review_width"] >= 800, desk  # type: ignore[operator]  # the queue's columns, diff beside notes
        assert desk["preview_width"] >= preview, desk  # type: ignore[operator]
        # the form is folded away ("Open in editor" goes to Write), or wide enough for a two-line headline
        assert desk["form_width"] == 0 or desk["headline_lines"] <= 2, desk  # type: ignore[operator]
    assert full_hd["desk"]["preview_width"] > laptop["desk"]["preview_width"]  # type: ignore[operator]


def test_photos_shows_at_least_2_rows_of_thumbnails_on_a_laptop(laptop) -> None:  # type: ignore[no-untyped-def]
    photos = laptop["photos"]
    assert photos["photo_count"] >= 1
    assert photos["photo_rows"] >= 2
    assert photos["form_beside"] is True  # the wide Photos dock puts the grid beside the form, not over it


def _photo_form_has_room(photos: dict[str, object]) -> None:
    assert photos["alt_lines"] >= 4, photos  # alt text is a sentence or two: four lines show it whole
    assert photos["hints_cut"] == [], photos  # every field's hint is shown whole
    assert photos["form_width"] >= 380, photos


def test_the_photo_form_has_room_for_alt_text_and_whole_hints(laptop, full_hd, laptop_ru) -> None:  # type: ignore[no-untyped-def]
    for run in (laptop, full_hd, laptop_ru):
        _photo_form_has_room(run["photos"])
    width, _height, _tile = laptop["photos"]["photo_grid"]  # type: ignore[misc]
    assert width >= 560  # a large grid: four thumbnails across at the default size
    assert full_hd["photos"]["photo_rows"] >= 2
    assert full_hd["photos"]["form_beside"] is True
    assert laptop_ru["photos"]["form_beside"] is True


def test_photos_shows_the_preview_readable_or_a_tab_away(laptop, full_hd) -> None:  # type: ignore[no-untyped-def]
    """A laptop has no room for a readable preview beside grid and form: it is a tab beside Photos; a full-HD
    window shows it beside them at a readable width."""
    assert laptop["photos"]["preview_tabbed_with_photos"] is True
    assert laptop["photos"]["preview_width"] == 0  # behind its tab, not a strip
    assert full_hd["photos"]["preview_tabbed_with_photos"] is False
    assert full_hd["photos"]["preview_width"] >= 420  # type: ignore[operator]


def test_in_russian_the_window_fits_and_the_list_keeps_its_width(laptop, laptop_ru) -> None:  # type: ignore[no-untyped-def]
    for row in laptop_ru.values():
        _fits(row)
    for name in ("write", "photos"):
        assert laptop_ru[name]["list_width"] >= laptop[name]["list_width"] - 2, (name, laptop_ru[name])  # type: ignore[operator]
    assert laptop_ru["write"]["preview_width"] >= 420  # type: ignore[operator]


def test_the_window_scales_up_on_1920x1080(laptop, full_hd) -> None:  # type: ignore[no-untyped-def]
    for row in full_hd.values():
        _fits(row)
    assert full_hd["write"]["frame"][2] > laptop["write"]["frame"][2]  # type: ignore[index]
    assert full_hd["write"]["frame"][3] > laptop["write"]["frame"][3]  # type: ignore[index]
    assert full_hd["write"]["preview_width"] > laptop["write"]["preview_width"]  # type: ignore[operator]
    assert full_hd["photos"]["photo_rows"] >= 2
    assert full_hd["desk"]["queue_rows"] >= 8


def test_the_window_opens_maximised_on_a_laptop_and_a_full_hd_screen(laptop, full_hd) -> None:  # type: ignore[no-untyped-def]
    for run in (laptop, full_hd):
        row = run["write"]
        assert row["maximised"] is True
        assert row["frame"][2:] == row["screen"], row  # type: ignore[index]  # the whole available area


# -- in this process: switching, roles, memory -----------------------------------------------------------


def test_workspaces_are_a_checkable_group_in_the_toolbar_and_view_menu(window) -> None:  # type: ignore[no-untyped-def]
    toolbar_names = [a.objectName() for a in window.toolbar.actions()]
    for name in WORKSPACE_ACTIONS:
        assert name in toolbar_names
    menu = window.findChild(type(window.view_menu), "workspaceMenu")
    assert [a.objectName() for a in menu.actions() if not a.isSeparator()] == [
        *WORKSPACE_ACTIONS,
        "actionResetLayout",
    ]
    actions = [window.findChild(QAction, name) for name in WORKSPACE_ACTIONS]
    assert [a.shortcut().toString() for a in actions] == ["Alt+1", "Alt+2", "Alt+3"]
    assert all(a.isCheckable() and not a.icon().isNull() for a in actions)
    assert [a.isChecked() for a in actions] == [True, False, False]  # a reporter starts in Write
    actions[1].trigger()
    assert [a.isChecked() for a in actions] == [False, True, False]
    assert window.workspaces.current.value == "photos"


def test_each_workspace_gives_its_tool_the_room(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from editor_app.ui.window.workspaces import Workspace

    w = demo_window
    w.workspaces.switch(Workspace.PHOTOS)
    # the sizes settle once the layout has run: wait for them
    qtbot.waitUntil(lambda: w.photo_dock.width() > max(w.preview_dock.width(), w.splitter.width()))
    assert w.splitter.sizes()[1] == 0  # the form folds away, the list stays to pick the article
    assert not w.photo_dock.visibleRegion().isEmpty() and not w.preview_dock.visibleRegion().isEmpty()
    w.workspaces.switch(Workspace.DESK)
    qtbot.waitUntil(lambda: w.review_dock.width() > w.splitter.width())
    assert not w.review_dock.visibleRegion().isEmpty() and not w.preview_dock.visibleRegion().isEmpty()
    assert w.splitter.sizes()[0] == 0  # the queue is the desk's list
    assert w.preview_dock.width() >= 420
    w.workspaces.switch(Workspace.WRITE)
    qtbot.waitUntil(lambda: min(w.splitter.sizes()) > 100)
    assert w.preview_dock.width() >= 420 and not w.preview_dock.visibleRegion().isEmpty()


def test_the_role_chooses_the_workspace(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from editor_app.domain import Role

    qtbot.waitUntil(lambda: window.attached)
    window.workflow_bar.set_role(Role.DESK)
    qtbot.waitUntil(lambda: window.workspaces.current.value == "desk")
    window.workflow_bar.set_role(Role.PHOTO_EDITOR)
    qtbot.waitUntil(lambda: window.workspaces.current.value == "photos")
    window.workflow_bar.set_role(Role.REPORTER)
    qtbot.waitUntil(lambda: window.workspaces.current.value == "write")


def test_a_workspace_remembers_the_users_changes_also_after_a_restart(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from editor_app.ui.window.workspaces import Workspace

    w = make_window()
    qtbot.waitUntil(lambda: w.attached)
    w.workspaces.switch(Workspace.PHOTOS)
    qtbot.wait(50)
    w.related_dock.close()  # the user's own change to Photos
    w.removeDockWidget(w.preview_dock)
    w.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, w.preview_dock)
    w.preview_dock.show()
    w.workspaces.switch(Workspace.WRITE)
    assert w.related_dock.toggleViewAction().isChecked()  # Write has it
    assert w.dockWidgetArea(w.preview_dock) == Qt.DockWidgetArea.RightDockWidgetArea  # Write as arranged
    w.workspaces.switch(Workspace.PHOTOS)
    assert not w.related_dock.toggleViewAction().isChecked()
    assert w.dockWidgetArea(w.preview_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    w.close()

    again = make_window()
    qtbot.waitUntil(lambda: again.attached)
    assert again.workspaces.current is Workspace.WRITE  # a reporter starts in Write
    assert again.dockWidgetArea(again.preview_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    again.workspaces.switch(Workspace.PHOTOS)
    assert again.dockWidgetArea(again.preview_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert not again.related_dock.toggleViewAction().isChecked()
    again.workspaces.reset()  # and the arrangement comes back on request
    assert again.dockWidgetArea(again.preview_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert again.related_dock.toggleViewAction().isChecked()


def test_open_in_editor_from_a_narrow_desk_goes_to_write(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from editor_app.ui.window.workspaces import Workspace

    w = demo_window
    w.resize(1366, 736)
    qtbot.waitUntil(lambda: w.width() == 1366)
    w.workspaces.switch(Workspace.DESK)
    qtbot.waitUntil(lambda: w.splitter.sizes() == [0, 0])  # on a laptop the desk folds the form away
    w.review_panel.openRequested.emit(w.editor.article.id)
    assert w.workspaces.current is Workspace.WRITE
    qtbot.waitUntil(lambda: w.splitter.sizes()[1] > 300)


def test_a_very_wide_desk_keeps_the_form_with_the_whole_headline(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from editor_app.ui.window.workspaces import DESK_FORM_FROM, Workspace

    w = demo_window
    w.resize(DESK_FORM_FROM + 100, 1150)
    qtbot.waitUntil(lambda: w.width() == DESK_FORM_FROM + 100)
    w.workspaces.switch(Workspace.DESK)
    qtbot.waitUntil(lambda: w.splitter.sizes()[1] >= 540 and w.review_dock.width() >= 800)
    headline = w.form.headline
    assert len(headline.text()) > 70  # the demo's lead story
    qtbot.waitUntil(lambda: headline.document().firstBlock().layout().lineCount() > 0)
    assert headline.document().firstBlock().layout().lineCount() <= 2
    assert w.preview_dock.width() >= 600


def test_a_closed_panel_comes_back_from_view_and_reset_layout(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Every dock is listed in View to show it again; closing one says so; Reset Layout (View and View ▸
    Workspace) shows every panel of the workspace again, as first arranged."""
    from PySide6.QtWidgets import QMenu

    from editor_app.ui.window.workspaces import Workspace

    w = demo_window
    docks = [w.preview_dock, w.photo_dock, w.related_dock, w.review_dock]
    view_entries = w.view_menu.actions()
    for dock in docks:
        assert dock.toggleViewAction() in view_entries, dock.objectName()
    reset = w.findChild(QAction, "actionResetLayout")
    assert reset in view_entries
    assert reset in w.findChild(QMenu, "workspaceMenu").actions()
    for workspace in (Workspace.WRITE, Workspace.PHOTOS):
        w.workspaces.switch(workspace)
        qtbot.wait(50)
        for dock in docks:
            dock.close()  # as the dock's close button does
        assert "View" in w.statusBar().currentMessage()  # where to get it back
        assert not any(dock.isVisible() for dock in docks)
        w.preview_dock.toggleViewAction().trigger()  # View ▸ Preview
        assert w.preview_dock.isVisible()
        reset.trigger()
        qtbot.waitUntil(lambda: all(d.toggleViewAction().isChecked() for d in docks))
        main = w.preview_dock if workspace is Workspace.WRITE else w.photo_dock
        qtbot.waitUntil(lambda m=main: not m.visibleRegion().isEmpty() and m.width() >= 420)
        # and the reset arrangement is what the workspace keeps
        w.workspaces.switch(Workspace.DESK)
        w.workspaces.switch(workspace)
        assert all(d.toggleViewAction().isChecked() for d in docks)


def test_a_quick_switch_from_desk_to_write_keeps_writes_sizes(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Desk sizes itself once more after its layout settles; switched away before that, its sizes (the form
    folded to nothing) must not land on Write."""
    from editor_app.ui.window.workspaces import Workspace

    w = demo_window
    w.resize(1366, 740)
    qtbot.waitUntil(lambda: w.width() == 1366)
    w.workspaces.switch(Workspace.WRITE)
    qtbot.wait(50)
    w.workspaces.switch(Workspace.DESK)
    w.workspaces.switch(Workspace.WRITE)  # in the same turn of the event loop
    qtbot.wait(200)
    assert w.workspaces.current is Workspace.WRITE
    assert w.splitter.sizes()[1] > 300 and w.form.headline.width() > 200
