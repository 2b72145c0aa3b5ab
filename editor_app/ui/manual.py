"""Help > Manual (F1): the user's manual shipped in ``resources/manual/manual.md``, in a dialog."""

from __future__ import annotations

from importlib import resources

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def manual_text() -> str:
    return (resources.files("editor_app") / "resources" / "manual" / "manual.md").read_text(encoding="utf-8")


class ManualDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manualDialog")
        self.setWindowTitle(self.tr("Editorial Workstation manual"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("manualText")
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(manual_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 680)
