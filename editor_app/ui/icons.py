"""The app's one icon set: Material Design Icons (``mdi6``) drawn by QtAwesome in the palette's colours.

``icon("content-save-outline")`` returns a QIcon whose engine asks the application palette for its colour each
time it is drawn, so icons follow a switch between light and dark without being made again. A name QtAwesome
does not know gives an empty icon (and a warning in the log), never an exception.
"""

from __future__ import annotations

import logging
import os
from functools import cache

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

PREFIX = "mdi6."


@cache
def _qtawesome():  # type: ignore[no-untyped-def]
    os.environ.setdefault("QT_API", "pyside6")  # QtAwesome's qtpy must take the app's binding
    import qtawesome

    return qtawesome


def _colour(mode: QIcon.Mode) -> QColor:
    palette = QApplication.palette()
    group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Normal
    if mode == QIcon.Mode.Selected:
        return palette.color(group, QPalette.ColorRole.HighlightedText)
    return palette.color(group, QPalette.ColorRole.ButtonText)


@cache
def _glyph(name: str, colour: str) -> QIcon:
    return _qtawesome().icon(PREFIX + name, color=colour, color_disabled=colour)  # type: ignore[no-any-return]


class PaletteIconEngine(QIconEngine):
    """Draws one MDI glyph in the colour the palette gives the icon's mode, looked up at paint time."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        _glyph(self.name, _colour(mode).name()).paint(painter, rect, Qt.AlignmentFlag.AlignCenter)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return PaletteIconEngine(self.name)

    def key(self) -> str:
        return "editor-app-mdi"


@cache
def known(name: str) -> bool:
    """Whether QtAwesome's MDI 6 font has a glyph called ``name``."""
    try:
        _qtawesome().icon(PREFIX + name)
    except Exception:  # qtawesome raises a bare Exception for an unknown name
        return False
    return True


def icon(name: str) -> QIcon:
    """The MDI 6 icon ``name`` (without the ``mdi6.`` prefix) in the palette's text colour."""
    if not known(name):
        log.warning("no icon called %s in Material Design Icons", name)
        return QIcon()
    return QIcon(PaletteIconEngine(name))


def set_icons(actions: dict[QAction, str]) -> None:
    """Give each action its icon (by MDI name); an action that already has one keeps it."""
    for action, name in actions.items():
        if action.icon().isNull():
            action.setIcon(icon(name))
