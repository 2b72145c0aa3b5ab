"""Screenshots of the writer's screen and the desk: an inline photo token with its hover note and the length
target, focus mode, a refused submission's list, the history in plain words and the desk's queue table.

Run under a real X server (tooltips and dialogs are separate windows, so the whole screen is grabbed)::

    xvfb-run -a -s "-screen 0 1366x768x24" python scripts/screenshot_writer_desk.py OUT_DIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip, QWidget


def main() -> int:
    from editor_app.app import prepare_web_engine

    if prepare_web_engine() is not None:
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    from editor_app.domain import Role
    from editor_app.paths import DataPaths
    from editor_app.services import open_services
    from editor_app.services.photos import inline_markdown
    from editor_app.ui.window.main_window import MainWindow

    profile = Path(tempfile.mkdtemp(prefix="editor-app-shot-"))
    services = open_services(DataPaths(profile))
    window = MainWindow(services, QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat))
    screen = app.primaryScreen().geometry()
    window.resize(screen.width(), screen.height() - 30)
    window.move(0, 0)
    window.show()
    window.start()
    QTimer.singleShot(300, window.open_demo)
    steps: list[tuple[int, Callable[[], None]]] = []
    shots: list[str] = []

    def shoot(name: str) -> None:
        path = out / name
        app.primaryScreen().grabWindow(0).save(str(path))
        shots.append(str(path))

    def action(name: str) -> QAction:
        found = window.findChild(QAction, name)
        assert found is not None, name
        return found

    def insert_token() -> None:
        body = window.form.body
        cursor = body.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        cursor.movePosition(QTextCursor.MoveOperation.Down, n=4)
        body.setTextCursor(cursor)
        photo = services.photos.photos(window.editor.article.id)[0].photo
        window.inline_photos.insert(inline_markdown(photo))
        action("role_desk").trigger()

    def set_target() -> None:
        window.length_target.spin.setValue(600)
        action("role_reporter").trigger()

    def hover() -> None:
        body = window.form.body
        block = body.document().begin()
        while block.isValid() and "](photo:" not in block.text():
            block = block.next()
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.Right, n=6)
        body.setTextCursor(cursor)
        body.centerCursor()
        point = body.cursorRect(cursor).center()
        event = QHelpEvent(QEvent.Type.ToolTip, point, body.viewport().mapToGlobal(point))
        window.inline_photos.eventFilter(body.viewport(), event)

    def refuse() -> None:
        article = window.editor.article
        photo = services.photos.photos(article.id)[0].photo
        services.photos.update(photo.id, {"caption": "", "credit": ""})
        window.form.source.setText("")
        window.form.source.textEdited.emit("")
        window.editor.save()
        QTimer.singleShot(600, lambda: action("actionSubmit").trigger())

    def close_dialogs() -> None:
        for widget in app.topLevelWidgets():
            if widget is not window and widget.isVisible() and widget.objectName() == "workflowRefusal":
                widget.close()

    def history() -> None:
        created, _ = services.articles.create(
            headline="Port floods", body="Water rose over the quay.", source="Staff"
        )
        services.articles.edit(created.id, {"body": "Water rose over the quay at dawn.", "section": "News"})
        services.articles.edit(created.id, {"tags": ("Russia", "Azerbaijan"), "editors_choice": True})
        services.workflow.apply(created.id, "submit", Role.REPORTER)
        services.workflow.apply(created.id, "take", Role.DESK)
        window.open_article(created.id)
        QTimer.singleShot(1000, window.commands.show_history)
        QTimer.singleShot(1800, pick_oldest)

    def pick_oldest() -> None:
        for widget in app.topLevelWidgets():
            if widget.objectName() == "historyDialog" and widget.isVisible():
                widget.list.setCurrentRow(widget.list.count() - 1)  # type: ignore[attr-defined]

    def close_history() -> None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, QWidget) and widget.objectName() == "historyDialog" and widget.isVisible():
                widget.close()

    def desk() -> None:
        for n in range(9):
            created, _ = services.articles.create(
                headline=f"Council votes on harbour wall number {n + 1} after the winter storms",
                body=" ".join(["word"] * (150 + 70 * n)),
                source="Staff",
                section=("News", "Business", "Politics")[n % 3],
            )
            services.workflow.apply(created.id, "submit", Role.REPORTER)
        action("role_desk").trigger()
        window.review_dock.show()
        window.review_dock.raise_()
        window.review_panel.reload()
        window.list_panel.hide()  # as a Desk layout would: the queue has the room
        window.resizeDocks([window.review_dock], [900], Qt.Orientation.Horizontal)
        window.resizeDocks([window.review_dock], [560], Qt.Orientation.Vertical)
        QTimer.singleShot(1200, lambda: window.review_panel.queue.setCurrentRow(0))

    steps += [
        (2500, insert_token),
        (800, set_target),
        (1500, lambda: shoot("writer-inline-token.png")),
        (300, hover),
        (900, lambda: shoot("writer-token-hover.png")),
        (300, lambda: (QToolTip.hideText(), window.focus_mode.focus_action.setChecked(True))),
        (1200, lambda: shoot("writer-focus-mode.png")),
        (300, lambda: window.focus_mode.focus_action.setChecked(False)),
        (
            300,
            lambda: print(
                "after focus", window.geometry().getRect(), window.minimumSizeHint(), file=sys.stderr
            ),
        ),
        (500, refuse),
        (2500, lambda: shoot("desk-refusal-list.png")),
        (300, close_dialogs),
        (300, history),
        (2800, lambda: shoot("desk-history.png")),
        (300, close_history),
        (300, desk),
        (2500, lambda: shoot("desk-queue-table.png")),
        (200, app.quit),
    ]

    def run(index: int = 0) -> None:
        if index < len(steps):
            delay, step = steps[index]

            def go() -> None:
                step()
                run(index + 1)

            QTimer.singleShot(delay, go)

    run()
    app.exec()
    window.runner.wait()
    window.preview.shutdown()
    services.close()
    print("\n".join(shots))
    return 0


if __name__ == "__main__":
    sys.exit(main())
