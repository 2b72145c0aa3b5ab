"""The live preview: the publication's page in a sandboxed web view, patched block by block while typing.

The web engine loads only when ``PreviewPanel`` or ``EditorLink`` is first used (``make_preview`` falls back
to a plain preview when it cannot load at all).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from editor_app.ui.preview.widths import PreviewWidth

if TYPE_CHECKING:
    from editor_app.ui.preview.editor_link import EditorLink
    from editor_app.ui.preview.panel import PreviewPanel

__all__ = ["EditorLink", "PreviewPanel", "PreviewWidth"]


def __getattr__(name: str) -> Any:
    if name == "PreviewPanel":
        from editor_app.ui.preview.panel import PreviewPanel

        return PreviewPanel
    if name == "EditorLink":
        from editor_app.ui.preview.editor_link import EditorLink

        return EditorLink
    raise AttributeError(name)
