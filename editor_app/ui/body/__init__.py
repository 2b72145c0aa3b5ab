"""The Markdown body editor: ``MarkdownEditor`` (objectName ``bodyEdit``), its find bar, and a panel with both."""

from editor_app.ui.body.editor import MarkdownEditor
from editor_app.ui.body.find_replace import FindReplaceBar
from editor_app.ui.body.panel import BodyEditorPanel

__all__ = ["BodyEditorPanel", "FindReplaceBar", "MarkdownEditor"]
