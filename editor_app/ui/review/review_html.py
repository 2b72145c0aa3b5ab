"""What the review panel shows of an article under review, as HTML: its header, the publish checklist and the
changes since the desk last saw it (colours from the theme's tones)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from editor_app.ui.core_text import core_text
from editor_app.ui.labels import status_label
from editor_app.ui.theme import text_style

if TYPE_CHECKING:
    from editor_app.services.review import ReviewView


def review_header_html(view: ReviewView) -> str:
    article = view.article
    note = (
        "<p style='{}'>{}</p>".format(
            text_style("error"),
            QCoreApplication.translate("ReviewPanel", "<b>Returned with:</b> {}").format(
                html.escape(article.note)
            ),
        )
        if article.note
        else ""
    )
    return (
        f"<h2>{html.escape(article.title)}</h2>"
        f"<p>{html.escape(status_label(article.status))} · {html.escape(article.section)}</p>{note}"
    )


def checklist_html(view: ReviewView) -> str:
    notes = "".join(f"<li>{html.escape(core_text(n.message))}</li>" for n in view.notes)
    note = QCoreApplication.translate("ReviewPanel", "<b>Note:</b>")
    notes_html = f"<p style='{text_style('warning')}'>{note}</p><ul>{notes}</ul>" if notes else ""
    if not view.problems:
        passes = QCoreApplication.translate("ReviewPanel", "✔ The publish checklist passes.")
        return f"<p style='{text_style('success')}'>{passes}</p>" + notes_html
    items = "".join(f"<li>{html.escape(core_text(p.message))}</li>" for p in view.problems)
    not_ready = QCoreApplication.translate("ReviewPanel", "<b>Not ready to publish:</b>")
    return f"<p style='{text_style('error')}'>{not_ready}</p><ul>{items}</ul>" + notes_html


def diff_section_html(view: ReviewView) -> str:
    label = html.escape(view.base_label)
    if view.unchanged:
        return "<p><i>{}</i></p>".format(
            QCoreApplication.translate("ReviewPanel", "No changes since {}.").format(label)
        )
    since = QCoreApplication.translate("ReviewPanel", "<b>Changes since {}:</b>").format(label)
    return f"<p>{since}</p>{view.diff_html}"
