"""Open the workstation on a throw-away profile, load the demo newsroom, and save a screenshot.

Run under a real X server (``xvfb-run -s "-screen 0 1400x900x24" python scripts/screenshot.py OUT.png``) to see
what a user sees. Options: ``--width``/``--height`` of the window (or ``--size 1366x768``: the window as it
starts on a screen of that size, which the X server should have too), ``--empty`` to show the first-run page,
``--workspace write|photos|desk``, ``--appearance light|dark|system`` (with ``--dark-preview``),
``--preferences`` to open Edit ▸ Preferences… (the shot is then the screen with the dialog over the window, and
``OUT-dialog.png`` the dialog alone; ``--manual-proxy HOST:PORT`` fills in a proxy first),
``--language ru`` (or ``az``, ``en``) for the interface's language (after ``tools/i18n/build.py``),
``--photos FILE...`` to add image files to the lead story through the photo panel (a fuller Photos workspace).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication


def main() -> int:
    from editor_app.app import prepare_web_engine

    if prepare_web_engine() is not None:  # as root, as the app itself does; no GPU under Xvfb
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--width", type=int, default=1360)
    parser.add_argument("--height", type=int, default=860)
    parser.add_argument("--empty", action="store_true", help="show the first-run page")
    parser.add_argument("--delay", type=int, default=2500, help="milliseconds to wait before the shot")
    parser.add_argument("--preview-width", choices=["desktop", "tablet", "phone"], default="desktop")
    parser.add_argument("--role", choices=["reporter", "photo_editor", "desk"], help="pick a local role")
    parser.add_argument("--site-theme", type=Path, help="a synced profile's site-theme folder: preview in it")
    parser.add_argument("--preferences", action="store_true", help="open the Preferences dialog for the shot")
    parser.add_argument(
        "--manual-proxy", metavar="HOST:PORT", help="with --preferences: a manual proxy to show"
    )
    parser.add_argument("--language", choices=["en", "ru", "az"], help="the interface's language")
    parser.add_argument("--size", help="WIDTHxHEIGHT of the screen: the window starts as it would on it")
    parser.add_argument("--workspace", choices=["write", "photos", "desk"], help="switch to this workspace")
    parser.add_argument("--appearance", choices=["system", "light", "dark"], help="View > Appearance")
    parser.add_argument("--dark-preview", action="store_true", help="the preview's dark option")
    parser.add_argument(
        "--photos", type=Path, nargs="+", default=[], help="image files a photo editor adds to the lead story"
    )
    args = parser.parse_args()

    app = QApplication(sys.argv[:1])
    from editor_app.ui.i18n import install_translators

    install_translators(app, args.language or "en")  # English too: its plural forms come from a translation
    from editor_app.paths import DataPaths
    from editor_app.services import open_services
    from editor_app.ui.window.main_window import MainWindow

    profile = Path(tempfile.mkdtemp(prefix="editor-app-shot-"))
    services = open_services(DataPaths(profile))
    settings = QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat)
    if args.manual_proxy:
        host, _, port = args.manual_proxy.rpartition(":")
        for key, value in (("mode", "manual"), ("host", host), ("port", port), ("user", "newsdesk")):
            settings.setValue(f"proxy/{key}", value)
    if args.site_theme:
        shutil.copytree(args.site_theme, services.paths.site_theme)
        settings.setValue("preview/theme", "site")
    if args.appearance:
        settings.setValue("ui/appearance", args.appearance)
    settings.setValue("preview/dark", args.dark_preview)
    window = MainWindow(services, settings, media_root=services.paths.media)
    if not args.size:
        window.resize(args.width, args.height)  # else as the window sizes itself on this screen
    window.show()
    if args.size and window.isMaximized():  # Xvfb has no window manager to maximise it: do as one would
        window.setGeometry(window.screen().availableGeometry())
    window.start()
    if not args.empty:
        QTimer.singleShot(300, window.open_demo)
    window.preview.set_width(args.preview_width)
    if args.photos and not args.empty:  # through the photo panel, as a drop of files would
        QTimer.singleShot(800, lambda: window.photo_panel.add_files(list(args.photos)))
    if args.role:
        from editor_app.domain import Role

        QTimer.singleShot(1200, lambda: window.workflow_bar.set_role(Role(args.role)))
    if args.workspace:
        from editor_app.ui.window.workspaces import Workspace

        QTimer.singleShot(
            max(1600, args.delay - 900), lambda: window.workspaces.switch(Workspace(args.workspace))
        )
        if args.workspace == "desk":  # a desk editor at work: the newest submission chosen in the queue
            QTimer.singleShot(
                max(1900, args.delay - 2000), lambda: window.review_panel.queue.setCurrentRow(0)
            )

    if args.preferences:
        QTimer.singleShot(max(0, args.delay - 800), window.preferences.open)

    def shoot() -> None:
        dialog = window.preferences.dialog
        if args.preferences and dialog is not None:
            screen = window.screen().grabWindow(0)
            screen.save(str(args.output))
            dialog.grab().save(str(args.output.with_name(args.output.stem + "-dialog.png")))
        elif args.size:  # the whole screen: the window as placed on it, and what it leaves
            screen = window.screen()
            screen.grabWindow(0).save(str(args.output))
        else:
            window.grab().save(str(args.output))
        print(args.output)
        window.close()
        window.preview.shutdown()
        app.quit()

    QTimer.singleShot(args.delay, shoot)
    app.exec()
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
