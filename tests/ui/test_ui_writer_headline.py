"""The headline field wraps onto two lines: a whole 70-character headline shows; Enter adds no line break."""

from __future__ import annotations

from PySide6.QtCore import Qt

HEADLINE = "Engineers test flood sirens along the coast as towns brace for a storm"


def test_a_seventy_character_headline_shows_whole_on_two_lines(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    headline = window.form.headline
    assert len(HEADLINE) == 70
    headline.setFocus()
    headline.selectAll()
    qtbot.keyClicks(headline, HEADLINE)
    assert headline.text() == HEADLINE
    assert window.form.headline_count.text() == f"70/{window.form.headline_limit}"
    qtbot.waitUntil(lambda: headline.verticalScrollBar().maximum() == 0)
    assert headline.document().documentLayout().documentSize().height() <= headline.viewport().height()
    layout = headline.document().firstBlock().layout()
    assert 1 <= layout.lineCount() <= 2


def test_enter_does_not_break_the_headline_and_edits_are_saved(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    headline = window.form.headline
    edited: list[bool] = []
    window.editor.fieldsEdited.connect(lambda *_: edited.append(True))
    headline.setFocus()
    headline.selectAll()
    qtbot.keyClicks(headline, "Port floods")
    qtbot.keyClick(headline, Qt.Key.Key_Return)
    assert "\n" not in headline.toPlainText()
    assert not headline.hasFocus()  # Enter moves on, as Tab does
    headline.insertPlainText("")
    headline.setFocus()
    headline.end()
    from PySide6.QtCore import QMimeData

    pasted = QMimeData()
    pasted.setText(" again\nand again")
    headline.insertFromMimeData(pasted)
    assert headline.text() == "Port floods again and again"
    assert edited
    article_id = window.editor.article.id
    window.editor.save()
    qtbot.waitUntil(
        lambda: window.services.articles.get(article_id).headline == "Port floods again and again"
    )


def test_a_read_only_article_locks_the_headline(demo_window) -> None:  # type: ignore[no-untyped-def]
    form = demo_window.form
    form.set_read_only("Taken by the desk")
    assert form.headline.isReadOnly()
    form.set_read_only("")
    assert not form.headline.isReadOnly()
