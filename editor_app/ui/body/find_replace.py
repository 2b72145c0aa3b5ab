"""The find / replace bar under the body editor: next, previous, replace, replace all (one undo step)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from editor_app.ui.theme import tint


class FindReplaceBar(QWidget):
    """Searches ``editor``'s document. Hidden until ``show_find()`` / ``show_replace()``; Escape hides it."""

    closed = Signal()

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("findReplaceBar")
        self.setAccessibleName(self.tr("Find and replace"))
        self.find_field = self._field("findField", self.tr("Find"), self.tr("Find in the article"))
        self.replace_field = self._field("replaceField", self.tr("Replace with"), self.tr("Replace with"))
        self.case_check = QCheckBox(self.tr("Match case"), self)
        self.case_check.setObjectName("findMatchCase")
        self.whole_word_check = QCheckBox(self.tr("Whole words"), self)
        self.whole_word_check.setObjectName("findWholeWords")
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was searched for
        self.status.setObjectName("findStatus")
        self.status.setAccessibleName(self.tr("Search result"))
        previous = self._button(
            "findPrevious", self.tr("Previous"), self.tr("Find previous (Shift+F3)"), self.find_previous
        )
        following = self._button("findNext", self.tr("Next"), self.tr("Find next (F3)"), self.find_next)
        self.replace_button = self._button(
            "replaceOne", self.tr("Replace"), self.tr("Replace this match"), self.replace
        )
        self.replace_all_button = self._button(
            "replaceAll", self.tr("Replace all"), self.tr("Replace every match"), self.replace_all
        )
        close = QToolButton(self)
        close.setObjectName("findClose")
        close.setText("×")
        close.setAccessibleName(self.tr("Close find bar"))
        close.setToolTip(self.tr("Close (Escape)"))
        close.clicked.connect(self.close_bar)

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.addWidget(self.find_field, 0, 0)
        grid.addWidget(previous, 0, 1)
        grid.addWidget(following, 0, 2)
        grid.addWidget(self.case_check, 0, 3)
        grid.addWidget(self.whole_word_check, 0, 4)
        grid.addWidget(self.status, 0, 5)
        grid.addWidget(close, 0, 6)
        grid.addWidget(self.replace_field, 1, 0)
        grid.addWidget(self.replace_button, 1, 1)
        grid.addWidget(self.replace_all_button, 1, 2)
        grid.setColumnStretch(0, 1)
        self._replace_widgets: tuple[QWidget, ...] = (
            self.replace_field,
            self.replace_button,
            self.replace_all_button,
        )
        self.find_field.textChanged.connect(self._search_as_you_type)
        self.find_field.returnPressed.connect(self.find_next)
        self.replace_field.returnPressed.connect(self.replace)
        for widget in (self.find_field, self.replace_field):
            widget.installEventFilter(self)
        self.hide()

    def _field(self, name: str, placeholder: str, accessible: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setPlaceholderText(placeholder)
        field.setAccessibleName(accessible)
        field.setClearButtonEnabled(True)
        return field

    def _button(self, name: str, text: str, tip: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # Showing and hiding

    def show_find(self) -> None:
        self._open(replace=False)

    def show_replace(self) -> None:
        self._open(replace=True)

    def close_bar(self) -> None:
        self.hide()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def _open(self, *, replace: bool) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        for widget in self._replace_widgets:
            widget.setVisible(replace)
        self.show()
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if event.key() == Qt.Key.Key_F3:
                if shifted:
                    self.find_previous()
                else:
                    self.find_next()
                return True
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if watched is self.find_field and shifted and enter:
                self.find_previous()
                return True
        return super().eventFilter(watched, event)

    # Searching

    def flags(self, *, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case_check.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if self.whole_word_check.isChecked():
            flags |= QTextDocument.FindFlag.FindWholeWords
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, *, backward: bool, start: QTextCursor | None = None) -> bool:
        needle = self.find_field.text()
        if not needle:
            self._report("")
            return False
        document = self.editor.document()
        cursor = start if start is not None else self.editor.textCursor()
        found = document.find(needle, cursor, self.flags(backward=backward))
        if found.isNull():  # wrap around once
            edge = QTextCursor(document)
            edge.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            found = document.find(needle, edge, self.flags(backward=backward))
        if found.isNull():
            self._report(self.tr("No matches"))
            return False
        self.editor.setTextCursor(found)
        self.editor.ensureCursorVisible()
        self._report("")
        return True

    def _search_as_you_type(self) -> None:
        cursor = self.editor.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self._find(backward=False, start=cursor)

    def _report(self, message: str) -> None:
        self.status.setText(message)
        self.find_field.setStyleSheet(f"background:{tint('error').name()};" if message else "")

    # Replacing

    def _matches_selection(self, cursor: QTextCursor) -> bool:
        if not cursor.hasSelection():
            return False
        selected = cursor.selectedText()
        needle = self.find_field.text()
        if self.case_check.isChecked():
            return selected == needle
        return selected.casefold() == needle.casefold()

    def replace(self) -> bool:
        """Replace the current match (if the selection is one) and move to the next."""
        cursor = self.editor.textCursor()
        if self._matches_selection(cursor):
            cursor.insertText(self.replace_field.text())
            self.editor.setTextCursor(cursor)
        return self.find_next()

    def replace_all(self) -> int:
        """Replace every match as one undo step; returns how many were replaced."""
        needle = self.find_field.text()
        if not needle:
            return 0
        document = self.editor.document()
        replacement = self.replace_field.text()
        flags = self.flags()
        editing = QTextCursor(document)
        editing.beginEditBlock()
        count = 0
        found = document.find(needle, 0, flags)
        while not found.isNull():
            found.insertText(replacement)
            count += 1
            found = document.find(needle, found.position(), flags)
        editing.endEditBlock()
        self._report(self.tr("Replaced %n", "", count) if count else self.tr("No matches"))
        return count
