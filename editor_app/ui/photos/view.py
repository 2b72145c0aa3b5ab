"""The photo panel's widgets (``photoPanel``): the toolbar and its actions, the thumbnails, the import progress,
the notes and the metadata form. It shows what it is given; ``PhotoPanel`` (panel.py) decides what."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QImage, QKeySequence
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from editor_app.domain import Photo
from editor_app.services.photos import attention_text
from editor_app.ui.core_text import core_text
from editor_app.ui.i18n import QT_TRANSLATE_NOOP
from editor_app.ui.photos.models import CodeExpander, PhotoListModel, PhotoListView, local_files
from editor_app.ui.plain_text import plain, tip

_BANNER = (
    "background:#fdecea;color:#8a1c10;border:1px solid #e0a49c;border-radius:4px;padding:6px;font-weight:bold"
)
_NOTE = "background:#eaf1fb;color:#1c3f73;border:1px solid #a9c1e6;border-radius:4px;padding:6px"
_FIELDS: tuple[tuple[str, str, str, bool], ...] = (
    # (field, objectName, label, multi-line)
    ("caption", "captionEdit", QT_TRANSLATE_NOOP("PhotoPanelView", "Caption"), True),
    ("alt_text", "altTextEdit", QT_TRANSLATE_NOOP("PhotoPanelView", "Alt text"), True),
    ("credit", "creditEdit", QT_TRANSLATE_NOOP("PhotoPanelView", "Credit"), False),
    ("creator", "creatorEdit", QT_TRANSLATE_NOOP("PhotoPanelView", "Creator"), False),
    ("copyright", "copyrightEdit", QT_TRANSLATE_NOOP("PhotoPanelView", "Copyright"), False),
    ("source", "photoSourceEdit", QT_TRANSLATE_NOOP("PhotoPanelView", "Source"), False),
    ("instructions", "instructionsEdit", QT_TRANSLATE_NOOP("PhotoPanelView", "Instructions"), True),
    ("date_taken", "dateTakenEdit", QT_TRANSLATE_NOOP("PhotoPanelView", "Date taken"), False),
    ("city", "cityEdit", QT_TRANSLATE_NOOP("PhotoPanelView", "City"), False),
    ("country", "countryEdit", QT_TRANSLATE_NOOP("PhotoPanelView", "Country"), False),
)


class PhotoPanelView(QWidget):
    filesDropped = Signal(list)
    """Local image files dropped onto the panel (``list[Path]``)."""
    imageDropped = Signal(QImage)
    """An image dropped as data (no file)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoPanel")
        self.setAccessibleName(self.tr("Photos of the article"))
        self.setAcceptDrops(True)
        self.accepts_drops = False
        """Set while an article is shown: drops are offered to it."""
        self.model = PhotoListModel(self)
        self.view = PhotoListView(self)
        self.view.setObjectName("photoList")
        self.view.setAccessibleName(self.tr("Photos: drag to reorder, drop image files to add them"))
        self.view.setModel(self.model)
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.expander = CodeExpander(self)
        self.credits = QStringListModel(self)
        self._build_actions()
        self._build_layout()

    def _action(self, name: str, text: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setToolTip(tip)
        return action

    def _build_actions(self) -> None:
        self.action_add = self._action(
            "actionAddPhotos", self.tr("Add photos…"), self.tr("Import image files into this article")
        )
        self.action_featured = self._action(
            "actionSetFeatured",
            self.tr("Featured"),
            self.tr("Make the selected photo the article's featured photo"),
        )
        self.action_insert = self._action(
            "actionInsertPhoto", self.tr("Insert in text"), self.tr("Place the selected photo in the body")
        )
        self.action_remove = self._action(
            "actionRemovePhoto", self.tr("Remove"), self.tr("Take the selected photos out of this article")
        )
        self.action_remove.setShortcut(QKeySequence.StandardKey.Delete)
        self.action_remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.action_paste = self._action(
            "actionPastePhoto", self.tr("Paste image"), self.tr("Add the image on the clipboard")
        )
        self.action_paste.setShortcut(QKeySequence.StandardKey.Paste)
        self.action_paste.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addActions([self.action_remove, self.action_paste])
        self.addAction(self.action_add)

    def _build_layout(self) -> None:
        toolbar = QToolBar(self.tr("Photos"), self)
        toolbar.setObjectName("photoToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.action_add, self.action_featured, self.action_insert, self.action_remove])
        self.progress = QProgressBar(self)
        self.progress.setObjectName("photoImportProgress")
        self.progress.setAccessibleName(self.tr("Photo import progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelImportButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel the photo import"))
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.report_label = self._label("photoImportReport", self.tr("Photo import report"), _NOTE)
        self.banner = self._label("instructionsBanner", self.tr("Special instructions"), _BANNER)
        self.privacy_note = self._label("privacyNote", self.tr("Location privacy note"), _NOTE)
        self.checklist_label = self._label(
            "photoChecklist", self.tr("What the photo still needs"), "color:#8a1c10"
        )
        self.info_label = self._label(
            "photoInfo", self.tr("Photo size and file"), "color:palette(placeholder-text)"
        )
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("applyToSelectionButton")
        self.apply_button.setAccessibleName(self.tr("Apply credit and copyright to the selected photos"))

        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, object_name, label, multi_line in _FIELDS:
            edit: QLineEdit | QPlainTextEdit
            if multi_line:
                edit = QPlainTextEdit(form_widget)
                edit.setTabChangesFocus(True)
                edit.setMaximumHeight(72 if name == "caption" else 52)
            else:
                edit = QLineEdit(form_widget)
            edit.setObjectName(object_name)
            shown = QCoreApplication.translate("PhotoPanelView", label)
            edit.setAccessibleName(self.tr("Photo: {}").format(shown))
            self.edits[name] = edit
            form.addRow(self.tr("{}:").format(shown), edit)
            self.expander.watch(edit)
        date = self.edits["date_taken"]
        assert isinstance(date, QLineEdit)
        date.setPlaceholderText(self.tr("YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS"))
        self.credit_completer = QCompleter(self.credits, self)
        self.credit_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.credit_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.credit_edit.setCompleter(self.credit_completer)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(toolbar)
        layout.addWidget(self.view, 3)
        layout.addLayout(progress_row)
        for widget in (
            self.report_label,
            self.banner,
            self.privacy_note,
            self.checklist_label,
            self.info_label,
        ):
            layout.addWidget(widget)
        layout.addWidget(scroll, 4)
        layout.addWidget(self.apply_button)
        self.show_progress(False)

    def _label(self, name: str, accessible: str, style: str) -> QLabel:
        label = plain(QLabel(self))  # file names and IPTC text are shown as written, never as markup
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    @property
    def caption_edit(self) -> QPlainTextEdit:
        edit = self.edits["caption"]
        assert isinstance(edit, QPlainTextEdit)
        return edit

    @property
    def credit_edit(self) -> QLineEdit:
        edit = self.edits["credit"]
        assert isinstance(edit, QLineEdit)
        return edit

    def line_text(self, name: str) -> str:
        """The stripped text of a one-line field (credit, copyright...)."""
        edit = self.edits[name]
        assert isinstance(edit, QLineEdit)
        return edit.text().strip()

    # showing ----------------------------------------------------------------------------------------------
    def show_form(self, photo: Photo | None) -> None:
        """Fill the form with ``photo``'s fields (empty and disabled for none)."""
        for name, edit in self.edits.items():
            value = getattr(photo, name) if photo else ""
            if isinstance(edit, QLineEdit):
                edit.setText(value)
            else:
                edit.setPlainText(value)
            edit.setEnabled(photo is not None)
        self.show_notes(photo)

    def form_values(self) -> dict[str, str]:
        return {
            name: edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
            for name, edit in self.edits.items()
        }

    def show_notes(self, photo: Photo | None) -> None:
        attention = core_text(attention_text(photo)) if photo else ""
        short = attention if len(attention) <= 180 else attention[:179].rsplit(" ", 1)[0] + " …"
        self.banner.setText(self.tr("⚠ Special instructions: {}").format(short))
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
        names = {"caption": self.tr("caption"), "credit": self.tr("credit"), "alt text": self.tr("alt text")}
        listed = self.tr(", ").join(names.get(m, m) for m in missing)
        self.checklist_label.setText(self.tr("Incomplete: add {} before publishing.").format(listed))
        self.checklist_label.setVisible(bool(missing))
        if photo:
            size = self.tr("{width} × {height} px").format(width=photo.width, height=photo.height)
            parts = [size, photo.filename or self.tr("no file")]
            if photo.date_taken:
                parts.append(self.tr("taken {}").format(photo.date_taken))
            self.info_label.setText(" · ".join(parts))
        self.info_label.setVisible(photo is not None)

    def show_selection(self, count: int, has_article: bool) -> None:
        """Enable what the selection allows."""
        self.action_add.setEnabled(has_article)
        self.action_paste.setEnabled(has_article)
        for action in (self.action_featured, self.action_insert):
            action.setEnabled(count == 1)
        self.action_remove.setEnabled(count > 0)
        self.apply_button.setVisible(count > 1)
        self.apply_button.setText(
            QCoreApplication.translate(
                "PhotoPanelView", "Apply this credit and copyright to the %n selected photo(s)", "", count
            )
        )

    def show_progress(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)

    def show_report(self, lines: list[str]) -> None:
        self.report_label.setText("\n".join(lines))
        self.report_label.setVisible(bool(lines))

    # drops onto the panel ---------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if self.accepts_drops and (local_files(mime) or mime.hasImage()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        files = local_files(mime)
        if files:
            self.filesDropped.emit(files)
        elif mime.hasImage():
            self.imageDropped.emit(QImage(mime.imageData()))
        else:
            return
        event.acceptProposedAction()
