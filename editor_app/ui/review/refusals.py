"""A refused transition's checklist as a list: one row per problem, a photo's thumbnail and file name beside
its problem, and a Fix button that selects the photo or focuses the field to fix (``workflowRefusal``).

``RefusalHandler`` looks the photos up off the GUI thread and opens the list; ``fix`` is the window's way to
the field (see ``editor_app.ui.window.fixes``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.domain.checklist import Problem
from editor_app.ui.core_text import core_text
from editor_app.ui.plain_text import plain_label
from editor_app.ui.task_runner import TaskRunner
from editor_app.ui.theme import text_style

if TYPE_CHECKING:
    from editor_app.services.photos import PhotoService
    from editor_app.services.workflow import ChecklistFailed

THUMB = 56


@dataclass(frozen=True, slots=True)
class RefusalItem:
    """One problem as the list shows it: with the photo's file name and thumbnail when it is about a photo."""

    problem: Problem
    filename: str = ""
    thumbnail: Path | None = None


class RefusalDialog(QDialog):
    """Non-modal: the user fixes things with the list open. ``fixRequested`` carries the problem."""

    fixRequested = Signal(object)

    def __init__(self, title: str, items: Sequence[RefusalItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workflowRefusal")
        self.setWindowTitle(self.tr("Not yet"))
        self.setAccessibleName(self.tr("What to fix first"))
        self.items = list(items)
        heading = plain_label(title, self)
        heading.setObjectName("refusalHeading")
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.list = QListWidget(self)
        self.list.setObjectName("refusalList")
        self.list.setAccessibleName(self.tr("Problems, one per line"))
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.buttons: list[QPushButton] = []
        for item in self.items:
            self._add_row(item)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(close)
        rows = min(len(self.items), 8)
        self.resize(560, 120 + rows * (THUMB + 12))

    def _add_row(self, item: RefusalItem) -> None:
        row = QWidget(self.list)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(6, 4, 6, 4)
        thumb = QLabel(row)
        thumb.setFixedSize(THUMB, THUMB)
        thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if item.thumbnail is not None:
            pixmap = QPixmap(str(item.thumbnail))
            if not pixmap.isNull():
                thumb.setPixmap(
                    pixmap.scaled(
                        THUMB,
                        THUMB,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
        layout.addWidget(thumb)
        text = QVBoxLayout()
        message = plain_label(core_text(item.problem.message), row)
        message.setWordWrap(True)
        text.addWidget(message)
        if item.filename:
            name = plain_label(item.filename, row)
            name.setObjectName("refusalFileName")
            name.setStyleSheet(text_style("muted"))
            text.addWidget(name)
        layout.addLayout(text, 1)
        fix = QPushButton(self.tr("Fix"), row)
        fix.setObjectName("refusalFixButton")
        fix.setAccessibleName(self.tr("Fix: {0}").format(core_text(item.problem.message)))
        fix.clicked.connect(lambda _=False, problem=item.problem: self.fixRequested.emit(problem))
        layout.addWidget(fix)
        self.buttons.append(fix)
        entry = QListWidgetItem(self.list)
        entry.setSizeHint(QSize(row.sizeHint().width(), max(THUMB + 10, row.sizeHint().height())))
        self.list.setItemWidget(entry, row)


def refusal_title(exc: ChecklistFailed) -> str:
    count = len(exc.problems)
    return QCoreApplication.translate("Refusals", "Not yet: %n thing(s) to fix first.", "", count)


class RefusalHandler:
    """Opens the list for a ChecklistFailed: the photos' names and thumbnails are read on a reader thread."""

    def __init__(
        self,
        parent: QWidget,
        runner: TaskRunner,
        photos: PhotoService,
        fix: Callable[[Problem], None],
    ) -> None:
        self._parent = parent
        self._runner = runner
        self._photos = photos
        self._fix = fix
        self.dialog: RefusalDialog | None = None

    def __call__(self, exc: ChecklistFailed) -> None:
        photos = self._photos
        problems = list(exc.problems)

        def load() -> list[RefusalItem]:
            items: list[RefusalItem] = []
            for problem in problems:
                photo = photos.get(problem.photo_id) if problem.photo_id else None
                if photo is None:
                    items.append(RefusalItem(problem))
                else:
                    items.append(RefusalItem(problem, photo.filename, photos.thumbnail_path(photo)))
            return items

        def loaded(items: list[RefusalItem]) -> None:
            self.show(refusal_title(exc), items)

        self._runner.run(load, loaded)

    def show(self, title: str, items: list[RefusalItem]) -> RefusalDialog:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = RefusalDialog(title, items, self._parent)
        self.dialog.fixRequested.connect(self._fix)
        self.dialog.show()
        return self.dialog
