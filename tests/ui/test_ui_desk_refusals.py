"""The desk's words: a refused submission is a list with a Fix button per problem (a photo's thumbnail and file
name beside its problem), history and audit lines in plain words, and status-bar errors that do not linger."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from editor_app.domain import Status
from editor_app.domain.diff import describe_change
from editor_app.domain.review import AuditEntry
from editor_app.store import Revision
from editor_app.ui import status_bar
from editor_app.ui.review.history_dialog import HistoryDialog, audit_line
from editor_app.ui.review.refusals import RefusalDialog


def _action(window: Any, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def test_a_refused_submission_lists_each_problem_with_a_fix_button(demo_window: Any, qtbot: Any) -> None:
    window = demo_window
    article_id = window.editor.article.id
    photos = window.services.photos
    slots = photos.photos(article_id)
    bare = slots[0].photo
    window.runner.write(lambda: photos.update(bare.id, {"caption": "", "credit": ""}), lambda _: None)
    window.runner.wait()
    window.form.source.setText("")
    window.form.source.textEdited.emit("")
    window.editor.save()
    qtbot.waitUntil(lambda: window.services.articles.get(article_id).source == "")
    qtbot.waitUntil(lambda: _action(window, "actionSubmit").isEnabled())
    _action(window, "actionSubmit").trigger()

    qtbot.waitUntil(lambda: window.findChild(RefusalDialog, "workflowRefusal") is not None, timeout=5000)
    dialog = window.findChild(RefusalDialog, "workflowRefusal")
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.isModal()
    messages = [item.problem.message for item in dialog.items]
    assert "The source line is empty." in messages
    photo_items = [item for item in dialog.items if item.problem.photo_id == bare.id]
    assert len(photo_items) == 1 and "caption or credit" in photo_items[0].problem.message
    assert photo_items[0].filename == bare.filename and bare.filename
    assert dialog.list.count() == len(dialog.items) == len(dialog.buttons)
    assert window.services.articles.get(article_id).status is Status.DRAFT
    assert (
        "things to fix" in window.status.currentMessage() or "thing to fix" in window.status.currentMessage()
    )

    # Fix on the source line: the field gets the focus.
    window.activateWindow()
    source_row = messages.index("The source line is empty.")
    qtbot.mouseClick(dialog.buttons[source_row], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.form.source.hasFocus() or window.focusWidget() is window.form.source)

    # Fix on the photo: it is selected in the photo panel and its caption field is focused.
    photo_row = dialog.items.index(photo_items[0])
    qtbot.mouseClick(dialog.buttons[photo_row], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.photo_panel.selected_ids() == [bare.id], timeout=5000)
    caption = window.photo_panel.findChild(QWidget, "captionEdit")
    qtbot.waitUntil(lambda: window.focusWidget() is caption, timeout=3000)
    dialog.close()


def test_history_and_audit_read_in_plain_words(qtbot: Any, services: Any) -> None:
    article, _ = services.articles.create(
        headline="Port floods", body="Water.", tags=("Russia", "Azerbaijan")
    )
    article = article.with_changes(editors_choice=True)
    now = datetime.now(UTC)
    old = {**article.content(), "tags": [], "editors_choice": False, "section": "News"}
    revision = Revision(1, article.id, 1, "edit", old, now, now)
    trail = [AuditEntry(article.id, "Aysel", "start review", "submitted", "in_review", at=now)]
    dialog = HistoryDialog(article, [revision], trail=trail)
    qtbot.addWidget(dialog)
    text = dialog.diff.toPlainText()
    assert "Tags added: Russia, Azerbaijan" in text
    assert "Editor's choice: on" in text
    assert "[" not in text and "False" not in text and "True" not in text
    line = dialog.trail.item(0).text()
    assert line.startswith("Submitted → In review by Aysel, ")
    assert "in_review" not in line and "submitted →" not in line
    assert audit_line(trail[0]) == line


def test_field_changes_in_plain_words() -> None:
    assert describe_change("Tags", ["A", "B"], ["B", "C"]) == ["Tags added: C", "Tags removed: A"]
    assert describe_change("Editor's choice", True, False) == ["Editor's choice: off"]
    assert describe_change("Section", "News", "Politics") == ["Section: News → Politics"]
    assert describe_change("Byline", "", "By Aysel") == ["Byline set: By Aysel"]
    assert describe_change("Byline", "By Aysel", "") == ["Byline removed (was By Aysel)"]
    assert describe_change("Tags", ["A"], ["A"]) == []


def test_an_error_in_the_status_bar_expires_or_goes_with_the_next_success(
    demo_window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    window = demo_window
    bar = window.status
    window.show_error("The database is locked.")
    assert bar.currentMessage() == "The database is locked."
    window.form.body.appendPlainText("One more line.")
    window.editor.save()  # a later success
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=3000)

    window.show_error("Sync failed.")
    bar.show_note("Exported to page.html")  # the next message replaces it
    assert bar.currentMessage() == "Exported to page.html"
    bar.clear_error()
    assert bar.currentMessage() == "Exported to page.html"  # a success clears errors, not notes

    monkeypatch.setattr(status_bar, "ERROR_MS", 200)
    window.show_error("Offline.")
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=2000)


def test_the_desks_refused_approval_opens_the_same_list(demo_window: Any, qtbot: Any) -> None:
    from editor_app.domain.checklist import Problem
    from editor_app.services.workflow import ChecklistFailed

    window = demo_window
    problems = [
        Problem("headline", "The headline is 120 characters; the limit is 110."),
        Problem("photos", "There is no featured photo."),
    ]
    window.review_panel._failed(ChecklistFailed("approve", problems))
    qtbot.waitUntil(lambda: window.findChild(RefusalDialog, "workflowRefusal") is not None, timeout=5000)
    dialog = window.findChild(RefusalDialog, "workflowRefusal")
    qtbot.waitUntil(dialog.isVisible)
    assert [item.problem for item in dialog.items] == problems
    qtbot.mouseClick(dialog.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.focusWidget() is window.form.headline, timeout=3000)
    qtbot.mouseClick(dialog.buttons[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.photo_dock.isVisible())
    dialog.close()
