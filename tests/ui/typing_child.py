"""Run by test_ui_crash: the real main window types numbered words into the body until it is killed.

After each word it prints ``<word number> <wall clock>`` so the test knows what was typed when.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def main() -> None:
    profile = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    from editor_app.paths import DataPaths
    from editor_app.services import open_services
    from editor_app.ui.window.main_window import MainWindow

    services = open_services(DataPaths(profile))
    window = MainWindow(services, QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    window.start()
    window.new_article()
    count = 0

    def type_word() -> None:
        nonlocal count
        if window.editor.article is None:
            QTimer.singleShot(20, type_word)
            return
        count += 1
        window.form.body.setFocus()
        QTest.keyClicks(window.form.body, f"w{count:05d} ")
        print(count, repr(time.time()), flush=True)
        QTimer.singleShot(25, type_word)

    QTimer.singleShot(100, type_word)
    app.exec()


if __name__ == "__main__":
    main()
