"""Guards against a broken Qt binding: PySide6 6.12.0 dropped a reference to None on every call that returns
nothing, which aborts Python 3.11 after a few thousand calls ("none_dealloc"). pyproject.toml excludes it."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    text_format = QTextCharFormat()
    before = sys.getrefcount(None)
    for _ in range(2_000):
        text_format.setFontWeight(QFont.Weight.Bold)
        label.setText("x")
    assert sys.getrefcount(None) >= before - 50, (
        "the Qt binding leaks references to None: pin another version"
    )
