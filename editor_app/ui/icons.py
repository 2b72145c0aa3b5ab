"""The app's one icon set: Material Design Icons 6 (the icon font QtAwesome ships) in the palette's colours.

``icon("content-save-outline")`` returns a QIcon whose engine asks the application palette for its colour each
time it is drawn, so icons follow a switch between light and dark without being made again. A name the font does
not know gives an empty icon (and a warning in the log), never an exception.

Only the MDI 6 font and its charmap are loaded, straight from QtAwesome's ``fonts`` folder, and each glyph is
drawn as QtAwesome draws it (text at 7/8 of the icon's height, centred). Importing QtAwesome itself would load all
of its dozen fonts and charmaps and its Qt compatibility layer before the window's first paint.
"""

from __future__ import annotations

import json
import logging
import os
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontDatabase,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

FONT_GLOB = "materialdesignicons6-webfont-[0-9]*.ttf"
CHARMAP_GLOB = "materialdesignicons6-webfont-charmap-*.json"


def _font_folder() -> Path:
    """QtAwesome's ``fonts`` folder, found without importing the package."""
    spec = find_spec("qtawesome")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations))) / "fonts"
    os.environ.setdefault("QT_API", "pyside6")  # QtAwesome's qtpy must take the app's binding
    import qtawesome

    return Path(qtawesome.__file__).parent / "fonts"


@cache
def _charmap() -> dict[str, str]:
    """Glyph name -> the glyph's code point in hex, as the charmap has it (empty when the font cannot be
    loaded); turned into a character when drawn, not for all 7,000 names before the first paint."""
    folder = _font_folder()
    fonts, charmaps = sorted(folder.glob(FONT_GLOB)), sorted(folder.glob(CHARMAP_GLOB))
    if not fonts or not charmaps:
        log.warning("the Material Design Icons font is missing from %s: no icons", folder)
        return {}
    codes: dict[str, str] = json.loads(charmaps[-1].read_text(encoding="utf-8"))
    return codes


@cache
def _family() -> str | None:
    """The MDI 6 font's family, added to the application's fonts on first use."""
    fonts = sorted(_font_folder().glob(FONT_GLOB))
    font_id = QFontDatabase.addApplicationFont(str(fonts[-1])) if fonts else -1
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("the Material Design Icons font could not be loaded: no icons")
        return None
    return families[0]


def _colour(mode: QIcon.Mode) -> QColor:
    palette = QApplication.palette()
    group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Normal
    if mode == QIcon.Mode.Selected:
        return palette.color(group, QPalette.ColorRole.HighlightedText)
    return palette.color(group, QPalette.ColorRole.ButtonText)


class PaletteIconEngine(QIconEngine):
    """Draws one MDI glyph in the colour the palette gives the icon's mode, looked up at paint time."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        family = _family()
        if family is None:
            return
        font = QFont()
        font.setFamily(family)
        font.setPixelSize(round(0.875 * rect.height()))  # the glyph's bearings fill the rest
        painter.save()
        painter.setPen(_colour(mode))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, chr(int(_charmap()[self.name], 16)))
        painter.restore()

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


def known(name: str) -> bool:
    """Whether the MDI 6 font has a glyph called ``name``."""
    return name in _charmap()


def icon(name: str) -> QIcon:
    """The MDI 6 icon ``name`` (without a ``mdi6.`` prefix) in the palette's text colour."""
    if not known(name):
        log.warning("no icon called %s in Material Design Icons", name)
        return QIcon()
    return QIcon(PaletteIconEngine(name))


def set_icons(actions: dict[QAction, str]) -> None:
    """Give each action its icon (by MDI name); an action that already has one keeps it."""
    for action, name in actions.items():
        if action.icon().isNull():
            action.setIcon(icon(name))
