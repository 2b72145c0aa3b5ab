"""The body editor with its find/replace bar under it: what the article form places."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from editor_app.ui.body.editor import MarkdownEditor
from editor_app.ui.body.find_replace import FindReplaceBar


class BodyEditorPanel(QWidget):
    """``editor`` (objectName ``bodyEdit``) above ``find_bar`` (hidden until Ctrl+F / Ctrl+H)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyEditorPanel")
        self.editor = MarkdownEditor(self)
        self.find_bar: FindReplaceBar = self.editor.find_bar
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.find_bar)
