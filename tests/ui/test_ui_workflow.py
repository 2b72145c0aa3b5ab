"""The Article menu: actions by role and status, refusals in plain words, the desk's note for the reporter."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from editor_app.domain import Status
from editor_app.ui.review import workflow_bar
from editor_app.ui.review.refusals import RefusalDialog


def _action(window, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def _status(window):
    return window.services.articles.get(window.editor.article.id).status


def test_reporter_submits_desk_returns_with_a_note_then_approves(demo_window, qtbot, monkeypatch) -> None:
    window = demo_window
    qtbot.waitUntil(lambda: _action(window, "actionSubmit").isEnabled())
    assert not _action(window, "actionApprove").isEnabled()  # a reporter cannot approve
    _action(window, "actionSubmit").trigger()
    qtbot.waitUntil(lambda: _status(window) is Status.SUBMITTED)
    qtbot.waitUntil(lambda: window.status.badge.text().strip() == "Submitted")

    _action(window, "role_desk").trigger()
    qtbot.waitUntil(lambda: _action(window, "actionApprove").isEnabled())

    def fill_note(dialog: QDialog) -> QDialog.DialogCode:
        dialog.note.setPlainText("Name the council officer in the third paragraph.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(workflow_bar.ReturnDialog, "exec", fill_note)
    _action(window, "actionReturn").trigger()
    qtbot.waitUntil(lambda: _status(window) is Status.RETURNED)
    qtbot.waitUntil(lambda: window.form.note.isVisible())
    assert "council officer" in window.form.note.text()

    _action(window, "role_reporter").trigger()
    qtbot.waitUntil(lambda: _action(window, "actionSubmit").isEnabled())
    _action(window, "actionSubmit").trigger()
    qtbot.waitUntil(lambda: _status(window) is Status.SUBMITTED)
    qtbot.waitUntil(lambda: not window.form.note.isVisible())

    _action(window, "role_desk").trigger()
    monkeypatch.setattr(workflow_bar.ApproveDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: _action(window, "actionApprove").isEnabled())
    _action(window, "actionApprove").trigger()
    qtbot.waitUntil(lambda: _status(window) is Status.PUBLISHED)
    # Nothing reached any site yet: the badge does not claim "Published".
    qtbot.waitUntil(lambda: window.status.badge.text().strip() == "Approved (publishes at next sync)")


def test_a_failing_checklist_is_shown_in_plain_words_and_nothing_changes(demo_window, qtbot) -> None:
    window = demo_window
    window.form.source.setFocus()
    window.form.source.clear()
    window.form.source.textEdited.emit("")
    window.editor.save()
    qtbot.waitUntil(lambda: window.services.articles.get(window.editor.article.id).source == "")
    qtbot.waitUntil(lambda: _action(window, "actionSubmit").isEnabled())
    _action(window, "actionSubmit").trigger()
    box = None

    def refused() -> bool:
        nonlocal box
        box = window.findChild(RefusalDialog, "workflowRefusal")
        return box is not None and box.isVisible()

    qtbot.waitUntil(refused)
    assert "The source line is empty." in [item.problem.message for item in box.items]
    assert _status(window) is Status.DRAFT
    box.close()
