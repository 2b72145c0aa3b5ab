"""The desk's side of the window: the review queue, the diff and the notes, driven as a desk editor would."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction

from editor_app.domain import Role, Status


def test_the_desk_reviews_a_submitted_story_and_adds_a_note(demo_window, qtbot) -> None:
    from tests.ui_preview.preview_helpers import wait_body_contains

    window = demo_window
    panel = window.review_panel
    window.findChild(QAction, "role_desk").trigger()
    qtbot.waitUntil(lambda: window.review_dock.isVisible() and panel.role.value == "desk")
    panel.reload()
    # the demo's submitted story waits in the queue, under its reporter's name
    qtbot.waitUntil(lambda: panel.queue.count() >= 1, timeout=5000)
    titles = [panel.queue.topLevelItem(i).text(0) for i in range(panel.queue.count())]
    assert any("Folk festival" in t for t in titles), titles
    row = next(i for i, t in enumerate(titles) if "Folk festival" in t)
    assert panel.queue.topLevelItem(row).text(1) == "Helen Marsh"
    article_id = _folk_festival(window)

    # Choosing it shows it: its review, and its page in the preview; it stays submitted
    panel.queue.setCurrentRow(row)
    qtbot.waitUntil(lambda: "Folk festival" in panel.header.text(), timeout=5000)
    qtbot.waitUntil(lambda: bool(panel.diff.toPlainText().strip()))
    assert panel.checklist.text()
    qtbot.waitUntil(lambda: window.editor.article is not None and window.editor.article.id == article_id)
    wait_body_contains(qtbot, window.preview, "harbour quay this year")
    assert window.services.articles.get(article_id).status is Status.SUBMITTED
    assert [e.to_status for e in window.workflow_bar.workflow.trail(article_id)] == ["submitted"]
    assert panel.take_button.isEnabled()

    panel.note_edit.setPlainText("Who took the photo of the quay?")
    qtbot.mouseClick(panel.add_note, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.comments.topLevelItemCount() == 1, timeout=5000)
    assert window.services.articles.get(article_id).status is Status.SUBMITTED  # a note takes nothing

    # Taking it for review is the explicit step, and the audit trail says who did
    qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.services.articles.get(article_id).status is Status.IN_REVIEW, timeout=5000)
    assert [e.to_status for e in window.workflow_bar.workflow.trail(article_id)][-1:] == ["in_review"]
    qtbot.waitUntil(lambda: not panel.take_button.isEnabled(), timeout=5000)


def test_enter_on_a_queue_row_takes_the_story_for_review(demo_window, qtbot) -> None:
    window = demo_window
    panel = window.review_panel
    window.findChild(QAction, "role_desk").trigger()
    qtbot.waitUntil(lambda: panel.role.value == "desk" and panel.queue.count() >= 1, timeout=5000)
    article_id = _folk_festival(window)
    row = next(
        i
        for i in range(panel.queue.count())
        if panel.queue.article_id(panel.queue.topLevelItem(i)) == article_id
    )
    panel.queue.setFocus()
    panel.queue.setCurrentRow(row)
    qtbot.waitUntil(lambda: panel.view is not None and panel.view.article.id == article_id, timeout=5000)
    assert window.services.articles.get(article_id).status is Status.SUBMITTED
    qtbot.keyClick(panel.queue, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.services.articles.get(article_id).status is Status.IN_REVIEW, timeout=5000)
    # Enter again on a story already taken changes nothing
    qtbot.keyClick(panel.queue, Qt.Key.Key_Return)
    qtbot.wait(200)
    assert [e.to_status for e in window.workflow_bar.workflow.trail(article_id)] == ["submitted", "in_review"]


def _folk_festival(window) -> str:
    return next(s.id for s in window.services.articles.summaries() if s.headline.startswith("Folk festival"))


def test_a_story_the_desk_has_taken_is_read_only_for_its_reporter(demo_window, qtbot) -> None:
    window = demo_window
    article_id = _folk_festival(window)
    window.workflow_bar.workflow.apply(article_id, "take", Role.DESK)
    window.open_article(article_id)
    qtbot.waitUntil(lambda: window.editor.article is not None and window.editor.article.id == article_id)
    qtbot.waitUntil(lambda: window.form.lock.isVisible())  # the window's local role is reporter
    assert window.form.body.isReadOnly() and window.form.headline.isReadOnly()
    assert "desk is reviewing" in window.form.lock.text()
    assert not window.findChild(QAction, "actionSubmit").isEnabled()

    window.findChild(QAction, "role_desk").trigger()  # the desk edits while it reviews
    qtbot.waitUntil(lambda: not window.form.lock.isVisible())
    assert not window.form.body.isReadOnly()


def test_a_double_click_on_a_queue_row_takes_the_story_for_review(demo_window, qtbot) -> None:
    window = demo_window
    panel = window.review_panel
    window.findChild(QAction, "role_desk").trigger()
    qtbot.waitUntil(lambda: panel.role.value == "desk" and panel.queue.count() >= 1, timeout=5000)
    window.runner.wait()  # the reloads the role change asked for have come back
    qtbot.wait(100)
    article_id = _folk_festival(window)

    def where() -> QPoint:
        rows = (panel.queue.topLevelItem(i) for i in range(panel.queue.count()))
        return panel.queue.visualItemRect(
            next(r for r in rows if panel.queue.article_id(r) == article_id)
        ).center()

    qtbot.mouseClick(panel.queue.viewport(), Qt.MouseButton.LeftButton, pos=where())
    qtbot.waitUntil(lambda: panel.view is not None and panel.view.article.id == article_id, timeout=5000)
    assert window.services.articles.get(article_id).status is Status.SUBMITTED  # one click only shows it
    window.runner.wait()
    qtbot.wait(100)
    qtbot.mouseClick(
        panel.queue.viewport(), Qt.MouseButton.LeftButton, pos=where()
    )  # the double-click's press
    qtbot.mouseDClick(panel.queue.viewport(), Qt.MouseButton.LeftButton, pos=where())
    qtbot.waitUntil(lambda: window.services.articles.get(article_id).status is Status.IN_REVIEW, timeout=5000)
