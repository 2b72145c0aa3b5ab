"""The article list filled before the profile has opened (``ui/window/early_list.py``): the workstation is
started as ``editor-app`` starts it, with the real profile held back until the test lets it open."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt

from editor_app.paths import DataPaths
from editor_app.services import open_services
from editor_app.store import ArticleQuery
from editor_app.ui.articles.list_page import PAGE
from editor_app.ui.window.main_window import MainWindow

HEADLINES = [
    "Ferry back on time",
    "Harbour wall holds",
    "Fish market reopens",
    "Storm warning",
    "Budget vote",
]


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The profile opens (the real ``open_services``) only once the test sets this event."""
    import editor_app.services as services_package

    gate = threading.Event()

    def held_open(paths: DataPaths) -> Any:
        assert gate.wait(30), "the test never let the profile open"
        return open_services(paths)

    monkeypatch.setattr(services_package, "open_services", held_open)
    yield gate
    gate.set()


def _profile(root: Path, last: int | None = 1) -> list[str]:
    """A profile with five articles (the newest first in the returned ids); ``last`` is the article the
    previous session ended on."""
    services = open_services(DataPaths(root))
    ids = [services.articles.create(headline=headline)[0].id for headline in HEADLINES][::-1]
    services.close()
    if last is not None:
        settings = QSettings(str(DataPaths(root).settings), QSettings.Format.IniFormat)
        settings.setValue("session/lastArticle", ids[last])
        settings.sync()
    return ids


def _start(root: Path, failures: list[str] | None = None) -> MainWindow:
    from editor_app.app import open_workstation

    on_failure = failures.append if failures is not None else lambda message: pytest.fail(message)
    return open_workstation(root, on_failure=on_failure)


def _rows(window: MainWindow) -> list[str]:
    model = window.list_panel.model
    return [model.summary(row).id for row in range(model.rowCount())]


def _close(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.attached or not window.opened, timeout=20_000)  # the docks come last
    qtbot.wait(50)  # what attaching the profile queued (the docks' second sizing pass) runs first
    window.close()
    services = getattr(window, "services", None)
    window.runner.wait()
    window.preview.shutdown()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if services is not None:
        services.close()


@contextlib.contextmanager
def _early_window(qtbot: Any, root: Path) -> Iterator[tuple[list[str], MainWindow]]:
    """A profile of articles and the window started on it, once its list shows the early rows; closed after."""
    ids = _profile(root)
    window = _start(root)
    try:
        qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == len(ids), timeout=10_000)
        yield ids, window
    finally:
        _close(qtbot, window)


def test_the_list_is_filled_before_the_profile_opens_and_stays_as_it_is(
    qtbot: Any, tmp_path: Path, gate: threading.Event
) -> None:
    with _early_window(qtbot, tmp_path / "profile") as (ids, window):
        assert not gate.is_set() and not hasattr(window, "services")  # the profile is not open yet
        assert _rows(window) == ids
        assert window.list_panel.current_id() == ids[1]  # the last article, as the session ended
        assert window.stack.currentWidget() is window.form
        assert window.editor.article is not None and window.editor.article.id == ids[1]
        assert window.form.headline.text() == HEADLINES[-2] and window.form.isEnabled()
        changes: list[str] = []
        model = window.list_panel.model
        model.modelReset.connect(lambda: changes.append("reset"))
        model.rowsInserted.connect(lambda *_: changes.append("inserted"))
        model.dataChanged.connect(lambda *_: changes.append("changed"))
        window.editor.articleChanged.connect(lambda *_: changes.append("form loaded again"))

        gate.set()
        qtbot.waitUntil(lambda: window.attached, timeout=20_000)
        qtbot.waitUntil(lambda: window.snapshot is not None, timeout=10_000)
        assert window.editor.article is not None and window.editor.article.id == ids[1]
        assert window.list_panel.current_id() == ids[1]
        assert _rows(window) == ids and changes == []  # the profile's own rows changed nothing on screen
        assert not window.preview_link.held  # the editor's text goes to the preview again
        assert window.services.articles.summaries(ArticleQuery(limit=PAGE)) == [
            model.summary(row) for row in range(model.rowCount())
        ]


class _PaintsWithRows(QObject):
    """Notes where in ``window``'s log (``seen``) the list's viewport first paints with rows in its model."""

    def __init__(self, window: MainWindow, log: list[str]) -> None:
        super().__init__(window)
        self.window, self.log = window, log
        self.seen: int | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and self.seen is None
            and self.window.list_panel.model.rowCount()
        ):
            self.seen = len(self.log)
            self.log.append("rows painted")
        return False


def test_with_no_page_to_show_a_view_that_may_wait_comes_after_the_first_frame_with_the_list(
    qtbot: Any, tmp_path: Path, gate: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor_app.ui.preview import PreviewPanel
    from editor_app.ui.window import early_list

    monkeypatch.setenv("QT_QUICK_BACKEND", "software")  # as where there is no GPU: no flash when added later
    root = tmp_path / "profile"
    ids = _profile(root, last=None)  # no article was open: no page of the last session
    seen: list[str] = []
    paint, build, read = MainWindow.paintEvent, PreviewPanel.build_view, early_list.read_start
    window_painted = threading.Event()

    def painted(window: MainWindow, event: Any) -> None:
        seen.append("window painted")
        paint(window, event)
        window_painted.set()

    def slow_read(*args: Any) -> Any:  # a large archive: the rows come after the first frame
        assert window_painted.wait(10)
        time.sleep(0.2)
        return read(*args)

    def built(panel: PreviewPanel) -> None:
        if panel.view_pending:
            seen.append(f"view built, {panel.window().list_panel.model.rowCount()} rows")  # type: ignore[attr-defined]
        build(panel)

    monkeypatch.setattr(MainWindow, "paintEvent", painted)
    monkeypatch.setattr(PreviewPanel, "build_view", built)
    monkeypatch.setattr(early_list, "read_start", slow_read)
    window = _start(root)
    rows_painted = _PaintsWithRows(window, seen)
    window.list_panel.view.viewport().installEventFilter(rows_painted)
    try:
        assert isinstance(window.preview, PreviewPanel) and window.preview.view_pending
        qtbot.waitUntil(lambda: not window.preview.view_pending, timeout=10_000)
        assert not gate.is_set()  # it waited for what was read early, not for the profile
        built_at = seen.index(f"view built, {len(ids)} rows")
        assert seen.index("window painted") < built_at
        # The rows are on screen before Chromium's start holds the GUI thread, not just in the list's model.
        assert rows_painted.seen is not None and rows_painted.seen < built_at
        qtbot.waitUntil(lambda: window.preview.first_load.done, timeout=10_000)  # type: ignore[union-attr]
        gate.set()
        qtbot.waitUntil(lambda: window.attached, timeout=20_000)
    finally:
        gate.set()
        _close(qtbot, window)


def test_with_no_article_to_show_the_editor_is_made_once_the_first_rows_are_on_screen(
    qtbot: Any, tmp_path: Path, gate: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor_app.ui.preferences.settings import load_preferences, save_preferences
    from editor_app.ui.window import editor_part

    root = tmp_path / "profile"
    ids = _profile(root, last=None)
    settings = QSettings(str(DataPaths(root).settings), QSettings.Format.IniFormat)
    save_preferences(settings, replace(load_preferences(settings), autosave_ms=1500))
    seen: list[str] = []
    paint, make = MainWindow.paintEvent, editor_part._make

    def painted(window: MainWindow, event: Any) -> None:
        if not seen:
            seen.append("window painted")
        paint(window, event)

    def made(window: MainWindow, spelling_root: Path | None) -> Any:
        seen.append(f"editor made, {window.list_panel.model.rowCount()} rows")
        return make(window, spelling_root)

    monkeypatch.setattr(MainWindow, "paintEvent", painted)
    monkeypatch.setattr(editor_part, "_make", made)
    window = _start(root)
    assert not window.editor_made  # the window is built and shown without it
    rows_painted = _PaintsWithRows(window, seen)
    window.list_panel.view.viewport().installEventFilter(rows_painted)
    try:
        qtbot.waitUntil(lambda: window.editor_made, timeout=10_000)
        assert not gate.is_set()  # it waited for the rows on screen, not for the profile
        assert seen == ["window painted", "rows painted", f"editor made, {len(ids)} rows"]
        assert window.stack.currentWidget() is window.form  # as the rows asked for (``show_start``)
        assert window.editor.article is None and not window.form.isEnabled()
        assert window.editor.max_delay == 1500  # the preferences reached the editor made after them
        edit = next(a.menu() for a in window.menuBar().actions() if window.acts.history in a.menu().actions())
        in_menu = [action for action in edit.actions() if not action.isSeparator()]
        find = list(window.form.body.find_actions.values())
        assert (
            find
            and in_menu[in_menu.index(window.acts.select_all) + 1 : in_menu.index(window.acts.history)]
            == find
        )
        gate.set()
        qtbot.waitUntil(lambda: window.attached, timeout=20_000)
        window.open_article(ids[0])
        qtbot.waitUntil(lambda: window.article is not None and window.article.id == ids[0], timeout=10_000)
        assert window.form.headline.text() == HEADLINES[-1] and window.form.isEnabled()
    finally:
        gate.set()
        _close(qtbot, window)


def test_with_no_article_to_show_the_profile_opens_once_the_first_rows_are_on_screen(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import editor_app.services as services_package

    root = tmp_path / "profile"
    _profile(root, last=None)
    seen: list[str] = []

    def opening(paths: DataPaths) -> Any:
        seen.append("profile opening")
        return open_services(paths)

    monkeypatch.setattr(services_package, "open_services", opening)
    window = _start(root)
    rows_painted = _PaintsWithRows(window, seen)
    window.list_panel.view.viewport().installEventFilter(rows_painted)
    try:
        qtbot.waitUntil(lambda: window.attached, timeout=20_000)
        assert seen == ["rows painted", "profile opening"]
    finally:
        _close(qtbot, window)


def test_an_early_read_that_fails_still_opens_the_profile_and_the_editor(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from editor_app.ui.window import early_list

    root = tmp_path / "profile"
    ids = _profile(root, last=None)

    def broken(database: Path, last_article: str) -> Any:
        raise OSError("the disk went away")

    monkeypatch.setattr(early_list, "read_start", broken)
    window = _start(root)
    try:
        qtbot.waitUntil(lambda: window.attached, timeout=20_000)
        qtbot.waitUntil(
            lambda: window.list_panel.model.rowCount() == len(ids), timeout=10_000
        )  # its own rows
        qtbot.waitUntil(lambda: window.editor_made, timeout=10_000)
        assert "nothing shown before the profile opens: the disk went away" in caplog.text
    finally:
        _close(qtbot, window)


@pytest.mark.parametrize("last", [None, 1], ids=["no article open last", "an article open last"])
def test_the_early_read_starts_beside_the_window_build_only_for_an_article_to_open(
    qtbot: Any, tmp_path: Path, gate: threading.Event, monkeypatch: pytest.MonkeyPatch, last: int | None
) -> None:
    from PySide6.QtWidgets import QApplication

    from editor_app.ui.preview import factory
    from editor_app.ui.task_runner import TaskRunner
    from editor_app.ui.window.main_window import MainWindow

    root = tmp_path / "profile"
    _profile(root, last=last)
    order: list[str] = []
    run, make = TaskRunner.run, factory.make_preview

    def submitted(runner: TaskRunner, fn: Any, on_done: Any = None, *args: Any, **kwargs: Any) -> int:
        if getattr(on_done, "__name__", "") == "early_read":
            built = any(isinstance(w, MainWindow) for w in QApplication.topLevelWidgets())
            order.append("read, window built" if built else "read")
        return run(runner, fn, on_done, *args, **kwargs)

    def preview(*args: Any, **kwargs: Any) -> Any:
        order.append("preview")
        return make(*args, **kwargs)

    monkeypatch.setattr(TaskRunner, "run", submitted)
    monkeypatch.setattr(factory, "make_preview", preview)
    window = _start(root)
    try:
        # With an article to open, it is read while the window is built (after Chromium has started, for its
        # page); with none, the rows are read once the window is built, as it is shown: read beside the build,
        # the reader's thread took the interpreter from it.
        assert order == (["preview", "read, window built"] if last is None else ["preview", "read"])
        qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == len(HEADLINES), timeout=10_000)
        gate.set()
        qtbot.waitUntil(lambda: window.attached, timeout=20_000)
    finally:
        gate.set()
        _close(qtbot, window)


def test_with_a_gpu_the_view_is_built_with_the_window(
    qtbot: Any, tmp_path: Path, gate: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWebEngineWidgets import QWebEngineView

    monkeypatch.delenv(
        "QT_QUICK_BACKEND", raising=False
    )  # Qt Quick draws with the GPU: added later, it flashes
    root = tmp_path / "profile"
    _profile(root, last=None)
    window = _start(root)
    try:
        assert not window.preview.view_pending
        assert window.preview.findChild(QWebEngineView) is not None
        gate.set()
        qtbot.waitUntil(lambda: window.attached, timeout=20_000)
    finally:
        gate.set()
        _close(qtbot, window)


def test_an_article_chosen_before_the_profile_opens_is_the_one_that_opens(
    qtbot: Any, tmp_path: Path, gate: threading.Event
) -> None:
    with _early_window(qtbot, tmp_path / "profile") as (ids, window):
        view = window.list_panel.view
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(3, 0)).center()
        )
        assert window.list_panel.current_id() == ids[3]

        gate.set()
        qtbot.waitUntil(lambda: window.editor.article is not None, timeout=20_000)
        qtbot.wait(200)  # the last article (ids[1]) must not take its place afterwards
        assert window.editor.article is not None and window.editor.article.id == ids[3]
        assert window.list_panel.current_id() == ids[3]


def test_what_is_typed_before_the_profile_opens_is_kept_saved_and_previewed(
    qtbot: Any, tmp_path: Path, gate: threading.Event
) -> None:
    with _early_window(qtbot, tmp_path / "profile") as (ids, window):
        qtbot.waitUntil(lambda: window.editor.article is not None, timeout=10_000)
        body = window.form.body
        body.setFocus()
        qtbot.keyClicks(body, "Early words")
        qtbot.wait(window.editor.max_delay + 200)  # autosave came due: it waits for the profile
        assert window.editor.dirty and body.toPlainText() == "Early words"

        gate.set()
        qtbot.waitUntil(lambda: window.snapshot is not None, timeout=20_000)
        qtbot.waitUntil(lambda: not window.editor.dirty and not window.editor.saving, timeout=10_000)
        assert window.services.articles.get(ids[1]).body == "Early words"
        assert body.toPlainText() == "Early words"  # the stored article did not load over the typing
        qtbot.waitUntil(lambda: window.preview.controller.text == "Early words", timeout=10_000)


def test_the_sync_state_menu_and_button_show_before_the_profile_opens_as_it_shows_them(
    qtbot: Any, tmp_path: Path, gate: threading.Event
) -> None:
    from PySide6.QtGui import QAction

    with _early_window(qtbot, tmp_path / "profile") as (ids, window):
        qtbot.waitUntil(lambda: window.status.sync.text() != "", timeout=10_000)
        early = window.status.sync.text()
        assert f"{len(ids)} changes not synced" in early
        sync = window.findChild(QAction, "actionSync")
        assert sync is not None and sync in window.toolbar.actions() and sync.isEnabled()
        menus = [action.text() for action in window.menuBar().actions()]
        assert "S&ync" in menus
        for action in (window.acts.new_article, window.acts.import_, window.acts.save):
            assert action.isEnabled()  # offered at once; a click waits for the profile

        gate.set()
        qtbot.waitUntil(lambda: window.opened, timeout=20_000)
        qtbot.waitUntil(lambda: window.sync.state.pending == len(ids), timeout=10_000)
        assert window.status.sync.text() == early and window.sync.action is sync
        assert [action.text() for action in window.menuBar().actions()] == menus


def test_commands_clicked_before_the_profile_opens_run_once_it_is(
    qtbot: Any, tmp_path: Path, gate: threading.Event
) -> None:
    from editor_app.ui.sync.sites_dialog import SitesDialog

    with _early_window(qtbot, tmp_path / "profile") as (ids, window):
        window.acts.new_article.trigger()
        window.sync_actions.sync.trigger()  # no site yet: Sync asks for one
        window.sync_actions.sites.trigger()
        assert window.list_panel.model.rowCount() == len(ids)

        gate.set()
        qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == len(ids) + 1, timeout=20_000)
        qtbot.waitUntil(lambda: window.editor.article is not None and window.editor.article.id not in ids)
        qtbot.waitUntil(lambda: len(window.findChildren(SitesDialog)) == 2, timeout=10_000)
        for dialog in window.findChildren(SitesDialog):
            dialog.reject()


def test_the_last_article_gone_meanwhile_leaves_the_editor(
    qtbot: Any, tmp_path: Path, gate: threading.Event
) -> None:
    with _early_window(qtbot, tmp_path / "profile") as (ids, window):
        qtbot.waitUntil(lambda: window.editor.article is not None, timeout=10_000)
        other = open_services(DataPaths(tmp_path / "profile"))  # another workstation deletes it
        other.articles.delete(ids[1])
        other.close()

        gate.set()
        qtbot.waitUntil(lambda: window.attached, timeout=20_000)
        qtbot.waitUntil(lambda: window.editor.article is None, timeout=10_000)
        assert not window.form.isEnabled()


def test_closing_before_the_profile_opens_saves_what_was_typed_then_closes(
    qtbot: Any, tmp_path: Path, gate: threading.Event
) -> None:
    ids = _profile(tmp_path / "profile")
    window = _start(tmp_path / "profile")
    try:
        qtbot.waitUntil(lambda: window.editor.article is not None, timeout=10_000)
        window.form.body.setFocus()
        qtbot.keyClicks(window.form.body, "Last words")
        window.close()  # Ctrl+Q, a logout: the profile is not open yet
        assert window.isVisible()  # it waits for the profile, to save first

        gate.set()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)
        window.runner.wait()
        assert window.services.articles.get(ids[1]).body == "Last words"
    finally:
        _close(qtbot, window)


def test_choosing_another_article_and_back_before_the_profile_opens_keeps_the_first(
    qtbot: Any, tmp_path: Path, gate: threading.Event
) -> None:
    with _early_window(qtbot, tmp_path / "profile") as (ids, window):
        qtbot.waitUntil(lambda: window.editor.article is not None, timeout=10_000)
        window.open_article(ids[3])
        window.open_article(ids[1])  # back to the one the editor shows

        gate.set()
        qtbot.waitUntil(lambda: window.snapshot is not None, timeout=20_000)
        qtbot.wait(200)
        assert window.editor.article is not None and window.editor.article.id == ids[1]
        assert window.snapshot.article.id == ids[1]


def test_a_failed_read_of_the_article_lets_the_preview_follow_the_editor(
    qtbot: Any, tmp_path: Path, gate: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor_app.services.articles import ArticleService

    def broken(self: object, article_id: str) -> object:
        raise OSError("disk I/O error")

    monkeypatch.setattr(ArticleService, "snapshot", broken)
    with _early_window(qtbot, tmp_path / "profile") as (_ids, window):
        qtbot.waitUntil(lambda: window.editor.article is not None, timeout=10_000)
        assert window.preview_link.held
        gate.set()
        qtbot.waitUntil(lambda: window.opened and not window.preview_link.held, timeout=20_000)
        assert "disk I/O error" in window.status.currentMessage()
        window.form.body.setFocus()
        qtbot.keyClicks(window.form.body, "Still here")
        qtbot.waitUntil(lambda: window.preview.controller.text == "Still here", timeout=10_000)


def test_rows_changed_meanwhile_are_replaced_by_the_profiles_own(
    qtbot: Any, tmp_path: Path, gate: threading.Event
) -> None:
    with _early_window(qtbot, tmp_path / "profile") as (ids, window):
        other = open_services(DataPaths(tmp_path / "profile"))  # another writer, before this one opens
        fresh, _ = other.articles.create(headline="Breaking: bridge closed")
        other.close()

        gate.set()
        qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == len(ids) + 1, timeout=20_000)
        assert _rows(window) == [fresh.id, *ids]
        qtbot.waitUntil(lambda: window.editor.article is not None, timeout=10_000)
        assert window.editor.article is not None and window.editor.article.id == ids[1]
        assert window.list_panel.current_id() == ids[1]


def test_a_first_start_shows_the_welcome_page_until_the_profile_is_made(
    qtbot: Any, tmp_path: Path, gate: threading.Event
) -> None:
    window = _start(tmp_path / "profile")
    try:
        qtbot.wait(300)  # time enough for the early read, which finds nothing to read
        assert window.list_panel.model.rowCount() == 0 and window.stack.currentWidget() is window.welcome
        assert not (tmp_path / "profile" / "newsroom.sqlite").exists()
        gate.set()
        qtbot.waitUntil(lambda: window.attached, timeout=20_000)
        assert window.stack.currentWidget() is window.welcome
    finally:
        _close(qtbot, window)


CHILD = """
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from editor_app.app import open_workstation

shown = []
window = open_workstation(Path(sys.argv[1]), on_failure=lambda message: shown.append(message))
seen = []
window.list_panel.model.modelReset.connect(lambda: seen.append(window.list_panel.model.rowCount()))
code = QApplication.instance().exec()
print(code, seen, *shown, sep="\\n")
"""


def test_a_damaged_profile_shows_no_rows_and_says_what_it_always_said(tmp_path: Path) -> None:
    """As ``editor-app`` meets it, in a process of its own (the failure ends the application)."""
    _profile(tmp_path / "profile")
    database = DataPaths(tmp_path / "profile").database
    damaged = bytearray(database.read_bytes())
    damaged[4096 : 4 * 4096] = b"\xa5" * (3 * 4096)  # the schema's and the articles' pages overwritten
    database.write_bytes(damaged)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "profile")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.stdout.splitlines() == [
        "1",
        "[]",  # no rows were ever shown
        f"{database} is damaged or not a database (database disk image is malformed). It was left untouched.",
    ], result.stderr
    assert database.read_bytes() == damaged


def test_the_dictionary_starts_loading_as_the_window_is_made(qtbot: Any, tmp_path: Path) -> None:
    """Before the last article's text comes (whose first check would otherwise wait for the dictionary)."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(None, settings, media_root=tmp_path / "media", spelling_root=tmp_path)
    try:
        speller = window.form.body.speller
        qtbot.waitUntil(lambda: bool(speller.preloaded), timeout=10_000)  # opened, nothing asked of it yet
        assert speller.personal_path == tmp_path / "personal-words.txt"
    finally:
        _close(qtbot, window)


READER = """
import sys
from pathlib import Path

from editor_app.ui.window.early_list import read_start

query, read = read_start(Path(sys.argv[1]), "")
assert read is not None and len(read.rows) == 5 and query.limit == 200
print(sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6")))
"""


def test_the_early_read_loads_no_qt_on_its_thread(tmp_path: Path) -> None:
    """The reader shares the interpreter with the window being built: it loads only what it reads with."""
    _profile(tmp_path / "profile")
    result = subprocess.run(
        [sys.executable, "-c", READER, str(DataPaths(tmp_path / "profile").database)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_with_no_article_to_open_the_dictionary_loads_once_the_profile_is_open(
    qtbot: Any, tmp_path: Path, gate: threading.Event
) -> None:
    """Nothing is checked at start: its loading (enchant's import, the dictionary) keeps clear of the first paint."""
    root = tmp_path / "profile"
    ids = _profile(root, last=None)
    window = _start(root)
    try:
        speller = window.form.body.speller
        qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == len(ids), timeout=10_000)
        qtbot.wait(100)
        assert speller.personal_path is None and not speller.preloaded  # not asked for yet
        gate.set()
        qtbot.waitUntil(lambda: bool(speller.preloaded), timeout=20_000)
        assert speller.personal_path == root / "personal-words.txt"
    finally:
        _close(qtbot, window)


STARTED_THREADS = """
import sys
import threading
from pathlib import Path

started = []
start = threading.Thread.start


def recording(thread):
    started.append(thread.name)
    start(thread)


threading.Thread.start = recording
from editor_app.app import open_workstation, prepare_start

prepare_start()
window = open_workstation(Path(sys.argv[1]), on_failure=print)
print([name for name in started if name.startswith("spelling")])
"""


@pytest.mark.parametrize("last", [1, None])
def test_the_dictionary_opens_before_the_window_is_made_only_for_an_article_to_check(
    tmp_path: Path, last: int | None
) -> None:
    """With an article open last, its dictionary starts opening before the window is made, and the form takes it
    (no second opening); with none, spelling starts nothing before the first paint."""
    from tests.fresh_python import run_python

    _profile(tmp_path / "profile", last=last)
    result = run_python(STARTED_THREADS, str(tmp_path / "profile"))
    assert result.returncode == 0, result.stderr
    expected = ["spelling-open"] if last is not None else []
    assert result.stdout.splitlines()[-1] == repr(expected)
