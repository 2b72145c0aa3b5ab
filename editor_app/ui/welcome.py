"""The first-run page: what the app is, and a demo newsroom one click away."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    openDemo = Signal()
    newArticle = Signal()
    importFiles = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel("<h1>Welcome to Editorial Workstation</h1>", self)
        title.setWordWrap(True)  # the window's minimum width must not come from one heading
        text = QLabel(
            "<p>Write and edit articles offline, attach credited photos, link related stories and send "
            "them to the desk. Everything is saved as you type, on this computer.</p>"
            "<p>Your newsroom is empty. Open the demo newsroom to see a finished article and a small "
            "archive, start a new article, or import articles you already have.</p>",
            self,
        )
        text.setWordWrap(True)
        text.setMaximumWidth(560)
        self.demo_button = QPushButton("Open demo newsroom", self)
        self.demo_button.setObjectName("openDemoButton")
        self.demo_button.setDefault(True)
        self.new_button = QPushButton("New article", self)
        self.new_button.setObjectName("welcomeNewButton")
        self.import_button = QPushButton("Import articles…", self)
        self.import_button.setObjectName("welcomeImportButton")
        self.demo_button.clicked.connect(self.openDemo)
        self.new_button.clicked.connect(self.newArticle)
        self.import_button.clicked.connect(self.importFiles)

        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(text)
        column.addSpacing(12)
        column.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
