"""The work behind one body keystroke and one save in the real main window (counts, not timings).

Counts, per key typed in the body: the slots connected to what a keystroke emits, the whole-``Article``
builds, word counts, status-badge and read-only refreshes, workflow-bar refreshes and header patches sent to
the preview; per save: article-list resets, row updates and outbox recounts. Reports; fails only when a key
was lost. Run it explicitly: ``pytest tests/benchmarks/bench_keystroke.py -s``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

KEYS = 50


class Tally:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def wrap(self, monkeypatch: pytest.MonkeyPatch, owner: Any, name: str, label: str) -> None:
        original: Callable[..., Any] | None = getattr(owner, name, None)
        if original is None:
            return

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.counts[label] += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(owner, name, counted)


def _receivers(obj: Any, signature: str) -> int:
    try:
        return int(obj.receivers(signature))
    except (TypeError, RuntimeError):
        return 0


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings

    from editor_app.paths import DataPaths
    from editor_app.services import open_services
    from editor_app.ui.window.main_window import MainWindow

    services = open_services(DataPaths(tmp_path / "profile"))
    settings = QSettings(str(services.paths.settings), QSettings.Format.IniFormat)
    win = MainWindow(services, settings)
    qtbot.addWidget(win)
    win.show()
    win.start()
    yield win
    win.runner.wait()
    win.preview.shutdown()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    services.close()


@pytest.mark.benchmark_report
def test_work_per_keystroke_and_save(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    import editor_app.ui.status_bar as status_bar
    from editor_app.ui.articles.form import ArticleForm
    from editor_app.ui.articles.list_panel import ArticleListModel
    from editor_app.ui.review.workflow_bar import WorkflowBar
    from editor_app.ui.status_bar import StatusBar
    from editor_app.ui.sync.controller import SyncController

    window.open_demo()
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() > 1, timeout=10_000)
    window.runner.wait()
    qtbot.wait(200)
    body = window.form.body
    slots = {
        "editor.articleChanged": _receivers(window.editor, "2articleChanged(PyObject)"),
        "form.edited": _receivers(window.form, "2edited()"),
        "body.textChanged": _receivers(body, "2textChanged()"),
    }
    tally = Tally()
    tally.wrap(monkeypatch, ArticleForm, "apply_to", "Article built")
    tally.wrap(monkeypatch, status_bar, "word_count", "word count")
    tally.wrap(monkeypatch, StatusBar, "show_article", "status badge restyled")
    tally.wrap(monkeypatch, ArticleForm, "set_read_only", "read-only reset (8 widgets)")
    tally.wrap(monkeypatch, WorkflowBar, "refresh", "workflow bar refresh")
    tally.wrap(monkeypatch, window.preview, "update_fields", "preview header patch")
    tally.wrap(monkeypatch, window.preview, "update_body", "preview body render")
    typed = Tally()
    typed.counts = tally.counts
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    before = body.toPlainText()
    for _ in range(KEYS):
        QTest.keyClick(body, Qt.Key.Key_X)
    per_key = {name: count / KEYS for name, count in tally.counts.items()}
    assert body.toPlainText() == before + "x" * KEYS
    tally.counts = Counter()
    save = Tally()
    save.counts = tally.counts
    save.wrap(monkeypatch, ArticleListModel, "reset", "list model reset")
    save.wrap(monkeypatch, ArticleListModel, "update_rows", "list rows updated")
    save.wrap(monkeypatch, SyncController, "refresh", "outbox recount (sync refresh)")
    save.wrap(monkeypatch, type(window.services.articles), "unsynced_ids", "outbox query")
    # the typing pause is over: debounced work and the autosave run now
    qtbot.wait(1000)
    window.editor.flush()
    qtbot.waitUntil(lambda: not window.editor.dirty and not window.editor.saving, timeout=10_000)
    window.runner.wait()
    qtbot.wait(300)
    after_pause = dict(save.counts)
    print(f"\n[bench] slots on the keystroke signals: {slots} (total {sum(slots.values())})")
    print(
        f"[bench] work per body keystroke ({KEYS} keys): "
        + ", ".join(f"{k} {v:.2f}" for k, v in sorted(per_key.items()))
    )
    print(
        "[bench] work after the typing pause (debounced work + one save): "
        + ", ".join(f"{k} {v}" for k, v in sorted(after_pause.items()))
    )
    assert window.services.articles.get(window.editor.article.id).body.endswith("x" * KEYS)
