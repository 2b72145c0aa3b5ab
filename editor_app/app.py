"""The composition root: paths, logging, the database and services, then the QApplication and main window."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections.abc import Callable
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


def open_workstation(data_dir: Path | None, on_failure: Callable[[str], None] | None = None) -> MainWindow:
    """Create the application and show the main window at once; the profile opens in the background and the
    window attaches to it when ready (the database layer loads after the first paint). When the profile cannot
    be opened the user is told why and the application quits with status 1."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from editor_app.cli import data_paths
    from editor_app.ui.main_window import MainWindow
    from editor_app.ui.task_runner import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Editorial Workstation")
    app.setOrganizationName("editor-app")
    app.setDesktopFileName("editor-app")
    paths = data_paths(data_dir)

    def open_profile() -> Services:
        from editor_app.services import open_services

        services = open_services(paths)
        configure_logging(paths.logs)
        log.info("started with data folder %s", paths.root)
        return services

    def opened(services: Services) -> None:
        window.attach(services, panels=False)
        window.start()  # the list loads in the background while the docks are built
        window.attach_panels(services)

    def failed(exc: BaseException) -> None:
        message = str(exc)
        print(f"editor-app: {message}", file=sys.stderr)
        if on_failure is not None:
            on_failure(message)
        else:
            QMessageBox.critical(window, "Editorial Workstation cannot open its data", message)
        app.exit(1)

    # The profile opens (SQLAlchemy loads, the schema is checked) while the window is being built.
    opener = TaskRunner(app)
    opener.run(open_profile, opened, failed, write=True)
    window = MainWindow(
        None, QSettings(str(paths.settings), QSettings.Format.IniFormat), media_root=paths.media
    )
    window.show()
    return window


def run_gui(data_dir: Path | None) -> int:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    window = open_workstation(data_dir)
    try:
        return QApplication.exec()
    finally:
        services = window.services if window.attached else None
        window.preview.shutdown()
        window.deleteLater()  # the preview's web page must go before the web profile does at exit
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if services is not None:
            services.close()
