"""The preview loads the page once and then patches only the blocks that changed; fields patch in place."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from editor_app.render import BlockRenderer
from editor_app.ui.preview import EditorLink
from tests.ui_preview.preview_helpers import (
    QT_NOISE,
    blocks,
    demo_lead,
    run_js,
    wait_body_contains,
    wait_idle,
)

pytestmark = pytest.mark.qt_log_ignore(*QT_NOISE)

MARK_CHILDREN = (
    "document.querySelectorAll('#body > .blk').forEach(b => { b.firstElementChild.__kept = true; }); 1"
)
KEPT = "JSON.stringify([...document.querySelectorAll('#body > .blk')].map(b => [b.id, !!b.firstElementChild.__kept]))"


def expected_blocks(text: str) -> list[tuple[int, str]]:
    """(source line, HTML) of each block as a fresh render gives them (ids depend on the edit history)."""
    return [(b.source_line, b.html) for b in BlockRenderer().render(text).blocks]


def shown(qtbot: Any, panel: Any) -> list[tuple[int, str]]:
    return [(line, html) for _id, line, html in blocks(qtbot, panel)]


def linked_editor(qtbot: Any, panel: Any, text: str, *, sync_scroll: bool = False) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.resize(500, 700)
    edit.setPlainText(text)
    EditorLink(edit, panel, sync_scroll=sync_scroll)
    panel.update_body(text)
    edit.show()
    return edit


def test_page_shows_every_field_and_the_body_blocks(qtbot: Any, panel: Any) -> None:
    article, featured, related = demo_lead()
    panel.show_article(article, featured, related)
    wait_idle(qtbot, panel)

    fields = json.loads(
        run_js(
            qtbot,
            panel,
            "JSON.stringify(['section','editors-choice','headline','standfirst','byline','date','source']"
            ".map(id => [id, document.getElementById(id).textContent, document.getElementById(id).hidden])"
            ".concat([['caption', document.querySelector('#featured figcaption').textContent, "
            "document.getElementById('featured').hidden]], "
            "[...document.querySelectorAll('#related li')].map(li => ['related', li.textContent, false])))",
        )
    )
    assert ["section", "News", False] in fields
    assert ["editors-choice", "Editor's choice", False] in fields
    assert ["headline", article.headline, False] in fields
    assert ["byline", "Mara Quinn", False] in fields
    assert ["source", "source: Harbour Gazette staff with agencies.", False] in fields
    assert featured is not None
    assert ["caption", f"photo: {featured.photo.caption_line()}", False] in fields
    assert [row[1] for row in fields if row[0] == "related"] == [headline for headline, _ in related]
    assert blocks(qtbot, panel) == [
        (b.block_id, b.source_line, b.html) for b in BlockRenderer().render(article.body).blocks
    ]


def test_typing_patches_only_the_edited_block(qtbot: Any, panel: Any) -> None:
    article, featured, related = demo_lead()
    panel.show_article(article, featured, related)
    edit = linked_editor(qtbot, panel, article.body)
    wait_idle(qtbot, panel)
    run_js(qtbot, panel, "window.__pageMark = 'same page'; 1")
    run_js(qtbot, panel, MARK_CHILDREN)
    before = blocks(qtbot, panel)

    cursor = edit.textCursor()
    cursor.setPosition(edit.document().findBlockByNumber(before[1][1]).position() + 3)
    edit.setTextCursor(cursor)
    edit.setFocus()
    qtbot.keyClicks(edit, "ZQX")
    wait_body_contains(qtbot, panel, "ZQX")
    wait_idle(qtbot, panel)

    after = blocks(qtbot, panel)
    assert [(line, html) for _id, line, html in after] == expected_blocks(edit.toPlainText())
    assert [b[0] for b in after] == [b[0] for b in before]  # the edited block kept its id
    kept = dict(json.loads(run_js(qtbot, panel, KEPT)))
    assert kept.pop(before[1][0]) is False  # the edited block's content was replaced...
    assert all(kept.values())  # ...and no other block was touched
    assert run_js(qtbot, panel, "window.__pageMark") == "same page"  # patched, never reloaded

    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "A new paragraph")
    wait_body_contains(qtbot, panel, "A new paragraph")
    wait_idle(qtbot, panel)
    assert shown(qtbot, panel) == expected_blocks(edit.toPlainText())
    assert run_js(qtbot, panel, "window.__pageMark") == "same page"


def test_deleting_and_reordering_blocks_follow_the_text(qtbot: Any, panel: Any) -> None:
    text = "\n\n".join(f"Paragraph number {n} with some words." for n in range(8))
    panel.update_body(text)
    wait_idle(qtbot, panel)
    paragraphs = text.split("\n\n")
    for new_text in (
        "\n\n".join(paragraphs[:3] + paragraphs[5:]),
        "\n\n".join(reversed(paragraphs)),
        "# A heading\n\n" + "\n\n".join(paragraphs) + "\n\nNote[^1].\n\n[^1]: The footnote.",
        "",
    ):
        panel.update_body(new_text)
        wait_idle(qtbot, panel)
        assert shown(qtbot, panel) == expected_blocks(new_text)


def test_update_fields_patches_the_page_like_a_fresh_load(qtbot: Any, make_panel: Any) -> None:
    article, featured, related = demo_lead()
    patched, fresh = make_panel(), make_panel()
    patched.show_article(article, featured, related)
    wait_idle(qtbot, patched)
    run_js(qtbot, patched, "window.__pageMark = 'same page'; 1")

    changed = article.with_changes(
        headline="A <new> headline & more",
        section="Sport",
        editors_choice=False,
        standfirst="",
        byline="By <b>Someone</b>",
        source="",
    )
    new_related = [("First & <only>", "https://example.org/a?b=1&c=2"), ("Bad link", "javascript:alert(1)")]
    patched.update_fields(changed, None, new_related)
    fresh.show_article(changed, None, new_related)
    wait_idle(qtbot, patched)
    wait_idle(qtbot, fresh)

    outer = "document.querySelector('article').outerHTML.replace(/<div id=\"body\"[\\s\\S]*?<p id=\"source\"/, '')"
    assert run_js(qtbot, patched, outer) == run_js(qtbot, fresh, outer)
    assert run_js(qtbot, patched, "document.title") == "A <new> headline & more"
    assert run_js(qtbot, patched, "window.__pageMark") == "same page"
    assert run_js(qtbot, patched, "document.querySelectorAll('#related a').length") == 1


def test_editing_above_the_viewport_keeps_the_first_visible_block_in_place(qtbot: Any, panel: Any) -> None:
    paragraphs = [f"Paragraph {n}. " + "Words fill the line here. " * 12 for n in range(60)]
    text = "\n\n".join(paragraphs)
    edit = linked_editor(qtbot, panel, text)
    wait_idle(qtbot, panel)
    anchor_id = blocks(qtbot, panel)[30][0]
    run_js(qtbot, panel, f"window.scrollTo(0, document.getElementById('{anchor_id}').offsetTop + 37); 1")
    qtbot.wait(50)
    before = json.loads(run_js(qtbot, panel, "JSON.stringify(window.__preview.firstVisible())"))
    assert before["id"] == anchor_id

    cursor = QTextCursor(edit.document())  # edit at the top without moving the editor's view
    cursor.insertText("A brand new opening paragraph, long enough to wrap. " * 5 + "\n\n")
    cursor = QTextCursor(edit.document().findBlockByNumber(2 * 10))
    cursor.insertText("Grown: " + "more words above the anchor " * 20)
    wait_body_contains(qtbot, panel, "Grown: more words")
    wait_idle(qtbot, panel)
    qtbot.wait(50)

    after = json.loads(run_js(qtbot, panel, "JSON.stringify(window.__preview.firstVisible())"))
    assert after["id"] == anchor_id
    assert after["snappedTop"] == before["snappedTop"]  # 0 px jump on screen
    assert after["scrollY"] > before["scrollY"]

    cursor = QTextCursor(edit.document())  # and when text above shrinks
    cursor.movePosition(QTextCursor.MoveOperation.Down, QTextCursor.MoveMode.KeepAnchor, 6)
    cursor.removeSelectedText()
    wait_idle(qtbot, panel)
    qtbot.wait(50)
    shrunk = json.loads(run_js(qtbot, panel, "JSON.stringify(window.__preview.firstVisible())"))
    assert shrunk["id"] == anchor_id and shrunk["snappedTop"] == before["snappedTop"]


def test_scroll_sync_both_ways(qtbot: Any, panel: Any) -> None:
    text = "\n\n".join(f"Paragraph {n}. " + "Words fill the line here. " * 12 for n in range(60))
    edit = linked_editor(qtbot, panel, text, sync_scroll=True)
    wait_idle(qtbot, panel)
    lines = {b[0]: b[1] for b in blocks(qtbot, panel)}
    order = list(lines)

    # editor -> preview
    target_line = lines[order[25]]
    edit.verticalScrollBar().setValue(edit.document().findBlockByNumber(target_line).firstLineNumber())
    assert edit.firstVisibleBlock().blockNumber() == target_line
    qtbot.waitUntil(
        lambda: (
            json.loads(run_js(qtbot, panel, "JSON.stringify(window.__preview.firstVisible())"))["line"]
            == target_line
        ),
        timeout=5000,
    )

    # preview -> editor
    other = order[40]
    with qtbot.waitSignal(panel.sourceLineVisible, timeout=5000) as signal:
        run_js(qtbot, panel, f"window.scrollTo(0, document.getElementById('{other}').offsetTop + 5); 1")
    assert signal.args == [lines[other]]
    qtbot.waitUntil(lambda: edit.firstVisibleBlock().blockNumber() == lines[other], timeout=5000)
    top = json.loads(run_js(qtbot, panel, "JSON.stringify(window.__preview.firstVisible())"))
    assert top["id"] == other  # the editor's echo did not scroll the preview back


def test_width_switch(qtbot: Any, make_panel: Any) -> None:
    panel = make_panel(1200, 700)
    panel.update_body("Hello")
    wait_idle(qtbot, panel)
    assert panel.findChild(type(panel.width_combo), "previewWidth") is panel.width_combo

    def css_width() -> int:
        return int(run_js(qtbot, panel, "window.innerWidth"))

    assert css_width() >= 1024
    panel.set_width("phone")
    qtbot.waitUntil(lambda: css_width() == 375, timeout=5000)
    assert run_js(qtbot, panel, "getComputedStyle(document.getElementById('headline')).fontSize") == "30px"
    panel.width_combo.setCurrentIndex(panel.width_combo.findData("tablet"))
    qtbot.waitUntil(lambda: css_width() == 768, timeout=5000)
    assert panel.width_mode.key == "tablet"

    panel.resize(500, 700)  # narrower than a tablet: zoomed out, still laid out at 768 CSS px
    qtbot.waitUntil(lambda: abs(css_width() - 768) <= 1, timeout=5000)
    assert panel.view.width() <= 500
    panel.set_width("desktop")
    qtbot.waitUntil(lambda: abs(css_width() - 1024) <= 1, timeout=5000)


def test_the_view_takes_one_width_per_turn_of_the_event_loop(make_panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    """As a window is laid out its preview passes through several widths in one turn; the page's view takes
    only the last (each width, with its zoom, could reach the screen as a frame of the page at that size)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QResizeEvent

    panel = make_panel(1100, 700)
    qtbot.wait(50)

    class Widths(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen: list[int] = []

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if isinstance(event, QResizeEvent) and event.size().width() != event.oldSize().width():
                self.seen.append(event.size().width())
            return False

    widths = Widths()
    panel.view.installEventFilter(widths)
    for width in (300, 800, 600):
        panel.resize(width, 700)
    qtbot.waitUntil(lambda: bool(widths.seen), timeout=2000)
    qtbot.wait(50)
    assert len(widths.seen) == 1 and widths.seen[0] <= 600
    qtbot.waitUntil(lambda: abs(int(run_js(qtbot, panel, "window.innerWidth")) - 1024) <= 1, timeout=5000)


def test_the_view_is_placed_at_its_zoom_as_the_panel_is_shown(make_panel) -> None:  # type: ignore[no-untyped-def]
    """Shown, the stage places its view at once, before anything queued in the event loop runs (at start-up the
    early article's filling): the page's first frame is then at its width and zoom, not at 1.0 and a frame later
    at its zoom."""
    from editor_app.ui.preview.widths import fit

    panel = make_panel(700, 600)  # resized and shown; no turn of the event loop after that
    width, zoom = fit(panel.stage.mode, panel.stage.width())
    assert zoom < 1.0 and abs(panel.view.zoomFactor() - zoom) < 1e-3
    assert panel.view.width() == width and panel.view.height() == panel.stage.height()
