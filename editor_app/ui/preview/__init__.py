"""The live preview: the publication's page in a sandboxed web view, patched block by block while typing."""

from editor_app.ui.preview.editor_link import EditorLink
from editor_app.ui.preview.panel import PreviewPanel
from editor_app.ui.preview.widths import PreviewWidth

__all__ = ["EditorLink", "PreviewPanel", "PreviewWidth"]
