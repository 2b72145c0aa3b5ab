"""Helpers for preview tests: the demo article, JavaScript round trips, waiting for the DOM."""

from __future__ import annotations

import json
import time
from typing import Any

from editor_app.domain import Article, ArticlePhoto
from editor_app.formats import demo_files, parse_article
from editor_app.ui.preview import PreviewPanel
from editor_app.ui.preview.page import SCRIPT_WORLD

BLOCKS_JS = "JSON.stringify([...document.querySelectorAll('#body > .blk')].map(e => [e.id, Number(e.dataset.line), e.innerHTML]))"


def demo_lead() -> tuple[Article, ArticlePhoto | None, list[tuple[str, str | None]]]:
    """The demo's lead story with its featured photo (no file) and related headlines."""
    parsed = {f.name: parse_article(f.read_text(encoding="utf-8"), name=f.name) for f in demo_files()}
    by_id = {p.article.id: p.article.headline for p in parsed.values()}
    lead = next(p for name, p in parsed.items() if name.startswith("lead-"))
    featured = next((ArticlePhoto(ref.as_photo(), 0, True) for ref in lead.photos if ref.featured), None)
    return lead.article, featured, [(by_id[i], None) for i in lead.related if i in by_id]


def run_js(qtbot: Any, panel: PreviewPanel, script: str, timeout: int = 5000) -> Any:
    """Run ``script`` in the patch script's world and return its result."""
    box: list[Any] = []
    panel.page.runJavaScript(script, SCRIPT_WORLD, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=timeout)
    return box[0]


def wait_js(qtbot: Any, panel: PreviewPanel, script: str, timeout: float = 10.0) -> Any:
    """Poll ``script`` until it returns something truthy; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = run_js(qtbot, panel, script)
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for: {script}")
        qtbot.wait(15)


def wait_body_contains(qtbot: Any, panel: PreviewPanel, text: str, timeout: float = 10.0) -> None:
    literal = repr(text).replace("\n", "\\n")
    wait_js(
        qtbot, panel, f"(document.getElementById('body')?.textContent || '').includes({literal})", timeout
    )


def blocks(qtbot: Any, panel: PreviewPanel) -> list[tuple[str, int, str]]:
    return [(b[0], b[1], b[2]) for b in json.loads(run_js(qtbot, panel, BLOCKS_JS))]


def wait_idle(qtbot: Any, panel: PreviewPanel, timeout: int = 10_000) -> None:
    """Until the page shows the latest text (render done, page loaded, patch sent) and the patch ran."""
    qtbot.waitUntil(lambda: not panel.controller.body_pending, timeout=timeout)
    run_js(qtbot, panel, "1")  # runs after any patch already sent


QT_NOISE = ("^GPUInfo not initialized on GpuInfoUpdate$",)
"""Qt warnings QtWebEngine prints without a GPU (offscreen); exact messages, see the preview tests' pytestmark."""
