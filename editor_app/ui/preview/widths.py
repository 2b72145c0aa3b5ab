"""Preview widths: the page is laid out at a reader's screen width (CSS pixels), zoomed out to fit."""

from __future__ import annotations

from enum import Enum

from editor_app.ui.i18n import QT_TRANSLATE_NOOP


class PreviewWidth(Enum):
    DESKTOP = ("desktop", QT_TRANSLATE_NOOP("PreviewPanel", "Desktop"), 1024)
    TABLET = ("tablet", QT_TRANSLATE_NOOP("PreviewPanel", "Tablet"), 768)
    PHONE = ("phone", QT_TRANSLATE_NOOP("PreviewPanel", "Phone"), 375)

    def __init__(self, key: str, label: str, css_width: int) -> None:
        self.key = key
        self.label = label
        """In English; the panel shows ``tr(label)``."""
        self.css_width = css_width
        """Desktop: at least this wide (it grows with the panel); tablet and phone: exactly this wide."""

    @classmethod
    def of(cls, mode: str | PreviewWidth) -> PreviewWidth:
        if isinstance(mode, PreviewWidth):
            return mode
        for width in cls:
            if width.key == mode.lower():
                return width
        raise ValueError(f"unknown preview width {mode!r} (desktop, tablet or phone)")


def fit(mode: PreviewWidth, available: int) -> tuple[int, float]:
    """``(widget width, zoom factor)`` that shows ``mode``'s CSS width within ``available`` pixels."""
    available = max(available, 1)
    css = max(available, mode.css_width) if mode is PreviewWidth.DESKTOP else mode.css_width
    if css <= available:
        return css, 1.0
    zoom = max(0.25, available / css)
    return round(css * zoom), zoom
