"""The photo panel's widgets (``photoPanel``): the toolbar, the thumbnail grid with its count and zoom slider,
and beside or below it behind a splitter (``photoSplitter``), the messages (import report, undo bar) and the metadata
form. Messages live on the form's side, so the grid keeps its room. ``PhotoPanel`` (panel.py) decides what
they show."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QImage, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSlider,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from editor_app.ui.photos.form import PhotoForm
from editor_app.ui.photos.models import (
    MAX_TILE,
    MIN_TILE,
    TILE,
    CodeExpander,
    PhotoListModel,
    PhotoListView,
    local_files,
)
from editor_app.ui.photos.report import ImportReport, UndoBar


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
        self.view.setAccessibleName(
            self.tr("Photos: drag to reorder, drop image files to add them, 1-5 to rate, Space for the loupe")
        )
        self.view.setModel(self.model)
        self.expander = CodeExpander(self)
        self.credits = QStringListModel(self)
        self.form = PhotoForm(self.expander, self.credits, self)
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = self.form.edits
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
            self.tr("Make the selected photo the article's featured photo (F)"),
        )
        self.action_insert = self._action(
            "actionInsertPhoto", self.tr("Insert in text"), self.tr("Place the selected photo in the body")
        )
        self.action_loupe = self._action(
            "actionPhotoLoupe", self.tr("Loupe"), self.tr("See the selected photo at full size (Space)")
        )
        self.action_remove = self._action(
            "actionRemovePhoto", self.tr("Remove"), self.tr("Take the selected photos out of this article")
        )
        self.action_remove.setShortcut(QKeySequence.StandardKey.Delete)
        self.action_remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.action_undo = self._action(
            "actionUndoRemovePhoto", self.tr("Undo removal"), self.tr("Put the removed photos back")
        )
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_undo.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.action_texts = self._action(
            "actionCreditsCodes",
            self.tr("Credits && Codes…"),
            self.tr("Set up saved credits and =code= replacements; import or export them as a file"),
        )
        self.action_paste = self._action(
            "actionPastePhoto", self.tr("Paste image"), self.tr("Add the image on the clipboard")
        )
        self.action_paste.setShortcut(QKeySequence.StandardKey.Paste)
        self.action_paste.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        separator = QAction(self)
        separator.setSeparator(True)
        self.view.addActions(
            [
                self.action_loupe,
                self.action_featured,
                self.action_insert,
                self.action_remove,
                self.action_undo,
                self.action_paste,
                separator,
                self.action_texts,
            ]
        )
        self.view.setContextMenuPolicy(
            Qt.ContextMenuPolicy.ActionsContextMenu
        )  # everything, even when narrow
        self.action_undo.setEnabled(False)
        self.addAction(self.action_add)

    def _build_layout(self) -> None:
        toolbar = QToolBar(self.tr("Photos"), self)
        toolbar.setObjectName("photoToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.action_add, self.action_featured, self.action_insert, self.action_loupe])
        toolbar.addActions([self.action_remove, self.action_texts])
        self.zoom = QSlider(Qt.Orientation.Horizontal, self)
        self.zoom.setObjectName("thumbnailZoom")
        self.zoom.setAccessibleName(self.tr("Thumbnail size"))
        self.zoom.setToolTip(self.tr("Thumbnail size (Ctrl+wheel over the photos)"))
        self.zoom.setRange(MIN_TILE, MAX_TILE)
        self.zoom.setSingleStep(16)
        self.zoom.setPageStep(32)
        self.zoom.setValue(TILE)
        self.zoom.setMaximumWidth(140)
        self.zoom.valueChanged.connect(self.view.set_tile_size)
        self.view.zoomStep.connect(lambda step: self.zoom.setValue(self.zoom.value() + step * 16))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("photoCount")
        self.count_label.setAccessibleName(self.tr("Photos in the article and selected"))
        self.progress = QProgressBar(self)
        self.progress.setObjectName("photoImportProgress")
        self.progress.setAccessibleName(self.tr("Photo import progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelImportButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel the photo import"))
        grid = QWidget(self)
        grid_layout = QVBoxLayout(grid)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.view, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.count_label, 1)
        status_row.addWidget(self.progress, 2)
        status_row.addWidget(self.cancel_button)
        status_row.addWidget(self.zoom)
        grid_layout.addLayout(status_row)

        self.report = ImportReport(self)
        self.undo_bar = UndoBar(self)
        scroll = QScrollArea(self)
        scroll.setObjectName("photoFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.undo_bar)
        side_layout.addWidget(self.report)
        side_layout.addWidget(scroll, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("photoSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(grid)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        grid.setMinimumSize(120, 90)
        side.setMinimumSize(120, 60)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(toolbar)
        layout.addWidget(self.splitter, 1)
        self.show_progress(False)

    # compatibility names used by the panel and tests --------------------------------------------------------
    @property
    def report_label(self) -> ImportReport:
        return self.report

    @property
    def banner(self) -> QLabel:
        return self.form.banner

    @property
    def caption_edit(self) -> QPlainTextEdit:
        edit = self.edits["caption"]
        assert isinstance(edit, QPlainTextEdit)
        return edit

    @property
    def credit_edit(self) -> QLineEdit:
        return self.form.line("credit")

    # showing ----------------------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        """Grid and form side by side when the panel has the width for two columns of thumbnails beside the form
        (the Photos workspace), stacked when it has not."""
        super().resizeEvent(event)
        size = event.size()
        beside = size.width() >= self.form.wanted_width() + 2 * self.zoom.value() + 48
        wanted = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            self.give_form_room()

    def give_form_room(self) -> None:
        """Split grid and form: side by side, the form as wide as its hints need (at least two fifths, at most
        half); stacked, three fifths of the height to the grid."""
        if self.splitter.orientation() == Qt.Orientation.Horizontal:
            total = self.splitter.width() - self.splitter.handleWidth()
            form = min(max(self.form.wanted_width(), total * 2 // 5), total // 2)
            self.splitter.setSizes([total - form, form])
        else:
            total = self.splitter.height()
            self.splitter.setSizes([total * 3 // 5, total * 2 // 5])

    def show_selection(self, count: int, has_article: bool) -> None:
        """Enable what the selection allows."""
        self.action_add.setEnabled(has_article)
        self.action_paste.setEnabled(has_article)
        for action in (self.action_featured, self.action_insert, self.action_loupe):
            action.setEnabled(count >= 1)
        self.action_remove.setEnabled(count > 0)
        total = self.model.rowCount()
        if not total:
            self.count_label.setText(self.tr("No photos") if has_article else "")
        elif count:
            self.count_label.setText(self.tr("{0} of {1} selected").format(count, total))
        else:
            self.count_label.setText(self.tr("{0} photos").format(total))

    def show_progress(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        self.count_label.setVisible(not on)

    def show_message(self, text: str) -> None:
        """A one-off problem (a failed save or import), shown in the report area."""
        self.report.show_lines(text)

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
