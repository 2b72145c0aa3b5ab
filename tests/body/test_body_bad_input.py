"""Bad input for the body editor: huge paragraphs and documents, NUL bytes, mixed directions.

Times are bounded generously (a shared 2-core machine) and, for the 1 MB paragraph, against a plain
``QPlainTextEdit`` measured in the same run: Qt's own layout of such a paragraph is the floor we cannot beat.
"""

from __future__ import annotations

import random
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextOption
from PySide6.QtWidgets import QPlainTextEdit

SPELL = QTextCharFormat.UnderlineStyle.SpellCheckUnderline
WORDS = [
    "the",
    "council",
    "said",
    "flood",
    "defences",
    "along",
    "the",
    "river",
    "would",
    "be",
    "raised",
    "before",
    "winter",
    "while",
    "residents",
    "asked",
    "for",
    "clearer",
    "warnings",
    "and",
    "engineers",
    "measured",
    "the",
    "sea",
    "wall",
    "at",
    "dawn",
]


def timed(action) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def type_keys(qtbot, widget, keys: str) -> float:  # type: ignore[no-untyped-def]
    """Seconds per key press, including the repaint the press caused."""
    from PySide6.QtWidgets import QApplication

    started = time.perf_counter()
    for key in keys:
        qtbot.keyClick(widget, key)
        QApplication.processEvents()
    return (time.perf_counter() - started) / len(keys)


def underlined(editor, number: int = 0) -> list[str]:  # type: ignore[no-untyped-def]
    block = editor.document().findBlockByNumber(number)
    units = block.text().encode("utf-16-le")
    return [
        units[2 * r.start : 2 * (r.start + r.length)].decode("utf-16-le")
        for r in block.layout().formats()
        if r.format.underlineStyle() == SPELL
    ]


@pytest.mark.slow
def test_a_one_megabyte_paragraph_loads_and_types_like_plain_qt(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    paragraph = ("lorem **ipsum** dolor `sit` amet wrld " * 30_000)[:1_000_000]
    plain = QPlainTextEdit()
    qtbot.addWidget(plain)
    plain.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    plain.resize(editor.size())
    plain.show()
    plain_load = timed(lambda: plain.setPlainText(paragraph))
    plain.moveCursor(plain.textCursor().MoveOperation.End)
    plain_key = type_keys(qtbot, plain, "abc")

    load = timed(lambda: editor.setPlainText(paragraph))
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    key = type_keys(qtbot, editor, "abc")
    assert editor.toPlainText().endswith("abc")
    assert load < 2 * plain_load + 1.0, (load, plain_load)
    assert key < 2 * plain_key + 0.2, (key, plain_key)
    assert underlined(editor) == []  # no inline or spelling work on a line this long


def test_a_hundred_thousand_word_document_loads_and_types_quickly(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(7)
    paragraphs, count = [], 0
    while count < 100_000:
        size = rng.randint(30, 90)
        words = [rng.choice(WORDS) for _ in range(size)]
        words[rng.randrange(size)] = "wrld"
        paragraphs.append(("## " if rng.random() < 0.05 else "") + " ".join(words))
        count += size
    document = "\n\n".join(paragraphs)
    load = timed(lambda: editor.setPlainText(document))
    assert load < 10.0
    assert editor.document().blockCount() == 2 * len(paragraphs) - 1
    assert "wrld" in underlined(editor, 2 * (len(paragraphs) - 1))  # the last paragraph was checked too
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    assert type_keys(qtbot, editor, "xyz") < 0.1


def test_nul_bytes_neither_crash_nor_shift_the_underlines(qtbot, editor, need_dictionary) -> None:  # type: ignore[no-untyped-def]
    need_dictionary("en_US")
    editor.setPlainText("a\x00b **bold** wrld\x00end")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " helo")
    assert editor.toPlainText() == "a\x00b **bold** wrld\x00end helo"
    assert underlined(editor) == ["wrld", "helo"]
    bold = [r for r in editor.document().firstBlock().layout().formats() if r.format.fontWeight() >= 700]
    assert [(r.start, r.length) for r in bold] == [(4, 8)]


def test_mixed_right_to_left_and_left_to_right_text(qtbot, editor, need_dictionary) -> None:  # type: ignore[no-untyped-def]
    need_dictionary("en_US")
    editor.setPlainText("Hello שלום world مرحبا **bold** wrld 😀 (עברית) end")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    editor.insertPlainText("مرحبا")  # QTest can only type Latin-1 keys
    qtbot.keyClicks(editor, " helo")
    assert underlined(editor, 0) == ["wrld"]
    assert underlined(editor, 1) == ["helo"]
    bold = [r for r in editor.document().firstBlock().layout().formats() if r.format.fontWeight() >= 700]
    assert [(r.start, r.length) for r in bold] == [(23, 8)]
