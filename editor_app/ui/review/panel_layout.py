"""How the review panel's parts sit: the queue above (at least eight rows); below it the review (header, diff,
checklist) beside the editorial notes; the verdict buttons under both."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from editor_app.ui.review.panel import ReviewPanel


def _column(parent: QWidget) -> tuple[QWidget, QVBoxLayout]:
    widget = QWidget(parent)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    return widget, layout


def arrange(p: ReviewPanel) -> QSplitter:
    """Lay out ``p``'s widgets; returns the vertical splitter between the queue and the review."""
    top, top_layout = _column(p)
    mode_row = QHBoxLayout()
    mode_row.addWidget(p.mode, 1)
    mode_row.addWidget(p.refresh_button)
    top_layout.addLayout(mode_row)
    top_layout.addWidget(p.queue, 1)
    top.setMinimumHeight(p.queue.rows_height() + p.mode.sizeHint().height() + 6)

    review, review_layout = _column(p)
    review_layout.addWidget(p.header)
    review_layout.addWidget(p.diff, 1)
    review_layout.addWidget(p.checklist)

    notes, notes_layout = _column(p)
    notes_label = QLabel(
        QCoreApplication.translate(
            "ReviewPanel", "<b>Editorial notes</b> (visible to the newsroom, never published)"
        ),
        p,
    )
    notes_label.setWordWrap(True)
    notes_layout.addWidget(notes_label)
    notes_layout.addWidget(p.comments, 1)
    notes_layout.addWidget(p.note_edit)
    note_buttons = QHBoxLayout()
    note_buttons.addWidget(p.add_note)
    note_buttons.addWidget(p.reply)
    note_buttons.addStretch(1)
    notes_layout.addLayout(note_buttons)

    beside = QSplitter(Qt.Orientation.Horizontal, p)
    beside.setObjectName("reviewBeside")
    beside.addWidget(review)
    beside.addWidget(notes)
    beside.setStretchFactor(0, 3)
    beside.setStretchFactor(1, 2)
    bottom, bottom_layout = _column(p)
    bottom_layout.addWidget(beside, 1)
    verdict = QHBoxLayout()
    verdict.addStretch(1)
    for button in (p.take_button, p.open_button, p.return_button, p.approve):
        verdict.addWidget(button)
    bottom_layout.addLayout(verdict)

    splitter = QSplitter(Qt.Orientation.Vertical, p)
    splitter.setObjectName("reviewSplitter")
    splitter.addWidget(top)
    splitter.addWidget(bottom)
    splitter.setChildrenCollapsible(False)
    splitter.setStretchFactor(1, 1)
    layout = QVBoxLayout(p)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
    return splitter
