"""The banner a read-only profile shows above the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QToolBar, QWidget

from editor_app.ui.plain_text import plain_label
from editor_app.ui.theme import note_style

if TYPE_CHECKING:
    from editor_app.ui.window.main_window import MainWindow


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


def show_read_only_profile(window: MainWindow, reason: str) -> None:
    """The profile cannot be written: a banner says why, and editing is switched off everywhere."""
    window.read_only_reason = QCoreApplication.translate(
        "MainWindow", "This profile is read-only ({0}): you can read, search and export."
    ).format(reason)
    banner = read_only_banner(window, window.read_only_reason)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)
    banner.show()
    if window.editor.article is not None:
        window.lock_if_needed(window.editor.article)
    window.update_actions()
