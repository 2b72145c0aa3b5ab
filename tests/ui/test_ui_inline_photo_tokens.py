""" "Insert in text" writes a short readable token; the word count ignores it; hovering it explains the photo;
the preview resolves it to the photo with its caption and credit."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor

from editor_app.domain.article import word_count


def _words(window: Any) -> int:
    return int(window.status.words.text().split()[0].replace(",", ""))


def test_insert_in_text_writes_a_short_token_that_adds_no_words(demo_window: Any, qtbot: Any) -> None:
    window = demo_window
    article_id = window.editor.article.id
    qtbot.waitUntil(lambda: window.photo_panel.model.rowCount() > 0, timeout=10000)
    slots = window.services.photos.photos(article_id)
    photo = slots[0].photo
    body = window.form.body
    words_before = word_count(body.toPlainText())
    qtbot.waitUntil(lambda: _words(window) == words_before)
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    body.setTextCursor(cursor)
    window.photo_panel.view.setCurrentIndex(window.photo_panel.model.index(0, 0))
    window.photo_panel.insert_inline()

    text = body.toPlainText()
    token = re.search(r"!\[([^\]]*)\]\(photo:([0-9a-f-]+)\)", text)
    assert token is not None, text[-200:]
    assert 4 <= len(token.group(2)) < 36 and photo.id.startswith(token.group(2))
    assert '"' not in token.group(0)  # no caption blob in the body
    qtbot.waitUntil(lambda: _words(window) == words_before, timeout=3000)
    # The photo's thumbnail sits in the margin beside the token's line.
    margin = window.inline_photos.margin
    body.centerCursor()
    qtbot.waitUntil(
        lambda: margin.isVisible() and photo.id in [pid for _, pid in margin.thumbnails()], timeout=3000
    )
    assert margin.geometry().left() >= body.viewport().geometry().right()

    window.editor.save()
    qtbot.waitUntil(lambda: window.services.articles.get(article_id).body == text)
    page = window.services.exporter.page_html(article_id)
    assert f'src="photo:{photo.id}"' in page or photo.id in page
    assert photo.caption_line() and f"photo: {photo.caption_line()}" in page.replace("&quot;", '"')


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform cannot raise a tooltip
def test_hovering_a_token_shows_caption_and_credit(demo_window: Any, qtbot: Any) -> None:
    window = demo_window
    article_id = window.editor.article.id
    qtbot.waitUntil(lambda: len(window.preview.images.photos) > 0, timeout=10000)
    photo = window.services.photos.photos(article_id)[0].photo
    inline = window.inline_photos
    token = inline.short(f'![Siren test](photo:{photo.id} "whatever (x)")')
    assert token.startswith("![Siren test](photo:") and len(token) < 40
    window.form.body.setPlainText(f"Before.\n\n{token}\n\nAfter.")
    found = inline.photo_at(token, 5)
    assert found is not None and found.id == photo.id
    assert inline.photo_at("plain words", 3) is None
    tip = inline.tooltip_html(photo)
    assert photo.caption.strip()[:20] in tip.replace("&#x27;", "'").replace("&quot;", '"')
    assert (photo.credit.strip() or "(no credit)")[:10] in tip
    # A real hover: the tooltip event over the token's line is taken and shows the text.
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    body = window.form.body
    block = body.document().findBlockByNumber(2)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=3)
    rect = body.cursorRect(cursor)
    point = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, body.viewport().mapToGlobal(point))
    assert inline.eventFilter(body.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert photo.caption.strip()[:10] in QToolTip.text().replace("&#x27;", "'")
    away = QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 2), body.viewport().mapToGlobal(QPoint(2, 2)))
    assert not inline.eventFilter(body.viewport(), away)


def test_a_token_never_splits_a_paragraph(qtbot: Any) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    from editor_app.ui.body.photo_tokens import insert_token

    body = QPlainTextEdit()
    qtbot.addWidget(body)
    for text, position, expected in (
        ("One two three.\n\nFour five.", 4, "One two three.\n\nTOKEN\n\nFour five."),
        ("One two three.", 3, "One two three.\n\nTOKEN"),
        ("One.\n\nTwo.", 5, "One.\n\nTOKEN\n\nTwo."),  # on the blank line: a paragraph of its own
        ("", 0, "TOKEN"),
    ):
        body.setPlainText(text)
        cursor = body.textCursor()
        cursor.setPosition(position)
        body.setTextCursor(cursor)
        insert_token(body, "TOKEN")
        assert body.toPlainText() == expected
