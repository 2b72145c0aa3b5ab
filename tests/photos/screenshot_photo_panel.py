"""Screenshot the photo panel with the real newsroom photos (run under Xvfb; not collected by pytest).

xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tests/photos/screenshot_photo_panel.py OUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[2] / ".." / "shared" / "fixtures" / "photos"  # run as a script
SHOWN = [
    "GAC103-thumb.jpg",
    "iphone_gpsinfo_exif.JPG",
    "bike.jpg",
    "flower.jpg",
    "hopper_orientation_6.jpg",
    "pil_sample_cmyk.jpg",
    "xmp_test.jpg",
    "iptc.jpg",
]


def main(out_dir: Path) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from editor_app.paths import DataPaths
    from editor_app.services import open_services
    from editor_app.services.photos import PhotoService
    from editor_app.ui.photos.panel import PhotoPanel
    from editor_app.ui.task_runner import TaskRunner

    app = QApplication(sys.argv[:1])
    services = open_services(DataPaths(Path(tempfile.mkdtemp(prefix="photo-shot-"))))
    article, _ = services.articles.create(headline="Putin says Karabakh conflict should be solved")
    panel = PhotoPanel(PhotoService(services.db, services.paths.media), TaskRunner(app))
    panel.resize(440, 860)
    panel.show()
    panel.set_article(article.id)

    def wait_for(signal: object, ms: int = 30_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def settle(ms: int = 600) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    panel.add_files([FIXTURES / name for name in SHOWN])
    wait_for(panel.importFinished)
    settle()
    out_dir.mkdir(parents=True, exist_ok=True)
    for row, name in ((0, "handout"), (1, "gps")):
        panel.view.clearSelection()
        panel.view.setCurrentIndex(panel.model.index(row))
        settle(300)
        panel.grab().save(str(out_dir / f"photo-panel-{name}.png"))
    panel.view.selectAll()
    settle(300)
    panel.grab().save(str(out_dir / "photo-panel-multi.png"))
    print(out_dir)
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/photo-panel-shots")))
