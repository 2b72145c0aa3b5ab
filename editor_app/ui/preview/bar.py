"""The bar above the preview's page: its width and its theme. Its texts are the panel's (``PreviewPanel``)."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from editor_app.ui.preview.site_theme import NO_THEME_YET, THEMES
from editor_app.ui.preview.widths import PreviewWidth


class PreviewBar(NamedTuple):
    layout: QHBoxLayout
    width_combo: QComboBox
    theme_combo: QComboBox
    theme_note: QLabel
    """Shown when the Site theme is chosen and no sync has cached the site's theme yet."""


def preview_bar(panel: QWidget) -> PreviewBar:
    """The width and theme choosers (``previewWidth``, ``previewThemeCombo``) with their labels, and the note
    ``previewThemeNote`` (hidden), laid out in a row; the panel connects them."""
    width_combo = QComboBox(panel)
    width_combo.setObjectName("previewWidth")
    width_combo.setAccessibleName(QCoreApplication.translate("PreviewPanel", "Preview width"))
    for mode in PreviewWidth:
        shown = QCoreApplication.translate("PreviewPanel", mode.label)  # marked where the widths are named
        width_combo.addItem(
            QCoreApplication.translate("PreviewPanel", "{} ({} px)").format(shown, mode.css_width), mode.key
        )
    width_label = QLabel(QCoreApplication.translate("PreviewPanel", "Width"), panel)
    width_label.setBuddy(width_combo)
    theme_combo = QComboBox(panel)
    theme_combo.setObjectName("previewThemeCombo")
    theme_combo.setAccessibleName(QCoreApplication.translate("PreviewPanel", "Preview theme"))
    for key, name in THEMES:
        theme_combo.addItem(QCoreApplication.translate("PreviewPanel", name), key)
    theme_label = QLabel(QCoreApplication.translate("PreviewPanel", "Theme"), panel)
    theme_label.setBuddy(theme_combo)
    theme_note = QLabel(QCoreApplication.translate("PreviewPanel", NO_THEME_YET), panel)
    theme_note.setObjectName("previewThemeNote")
    theme_note.hide()
    layout = QHBoxLayout()
    layout.setContentsMargins(6, 4, 6, 4)
    for widget in (width_label, width_combo, theme_label, theme_combo, theme_note):
        layout.addWidget(widget)
    layout.addStretch(1)
    return PreviewBar(layout, width_combo, theme_combo, theme_note)
