"""The body editor driven like a person would: typing, shortcuts, the context menu, find and replace."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor

SPELL = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def ranges(editor, block_number: int = 0) -> list[tuple[int, int, QTextCharFormat]]:  # type: ignore[no-untyped-def]
    block = editor.document().findBlockByNumber(block_number)
    return [(r.start, r.length, QTextCharFormat(r.format)) for r in block.layout().formats()]


def underlined(editor, block_number: int = 0) -> list[str]:  # type: ignore[no-untyped-def]
    """The underlined text, read back through UTF-16 offsets as Qt stores them."""
    text = editor.document().findBlockByNumber(block_number).text().encode("utf-16-le")
    return [
        text[2 * start : 2 * (start + length)].decode("utf-16-le")
        for start, length, fmt in ranges(editor, block_number)
        if fmt.underlineStyle() == SPELL
    ]


def type_text(qtbot, editor, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a person; QTest cannot type astral characters (or newlines), so those are inserted."""
    for index, line in enumerate(text.split("\n")):
        if index:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        for char in line:
            if ord(char) > 0xFFFF:
                editor.insertPlainText(char)
            else:
                qtbot.keyClick(editor, char)


def select(editor, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def test_names_for_scripts_and_screen_readers(editor) -> None:  # type: ignore[no-untyped-def]
    assert editor.objectName() == "bodyEdit"
    assert editor.accessibleName()
    assert editor.find_bar.objectName() == "findReplaceBar"
    assert editor.find_bar.parentWidget() is editor.parentWidget()  # placed under the editor by the panel


def test_typed_markdown_is_highlighted_per_range(qtbot, editor, need_dictionary) -> None:  # type: ignore[no-untyped-def]
    need_dictionary("en_US")
    type_text(qtbot, editor, "# Title\nSome **bold** and *soft* text with `code` here")
    heading = ranges(editor, 0)
    assert heading[0][:2] == (0, 7) and heading[0][2].fontWeight() >= 700
    body = {(start, length): fmt for start, length, fmt in ranges(editor, 1)}
    assert body[(5, 8)].fontWeight() >= 700  # **bold**
    assert body[(18, 6)].fontItalic()  # *soft*
    assert body[(35, 6)].fontFixedPitch()  # `code`
    assert underlined(editor, 1) == []


def test_fenced_code_keeps_its_state_across_lines(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    type_text(qtbot, editor, "```\n**not bold** wrongg\n```\n**bold**")
    inside = ranges(editor, 1)
    assert len(inside) == 1 and inside[0][2].fontFixedPitch() and inside[0][2].fontWeight() < 700
    assert ranges(editor, 3)[0][2].fontWeight() >= 700


def test_underlines_after_emoji_cover_exactly_the_words(qtbot, editor, need_dictionary) -> None:  # type: ignore[no-untyped-def]
    need_dictionary("en_US")
    type_text(qtbot, editor, "😀 helo wrld and 𝄞 good wrds")
    spans = [(start, length) for start, length, fmt in ranges(editor) if fmt.underlineStyle() == SPELL]
    assert spans[0] == (3, 4)  # "helo" starts after the emoji's two UTF-16 units and a space
    assert underlined(editor) == ["helo", "wrld", "wrds"]


def test_context_menu_offers_suggestions_and_replaces(qtbot, editor, need_dictionary) -> None:  # type: ignore[no-untyped-def]
    need_dictionary("en_US")
    editor.setPlainText("😀 The helo world")
    cursor = editor.textCursor()
    cursor.setPosition(8)  # inside "helo": the emoji counts two UTF-16 units
    menu = editor.build_context_menu(editor.cursorRect(cursor).center())
    suggestions = [a for a in menu.actions() if a.objectName() == "spellingSuggestion"]
    assert 1 <= len(suggestions) <= 5
    assert "hello" in [a.text() for a in suggestions]
    names = [a.objectName() for a in menu.actions()]
    assert "spellingAddWord" in names and "spellingIgnoreWord" in names
    next(a for a in suggestions if a.text() == "hello").trigger()
    assert editor.toPlainText() == "😀 The hello world"
    assert underlined(editor) == []
    editor.document().undo()
    assert editor.toPlainText() == "😀 The helo world"


def test_add_to_dictionary_from_the_menu_persists(qtbot, editor, tmp_path: Path, need_dictionary) -> None:  # type: ignore[no-untyped-def]
    need_dictionary("en_US")
    words = tmp_path / "profile" / "spelling"
    editor.set_personal_dictionary(words)
    editor.setPlainText("Reporter wrote Qwertyzz")
    assert underlined(editor) == ["Qwertyzz"]
    cursor = editor.textCursor()
    cursor.setPosition(17)
    menu = editor.build_context_menu(editor.cursorRect(cursor).center())
    next(a for a in menu.actions() if a.objectName() == "spellingAddWord").trigger()
    assert underlined(editor) == []
    assert "Qwertyzz" in (words / "personal-words.txt").read_text(encoding="utf-8")

    from editor_app.ui.body import MarkdownEditor

    fresh = MarkdownEditor()
    qtbot.addWidget(fresh)
    fresh.set_personal_dictionary(words)
    fresh.setPlainText("Qwertyzz again")
    assert underlined(fresh) == []


def test_menu_says_when_there_is_no_dictionary(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    assert not editor.set_language("xx")
    editor.setPlainText("zzzz qqqq")
    assert underlined(editor) == []
    menu = editor.build_context_menu(editor.cursorRect().center())
    note = next(a for a in menu.actions() if a.objectName() == "spellingUnavailable")
    assert not note.isEnabled() and "xx" in note.text()


def test_language_switch_changes_the_underlines(qtbot, editor, need_dictionary) -> None:  # type: ignore[no-untyped-def]
    for tag in ("en_US", "en_GB", "ru_RU"):
        need_dictionary(tag)
    editor.setPlainText("colour")
    assert underlined(editor) == ["colour"]
    assert editor.set_language("en_GB")
    assert underlined(editor) == []
    assert editor.set_language("ru")
    editor.setPlainText("Превет, мир")
    assert underlined(editor) == ["Превет"]
    assert editor.set_language("az")
    editor.setPlainText("Azərbaycan dunya")
    assert underlined(editor) == ["dunya"]


@pytest.mark.parametrize(
    ("key", "modifiers", "before", "selection", "after"),
    [
        (Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier, "a word b", (2, 6), "a **word** b"),
        (Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier, "a word b", (2, 6), "a *word* b"),
        (Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier, "a word b", (2, 6), "a [word](https://) b"),
        (Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier, "Title", (0, 0), "# Title"),
        (Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier, "Title", (0, 0), "## Title"),
        (Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier, "Title", (0, 0), "### Title"),
        (
            Qt.Key.Key_Period,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            "one\ntwo",
            (0, 7),
            "> one\n> two",
        ),
        (
            Qt.Key.Key_8,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            "one\ntwo",
            (0, 7),
            "- one\n- two",
        ),
    ],
)
def test_formatting_shortcuts_toggle_in_one_undo_step(  # type: ignore[no-untyped-def]
    qtbot, editor, key, modifiers, before, selection, after
) -> None:
    editor.setPlainText(before)
    select(editor, *selection)
    qtbot.keyClick(editor, key, modifiers)
    assert editor.toPlainText() == after
    qtbot.keyClick(editor, key, modifiers)  # the same key again takes the formatting off
    assert editor.toPlainText() == before
    editor.document().undo()
    assert editor.toPlainText() == after
    editor.document().undo()
    assert editor.toPlainText() == before


def test_bold_after_emoji_lands_on_the_right_characters(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    editor.setPlainText("😀😀 make this bold")
    select(editor, 10, 14)  # "this" in UTF-16 units
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "😀😀 make **this** bold"
    assert editor.textCursor().selectedText() == "this"


def test_find_next_previous_and_escape(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    editor.setPlainText("Cat cat CAT category")
    qtbot.keyClick(editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = editor.find_bar
    assert bar.isVisible() and bar.find_field.hasFocus() and not bar.replace_field.isVisible()
    qtbot.keyClicks(bar.find_field, "cat")
    assert editor.textCursor().selectionStart() == 0
    qtbot.keyClick(bar.find_field, Qt.Key.Key_F3)
    assert editor.textCursor().selectionStart() == 4
    qtbot.keyClick(bar.find_field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert editor.textCursor().selectionStart() == 0
    bar.whole_word_check.setChecked(True)
    bar.case_check.setChecked(True)
    assert bar.find_next() and editor.textCursor().selectionStart() == 4
    assert bar.find_next() and editor.textCursor().selectionStart() == 4  # wraps to the only match
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and editor.hasFocus()


def test_replace_and_replace_all_is_one_undo_step(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    original = "one fish, two fish, 😀 red fish"
    editor.setPlainText(original)
    qtbot.keyClick(editor, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    bar = editor.find_bar
    assert bar.replace_field.isVisible()
    bar.find_field.setText("fish")
    bar.replace_field.setText("cat")
    bar.replace()
    assert editor.toPlainText() == "one cat, two fish, 😀 red fish"
    editor.document().undo()
    assert editor.toPlainText() == original
    assert bar.replace_all() == 3
    assert editor.toPlainText() == "one cat, two cat, 😀 red cat"
    editor.document().undo()
    assert editor.toPlainText() == original


def test_an_empty_editor_opens_no_dictionary(qtbot, editor, tmp_path: Path, need_dictionary) -> None:  # type: ignore[no-untyped-def]
    need_dictionary("en_US")
    editor.set_personal_dictionary(tmp_path / "profile")
    assert not (
        tmp_path / "profile"
    ).exists()  # opening the dictionary creates the word list: none was opened
    editor.setPlainText("Reporter wrote Qwertyzz")
    assert underlined(editor) == ["Qwertyzz"]
    assert (tmp_path / "profile" / "personal-words.txt").exists()


def test_the_text_keeps_its_width_when_the_story_grows_past_one_screen(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    """The scroll bar is always there: a story growing (or opening) past one screen does not narrow the text and
    wrap every line again a moment after it shows."""
    editor.setPlainText("A short start.")
    qtbot.wait(20)
    width = editor.viewport().width()
    editor.setPlainText("\n\n".join(f"Paragraph {n} of a long story about the harbour." for n in range(200)))
    qtbot.waitUntil(lambda: editor.verticalScrollBar().maximum() > 0)
    qtbot.wait(20)
    assert editor.viewport().width() == width
