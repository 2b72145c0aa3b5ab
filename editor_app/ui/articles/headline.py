"""The headline field: one paragraph that wraps onto a second line, so a whole 70-character headline shows.

A ``QPlainTextEdit`` with the part of ``QLineEdit``'s API the form and the Edit menu use (``text``,
``setText``, ``setCursorPosition``, ``end``, ``textEdited``). Enter does not break the line (it moves on to
the next field, as Tab does); pasted line breaks become spaces.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget

LINES = 2


def one_line(text: str) -> str:
    """``text`` as one paragraph: line breaks (and tabs) become single spaces."""
    return " ".join(text.replace("\u2029", "\n").replace("\t", " ").splitlines()) if text else ""


class HeadlineEdit(QPlainTextEdit):
    """A wrapping single-paragraph field. ``textEdited`` carries the text after a change the user made
    (typing, pasting, undo), never after ``setText``."""

    textEdited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._programmatic = False
        self.document().contentsChanged.connect(self._changed)
        self._fit_height()

    # QLineEdit's API, as far as the form uses it ----------------------------------------------------------
    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self._programmatic = True
        try:
            self.setPlainText(one_line(text))
        finally:
            self._programmatic = False

    def setCursorPosition(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, len(self.toPlainText()))))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def end(self, mark: bool = False) -> None:
        mode = QTextCursor.MoveMode.KeepAnchor if mark else QTextCursor.MoveMode.MoveAnchor
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End, mode)
        self.setTextCursor(cursor)

    # one paragraph -----------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.focusNextChild()
            return
        if event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End) and not (
            event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):  # as in a line edit: the whole headline's start or end, not the wrapped line's
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if event.key() == Qt.Key.Key_End:
                self.end(shift)
            else:
                mode = QTextCursor.MoveMode.KeepAnchor if shift else QTextCursor.MoveMode.MoveAnchor
                cursor = self.textCursor()
                cursor.movePosition(QTextCursor.MoveOperation.Start, mode)
                self.setTextCursor(cursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.textCursor().insertText(one_line(source.text()))
            return
        super().insertFromMimeData(source)

    def _changed(self) -> None:
        if not self._programmatic:
            self.textEdited.emit(self.toPlainText())

    # two lines tall ------------------------------------------------------------------------------------------
    def _fit_height(self) -> None:
        margins = self.contentsMargins()
        doc_margin = self.document().documentMargin()
        height = self.fontMetrics().lineSpacing() * LINES + 2 * doc_margin + margins.top() + margins.bottom()
        self.setFixedHeight(int(height) + 2)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the form sets a larger font after construction
            self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())
