"""The desk sets a length target per article; it is stored with the article and the status bar shows the
progress towards it ("412 / 600 words") to everyone. A reporter sees the target read-only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from editor_app.domain.article import word_count


def test_the_desk_sets_a_length_target_and_the_status_bar_shows_progress(
    demo_window: Any, qtbot: Any
) -> None:
    window = demo_window
    spin = window.length_target.spin
    article_id = window.editor.article.id
    assert spin.isVisible() and spin.isReadOnly()  # a reporter sees it, and is told the desk sets it
    assert "desk sets" in spin.toolTip()
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.value() == 0
    window.findChild(QAction, "role_desk").trigger()
    qtbot.waitUntil(lambda: not spin.isReadOnly())
    assert spin.isEnabled() and spin.value() == 0 and "desk sets" not in spin.toolTip()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.value() == 50
    spin.setValue(600)
    words = word_count(window.form.body.toPlainText())
    assert window.status.words.text().startswith(f"{words:,} / 600 words")
    qtbot.waitUntil(lambda: window.services.articles.get(article_id).length_target == 600, timeout=3000)

    window.findChild(QAction, "role_reporter").trigger()
    qtbot.waitUntil(spin.isReadOnly)
    window.form.body.appendPlainText("\n\nFour more words here.")
    qtbot.waitUntil(lambda: window.status.words.text().startswith(f"{words + 4:,} / 600 words"), timeout=3000)
    window.editor.save()  # the writer's saves leave the target alone
    window.runner.wait()
    assert window.services.articles.get(article_id).length_target == 600

    # Another article has no target; coming back shows it again.
    other, _ = window.services.articles.create(headline="Other", body="Short text.")
    window.open_article(other.id)
    qtbot.waitUntil(lambda: window.editor.article.id == other.id)
    qtbot.waitUntil(lambda: window.status.words.text().startswith("2 words"))
    window.open_article(article_id)
    qtbot.waitUntil(lambda: window.editor.article.id == article_id)
    qtbot.waitUntil(lambda: "/ 600 words" in window.status.words.text())
    assert spin.value() == 600
