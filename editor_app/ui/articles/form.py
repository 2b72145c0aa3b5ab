"""The article form: structured fields above the Markdown body. A view only; behaviour is in ``autosave``."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor_app.domain import Article
from editor_app.domain.article import HEADLINE_LIMIT, SECTIONS
from editor_app.domain.language import DEFAULT_ARTICLE_LANGUAGE
from editor_app.ui.articles.headline import HeadlineEdit
from editor_app.ui.articles.language_combo import LanguageCombo
from editor_app.ui.body import BodyEditorPanel
from editor_app.ui.theme import note_style, text_style


class ArticleForm(QWidget):
    """Emits ``edited`` on any change the user makes (and ``fieldEdited`` when it is not the body: the
    body's own path to the preview is ``EditorLink``) and ``focusLeft`` when a field loses focus."""

    edited = Signal()
    fieldEdited = Signal()
    focusLeft = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = HeadlineEdit(self)
        self.headline.setObjectName("headlineEdit")
        self.headline.setAccessibleName(self.tr("Headline"))
        self.headline.setPlaceholderText(self.tr("Headline"))
        big = QFont(self.headline.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.headline.setFont(big)
        self.headline_count = QLabel(self)
        self.headline_count.setObjectName("headlineCounter")
        self.headline_count.setAccessibleName(self.tr("Headline length"))
        self.headline_limit = HEADLINE_LIMIT

        self.standfirst = QPlainTextEdit(self)
        self.standfirst.setObjectName("standfirstEdit")
        self.standfirst.setAccessibleName(self.tr("Standfirst"))
        self.standfirst.setPlaceholderText(self.tr("Standfirst: the one or two sentences under the headline"))
        self.standfirst.setTabChangesFocus(True)
        self.standfirst.setFixedHeight(self.standfirst.fontMetrics().lineSpacing() * 3 + 14)

        self.byline = QLineEdit(self)
        self.byline.setObjectName("bylineEdit")
        self.byline.setAccessibleName(self.tr("Byline"))
        self.byline.setPlaceholderText(self.tr("By …"))
        self.section = QComboBox(self)
        self.section.setObjectName("sectionCombo")
        self.section.setAccessibleName(self.tr("Section"))
        self.section.setEditable(True)
        self.section.addItems(list(SECTIONS))
        self.tags = QLineEdit(self)
        self.tags.setObjectName("tagsEdit")
        self.tags.setAccessibleName(self.tr("Tags, separated by commas"))
        self.tags.setPlaceholderText(self.tr("tags, separated, by commas"))
        self.source = QLineEdit(self)
        self.source.setObjectName("sourceEdit")
        self.source.setAccessibleName(self.tr("Source line"))
        self.source.setPlaceholderText(self.tr("source: agencies, own reporting…"))
        self.language = LanguageCombo("languageCombo", self)
        # shown whole when there is room; in a narrow form (a long name in Russian) it is cut short instead of
        # narrowing the article list
        self.language.setMinimumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.default_language = DEFAULT_ARTICLE_LANGUAGE
        """The profile's language for new articles and for old ones that carry none (Preferences)."""
        self.editors_choice = QCheckBox(self.tr("Editor's choice"), self)
        self.editors_choice.setObjectName("editorsChoiceCheck")
        self.editors_choice.setAccessibleName(self.tr("Editor's choice"))
        self.note = QLabel(self)
        self.note.setObjectName("returnNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(note_style("warning"))
        self.note.hide()
        self.lock = QLabel(self)
        self.lock.setTextFormat(Qt.TextFormat.PlainText)  # reasons can quote paths and server messages
        self.lock.setObjectName("readOnlyNote")
        self.lock.setAccessibleName(self.tr("Why the article cannot be edited"))
        self.lock.setWordWrap(True)
        self.lock.setStyleSheet(note_style("info"))
        self.lock.hide()
        self.body_panel = BodyEditorPanel(self)
        self.body = self.body_panel.editor

        headline_row = QHBoxLayout()
        headline_row.addWidget(self.headline, 1)
        headline_row.addWidget(self.headline_count)
        meta = QFormLayout()
        meta.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        meta.addRow(self.tr("Byline"), self.byline)
        row = QHBoxLayout()
        row.addWidget(self.section, 1)
        row.addWidget(self.language)
        row.addWidget(self.editors_choice)
        meta.addRow(self.tr("Section"), row)
        meta.addRow(self.tr("Tags"), self.tags)
        meta.addRow(self.tr("Source"), self.source)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.lock)
        layout.addLayout(headline_row)
        layout.addWidget(self.standfirst)
        layout.addLayout(meta)
        layout.addWidget(self.body_panel, 1)

        self.headline.textEdited.connect(self._field_edit)
        for line in (self.byline, self.tags, self.source):
            line.textEdited.connect(self._field_edit)
        self.section.currentTextChanged.connect(self._field_edit)
        self.editors_choice.toggled.connect(self._field_edit)
        self.language.languagePicked.connect(self._language_picked)
        self.standfirst.textChanged.connect(self._field_edit)
        self.body.textChanged.connect(self._user_edit)
        self.headline.textChanged.connect(self._update_counter)
        self._fields = (
            self.headline,
            self.standfirst,
            self.byline,
            self.section,
            self.tags,
            self.source,
            self.body,
        )
        # Focus changes, not every event of seven fields, come through Python.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._loading = False
        self._update_counter()

    def _user_edit(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _language_picked(self, code: str) -> None:
        """Spelling follows the article's language at once; the preview's ``lang`` through ``fieldEdited``."""
        self.body.set_language(code)
        self._field_edit()

    def _field_edit(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()
            self.fieldEdited.emit()

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is not None and old in self._fields:
            self.focusLeft.emit()

    def _update_counter(self) -> None:
        length = len(self.headline.text().strip())
        self.headline_count.setText(f"{length}/{self.headline_limit}")
        over = length > self.headline_limit
        self.headline_count.setStyleSheet(
            text_style("error") + "font-weight:bold;" if over else text_style("muted")
        )
        self.headline_count.setToolTip(
            self.tr("%n character(s) over the limit", "", length - self.headline_limit)
            if over
            else self.tr("Headline length")
        )

    def prepare_spelling(self, profile_root: Path) -> None:
        """Name the profile's personal word list and open the default language's dictionary in the background,
        so opening the last article at start-up finds it ready."""
        self.body.set_personal_dictionary(profile_root)
        self.body.speller.preload(self.default_language)

    def load(self, article: Article) -> None:
        """Show an article without emitting ``edited``; the body's undo history starts afresh."""
        self._loading = True
        try:
            self.headline.setText(article.headline)
            self.headline.setCursorPosition(0)
            self.standfirst.setPlainText(article.standfirst)
            self.byline.setText(article.byline)
            self.section.setCurrentText(article.section)
            self.tags.setText(", ".join(article.tags))
            self.source.setText(article.source)
            self.editors_choice.setChecked(article.editors_choice)
            language = self.language.set_language(article.language, self.default_language)
            # Before the text, which is then checked once in its language: re-checking the text it replaces
            # would also send that text to the preview (a render of the old or empty text, and another after).
            self.body.set_language(language, recheck=False)
            self.body.setPlainText(article.body)
            self.show_note(article.note)
        finally:
            self._loading = False

    def set_read_only(self, reason: str) -> None:
        """Lock the fields (with ``reason`` shown above them) or, with an empty reason, unlock them."""
        locked = bool(reason)
        for line in (self.byline, self.tags, self.source):
            line.setReadOnly(locked)
        self.headline.setReadOnly(locked)
        self.standfirst.setReadOnly(locked)
        self.body.setReadOnly(locked)
        self.section.setEnabled(not locked)
        self.editors_choice.setEnabled(not locked)
        self.language.setEnabled(not locked)
        self.lock.setText(reason)
        self.lock.setVisible(locked)

    def show_note(self, note: str) -> None:
        """The desk's note on a returned article, shown above the headline until it is resubmitted."""
        self.note.setVisible(bool(note))
        self.note.setText(
            self.tr("<b>Returned by the desk:</b> {}").format(html.escape(note)) if note else ""
        )

    def apply_to(self, article: Article) -> Article:
        """The article with the form's field values."""
        return article.with_changes(
            headline=self.headline.text(),
            standfirst=self.standfirst.toPlainText(),
            byline=self.byline.text(),
            section=self.section.currentText().strip(),
            tags=self.tags.text(),
            source=self.source.text(),
            editors_choice=self.editors_choice.isChecked(),
            language=self.language.language,
            body=self.body.toPlainText(),
        )

    def focus_body_end(self) -> None:
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)
