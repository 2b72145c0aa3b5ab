"""Run as a subprocess by bench_startup: start the workstation (or a bare window) and print the milliseconds
from the parent's clock reading to the main window's first paint, to the article list's rows on screen (the
list's first paint with rows in its model), and to the rows arriving in the model."""

from __future__ import annotations

import sys
import time
from pathlib import Path

T0 = float(sys.argv[2])


def since_start() -> float:
    return (time.time() - T0) * 1000


def main() -> None:
    if sys.argv[1] != "bare":
        from editor_app.app import prepare_start
        from editor_app.paths import data_paths

        prepare_start(
            data_paths(Path(sys.argv[1])).code_cache
        )  # as the program does before Qt loads (run_gui)
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    marks: dict[str, float] = {}

    class Paints(QObject):
        rows_on: QObject | None = None
        """Where the list paints its rows; the bare window has no list: its first paint is its last."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                marks.setdefault("paint", since_start())
                if self.rows_on is None or (watched is self.rows_on and "rows" in marks):
                    marks.setdefault("filled", since_start())
            return False

    probe = Paints()
    if sys.argv[1] == "bare":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1280, 820)
        window.installEventFilter(probe)
        window.show()
    else:
        from editor_app.app import open_workstation

        window = open_workstation(Path(sys.argv[1]))
        app = QApplication.instance()
        window.installEventFilter(probe)
        marks.setdefault("shown", since_start())
        model = window.list_panel.model
        probe.rows_on = window.list_panel.view.viewport()
        probe.rows_on.installEventFilter(probe)  # its rows painted: on screen

        def rows_arrived(*_: object) -> None:
            if model.rowCount() > 0:
                marks.setdefault("rows", since_start())

        model.modelReset.connect(rows_arrived)
        model.rowsInserted.connect(rows_arrived)

    def check() -> None:
        if "filled" in marks:
            print(f"{marks['paint']:.1f} {marks['filled']:.1f} {marks.get('rows', marks['paint']):.1f}")
            app.quit()  # type: ignore[union-attr]
        else:
            QTimer.singleShot(1, check)

    QTimer.singleShot(0, check)
    app.exec()  # type: ignore[union-attr]


if __name__ == "__main__":
    main()
