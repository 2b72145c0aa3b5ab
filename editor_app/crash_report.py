"""An error nobody handled, in the GUI thread or any other: logged with its traceback, and a dialog names the
log file; the application goes on where it can."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("editor_app")


def install_crash_hooks(log_file: Path) -> None:
    """Report unhandled errors of every thread into ``log_file`` and a dialog (on the GUI thread)."""
    from PySide6.QtCore import QObject, Signal

    class Reporter(QObject):
        crashed = Signal(str)

    reporter = Reporter()
    reporter.crashed.connect(lambda message: show_crash_dialog(message, log_file))  # to the GUI thread

    def report(kind: type[BaseException], error: BaseException, trace: object) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)  # type: ignore[arg-type]
            return
        log.critical("unexpected error", exc_info=(kind, error, trace))  # type: ignore[arg-type]
        message = f"{kind.__name__}: {error}"
        print(f"editor-app: unexpected error: {message}; the details are in {log_file}", file=sys.stderr)
        reporter.crashed.emit(message)

    def report_thread(args: threading.ExceptHookArgs) -> None:
        report(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    _HOOKS[:] = [reporter]  # keep the reporter (and its connection) alive
    sys.excepthook = report
    threading.excepthook = report_thread


_HOOKS: list[object] = []


def show_crash_dialog(message: str, log_file: Path) -> QMessageBox | None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    if not isinstance(QApplication.instance(), QApplication):
        return None
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "Editorial Workstation: unexpected error",
        "Something went wrong that the program did not expect. Your articles are saved as you type.",
        QMessageBox.StandardButton.Ok,
        QApplication.activeWindow(),
    )
    box.setObjectName("crashDialog")
    box.setInformativeText(
        f"{message}\n\nThe details are in the log file:\n{log_file}\nPlease send it to your support desk."
    )
    box.open()
    _HOOKS.append(box)
    return box
