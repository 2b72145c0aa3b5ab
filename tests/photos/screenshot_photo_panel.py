"""Screenshot the workstation's photo panel with an article of several real newsroom photos (run under Xvfb;
not collected by pytest): the grid with ratings and labels, a multi-selection with "(mixed)" fields, the import
report, the loupe.

xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tests/photos/screenshot_photo_panel.py OUT_DIR [W H]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[2] / ".." / "shared" / "fixtures"  # run as a script
SHOWN = [
    "photos/GAC103-thumb.jpg",
    "photos/iphone_gpsinfo_exif.JPG",
    "photos/bike.jpg",
    "photos/flower.jpg",
    "photos/hopper_orientation_6.jpg",
    "photos/pil_sample_cmyk.jpg",
    "photos/xmp_test.jpg",
    "photos/iptc.jpg",
    "bad-images/png_decompression_dos.png",
    "bad-images/truncated_jpeg.jpg",
]


def main(out_dir: Path, width: int, height: int) -> int:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from editor_app.web_engine_env import prepare

    prepare()
    app = QApplication(sys.argv[:1])  # noqa: F841 (kept alive for the whole run)
    from editor_app.paths import DataPaths
    from editor_app.services import open_services
    from editor_app.ui.window.main_window import MainWindow

    profile = Path(tempfile.mkdtemp(prefix="photo-shot-"))
    services = open_services(DataPaths(profile))
    settings = QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings, media_root=services.paths.media)
    window.resize(width, height)
    window.show()
    window.start()

    def settle(ms: int = 600) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    settle(300)
    window.open_demo()
    settle(1500)
    panel = window.photo_panel
    panel.add_files([FIXTURES / name for name in SHOWN])
    loop = QEventLoop()
    panel.importFinished.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()
    settle(800)
    out_dir.mkdir(parents=True, exist_ok=True)
    for row, rating, label in ((1, 5, None), (2, 3, "green"), (3, 4, "red"), (5, 2, "blue")):
        panel.view.setCurrentIndex(panel.model.index(row))
        panel.tag("rating", rating)
        if label:
            panel.tag("label", label)
    settle(500)
    window.grab().save(str(out_dir / "window-photos-report.png"))
    panel.report.hide()
    panel.view.setCurrentIndex(panel.model.index(2))
    selection = panel.view.selectionModel()
    for row in (3, 4, 5):
        selection.select(panel.model.index(row), selection.SelectionFlag.Select)
    settle(400)
    window.grab().save(str(out_dir / "window-photos-multi.png"))
    panel.grab().save(str(out_dir / "photo-panel-multi.png"))
    panel.view.setCurrentIndex(panel.model.index(1))
    settle(300)
    panel.grab().save(str(out_dir / "photo-panel-single.png"))
    panel.open_loupe()
    settle(1500)
    if panel.loupe is not None:
        panel.loupe.grab().save(str(out_dir / "photo-loupe-small-original.png"))
        panel.step_loupe(2)  # a full-size photo (bike.jpg)
        settle(1500)
        panel.loupe.grab().save(str(out_dir / "photo-loupe.png"))
        panel.loupe.close()
    panel.open_desk_texts()
    settle(600)
    if panel.texts_dialog is not None:
        panel.texts_dialog.grab().save(str(out_dir / "credits-codes.png"))
        panel.texts_dialog.close()
    print(out_dir)
    window.close()
    window.preview.shutdown()
    services.close()
    return 0


if __name__ == "__main__":
    size = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (1366, 740)
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/photo-panel-shots"), *size))
