"""The banner a read-only profile shows above the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QToolBar, QWidget

from editor_app.ui.plain_text import plain_label
from editor_app.ui.theme import note_style


def read_only_banner(parent: QWidget, message: str) -> QToolBar:
    """A fixed bar with ``message`` (plain text: it quotes a path and the system's reason)."""
    bar = QToolBar(QCoreApplication.translate("ReadOnly", "Read-only profile"), parent)
    bar.setObjectName("readOnlyBar")
    bar.setMovable(False)
    bar.setFloatable(False)
    label = plain_label(message, bar)
    label.setObjectName("readOnlyBanner")
    label.setAccessibleName(QCoreApplication.translate("ReadOnly", "Why nothing can be changed"))
    label.setWordWrap(True)
    label.setStyleSheet(note_style("warning"))
    bar.addWidget(label)
    return bar
