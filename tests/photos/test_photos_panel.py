"""The photo panel driven like a photo editor would (pytest-qt, offscreen): add files, edit, reorder,
feature, paste, apply a credit to several photos, expand ``=ap=``; the GUI keeps responding during an import."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QObject, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QPlainTextEdit, QPushButton

from editor_app.domain import Photo
from editor_app.services.photos import PhotoImportReport, PhotoService
from editor_app.ui.photos.panel import PhotoPanel
from editor_app.ui.task_runner import TaskRunner
from tests.photos.photo_helpers import GPS_EXIF, MakeImage

WAIT = 30_000


@pytest.fixture
def panel(qtbot: Any, photo_service: PhotoService, article_id: str) -> Iterator[PhotoPanel]:
    runner = TaskRunner()
    widget = PhotoPanel(photo_service, runner)
    qtbot.addWidget(widget)
    widget.resize(420, 820)
    widget.show()
    widget.set_article(article_id)
    yield widget
    widget.flush()
    runner.wait()


def import_files(qtbot: Any, panel: PhotoPanel, paths: list[Path]) -> PhotoImportReport:
    with qtbot.waitSignal(panel.importFinished, timeout=WAIT) as blocker:
        panel.add_files(paths)
    report = blocker.args[0]
    qtbot.waitUntil(lambda: panel.model.rowCount() >= len(report.imported), timeout=WAIT)
    return report  # type: ignore[no-any-return]


def child(panel: PhotoPanel, kind: type, name: str) -> Any:
    found = panel.findChild(kind, name)
    assert found is not None, name
    return found


def stored(service: PhotoService, photo_id: str) -> Photo:
    photo = service.get(photo_id)
    assert photo is not None
    return photo


def select_rows(panel: PhotoPanel, rows: list[int]) -> None:
    view = panel.view
    view.clearSelection()
    selection = view.selectionModel()
    view.setCurrentIndex(panel.model.index(rows[0]))
    for row in rows:
        selection.select(panel.model.index(row), selection.SelectionFlag.Select)


def test_names_from_the_ui_contract(panel: PhotoPanel) -> None:
    assert panel.objectName() == "photoPanel"
    assert isinstance(child(panel, QListView, "photoList"), QListView)
    assert panel.view.viewMode() == QListView.ViewMode.IconMode
    for name in ("captionEdit", "altTextEdit"):
        assert isinstance(child(panel, QPlainTextEdit, name), QPlainTextEdit)
    for name in ("creditEdit", "creatorEdit", "copyrightEdit", "photoSourceEdit", "cityEdit", "countryEdit"):
        assert isinstance(child(panel, QLineEdit, name), QLineEdit)
    assert [a.objectName() for a in panel.actions()] == ["actionAddPhotos"]
    for widget in panel.findChildren(QLineEdit) + panel.findChildren(QPlainTextEdit):
        if widget.objectName():
            assert widget.accessibleName(), widget.objectName()


def test_add_edit_caption_and_the_incomplete_marker(
    qtbot: Any, panel: PhotoPanel, photo_service: PhotoService, article_id: str, make_image: MakeImage
) -> None:
    report = import_files(qtbot, panel, [make_image("a.jpg"), make_image("b.jpg", colour=(0, 200, 0))])
    assert panel.model.rowCount() == 2
    assert [s.featured for s in photo_service.photos(article_id)] == [True, False]  # first becomes featured
    checklist = child(panel, QLabel, "photoChecklist")
    select_rows(panel, [0])
    assert checklist.isVisibleTo(panel) and "caption, credit, alt text" in checklist.text()
    tooltip = panel.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Incomplete: no caption, credit, alt text." in tooltip and "Featured photo." in tooltip

    caption = child(panel, QPlainTextEdit, "captionEdit")
    caption.setFocus()
    qtbot.keyClicks(caption, "Presidents meet in Baku")
    qtbot.keyClicks(child(panel, QLineEdit, "creditEdit"), "Press Office")
    qtbot.keyClicks(child(panel, QPlainTextEdit, "altTextEdit"), "Two men shake hands")
    photo_id = report.imported[0].photo.id
    qtbot.waitUntil(lambda: stored(photo_service, photo_id).alt_text == "Two men shake hands", timeout=WAIT)
    photo = stored(photo_service, photo_id)
    assert (photo.caption, photo.credit) == ("Presidents meet in Baku", "Press Office")
    assert not checklist.isVisibleTo(panel)
    assert "Incomplete" not in panel.model.index(0).data(Qt.ItemDataRole.ToolTipRole)


def test_reorder_and_set_featured(
    qtbot: Any, panel: PhotoPanel, photo_service: PhotoService, article_id: str, make_image: MakeImage
) -> None:
    paths = [make_image(f"p{i}.jpg", colour=(60 * i, 30, 30)) for i in range(3)]
    ids = [i.photo.id for i in import_files(qtbot, panel, paths).imported]
    with qtbot.waitSignal(panel.photosChanged, timeout=WAIT) as blocker:
        assert panel.model.move([ids[2]], 0)  # what a drag of the last thumbnail to the front does
    assert blocker.args[0].updated == {article_id} and blocker.args[0].origin is panel
    assert [s.photo.id for s in photo_service.photos(article_id)] == [ids[2], ids[0], ids[1]]

    select_rows(panel, [panel.model.row_of(ids[1])])
    with qtbot.waitSignal(panel.photosChanged, timeout=WAIT):
        panel.action_featured.trigger()
    slots = photo_service.photos(article_id)
    assert [(s.photo.id, s.featured) for s in slots] == [(ids[2], False), (ids[0], False), (ids[1], True)]
    qtbot.waitUntil(lambda: "Featured photo." in panel.model.index(2).data(Qt.ItemDataRole.ToolTipRole))


class InternalDrop(QDropEvent):
    """A drop that says it came from ``source`` (what QDrag sets when a thumbnail is dragged in the view)."""

    def __init__(self, position: QPointF, mime: QMimeData, source: QObject) -> None:
        super().__init__(position, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)  # fmt: skip
        self._from = source

    def source(self) -> QObject:
        return self._from


def test_dragging_a_thumbnail_onto_the_first_reorders(
    qtbot: Any, panel: PhotoPanel, photo_service: PhotoService, article_id: str, make_image: MakeImage
) -> None:
    paths = [make_image(f"d{i}.jpg", colour=(30, 60 * i, 30)) for i in range(3)]
    ids = [i.photo.id for i in import_files(qtbot, panel, paths).imported]
    mime = panel.model.mimeData([panel.model.index(2)])
    target = QPointF(panel.view.visualRect(panel.model.index(0)).center())
    with qtbot.waitSignal(panel.photosChanged, timeout=WAIT):
        panel.view.dropEvent(InternalDrop(target, mime, panel.view))
    assert panel.model.ids() == [ids[2], ids[0], ids[1]]
    assert [s.photo.id for s in photo_service.photos(article_id)] == [ids[2], ids[0], ids[1]]


def test_drag_of_a_thumbnail_carries_an_inline_markdown_image(
    qtbot: Any, panel: PhotoPanel, make_image: MakeImage
) -> None:
    report = import_files(qtbot, panel, [make_image()])
    mime = panel.model.mimeData([panel.model.index(0)])
    assert mime.text() == f"![](photo:{report.imported[0].photo.id})"
    select_rows(panel, [0])
    with qtbot.waitSignal(panel.insertRequested) as blocker:
        panel.action_insert.trigger()
    assert blocker.args[0] == mime.text()


def test_paste_an_image_from_the_clipboard(
    qtbot: Any, panel: PhotoPanel, photo_service: PhotoService, article_id: str
) -> None:
    image = QImage(240, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("darkorange"))
    QGuiApplication.clipboard().setImage(image)
    with qtbot.waitSignal(panel.importFinished, timeout=WAIT) as blocker:
        panel.view.setFocus()
        assert panel.paste()
    report = blocker.args[0]
    assert next(line.split(":")[0] for line in report.lines).startswith("pasted-image-")
    slots = photo_service.photos(article_id)
    assert len(slots) == 1 and (slots[0].photo.width, slots[0].photo.height) == (240, 160)
    assert photo_service.original_path(slots[0].photo).suffix == ".png"  # type: ignore[union-attr]
    assert not report.imported[0].path.exists()  # the temporary file is gone


def test_files_dropped_on_the_panel_or_the_list_are_imported(
    qtbot: Any, panel: PhotoPanel, photo_service: PhotoService, article_id: str, make_image: MakeImage
) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(make_image("dropped.jpg")))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    with qtbot.waitSignal(panel.importFinished, timeout=WAIT):
        panel.dropEvent(event)
    mime2 = QMimeData()
    mime2.setUrls([QUrl.fromLocalFile(str(make_image("on-list.jpg", colour=(1, 2, 3))))])
    event2 = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime2, Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier)  # fmt: skip
    with qtbot.waitSignal(panel.importFinished, timeout=WAIT):
        panel.view.dropEvent(event2)
    assert [s.photo.filename for s in photo_service.photos(article_id)] == ["dropped.jpg", "on-list.jpg"]


def test_multi_selection_shows_shared_values_mixed_and_applies_only_the_edited_field(
    qtbot: Any, panel: PhotoPanel, photo_service: PhotoService, make_image: MakeImage
) -> None:
    paths = [make_image(f"p{i}.jpg", colour=(10, 60 * i, 30)) for i in range(3)]
    ids = [i.photo.id for i in import_files(qtbot, panel, paths).imported]
    for n, photo_id in enumerate(ids):
        photo_service.update(photo_id, {"caption": f"Caption {n}", "copyright": "© Staff", "credit": f"C{n}"})
    panel.reload()
    qtbot.waitUntil(lambda: panel.model.slot(0).photo.caption == "Caption 0", timeout=WAIT)
    select_rows(panel, [0, 2])
    caption = child(panel, QPlainTextEdit, "captionEdit")
    credit = child(panel, QLineEdit, "creditEdit")
    copyright_ = child(panel, QLineEdit, "copyrightEdit")
    # the form shows no single photo's values: what both share, "(mixed)" where they differ
    assert caption.toPlainText() == "" and caption.placeholderText() == "(mixed)"
    assert credit.text() == "" and credit.placeholderText() == "(mixed)"
    assert copyright_.text() == "© Staff" and copyright_.placeholderText() != "(mixed)"
    note = child(panel, QLabel, "photoSelectionNote")
    assert note.isVisibleTo(panel) and note.text().startswith("2 photos selected")
    assert panel.findChild(QPushButton, "applyToSelectionButton") is None
    credit.setFocus()
    qtbot.keyClicks(credit, "Reuters")
    qtbot.waitUntil(lambda: stored(photo_service, ids[2]).credit == "Reuters", timeout=WAIT)
    got = [(p.caption, p.credit, p.copyright) for p in (stored(photo_service, i) for i in ids)]
    assert got == [
        ("Caption 0", "Reuters", "© Staff"),  # only the credit was set: the captions stay their own
        ("Caption 1", "C1", "© Staff"),  # not selected
        ("Caption 2", "Reuters", "© Staff"),
    ]
    keywords = child(panel, QLineEdit, "keywordsEdit")
    keywords.setFocus()
    qtbot.keyClicks(keywords, "Baku, Karabakh")
    select_rows(panel, [1])  # changing the selection saves at once
    qtbot.waitUntil(lambda: stored(photo_service, ids[0]).keywords == ("Baku", "Karabakh"), timeout=WAIT)
    assert stored(photo_service, ids[2]).keywords == ("Baku", "Karabakh")
    assert stored(photo_service, ids[1]).keywords == ()
    assert caption.toPlainText() == "Caption 1" and credit.text() == "C1"  # one photo: its own values
    assert not note.isVisibleTo(panel)
    qtbot.waitUntil(lambda: "Reuters" in panel.credits.stringList(), timeout=WAIT)  # offered next time


def test_code_replacement_and_saved_credit_completion(
    qtbot: Any, panel: PhotoPanel, photo_service: PhotoService, make_image: MakeImage
) -> None:
    photo_service.set_code("ap", "The Associated Press")
    photo_service.remember_credit("AFP")
    photo_service.remember_credit("Reuters")
    photo_service.remember_credit("Reuters")
    panel.refresh_desk_texts()
    qtbot.waitUntil(lambda: bool(panel.expander.codes), timeout=WAIT)
    assert panel.credits.stringList() == ["Reuters", "AFP"]  # most used first
    assert panel.credit_edit.completer().model() is panel.credits
    photo_id = import_files(qtbot, panel, [make_image()]).imported[0].photo.id
    select_rows(panel, [0])
    credit = child(panel, QLineEdit, "creditEdit")
    credit.setFocus()
    qtbot.keyClicks(credit, "=ap=")
    assert credit.text() == "The Associated Press"
    caption = child(panel, QPlainTextEdit, "captionEdit")
    caption.setFocus()
    qtbot.keyClicks(caption, "Photo by =ap= staff")
    assert caption.toPlainText() == "Photo by The Associated Press staff"
    qtbot.waitUntil(
        lambda: stored(photo_service, photo_id).caption == "Photo by The Associated Press staff", timeout=WAIT
    )
    assert stored(photo_service, photo_id).credit == "The Associated Press"


def test_gps_privacy_note_and_mandatory_credit_banner(
    qtbot: Any, panel: PhotoPanel, make_image: MakeImage
) -> None:
    gps = make_image("gps.jpg", exif=GPS_EXIF)
    handout = make_image(
        "handout.jpg",
        colour=(9, 9, 9),
        iptc={"Iptc.Application2.SpecialInstructions": "HANDOUT PHOTO; MANDATORY CREDIT"},
    )
    import_files(qtbot, panel, [gps, handout])
    privacy, banner = child(panel, QLabel, "privacyNote"), child(panel, QLabel, "instructionsBanner")
    select_rows(panel, [0])
    assert privacy.isVisibleTo(panel) and "GPS location" in privacy.text()
    assert not banner.isVisibleTo(panel)
    assert "GPS location" in panel.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    select_rows(panel, [1])
    assert not privacy.isVisibleTo(panel)
    assert banner.isVisibleTo(panel) and "MANDATORY CREDIT" in banner.text()


def test_bad_files_are_reported_and_the_rest_imports(
    qtbot: Any, panel: PhotoPanel, make_image: MakeImage, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    report = import_files(qtbot, panel, [make_image("good.jpg"), empty])
    assert panel.model.rowCount() == 1
    assert panel.report.isVisibleTo(panel)
    assert panel.report.lines == [
        "1 photo added · 1 could not be imported",
        "empty.jpg: the file is empty (0 bytes).",
    ]
    assert report.lines[0] == "good.jpg: imported (160x120)"


def test_cancel_stops_the_import(qtbot: Any, panel: PhotoPanel, make_image: MakeImage) -> None:
    paths = [make_image(f"p{i}.jpg", size=(1600, 1200), colour=(i, 50, 50)) for i in range(24)]
    with qtbot.waitSignal(panel.importFinished, timeout=WAIT) as blocker:
        panel.add_files(paths)
        assert panel.importing and panel.progress.isVisibleTo(panel)
        panel.cancel_button.click()
    report = blocker.args[0]
    assert report.cancelled
    assert any(line.endswith("import cancelled") for line in report.lines)
    assert not panel.progress.isVisibleTo(panel) and not panel.importing
    assert panel.report.lines[0].startswith("Import cancelled: ")


def test_the_gui_keeps_responding_during_an_import(
    qtbot: Any, panel: PhotoPanel, make_image: MakeImage
) -> None:
    paths = [make_image(f"big{i}.jpg", size=(3000, 2000), colour=(i * 9, 80, 80)) for i in range(12)]
    ticks: list[float] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    with qtbot.waitSignal(panel.importFinished, timeout=WAIT):
        panel.add_files(paths)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 12, timeout=WAIT)
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 10
    print(f"longest event-loop gap during the import: {max(gaps) * 1000:.0f} ms over {len(ticks)} ticks")
    assert max(gaps) < 0.15, f"the event loop stalled for {max(gaps) * 1000:.0f} ms"
