"""The metadata form of the photo panel: one photo's fields, or the fields of several photos at once.

With several photos selected a field shows the value they share, or stays empty with "(mixed)" as its
placeholder when they differ; the panel applies a field the user edits to all of them and nothing else.
Above the fields: the special-instructions banner, the GPS note, what is still missing, size and file.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from editor_app.domain import Photo
from editor_app.domain.photo import keywords_text
from editor_app.services.photos import attention_text
from editor_app.ui.photos.models import CodeExpander
from editor_app.ui.plain_text import plain, tip
from editor_app.ui.theme import note_style, text_style

_NOTE = "background:palette(alternate-base);border:1px solid palette(mid);border-radius:4px;padding:6px"
FIELD_NAMES: tuple[tuple[str, str, bool], ...] = (
    # (field, objectName, multi-line)
    ("caption", "captionEdit", True),
    ("alt_text", "altTextEdit", True),
    ("credit", "creditEdit", False),
    ("creator", "creatorEdit", False),
    ("copyright", "copyrightEdit", False),
    ("keywords", "keywordsEdit", False),
    ("source", "photoSourceEdit", False),
    ("instructions", "instructionsEdit", True),
    ("date_taken", "dateTakenEdit", False),
    ("city", "cityEdit", False),
    ("country", "countryEdit", False),
)


_LINES = {"caption": (3, 4), "alt_text": (4, 5), "instructions": (2, 3)}
"""Each multi-line field's height in lines of text (at least, at most): alt text is written as a sentence or two."""


def _lines_height(edit: QPlainTextEdit, lines: int) -> int:
    frame = edit.frameWidth() * 2 + round(edit.document().documentMargin() * 2)
    return edit.fontMetrics().lineSpacing() * lines + frame + 2


def field_text(photo: Photo, name: str) -> str:
    """A field as the form shows it (keywords as ``"a, b"``)."""
    return keywords_text(photo.keywords) if name == "keywords" else str(getattr(photo, name))


class PhotoForm(QWidget):
    fieldEdited = Signal(str, str)
    """``(field, text)``: the user changed one field (not the form filling itself)."""

    def __init__(
        self, expander: CodeExpander, credits: QStringListModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoForm")
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.mixed: set[str] = set()
        self._filling = False
        labels = {
            "caption": self.tr("Caption"),
            "alt_text": self.tr("Alt text"),
            "credit": self.tr("Credit"),
            "creator": self.tr("Creator"),
            "copyright": self.tr("Copyright"),
            "keywords": self.tr("Keywords"),
            "source": self.tr("Source"),
            "instructions": self.tr("Instructions"),
            "date_taken": self.tr("Date taken"),
            "city": self.tr("City"),
            "country": self.tr("Country"),
        }
        self.selection_note = self._label("photoSelectionNote", self.tr("Several photos selected"), _NOTE)
        self.banner = self._label(
            "instructionsBanner", self.tr("Special instructions"), note_style("error") + "font-weight:bold"
        )
        self.privacy_note = self._label("privacyNote", self.tr("Location privacy note"), _NOTE)
        self.checklist_label = self._label(
            "photoChecklist", self.tr("What the photo still needs"), text_style("error")
        )
        self.info_label = self._label(
            "photoInfo", self.tr("Photo size and file"), "color:palette(placeholder-text)"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 6, 0)
        for label in (
            self.selection_note,
            self.banner,
            self.privacy_note,
            self.checklist_label,
            self.info_label,
        ):
            layout.addWidget(label)
        form = self._fields = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, object_name, multi_line in FIELD_NAMES:
            edit: QLineEdit | QPlainTextEdit
            if multi_line:
                edit = QPlainTextEdit(self)
                edit.setTabChangesFocus(True)
                low, high = _LINES[name]
                edit.setMinimumHeight(_lines_height(edit, low))
                edit.setMaximumHeight(_lines_height(edit, high))
                edit.textChanged.connect(lambda n=name, e=edit: self._changed(n, e.toPlainText()))
            else:
                edit = QLineEdit(self)
                # the edit's text now, not the signal's: the =code= expander may have replaced it meanwhile
                edit.textChanged.connect(lambda _text, n=name, e=edit: self._changed(n, e.text()))
            edit.setObjectName(object_name)
            edit.setAccessibleName(self.tr("Photo {0}").format(labels[name].lower()))
            self.edits[name] = edit
            form.addRow(self.tr("{0}:").format(labels[name]), edit)
            if name != "keywords":
                expander.watch(edit)
        layout.addLayout(form)
        layout.addStretch(1)
        self._placeholders = {
            "date_taken": self.tr("YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS"),
            "keywords": self.tr("comma-separated, e.g. Baku, Karabakh, politics"),
        }
        completer = QCompleter(credits, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.line("credit").setCompleter(completer)
        self.show_photos([])

    def wanted_width(self) -> int:
        """The width that shows every label and hint whole (the field's frame and a scroll bar included)."""
        metrics = self.fontMetrics()
        labels = [self._fields.labelForField(edit) for edit in self.edits.values()]
        label_width = max((label.sizeHint().width() for label in labels if label is not None), default=0)
        hint_width = max((metrics.horizontalAdvance(text) for text in self._placeholders.values()), default=0)
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return label_width + max(self._fields.horizontalSpacing(), 6) + hint_width + 24 + scroll_bar

    def _label(self, name: str, accessible: str, style: str) -> QLabel:
        label = plain(QLabel(self))  # file names and IPTC text are shown as written, never as markup
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_warnings()

    def _colour_warnings(self) -> None:
        """A red that reads on the palette's background, light or dark."""
        self.checklist_label.setStyleSheet(text_style("error", self.palette()))

    def line(self, name: str) -> QLineEdit:
        edit = self.edits[name]
        assert isinstance(edit, QLineEdit)
        return edit

    def text(self, name: str) -> str:
        edit = self.edits[name]
        return edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()

    def _changed(self, name: str, text: str) -> None:
        if self._filling:
            return
        self.mixed.discard(name)
        self.fieldEdited.emit(name, text)

    # showing ----------------------------------------------------------------------------------------------
    def show_photos(self, photos: Sequence[Photo]) -> None:
        """Fill the form: one photo's values, the values several share, "(mixed)" where they differ."""
        self._filling = True
        try:
            self.mixed = set()
            for name, edit in self.edits.items():
                values = {field_text(photo, name) for photo in photos}
                value = values.pop() if len(values) == 1 else ""
                if len(values) > 0:
                    self.mixed.add(name)
                if isinstance(edit, QLineEdit):
                    edit.setText(value)
                else:
                    edit.setPlainText(value)
                placeholder = self.tr("(mixed)") if name in self.mixed else self._placeholders.get(name, "")
                edit.setPlaceholderText(placeholder)
                edit.setEnabled(bool(photos))
        finally:
            self._filling = False
        self.show_notes(photos)

    def show_notes(self, photos: Sequence[Photo]) -> None:
        many = len(photos) > 1
        self.selection_note.setText(
            self.tr(
                "%n photos selected: a field you change is set on all of them; “(mixed)” marks a field whose "
                "values differ.",
                "",
                len(photos),
            )
        )
        self.selection_note.setVisible(many)
        photo = photos[0] if len(photos) == 1 else None
        attention = attention_text(photo) if photo else ""
        short = attention if len(attention) <= 180 else attention[:179].rsplit(" ", 1)[0] + " …"
        self.banner.setText(self.tr("⚠ Special instructions: {0}").format(short))
        self.banner.setToolTip(tip(attention))
        self.banner.setVisible(bool(attention))
        self.privacy_note.setText(
            self.tr(
                "This photo's original file carries a GPS location. It is never published: the rendition that "
                "is uploaded has no location, camera serial numbers or owner names."
            )
        )
        self.privacy_note.setVisible(bool(photo and photo.has_gps))
        missing = photo.missing_for_publishing() if photo else []
        incomplete = sum(1 for p in photos if p.missing_for_publishing()) if many else 0
        if missing:
            self.checklist_label.setText(
                self.tr("Incomplete: add {0} before publishing.").format(", ".join(missing))
            )
        elif incomplete:
            self.checklist_label.setText(
                self.tr("Selected photos still lacking a caption, credit or alt text: %n.", "", incomplete)
            )
        self.checklist_label.setVisible(bool(missing or incomplete))
        if photo:
            name = photo.filename or self.tr("no file")
            info = self.tr("{0} × {1} px · {2}").format(photo.width, photo.height, name)
            if photo.date_taken:
                info = self.tr("{0} · taken {1}").format(info, photo.date_taken)
            self.info_label.setText(info)
        self.info_label.setVisible(photo is not None)
