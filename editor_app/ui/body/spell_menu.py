"""The spelling part of the body editor's context menu: suggestions, "Add to dictionary", "Ignore"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QFont, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from editor_app.ui.body.highlighter import INLINE_LIMIT, MarkdownHighlighter
from editor_app.ui.body.markdown_scan import scan_line
from editor_app.ui.body.spelling import Speller
from editor_app.ui.body.utf16 import Utf16Map

MAX_SUGGESTIONS = 5


@dataclass(frozen=True, slots=True)
class WordAt:
    """A misspelled word in the document, by Qt positions (UTF-16)."""

    start: int
    end: int
    word: str


def misspelled_word_at(document: QTextDocument, speller: Speller, position: int) -> WordAt | None:
    """The underlined word at document ``position`` (a Qt position), or None."""
    block = document.findBlock(position)
    text = block.text()
    if not block.isValid() or not speller.available or len(text) > INLINE_LIMIT:
        return None
    scan = scan_line(text, block.previous().userState() if block.previous().isValid() else -1)
    mapping = Utf16Map(text)
    index = mapping.from_utf16(position - block.position())
    for miss in speller.misspellings(text):
        if miss.start <= index <= miss.end and scan.spellable(miss.start, miss.end):
            start, length = mapping.span_to_utf16(miss.start, miss.end)
            return WordAt(block.position() + start, block.position() + start + length, miss.word)
    return None


def add_spelling_section(
    menu: QMenu,
    editor: QPlainTextEdit,
    speller: Speller,
    highlighter: MarkdownHighlighter,
    position: int,
) -> None:
    """Put suggestions and dictionary actions for the word at ``position`` at the top of ``menu``."""
    first = menu.actions()[0] if menu.actions() else None
    added: list[QAction] = []

    def add(text: str, name: str, enabled: bool = True) -> QAction:
        action = QAction(text, menu)
        action.setObjectName(name)
        action.setEnabled(enabled)
        added.append(action)
        return action

    if not speller.available:
        unavailable = QCoreApplication.translate("SpellMenu", "No spelling dictionary for “{}”")
        add(unavailable.format(speller.language), "spellingUnavailable", enabled=False)
    else:
        found = misspelled_word_at(editor.document(), speller, position)
        if found is None:
            return
        suggestions = speller.suggest(found.word, MAX_SUGGESTIONS)
        for suggestion in suggestions:
            action = add(suggestion, "spellingSuggestion")
            bold = QFont(action.font())
            bold.setBold(True)
            action.setFont(bold)
            action.triggered.connect(lambda _=False, s=suggestion: _replace(editor, found, s))
        if not suggestions:
            add(
                QCoreApplication.translate("SpellMenu", "No suggestions"),
                "spellingNoSuggestions",
                enabled=False,
            )
        add_word = add(
            QCoreApplication.translate("SpellMenu", "Add “{}” to dictionary").format(found.word),
            "spellingAddWord",
        )
        add_word.triggered.connect(lambda: _accept(speller.add, highlighter, found.word))
        ignore = add(
            QCoreApplication.translate("SpellMenu", "Ignore “{}”").format(found.word), "spellingIgnoreWord"
        )
        ignore.triggered.connect(lambda: _accept(speller.ignore, highlighter, found.word))
    if first is None:
        menu.addActions(added)
    else:
        menu.insertActions(first, added)
        menu.insertSeparator(first)


def _replace(editor: QPlainTextEdit, found: WordAt, replacement: str) -> None:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(found.start)
    cursor.setPosition(found.end, QTextCursor.MoveMode.KeepAnchor)
    if cursor.selectedText() == found.word:  # the text did not change while the menu was open
        cursor.insertText(replacement)
        editor.setTextCursor(cursor)


def _accept(record: Callable[[str], None], highlighter: MarkdownHighlighter, word: str) -> None:
    record(word)
    highlighter.rehighlight_word(word)
