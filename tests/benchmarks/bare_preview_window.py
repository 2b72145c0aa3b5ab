"""The start-up race's floor, run as a program: the least a PySide6 program does to show an article with its
preview. A main window with a plain text editor holding the Markdown beside a web view given the article's page
(the workstation's house page, made by the benchmark), shown at once; no file, database or module of the
workstation is read. Usage: ``python bare_preview_window.py PAGE.html ARTICLE.md``."""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QSplitter

    page, article = Path(sys.argv[1]), Path(sys.argv[2])
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1400, 900)
    splitter = QSplitter(window)
    window.setCentralWidget(splitter)
    editor = QPlainTextEdit(splitter)
    view = QWebEngineView(splitter)
    view.setHtml(page.read_text(encoding="utf-8"))
    editor.setPlainText(article.read_text(encoding="utf-8"))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
