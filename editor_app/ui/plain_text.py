"""Showing user and file data as text, never as markup.

Qt guesses whether a label's, a tooltip's or a message box's text is HTML (``Qt.mightBeRichText``): a file named
``<h1>Big</h1>.txt``, an IPTC instruction or a section such as ``<b>✔ Approved by the desk</b>`` would render as
markup. Labels that show such data are set to plain text; tooltips and message boxes go through these helpers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # convertFromPlainText and mightBeRichText live in Qt GUI
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain(label: QLabel) -> QLabel:
    """Make ``label`` show its text literally; returns it for chaining."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    return plain(QLabel(text, parent))


def tip(text: str) -> str:
    """``text`` for a tooltip or a static message box, where Qt guesses the format: escaped into HTML only
    when Qt would take it for markup, so it shows literally either way."""
    if not text or not GuiQt.mightBeRichText(text):
        return text
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox:
    """A message box whose text is plain (the static QMessageBox helpers guess rich text)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return box


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox.StandardButton:
    """``QMessageBox.question`` showing ``text`` literally."""
    return QMessageBox.question(parent, title, tip(text), buttons, default)


def inform(parent: QWidget | None, title: str, text: str, *, critical: bool = False) -> None:
    """``QMessageBox.information`` (or ``critical``) showing ``text`` literally."""
    show = QMessageBox.critical if critical else QMessageBox.information
    show(parent, title, tip(text))
