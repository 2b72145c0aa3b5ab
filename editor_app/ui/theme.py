"""Colours from the palette: the light and dark Fusion palettes, the appearance choice (System, Light, Dark),
and the few signal colours (error, warning, success, information, muted) chosen to read on the palette in use.

Widgets ask here at the time they paint or set a style (``tone("error")``, ``note_style("warning")``) instead of
naming a colour, so a dark palette gives a dark, readable app.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComboBox,
    QStyleOptionComplex,
    QWidget,
)

SETTINGS_KEY = "ui/appearance"


class Appearance(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


# Each tone as (on a light palette, on a dark palette): text colours with enough contrast on either.
TONES: dict[str, tuple[str, str]] = {
    "error": ("#b3261e", "#f2b8b5"),
    "warning": ("#8a5a00", "#fdd663"),
    "success": ("#137333", "#81c995"),
    "info": ("#0b57d0", "#8ab4f8"),
    "muted": ("#5f6368", "#9aa0a6"),
    "accent": ("#8430ce", "#d7aefb"),
    "archive": ("#795548", "#d7ccc8"),
}

_ROLE = QPalette.ColorRole


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette (the application's by default) draws light text on a dark window."""
    palette = palette or QApplication.palette()
    return palette.color(_ROLE.Window).lightness() < palette.color(_ROLE.WindowText).lightness()


def tone(name: str, palette: QPalette | None = None) -> QColor:
    """A signal colour (``error``, ``warning``, ``success``, ``info``, ``muted``...) for the palette in use."""
    light, dark = TONES[name]
    return QColor(dark if is_dark(palette) else light)


def tint(name: str, amount: float = 0.14, palette: QPalette | None = None) -> QColor:
    """A background: the tone mixed into the palette's base colour (``amount`` of the tone)."""
    palette = palette or QApplication.palette()
    base, colour = palette.color(_ROLE.Base), tone(name, palette)
    mix = [
        round(b + (c - b) * amount)
        for b, c in zip(
            (base.red(), base.green(), base.blue()),
            (colour.red(), colour.green(), colour.blue()),
            strict=True,
        )
    ]
    return QColor(*mix)


def note_style(name: str) -> str:
    """A stylesheet for a banner or note in a tone: tinted background, tone border, readable text."""
    return (
        f"background:{tint(name).name()};color:{QApplication.palette().color(_ROLE.WindowText).name()};"
        f"border:1px solid {tone(name).name()};border-radius:4px;padding:6px;"
    )


def text_style(name: str, palette: QPalette | None = None) -> str:
    return f"color:{tone(name, palette).name()};"


def backdrop() -> QColor:
    """Behind a page shown at a fixed width (the preview's stage): a little darker than the window."""
    window = QApplication.palette().color(_ROLE.Window)
    return window.darker(112) if not is_dark() else window.darker(130)


def dark_palette() -> QPalette:
    """Fusion's palette in dark colours (a neutral grey, blue highlight)."""
    p = QPalette()
    colours = {
        _ROLE.Window: "#2b2d30",
        _ROLE.WindowText: "#e6e6e6",
        _ROLE.Base: "#1e1f22",
        _ROLE.AlternateBase: "#26282b",
        _ROLE.ToolTipBase: "#3c3f41",
        _ROLE.ToolTipText: "#e6e6e6",
        _ROLE.PlaceholderText: "#8c8f94",
        _ROLE.Text: "#e6e6e6",
        _ROLE.Button: "#35373b",
        _ROLE.ButtonText: "#e6e6e6",
        _ROLE.BrightText: "#ff6b6b",
        _ROLE.Light: "#4a4d52",
        _ROLE.Midlight: "#3e4145",
        _ROLE.Mid: "#2f3134",
        _ROLE.Dark: "#191a1c",
        _ROLE.Shadow: "#000000",
        _ROLE.Highlight: "#3574f0",
        _ROLE.HighlightedText: "#ffffff",
        _ROLE.Link: "#8ab4f8",
        _ROLE.LinkVisited: "#c58af9",
        _ROLE.Accent: "#3574f0",
    }
    for role, value in colours.items():
        p.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (_ROLE.WindowText, _ROLE.Text, _ROLE.ButtonText):
        p.setColor(disabled, role, QColor("#7a7d82"))
    p.setColor(disabled, _ROLE.Base, QColor("#26282b"))
    p.setColor(disabled, _ROLE.Button, QColor("#2f3134"))
    p.setColor(disabled, _ROLE.Highlight, QColor("#4a4d52"))
    return p


def system_is_dark() -> bool:
    """What the desktop asks for (Qt 6.5+ ``QStyleHints.colorScheme``); Unknown counts as light."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: Appearance) -> Appearance:
    """System becomes Light or Dark as the desktop asks."""
    if choice is Appearance.SYSTEM:
        return Appearance.DARK if system_is_dark() else Appearance.LIGHT
    return choice


FIELD_BORDER = ("#80848a", "#7c8088")
"""The edge of a text field (line, text, spin box, editable combo) on a light and a dark palette: Fusion draws it
a shade darker than the window, which on a dark window is the field's own colour, so the field had no edge."""

_FIELD_CONTROLS = (QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox)


def field_border(palette: QPalette | None = None, *, focused: bool = False) -> QColor:
    """The edge of a text field: the highlight when it has the focus, else a grey that reads on either palette."""
    palette = palette or QApplication.palette()
    if focused:
        return palette.color(_ROLE.Highlight)
    light, dark = FIELD_BORDER
    return QColor(dark if is_dark(palette) else light)


class IconStyle(QProxyStyle):
    """Fusion with the dock buttons (float, close) and the text fields' clear button from the app's icon set, so
    they read on a dark palette, and text fields drawn with a visible edge (``field_border``)."""

    def standardIcon(
        self, pixmap: QStyle.StandardPixmap, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> QIcon:
        from editor_app.ui.icons import icon

        names = {
            QStyle.StandardPixmap.SP_DockWidgetCloseButton: "close",
            QStyle.StandardPixmap.SP_TitleBarCloseButton: "close",
            QStyle.StandardPixmap.SP_TitleBarNormalButton: "dock-window",
            # Not the icon theme's: looking it up in /usr/share/icons took ~5 ms before the first paint.
            QStyle.StandardPixmap.SP_LineEditClearButton: "close-circle",
        }
        name = names.get(pixmap)
        return icon(name) if name else super().standardIcon(pixmap, option, widget)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_FrameLineEdit or (
            element == QStyle.PrimitiveElement.PE_Frame and isinstance(widget, QAbstractScrollArea)
        ):
            _edge(option, painter, rounded=element == QStyle.PrimitiveElement.PE_FrameLineEdit)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        editable = not isinstance(option, QStyleOptionComboBox) or option.editable
        if control in _FIELD_CONTROLS and editable and option.frame:  # type: ignore[attr-defined]
            _edge(option, painter, rounded=True)


def _edge(option: QStyleOption, painter: QPainter, *, rounded: bool) -> None:
    """Draw a field's edge over the style's own, in ``field_border``."""
    State = QStyle.StateFlag
    focused = bool(option.state & State.State_HasFocus) and bool(option.state & State.State_Enabled)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(field_border(option.palette, focused=focused), 1))
    rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
    if rounded:
        painter.drawRoundedRect(rect, 2, 2)
    else:
        painter.drawRect(rect)
    painter.restore()


_platform: QPalette | None = None


def apply(choice: Appearance) -> Appearance:
    """Set the palette for ``choice`` on the application (dark, or light where the desktop's style is Fusion:
    Fusion through ``IconStyle``, which follows the palette on every platform); returns Light or Dark."""
    global _platform
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if _platform is None:
        _platform = QPalette(app.palette())  # the desktop's own palette, kept for Light
    effective = resolve(choice)
    fusion = app.style().name().lower() == "fusion"  # the desktop's style where it has none of its own
    if not isinstance(app.style(), IconStyle) and (effective is Appearance.DARK or fusion):
        app.setStyle(IconStyle("Fusion"))
    if effective is Appearance.DARK:
        app.setPalette(dark_palette())
    else:
        app.setPalette(_platform if not is_dark(_platform) else app.style().standardPalette())
    return effective
