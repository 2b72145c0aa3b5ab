"""The Markdown body editor (``bodyEdit``): highlighting, spelling, formatting shortcuts, find/replace keys."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFontDatabase,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from editor_app.ui.body import formatting
from editor_app.ui.body.find_replace import FindReplaceBar
from editor_app.ui.body.highlighter import MarkdownHighlighter
from editor_app.ui.body.spell_menu import add_spelling_section
from editor_app.ui.body.spelling import Speller
from editor_app.ui.body.utf16 import Utf16Map
from editor_app.ui.i18n import QT_TRANSLATE_NOOP

Toggle = Callable[[str, int, int], formatting.Edited]

# (action object name, menu text, shortcuts; the first one is shown in menus)
_FORMAT_ACTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("actionBold", QT_TRANSLATE_NOOP("MarkdownEditor", "Bold"), ("Ctrl+B",)),
    ("actionItalic", QT_TRANSLATE_NOOP("MarkdownEditor", "Italic"), ("Ctrl+I",)),
    ("actionLink", QT_TRANSLATE_NOOP("MarkdownEditor", "Link"), ("Ctrl+K",)),
    ("actionHeading1", QT_TRANSLATE_NOOP("MarkdownEditor", "Heading 1"), ("Ctrl+1",)),
    ("actionHeading2", QT_TRANSLATE_NOOP("MarkdownEditor", "Heading 2"), ("Ctrl+2",)),
    ("actionHeading3", QT_TRANSLATE_NOOP("MarkdownEditor", "Heading 3"), ("Ctrl+3",)),
    ("actionQuote", QT_TRANSLATE_NOOP("MarkdownEditor", "Quote"), ("Ctrl+Shift+.", "Ctrl+Shift+>", "Ctrl+>")),
    (
        "actionBulletList",
        QT_TRANSLATE_NOOP("MarkdownEditor", "Bulleted list"),
        ("Ctrl+Shift+8", "Ctrl+Shift+*", "Ctrl+*"),
    ),
)
_FIND_ACTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("actionFind", QT_TRANSLATE_NOOP("MarkdownEditor", "Find…"), ("Ctrl+F",)),
    ("actionReplace", QT_TRANSLATE_NOOP("MarkdownEditor", "Replace…"), ("Ctrl+H",)),
    ("actionFindNext", QT_TRANSLATE_NOOP("MarkdownEditor", "Find next"), ("F3",)),
    ("actionFindPrevious", QT_TRANSLATE_NOOP("MarkdownEditor", "Find previous"), ("Shift+F3",)),
)


def _portable(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.PortableText)


class MarkdownEditor(QPlainTextEdit):
    """A plain-text Markdown editor. ``find_bar`` is its find/replace bar: place it under the editor (as
    ``BodyEditorPanel`` does); while it is still the editor's own child it floats over the editor's bottom edge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyEdit")
        self.setAccessibleName(self.tr("Article body (Markdown)"))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Always there: a story growing past one screen (or opening long) does not narrow the text and wrap
        # every line again a moment after it shows.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setPlaceholderText(
            self.tr("Write the story here. Markdown: **bold**, *italic*, [link](https://…), ## heading")
        )
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.15)
        self.setFont(font)
        self.document().setDocumentMargin(12)

        self.speller = Speller("en")
        dark = self.palette().base().color().lightness() < 128
        self.highlighter = MarkdownHighlighter(self.document(), self.speller, dark=dark)
        self.find_bar = FindReplaceBar(self, self)
        self.format_actions = self._make_actions(_FORMAT_ACTIONS, self._format_handlers())
        self.find_actions = self._make_actions(_FIND_ACTIONS, self._find_handlers())
        self._keys: dict[str, QAction] = {}
        for table, actions in ((_FORMAT_ACTIONS, self.format_actions), (_FIND_ACTIONS, self.find_actions)):
            for name, _, sequences in table:
                for sequence in sequences:
                    self._keys[_portable(sequence)] = actions[name]

    # API for the article form

    def set_language(self, code: str, *, recheck: bool = True) -> bool:
        """Spell-check in ``code`` ("en" = en_US, "en_GB", "ru", "az"...); False when there is no dictionary.
        ``recheck`` False: the text shown is about to be replaced (which checks the new text)."""
        if code != self.speller.language:
            self.speller.set_language(code)
            if recheck:
                self.highlighter.rehighlight()
        return self.speller.available

    def set_personal_dictionary(self, path: Path) -> None:
        """The profile's personal word list (a file, or a folder that gets ``personal-words.txt``)."""
        if self.speller.set_personal_dictionary(path):
            self.highlighter.rehighlight()

    # Formatting

    def toggle_bold(self) -> None:
        self._apply(partial(formatting.toggle_emphasis, weight=2))

    def toggle_italic(self) -> None:
        self._apply(partial(formatting.toggle_emphasis, weight=1))

    def toggle_link(self) -> None:
        self._apply(formatting.toggle_link)

    def toggle_heading(self, level: int) -> None:
        self._apply(partial(formatting.toggle_heading, level=level))

    def toggle_quote(self) -> None:
        self._apply(formatting.toggle_quote)

    def toggle_bullet_list(self) -> None:
        self._apply(formatting.toggle_bullets)

    def _apply(self, toggle: Toggle) -> None:
        """Run a pure toggle over the whole lines of the selection; the change is one undo step."""
        document = self.document()
        cursor = self.textCursor()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        if cursor.hasSelection() and last != first and cursor.selectionEnd() == last.position():
            last = last.previous()  # a selection that ends at a line start does not take that line
        region_start = first.position()
        region_end = last.position() + last.length() - 1
        region = "\n".join(self._block_texts(first.blockNumber(), last.blockNumber()))
        mapping = Utf16Map(region)
        selection_end = min(cursor.selectionEnd(), region_end)
        edited = toggle(
            region,
            mapping.from_utf16(cursor.selectionStart() - region_start),
            mapping.from_utf16(selection_end - region_start),
        )
        prefix, suffix = _common_ends(region, edited.text)
        new_mapping = Utf16Map(edited.text)
        change = QTextCursor(document)
        change.beginEditBlock()
        change.setPosition(region_start + mapping.to_utf16(prefix))
        change.setPosition(
            region_start + mapping.to_utf16(len(region) - suffix), QTextCursor.MoveMode.KeepAnchor
        )
        change.insertText(edited.text[prefix : len(edited.text) - suffix])
        change.endEditBlock()
        result = QTextCursor(document)
        result.setPosition(region_start + new_mapping.to_utf16(edited.start))
        result.setPosition(region_start + new_mapping.to_utf16(edited.end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(result)

    def _block_texts(self, first: int, last: int) -> list[str]:
        block = self.document().findBlockByNumber(first)
        texts = []
        while block.isValid() and block.blockNumber() <= last:
            texts.append(block.text())
            block = block.next()
        return texts

    # Keys

    def event(self, event: QEvent) -> bool:
        override = event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
        if override and self._action_for(event) is not None:  # type: ignore[arg-type]
            event.accept()  # our keys win over a window-wide shortcut while the body has focus
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._action_for(event)
        if action is not None:
            action.trigger()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self.find_bar.isVisible():
            self.find_bar.close_bar()
            event.accept()
            return
        super().keyPressEvent(event)

    def _action_for(self, event: QKeyEvent) -> QAction | None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
            return None
        pressed = QKeySequence(event.key() | modifiers.value).toString(
            QKeySequence.SequenceFormat.PortableText
        )
        return self._keys.get(pressed)

    def _make_actions(
        self, table: tuple[tuple[str, str, tuple[str, ...]], ...], handlers: dict[str, Callable[[], None]]
    ) -> dict[str, QAction]:
        made: dict[str, QAction] = {}
        for name, text, sequences in table:
            action = QAction(self.tr(text), self)
            action.setObjectName(name)
            action.setShortcuts([QKeySequence(s) for s in sequences])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(handlers[name])
            made[name] = action
        return made

    def _format_handlers(self) -> dict[str, Callable[[], None]]:
        return {
            "actionBold": self.toggle_bold,
            "actionItalic": self.toggle_italic,
            "actionLink": self.toggle_link,
            "actionHeading1": partial(self.toggle_heading, 1),
            "actionHeading2": partial(self.toggle_heading, 2),
            "actionHeading3": partial(self.toggle_heading, 3),
            "actionQuote": self.toggle_quote,
            "actionBulletList": self.toggle_bullet_list,
        }

    def _find_handlers(self) -> dict[str, Callable[[], None]]:
        return {
            "actionFind": partial(self._open_find_bar, replace=False),
            "actionReplace": partial(self._open_find_bar, replace=True),
            "actionFindNext": self._find_next,
            "actionFindPrevious": self._find_previous,
        }

    def _find_next(self) -> None:
        self.find_bar.find_next()

    def _find_previous(self) -> None:
        self.find_bar.find_previous()

    def _open_find_bar(self, *, replace: bool) -> None:
        if replace:
            self.find_bar.show_replace()
        else:
            self.find_bar.show_find()
        self._place_floating_bar()

    # Context menu

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """The menu for a right click at viewport ``pos``: spelling first, then edit actions and formatting."""
        menu = self.createStandardContextMenu(pos)
        position = self.cursorForPosition(pos).position()
        add_spelling_section(menu, self, self.speller, self.highlighter, position)
        menu.addSeparator()
        formats = menu.addMenu(self.tr("Format"))
        formats.setObjectName("formatMenu")
        formats.addActions(list(self.format_actions.values()))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    # Floating find bar (only while nobody placed it in a layout)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_floating_bar()

    def _place_floating_bar(self) -> None:
        if self.find_bar.parentWidget() is self:
            hint = self.find_bar.sizeHint().height()
            self.find_bar.setGeometry(0, self.height() - hint, self.width(), hint)


def _common_ends(old: str, new: str) -> tuple[int, int]:
    """Lengths of the common prefix and (non-overlapping) common suffix of two strings, in C-speed slices."""
    limit = min(len(old), len(new))
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if old[:middle] == new[:middle]:
            low = middle
        else:
            high = middle - 1
    prefix = low
    low, high = 0, limit - prefix
    while low < high:
        middle = (low + high + 1) // 2
        if old[len(old) - middle :] == new[len(new) - middle :]:
            low = middle
        else:
            high = middle - 1
    return prefix, low
