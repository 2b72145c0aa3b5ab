"""Where a checklist problem is fixed: the field it names gets the focus, or the photo it names is selected in
the photo panel with its caption field focused. Also wires the refusal list to the workflow bar and the desk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from editor_app.domain.checklist import Problem
from editor_app.ui.review.refusals import RefusalHandler

if TYPE_CHECKING:
    from editor_app.services import Services
    from editor_app.ui.window.main_window import MainWindow


def fix_problem(w: MainWindow, problem: Problem) -> None:
    """Take the user to what ``problem`` asks for."""
    form = w.form
    fields: dict[str, QWidget] = {
        "headline": form.headline,
        "body": form.body,
        "section": form.section,
        "source": form.source,
        "byline": form.byline,
        "tags": form.tags,
        "standfirst": form.standfirst,
    }
    if problem.field in fields:
        w.show_editor()
        fields[problem.field].setFocus(Qt.FocusReason.OtherFocusReason)
        return
    if problem.field == "photos":
        w.photo_dock.show()
        w.photo_dock.raise_()
        if problem.photo_id:
            w.photo_panel.reload([problem.photo_id])
            focus = "altTextEdit" if problem.message.endswith("alt text.") else "captionEdit"

            def focus_field() -> None:
                editor = w.photo_panel.findChild(QWidget, focus)
                if editor is not None:
                    editor.setFocus(Qt.FocusReason.OtherFocusReason)

            QTimer.singleShot(150, focus_field)  # after the reload has selected the photo
        return
    if problem.field == "related":
        w.related_dock.show()
        w.related_dock.raise_()


def attach_refusals(w: MainWindow, services: Services) -> None:
    """Checklist refusals of the workflow bar and of the desk's review open the refusal list."""
    handler = RefusalHandler(w, w.runner, services.photos, lambda problem: fix_problem(w, problem))
    w.refusals = handler
    w.workflow_bar.on_checklist = handler
    w.review_panel.on_checklist = handler
