"""Wires a Markdown editor to the preview: text to the preview, scroll sync both ways without feedback loops.

Editor scrolls that happen while a render is pending are applied after the patch lands, so the preview
never scrolls by the source lines of text it does not show yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPlainTextEdit

if TYPE_CHECKING:  # the web engine loads with the live panel only, never through this module
    from editor_app.ui.preview.panel import PreviewPanel
    from editor_app.ui.preview.plain import PlainPreviewPanel


def top_source_line(edit: QPlainTextEdit) -> float:
    """The editor's first visible source line (0-based), with the fraction of it scrolled past."""
    block = edit.firstVisibleBlock()
    if not block.isValid():
        return 0.0
    geometry = edit.blockBoundingGeometry(block).translated(edit.contentOffset())
    height = geometry.height()
    fraction = min(1.0, max(0.0, -geometry.top() / height)) if height > 0 else 0.0
    return block.blockNumber() + fraction  # a QPlainTextEdit block is one source line


def scroll_editor_to_line(edit: QPlainTextEdit, line: int) -> None:
    """Put source ``line`` at the top of the editor without moving its cursor."""
    block = edit.document().findBlockByNumber(max(0, line))
    if block.isValid():
        edit.verticalScrollBar().setValue(block.firstLineNumber())


class EditorLink(QObject):
    def __init__(
        self, edit: QPlainTextEdit, panel: PreviewPanel | PlainPreviewPanel, *, sync_scroll: bool = True
    ) -> None:
        super().__init__(panel)
        self.edit = edit
        self.panel = panel
        self._from_preview = False
        self._deferred: float | None = None
        self.held = False
        """The editor shows an article read before the profile opened: its text reaches the preview with its
        page (``release``), not on its own over the page that is loading."""
        edit.textChanged.connect(self._text_changed)
        panel.patched.connect(self._patched)
        if sync_scroll:
            edit.verticalScrollBar().valueChanged.connect(self._editor_scrolled)
            panel.sourceLineVisible.connect(self._preview_scrolled)

    def _text_changed(self) -> None:
        if not self.held:
            self.panel.update_body(self.edit.toPlainText())

    def hold(self) -> None:
        self.held = True

    def release(self, *, edited: bool) -> None:
        """The article's page is shown: the text follows the editor again, at once when it was ``edited``."""
        if self.held:
            self.held = False
            if edited:
                self._text_changed()

    def _editor_scrolled(self, _value: int) -> None:
        if self._from_preview:
            return
        line = top_source_line(self.edit)
        if self.panel.body_pending:
            self._deferred = line
        else:
            self.panel.scroll_to_source_line(line)

    def _patched(self, _seq: int) -> None:
        if self._deferred is not None and not self.panel.body_pending:
            line, self._deferred = self._deferred, None
            self.panel.scroll_to_source_line(line)

    def _preview_scrolled(self, line: int) -> None:
        self._from_preview = True
        try:
            scroll_editor_to_line(self.edit, line)
        finally:
            self._from_preview = False
