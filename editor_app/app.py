"""The composition root: paths, logging, the database and services, then the QApplication and main window."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor_app.services import Services
    from editor_app.ui.main_window import MainWindow

log = logging.getLogger("editor_app")


def configure_logging(log_dir: Path) -> None:
    """Log to a rotating file in the profile (never secrets); warnings also to stderr."""
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_dir / "editor-app.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("editor_app")
    root.setLevel(logging.INFO)
    root.addHandler(handler)


def open_workstation(data_dir: Path | None) -> tuple[MainWindow, Services] | None:
    """Create the application, open the profile and show the main window; None (after telling the user) when
    the profile cannot be opened."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from editor_app.cli import data_paths

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Editorial Workstation")
    app.setOrganizationName("editor-app")
    app.setDesktopFileName("editor-app")
    paths = data_paths(data_dir)

    from editor_app.services import open_services
    from editor_app.store import StoreError

    try:
        services = open_services(paths)
    except StoreError as exc:
        QMessageBox.critical(None, "Editorial Workstation cannot open its data", str(exc))
        print(f"editor-app: {exc}", file=sys.stderr)
        return None
    configure_logging(paths.logs)
    log.info("starting with data folder %s", paths.root)

    from editor_app.ui.main_window import MainWindow

    window = MainWindow(services, QSettings(str(paths.settings), QSettings.Format.IniFormat))
    window.show()
    window.start()
    return window, services


def run_gui(data_dir: Path | None) -> int:
    from PySide6.QtWidgets import QApplication

    opened = open_workstation(data_dir)
    if opened is None:
        return 1
    _window, services = opened
    try:
        return QApplication.exec()
    finally:
        services.close()
