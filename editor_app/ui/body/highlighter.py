"""Markdown highlighting and spelling underlines, one block (paragraph line) at a time.

The block state carries "inside a fenced code block" from line to line (see ``markdown_scan``). Lines longer than
``INLINE_LIMIT`` characters get line-level formats only (heading, quote, code block): no inline patterns and no
spelling, so typing in a 1 MB paragraph does not re-run them on every key press.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from editor_app.ui.body.markdown_scan import Kind, scan_line
from editor_app.ui.body.spelling import Speller
from editor_app.ui.body.utf16 import Utf16Map

INLINE_LIMIT = 20_000
MISSPELLED = "misspelled"

# Painting order: later entries are merged over earlier ones where spans overlap.
_ORDER: tuple[str, ...] = (*(kind.value for kind in Kind), MISSPELLED)
_RANK = {name: rank for rank, name in enumerate(_ORDER)}


def _formats(dark: bool) -> dict[str, QTextCharFormat]:
    def colour(light: str, dim: str) -> QColor:
        return QColor(dim if dark else light)

    made: dict[str, QTextCharFormat] = {name: QTextCharFormat() for name in _ORDER}
    made[Kind.HEADING].setFontWeight(QFont.Weight.Bold)
    made[Kind.HEADING].setForeground(colour("#1f3a8a", "#9db4ff"))
    made[Kind.EMPHASIS].setFontItalic(True)
    made[Kind.STRONG].setFontWeight(QFont.Weight.Bold)
    made[Kind.STRIKE].setFontStrikeOut(True)
    for name in (Kind.CODE, Kind.CODE_BLOCK, Kind.FENCE):
        made[name].setFontFamilies(["monospace"])
        made[name].setFontFixedPitch(True)
        made[name].setForeground(colour("#7a2e0e", "#f0b27a"))
        made[name].setBackground(colour("#f3f1ec", "#2b2b2b"))
    made[Kind.FENCE].setForeground(colour("#8a8a8a", "#8a8a8a"))
    made[Kind.LINK_TEXT].setForeground(colour("#0b57d0", "#8ab4f8"))
    made[Kind.IMAGE].setForeground(colour("#6b3fa0", "#c9a0ff"))
    made[Kind.LINK_URL].setForeground(colour("#5f6368", "#9aa0a6"))
    made[Kind.LINK_URL].setFontUnderline(True)
    made[Kind.LIST_MARKER].setForeground(colour("#b3261e", "#f28b82"))
    made[Kind.LIST_MARKER].setFontWeight(QFont.Weight.Bold)
    made[Kind.QUOTE].setForeground(colour("#37613d", "#a8dab5"))
    made[Kind.QUOTE].setFontItalic(True)
    made[Kind.RULE].setForeground(colour("#8a8a8a", "#8a8a8a"))
    made[Kind.HTML].setForeground(colour("#8a5a00", "#fdd663"))
    made[MISSPELLED].setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    made[MISSPELLED].setUnderlineColor(QColor(Qt.GlobalColor.red))
    return made


class MarkdownHighlighter(QSyntaxHighlighter):
    """Highlights a document's Markdown; underlines the words ``speller`` rejects (when it has a dictionary)."""

    def __init__(
        self, document: QTextDocument, speller: Speller | None = None, *, dark: bool = False
    ) -> None:
        self._speller = speller
        self._formats = _formats(dark)
        self._merged: dict[tuple[str, ...], QTextCharFormat] = {}
        super().__init__(document)

    @property
    def speller(self) -> Speller | None:
        return self._speller

    def set_speller(self, speller: Speller | None) -> None:
        self._speller = speller
        self.rehighlight()

    def rehighlight_word(self, word: str) -> None:
        """Repaint only the blocks that contain ``word`` (after it was added to the dictionary or ignored)."""
        block = self.document().firstBlock()
        while block.isValid():
            if word in block.text():
                self.rehighlightBlock(block)
            block = block.next()

    def highlightBlock(self, text: str) -> None:
        inline = len(text) <= INLINE_LIMIT
        scan = scan_line(text, self.previousBlockState(), inline=inline)
        self.setCurrentBlockState(scan.state)
        spans = [(span.kind.value, span.start, span.end) for span in scan.spans]
        speller = self._speller
        # An empty line asks nothing of the speller: its dictionary opens when there is a word to check.
        if text and inline and scan.spell_check and speller is not None and speller.available:
            spans.extend(
                (MISSPELLED, miss.start, miss.end)
                for miss in speller.misspellings(text)
                if scan.spellable(miss.start, miss.end)
            )
        if spans:
            self._paint(text, spans)

    def _paint(self, text: str, spans: list[tuple[str, int, int]]) -> None:
        """Split the line where spans begin and end; each piece gets the merge of the spans over it."""
        mapping = Utf16Map(text)
        bounds = sorted({0, len(text), *(s for _, s, _ in spans), *(e for _, _, e in spans)})
        events: dict[int, list[tuple[bool, str]]] = {}
        for name, start, end in spans:
            if start < end:
                events.setdefault(start, []).append((True, name))
                events.setdefault(end, []).append((False, name))
        active: dict[str, int] = {}
        for left, right in itertools.pairwise(bounds):
            for opening, name in events.get(left, ()):
                active[name] = active.get(name, 0) + (1 if opening else -1)
            names = tuple(sorted((n for n, count in active.items() if count > 0), key=_RANK.__getitem__))
            if names:
                start, length = mapping.span_to_utf16(left, right)
                self.setFormat(start, length, self._merge(names))

    def _merge(self, names: tuple[str, ...]) -> QTextCharFormat:
        merged = self._merged.get(names)
        if merged is None:
            merged = QTextCharFormat()
            for name in names:
                merged.merge(self._formats[name])
            self._merged[names] = merged
        return merged
