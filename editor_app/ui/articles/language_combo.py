"""The article language picker: en-GB, en-US, ru, az (and whatever other tag an article already carries).

Used by the article form (``languageCombo``) and by Preferences for the default of new articles. Each language is
named in itself, as language menus are, so a reader of any UI language finds theirs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from editor_app.domain.language import ARTICLE_LANGUAGES, DEFAULT_ARTICLE_LANGUAGE, normalise_language


def language_names() -> dict[str, str]:
    return {
        "en-GB": QCoreApplication.translate("LanguageCombo", "English (UK)"),
        "en-US": QCoreApplication.translate("LanguageCombo", "English (US)"),
        "ru": "Русский",
        "az": "Azərbaycanca",
    }


class LanguageCombo(QComboBox):
    """Items carry BCP 47 tags; ``languagePicked`` is emitted only when the user chooses one."""

    languagePicked = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(self.tr("Language"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        names = language_names()
        for code in ARTICLE_LANGUAGES:
            self.addItem(names[code], code)
            self.setItemData(self.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
        self.setToolTip(self.tr("The article's language: spelling, hyphenation and the page's language tag"))
        self.activated.connect(lambda index: self.languagePicked.emit(str(self.itemData(index))))

    def paintEvent(self, event: QPaintEvent) -> None:
        """The name ends in "…" when the combo is narrower than it (a long name in a narrow form)."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    @property
    def language(self) -> str:
        return str(self.currentData() or DEFAULT_ARTICLE_LANGUAGE)

    def set_language(self, code: str, default: str = DEFAULT_ARTICLE_LANGUAGE) -> str:
        """Show ``code`` as normalised (an old ``"en"`` is ``default``); returns the tag shown. A tag outside the
        list (say ``de``) is added, so opening an article never changes its language."""
        tag = normalise_language(code, default)
        index = self.findData(tag)
        if index < 0:
            self.addItem(tag, tag)
            index = self.count() - 1
        self.setCurrentIndex(index)
        return tag
