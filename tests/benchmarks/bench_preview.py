"""Keystroke to preview painted on a 5,000-word article, against a floor and the naive way (QtWebEngine).

Reports, never fails on timing (only on correctness). ``painted`` is the patch script's double
``requestAnimationFrame`` after the DOM change, reported back as a console message. Measured in the same run:
  floor  cmarkgfm full render + one DOM patch (``#body`` innerHTML) to painted
  ours   a key typed into a QPlainTextEdit linked to the PreviewPanel to painted
  naive  full Python-Markdown render + ``setHtml`` of the whole page to loadFinished and painted
plus the longest GUI-thread stall while typing 200 keys, and the render part against a cmarkgfm full render.
Run it explicitly: ``.venv/bin/pytest tests/benchmarks/bench_preview.py -s``.
"""

from __future__ import annotations

import json
import statistics
import time
from typing import Any

import cmarkgfm
import pytest
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from editor_app.render import BlockRenderer, render_markdown, render_page
from editor_app.ui.preview import EditorLink, PreviewPanel
from editor_app.ui.preview.controller import BLANK_PAGE
from editor_app.ui.preview.page import SCRIPT_WORLD
from editor_app.ui.preview.render_worker import RenderOutput
from tests.benchmarks.bench_render import _article

pytestmark = pytest.mark.qt_log_ignore("^GPUInfo not initialized on GpuInfoUpdate$")

ROUNDS = 40
TYPED_KEYS = 200


class _Painted:
    """Time of each painted report, by sequence number."""

    def __init__(self, panel: PreviewPanel) -> None:
        self.at: dict[int, float] = {}
        panel.painted.connect(lambda seq: self.at.setdefault(seq, time.perf_counter()))


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _make_panel(qtbot: Any) -> PreviewPanel:
    panel = PreviewPanel(None, None)
    qtbot.addWidget(panel)
    panel.resize(900, 900)
    panel.show()
    return panel


@pytest.mark.benchmark_report
def test_keystroke_to_preview_painted(qtbot: Any, capsys: pytest.CaptureFixture[str]) -> None:
    article_text = _article()
    ours, floor_panel, naive_panel = _make_panel(qtbot), _make_panel(qtbot), _make_panel(qtbot)
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.resize(600, 900)
    edit.show()
    edit.setPlainText(article_text)
    EditorLink(edit, ours)
    for panel in (ours, floor_panel):
        panel.update_body(article_text)
    for panel in (ours, floor_panel):
        qtbot.waitUntil(lambda p=panel: not p.controller.body_pending, timeout=30_000)
    painted = {id(p): _Painted(p) for p in (ours, floor_panel, naive_panel)}
    render_seconds: list[float] = []
    ours.worker.finished.connect(
        lambda out: (
            render_seconds.append(out.seconds) if isinstance(out, RenderOutput) and out.blocks else None
        )
    )

    middle = edit.document().findBlockByNumber(len(article_text.split("\n")) // 2)
    while middle.text().startswith(("#", "-")) or not middle.text():
        middle = middle.next()
    cursor = QTextCursor(middle)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.movePosition(QTextCursor.MoveOperation.Left)
    edit.setTextCursor(cursor)
    edit.setFocus()

    floor_ms, ours_ms, naive_ms, cmark_ms = [], [], [], []
    for index in range(ROUNDS):
        # ours: one key typed into the editor
        sent: list[int] = []
        ours.controller.patched.connect(sent.append)
        started = time.perf_counter()
        qtbot.keyClick(edit, "xy"[index % 2])
        qtbot.waitUntil(lambda sent=sent: bool(sent) and sent[-1] in painted[id(ours)].at, timeout=10_000)
        ours_ms.append((painted[id(ours)].at[sent[-1]] - started) * 1000)
        ours.controller.patched.disconnect(sent.append)

        # floor: cmarkgfm full render + one DOM patch
        text = edit.toPlainText()
        seq = 100_000 + index
        started = time.perf_counter()
        html = cmarkgfm.github_flavored_markdown_to_html(text)
        cmark_ms.append((time.perf_counter() - started) * 1000)
        floor_panel.page.runJavaScript(
            f"document.getElementById('body').innerHTML = {json.dumps(html)}; window.__preview.painted({seq})",
            SCRIPT_WORLD,
        )
        qtbot.waitUntil(lambda s=seq: s in painted[id(floor_panel)].at, timeout=10_000)
        floor_ms.append((painted[id(floor_panel)].at[seq] - started) * 1000)

        # naive: full Python-Markdown render + setHtml of the page
        if index % 4 == 0:
            seq = 200_000 + index
            started = time.perf_counter()
            page = render_page(page_data_for_blank(render_markdown(text)))
            with qtbot.waitSignal(naive_panel.page.loadFinished, timeout=10_000):
                naive_panel.page.show_html(page, naive_panel.controller._base_url)
            naive_panel.page.runJavaScript(f"window.__preview.painted({seq})", SCRIPT_WORLD)
            qtbot.waitUntil(lambda s=seq: s in painted[id(naive_panel)].at, timeout=10_000)
            naive_ms.append((painted[id(naive_panel)].at[seq] - started) * 1000)

    stall = _typing_stall(qtbot, edit)
    qtbot.waitUntil(lambda: not ours.controller.body_pending, timeout=30_000)
    box: list[Any] = []  # correctness: the preview shows exactly what was typed
    ours.page.runJavaScript(
        "JSON.stringify([...document.querySelectorAll('#body > .blk')].map(e => [Number(e.dataset.line), e.innerHTML]))",
        SCRIPT_WORLD,
        box.append,
    )
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    expected = [[b.source_line, b.html] for b in BlockRenderer().render(edit.toPlainText()).blocks]
    assert json.loads(box[0]) == expected

    floor_p50 = statistics.median(floor_ms)
    cmark = statistics.median(cmark_ms)
    render = statistics.median(render_seconds) * 1000
    for panel in (ours, floor_panel, naive_panel):
        panel.shutdown()
        panel.deleteLater()  # pages before the web profile at exit
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    with capsys.disabled():
        print(
            f"\nkeystroke -> preview painted, {len(article_text.split())} words, {ROUNDS} keys (ms):"
            f"\n  floor (cmarkgfm + one DOM patch)  p50 {floor_p50:7.1f}  p95 {_pct(floor_ms, 0.95):7.1f}"
            f"\n  ours (block cache + block patch)  p50 {statistics.median(ours_ms):7.1f}"
            f"  p95 {_pct(ours_ms, 0.95):7.1f}   p50/floor = {statistics.median(ours_ms) / floor_p50:5.2f}x"
            f"  (budget <= 1.3x, p95 <= 60 ms)"
            f"\n  naive (Python-Markdown + setHtml) p50 {statistics.median(naive_ms):7.1f}"
            f"  p95 {_pct(naive_ms, 0.95):7.1f}   p50/floor = {statistics.median(naive_ms) / floor_p50:5.2f}x"
            f"\n  render part (worker) p50 {render:6.2f} ms vs cmarkgfm full render {cmark:6.2f} ms"
            f" = {render / cmark:5.2f}x (budget <= 4x)"
            f"\n  longest GUI-thread stall typing {TYPED_KEYS} keys: {stall[0]} ms (p99 gap {stall[1]} ms;"
            f" budget <= 16 ms)"
        )


def page_data_for_blank(body_html: str) -> Any:
    from dataclasses import replace

    return replace(BLANK_PAGE, body_html=body_html)


def _typing_stall(qtbot: Any, edit: QPlainTextEdit) -> tuple[int, int]:
    """Type keys every 25 ms from a timer while a 1 ms timer records gaps in the GUI thread's event loop."""
    gaps: list[int] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(1)
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))
    typed = [0]
    typist = QTimer()
    typist.setInterval(25)

    def type_one() -> None:
        key = Qt.Key.Key_Space if typed[0] % 6 == 5 else Qt.Key.Key_A
        qtbot.keyClick(edit, key)
        typed[0] += 1
        if typed[0] >= TYPED_KEYS:
            typist.stop()

    typist.timeout.connect(type_one)
    clock.start()
    ticker.start()
    typist.start()
    qtbot.waitUntil(lambda: typed[0] >= TYPED_KEYS, timeout=60_000)
    qtbot.wait(300)
    ticker.stop()
    return max(gaps), int(_pct([float(g) for g in gaps], 0.99))
