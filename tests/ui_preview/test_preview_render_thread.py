"""The Markdown pipeline loads on the preview's render thread with its first render, never on the GUI thread (its
~35 ms import would hold up the window, and the web engine's work on that thread, at start-up)."""

from __future__ import annotations

import json

import pytest

from tests.fresh_python import run_python

PROBE = """
import json, sys, threading
from PySide6.QtWidgets import QApplication
from editor_app.domain import new_article
from editor_app.ui.preview.panel import PreviewPanel

importers = []
real_import = __builtins__.__import__ if hasattr(__builtins__, "__import__") else __import__

def watch(name, *args, **kwargs):
    if name == "markdown" and "markdown" not in sys.modules:
        importers.append(threading.current_thread() is threading.main_thread())
    return real_import(name, *args, **kwargs)

import builtins
builtins.__import__ = watch
app = QApplication(sys.argv[:1])
panel = PreviewPanel()
panel.show()
article = new_article(headline="Harbour wall", body="", section="News")
panel.show_article(article)  # the page with its fields: the engine is built
done = []
panel.worker.finished.connect(lambda output: (done.append(output), app.quit()))
panel.update_body("The wall *held* through the night.")
app.exec()
print(json.dumps({"main_thread_imports": importers, "rendered": len(done)}))
"""


def test_markdown_loads_on_the_render_thread_with_the_first_render() -> None:
    done = run_python(PROBE)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["rendered"] == 1
    assert result["main_thread_imports"] == [False]  # loaded once, on the render thread


def test_work_waiting_for_the_first_page_runs_once_it_has_loaded(make_panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel()
    ran: list[bool] = []
    loaded: list[bool] = []
    panel.page.loadFinished.connect(lambda ok: loaded.append(ok))
    panel.after_first_load(lambda: ran.append(bool(loaded)), at_most_ms=60_000)
    qtbot.waitUntil(lambda: bool(ran), timeout=20_000)
    assert ran == [True]  # after the page had loaded, not before
    panel.after_first_load(lambda: ran.append(True), at_most_ms=60_000)  # already loaded: at once
    qtbot.waitUntil(lambda: len(ran) == 2, timeout=1_000)


@pytest.mark.parametrize("wait", ["after_first_load", "after_first_frames"])
def test_work_waiting_for_the_first_page_runs_once_after_the_limit(make_panel, qtbot, wait: str) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel()
    ran: list[bool] = []
    loaded: list[bool] = []
    panel.page.loadFinished.connect(lambda ok: loaded.append(ok))
    getattr(panel, wait)(lambda: ran.append(bool(loaded)), at_most_ms=0)  # the page is still loading
    qtbot.waitUntil(lambda: bool(ran), timeout=5_000)
    assert ran == [False]  # it did not wait for the page
    qtbot.waitUntil(lambda: bool(loaded), timeout=20_000)
    qtbot.wait(200)
    assert ran == [False]  # and ran once, not again when the page loaded and painted


def test_work_waiting_for_the_first_frames_runs_once_the_view_stops_painting(
    make_panel, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import time

    from PySide6.QtCore import QEvent, QObject

    from editor_app.ui.preview.first_load import SETTLED_MS, FirstLoad

    watched: list[int] = []
    original = FirstLoad.eventFilter

    def counting(self: FirstLoad, target: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.append(1)
        return original(self, target, event)

    monkeypatch.setattr(FirstLoad, "eventFilter", counting)
    panel = make_panel()
    loaded: list[float] = []
    paints: list[float] = []
    ran: list[float] = []

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                paints.append(time.monotonic())
            return False

    spy = Paints(panel)
    (panel.view.focusProxy() or panel.view).installEventFilter(spy)
    panel.page.loadFinished.connect(lambda ok: loaded.append(time.monotonic()))
    panel.after_first_frames(lambda: ran.append(time.monotonic()), at_most_ms=60_000)
    qtbot.waitUntil(lambda: bool(ran), timeout=20_000)
    assert loaded and ran[0] > loaded[0]  # after the page had loaded
    after_load = [t for t in paints if loaded[0] <= t < ran[0]]
    assert after_load  # the loaded page was painted first
    assert (
        ran[0] - after_load[-1] >= SETTLED_MS / 1000 - 0.005
    )  # and it ran after its last frame, by the quiet time
    assert watched  # it watched the view's frames while it waited
    watched.clear()
    qtbot.wait(SETTLED_MS * 3)
    panel.resize(panel.width() - 40, panel.height())  # new frames
    qtbot.waitUntil(lambda: any(t > ran[0] for t in paints), timeout=5_000)
    qtbot.wait(SETTLED_MS * 3)
    assert len(ran) == 1  # once
    assert watched == []  # and no longer watches the page's frames


def test_work_waiting_for_the_frames_of_a_page_shown_already_runs_once_it_is_quiet(make_panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    import time

    from editor_app.ui.preview.first_load import SETTLED_MS

    panel = make_panel()
    ran: list[str] = []
    panel.after_first_frames(lambda: ran.append("first"), at_most_ms=60_000)
    qtbot.waitUntil(lambda: bool(ran), timeout=20_000)
    asked = time.monotonic()
    panel.after_first_frames(lambda: ran.append("second"), at_most_ms=60_000)  # loaded and painted already
    panel.after_first_frames(lambda: ran.append("third"), at_most_ms=60_000)
    qtbot.waitUntil(lambda: len(ran) == 3, timeout=5_000)
    assert time.monotonic() - asked < 2  # no paint needed: the quiet time, not the limit
    assert ran == ["first", "second", "third"]
    qtbot.wait(SETTLED_MS * 3)
    assert len(ran) == 3
