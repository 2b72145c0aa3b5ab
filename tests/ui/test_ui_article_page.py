"""The window as a whole: what the user picks and types reaches the preview's page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui_preview.preview_helpers import wait_body_contains, wait_js

RELATED_TEXT = "(document.getElementById('related')?.textContent || '')"


def test_typing_and_picking_related_articles_reach_the_preview(demo_window, qtbot) -> None:
    window = demo_window
    panel = window.preview
    wait_body_contains(qtbot, panel, "Four towns around Carrick Bay")
    # the demo's two related articles are on the page, in order
    text = wait_js(qtbot, panel, f"{RELATED_TEXT}.includes('sea wall repairs') && {RELATED_TEXT}")
    assert text.index("sea wall repairs") < text.index("flood-prone households")

    body = window.form.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "A late paragraph from the harbour.")
    wait_body_contains(qtbot, panel, "A late paragraph from the harbour.")

    window.form.headline.setFocus()
    window.form.headline.selectAll()
    qtbot.keyClicks(window.form.headline, "Sirens tested")
    wait_js(qtbot, panel, "document.getElementById('headline')?.textContent === 'Sirens tested'")

    picker = window.related_picker
    article_id = window.editor.article.id
    chosen = window.services.related.chosen(article_id)
    assert len(chosen) == 2
    # the picker reorders the list: the page follows
    picker.changed_elsewhere(window.services.related.set_related(article_id, [chosen[1].id, chosen[0].id]))
    window.refresh_snapshot()
    qtbot.waitUntil(
        lambda: bool(
            (t := panel_related(qtbot, panel))
            and t.index("flood-prone households") < t.index("sea wall repairs")
        ),
        timeout=10_000,
    )


def panel_related(qtbot, panel) -> str:
    from tests.ui_preview.preview_helpers import run_js

    return str(run_js(qtbot, panel, RELATED_TEXT) or "")
