"""The photo panel's message area: the import report (a one-line summary that opens to one line per problem,
in plain words) and the bar that offers to undo a removal."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from editor_app.services.photos import PhotoFailure, PhotoImported, PhotoImportReport
from editor_app.ui.plain_text import plain, tip

_FRAME = "#{0}{{background:palette(alternate-base);border:1px solid palette(mid);border-radius:4px}}"


class ImportReport(QFrame):
    """``photoImportReport``: what an import did, summarised; the details fold away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoImportReport")
        self.setAccessibleName(self.tr("Photo import report"))
        self.setStyleSheet(_FRAME.format("photoImportReport"))
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("importReportToggle")
        self.toggle.setAccessibleName(self.tr("Show or hide the import details"))
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self.set_expanded)
        self.summary = plain(QLabel(self))
        self.summary.setObjectName("importReportSummary")
        self.summary.setWordWrap(True)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("importReportClose")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss the import report"))
        self.close_button.setAccessibleName(self.tr("Dismiss the import report"))
        self.close_button.clicked.connect(self.hide)
        self.details = plain(QLabel(self))
        self.details.setObjectName("importReportDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.toggle)
        head.addWidget(self.summary, 1)
        head.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 4, 4)
        layout.addLayout(head)
        layout.addWidget(self.details)
        self.hide()

    @property
    def lines(self) -> list[str]:
        """The summary, then the detail lines (what a test or a screen reader reads)."""
        details = self.details.text().splitlines() if self.details.text() else []
        return [self.summary.text(), *details]

    def set_expanded(self, on: bool) -> None:
        self.toggle.setChecked(on)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.details.setVisible(on and bool(self.details.text()))

    def show_lines(self, summary: str, details: Sequence[str] = (), *, expanded: bool = False) -> None:
        self.summary.setText(summary)
        self.details.setText("\n".join(details))
        self.toggle.setVisible(bool(details))
        self.set_expanded(expanded)
        self.show()

    def show_import(self, report: PhotoImportReport) -> None:
        """Summarise ``report``: counts, not a line per file; a plain sentence per file that failed or warns."""
        imported = report.imported
        added = sum(1 for item in imported if item.new)
        reused = sum(1 for item in imported if not item.new and not item.already_placed)
        placed = sum(1 for item in imported if item.already_placed)
        total = added + reused
        parts = [self.tr("1 photo added") if total == 1 else self.tr("%n photos added", "", total)]
        if reused:
            parts.append(self.tr("%n already in the library (reused)", "", reused))
        if placed:
            parts.append(self.tr("%n already in this article", "", placed))
        failures = [item for item in report.failures if item.kind != "cancelled"]
        if failures:
            parts.append(self.tr("%n could not be imported", "", len(failures)))
        summary = " · ".join(parts)
        if report.cancelled:
            summary = self.tr("Import cancelled: {0}").format(summary)
        details = [self.problem(item) for item in failures]
        details += [self.note(item) for item in imported if item.warnings]
        self.setToolTip(tip("\n".join(report.lines)))
        self.show_lines(summary, details, expanded=bool(failures) and len(details) <= 6)

    def problem(self, failure: PhotoFailure) -> str:
        """One line in plain words for a file that could not be imported."""
        sentences = {
            "empty": self.tr("the file is empty (0 bytes)."),
            "bomb": self.tr(
                "the picture claims far more pixels than can be opened safely; it is damaged or built to crash "
                "programs."
            ),
            "not_image": self.tr("this is not a picture the workstation can read (JPEG, PNG, TIFF or WebP)."),
            "hostile": self.tr(
                "the file hides an oversized text block, a sign of a damaged or booby-trapped file; not opened."
            ),
            "truncated": self.tr("the file is cut short (an incomplete download or copy); ask for it again."),
            "corrupt": self.tr("the picture data is damaged and cannot be shown."),
            "unsupported": self.tr("this image format is not supported; save it as JPEG, PNG, TIFF or WebP."),
            "no_pixels": self.tr("the picture has no pixels."),
            "unreadable": self.tr(
                "the file could not be read or stored; check it still exists and the disk has room."
            ),
            "crashed": self.tr("the file made the image decoder crash; it is probably damaged."),
        }
        sentence = sentences.get(failure.kind, self.tr("the import failed unexpectedly."))
        return self.tr("{0}: {1}").format(failure.path.name, sentence)

    def note(self, item: PhotoImported) -> str:
        """One line in plain words for a file that imported with metadata problems (the tooltip has them all)."""
        name = item.path.name
        differ = [w.split(":", 1)[0] for w in item.warnings if "XMP and IPTC IIM differ" in w]
        damaged = [w for w in item.warnings if "XMP and IPTC IIM differ" not in w]
        if damaged:
            return self.tr(
                "{0}: imported, but part of the text stored in the file (caption, credit, date…) could not be "
                "read; check its fields."
            ).format(name)
        return self.tr(
            "{0}: imported; the file's two copies of its {1} differ, the newer (XMP) one is used."
        ).format(name, ", ".join(differ))


class UndoBar(QFrame):
    """``photoUndoBar``: "3 photos removed from this article. [Undo]"."""

    undoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoUndoBar")
        self.setAccessibleName(self.tr("Undo the removal"))
        self.setStyleSheet(_FRAME.format("photoUndoBar"))
        self.label = plain(QLabel(self))
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setObjectName("undoRemoveButton")
        self.undo_button.setToolTip(self.tr("Put the removed photos back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undoRequested)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 4, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(close)
        self.hide()

    def show_removed(self, count: int, featured: bool) -> None:
        if count == 1:
            text = (
                self.tr("The featured photo was removed from this article.")
                if featured
                else self.tr("1 photo removed from this article.")
            )
        elif featured:
            text = self.tr("%n photos removed from this article, the featured photo among them.", "", count)
        else:
            text = self.tr("%n photos removed from this article.", "", count)
        self.label.setText(text)
        self.show()
