"""The photo desk like a photo editor uses it (pytest-qt, offscreen, real files): a zoomable grid whose room
messages never take, a clear selection, the loupe, keyboard tagging, confirmed removal with undo, the Credits &
Codes manager, and an import report that summarises in plain words."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtWidgets import QMessageBox, QSplitter

from editor_app.services.photos import PhotoImportReport, PhotoService
from editor_app.ui.photos.panel import PhotoPanel
from editor_app.ui.photos.tiles import cell_size
from editor_app.ui.task_runner import TaskRunner
from tests.photos.photo_helpers import MakeImage

WAIT = 30_000


@pytest.fixture
def panel(qtbot: Any, photo_service: PhotoService, article_id: str) -> Iterator[PhotoPanel]:
    runner = TaskRunner()
    widget = PhotoPanel(photo_service, runner)
    qtbot.addWidget(widget)
    widget.resize(460, 860)
    widget.show()
    widget.set_article(article_id)
    yield widget
    widget.flush()
    for window in (widget.loupe, widget.texts_dialog):
        if window is not None:
            window.close()
    runner.wait()


def import_files(qtbot: Any, panel: PhotoPanel, paths: list[Path]) -> PhotoImportReport:
    with qtbot.waitSignal(panel.importFinished, timeout=WAIT) as blocker:
        panel.add_files(paths)
    report: PhotoImportReport = blocker.args[0]
    qtbot.waitUntil(lambda: panel.model.rowCount() >= len(report.imported), timeout=WAIT)
    return report


def some_photos(qtbot: Any, panel: PhotoPanel, make_image: MakeImage, n: int) -> list[str]:
    paths = [make_image(f"p{i}.jpg", size=(400, 300), colour=(20 * i, 90, 200 - 10 * i)) for i in range(n)]
    return [item.photo.id for item in import_files(qtbot, panel, paths).imported]


def select_rows(panel: PhotoPanel, rows: list[int]) -> None:
    panel.view.clearSelection()
    selection = panel.view.selectionModel()
    panel.view.setCurrentIndex(panel.model.index(rows[0]))
    for row in rows:
        selection.select(panel.model.index(row), selection.SelectionFlag.Select)


def test_zoom_by_slider_and_ctrl_wheel_and_the_grid_keeps_its_room(
    qtbot: Any, panel: PhotoPanel, make_image: MakeImage, tmp_path: Path
) -> None:
    some_photos(qtbot, panel, make_image, 6)
    assert isinstance(panel.findChild(QSplitter, "photoSplitter"), QSplitter)
    zoom = panel.zoom
    assert panel.view.iconSize().width() == zoom.value() == 128
    zoom.setValue(224)
    assert panel.view.iconSize().width() == 224 and panel.view.gridSize().width() > 224
    wheel = QWheelEvent(
        QPointF(20, 20), QPointF(20, 20), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    panel.view.wheelEvent(wheel)
    assert zoom.value() == 208 and panel.view.iconSize().width() == 208
    grid_height = panel.view.height()
    # a long import report and the undo bar: the grid keeps its height, the messages fold
    bad = [tmp_path / f"empty{i}.jpg" for i in range(12)]
    for path in bad:
        path.write_bytes(b"")
    import_files(qtbot, panel, bad)
    panel.undo_bar.show_removed(3, featured=True)
    qtbot.wait(50)
    assert panel.report.isVisible() and panel.undo_bar.isVisible()
    assert panel.view.height() == grid_height
    assert not panel.report.details.isVisible()  # 12 problems: folded to the summary line
    assert panel.report.summary.text() == "0 photos added · 12 could not be imported"
    panel.report.toggle.click()
    assert panel.report.details.isVisible() and len(panel.report.lines) == 13
    assert panel.view.height() == grid_height
    panel.resize(1200, 600)  # wide, as in the Photos workspace: grid and form side by side
    qtbot.wait(20)
    assert panel.splitter.orientation() == Qt.Orientation.Horizontal
    assert panel.view.width() > panel.form.width()


def test_the_tiles_spread_over_the_whole_width_of_the_grid(
    qtbot: Any, panel: PhotoPanel, make_image: MakeImage
) -> None:
    """No empty strip on the right of the grid: the columns that fit share the width; the tiles keep their size."""
    some_photos(qtbot, panel, make_image, 7)
    view = panel.view
    for width in (700, 833, 1000):
        panel.resize(width + panel.form.width() + 40, 700)
        qtbot.wait(30)
        tile = cell_size(view.iconSize().width(), view.fontMetrics().height())
        cell = view.gridSize()
        room = view.viewport().width()
        columns = room // cell.width()
        assert columns >= 2 and cell.width() >= tile.width()
        assert room - columns * cell.width() < columns + view.verticalScrollBar().sizeHint().width() + 2
        tops = {view.visualRect(panel.model.index(row)).top() for row in range(columns)}
        assert len(tops) == 1, width  # the first row holds as many tiles as the width has columns
        assert view.iconSize().width() == panel.zoom.value()


def test_selected_tiles_are_framed_in_the_highlight_colour(
    qtbot: Any, panel: PhotoPanel, make_image: MakeImage
) -> None:
    some_photos(qtbot, panel, make_image, 4)
    select_rows(panel, [1, 3])
    qtbot.wait(20)
    shot = panel.view.viewport().grab().toImage()
    highlight = panel.view.palette().color(QPalette.ColorRole.Highlight)

    def framed(row: int) -> bool:
        rect = panel.view.visualRect(panel.model.index(row))
        edges = [QColor(shot.pixel(rect.center().x(), rect.top() + d)) for d in range(5)]
        return any(abs(e.red() - highlight.red()) + abs(e.blue() - highlight.blue()) < 20 for e in edges)

    assert [framed(row) for row in range(4)] == [False, True, False, True]


def test_loupe_opens_with_space_moves_with_arrows_and_closes_with_escape(
    qtbot: Any, panel: PhotoPanel, make_image: MakeImage
) -> None:
    ids = some_photos(qtbot, panel, make_image, 3)
    select_rows(panel, [0, 2])  # the first is the current one
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    loupe = panel.loupe
    assert loupe is not None and loupe.isVisible() and loupe.photo_id == ids[0]
    qtbot.waitUntil(lambda: loupe.full_loaded, timeout=WAIT)
    pixmap = loupe.picture.pixmap()
    assert pixmap.width() > 300 or pixmap.height() > 225  # larger than the 320-px thumbnail would give
    qtbot.keyClick(loupe, Qt.Key.Key_8)  # tags the photo shown, not the whole selection
    qtbot.waitUntil(lambda: panel.service.get(ids[0]).label == "green", timeout=WAIT)  # type: ignore[union-attr]
    assert panel.service.get(ids[2]).label == ""  # type: ignore[union-attr]
    qtbot.keyClick(loupe, Qt.Key.Key_Right)
    assert loupe.photo_id == ids[1] and panel.selected_ids() == [ids[1]]
    assert loupe.position.text().startswith("2 of 3")
    qtbot.keyClick(loupe, Qt.Key.Key_4)  # tagging works in the loupe too
    qtbot.waitUntil(lambda: panel.service.get(ids[1]).rating == 4, timeout=WAIT)  # type: ignore[union-attr]
    qtbot.keyClick(loupe, Qt.Key.Key_Left)
    qtbot.keyClick(loupe, Qt.Key.Key_Left)  # stays on the first
    assert loupe.photo_id == ids[0]
    qtbot.keyClick(loupe, Qt.Key.Key_Escape)
    assert not loupe.isVisible()
    panel.view.doubleClicked.emit(panel.model.index(2))
    assert loupe.isVisible()


def test_keyboard_tagging_rates_labels_and_features(
    qtbot: Any, panel: PhotoPanel, photo_service: PhotoService, make_image: MakeImage, article_id: str
) -> None:
    ids = some_photos(qtbot, panel, make_image, 3)

    def marks() -> list[tuple[int, str]]:
        return [(p.rating, p.label) for p in (photo_service.get(i) for i in ids) if p]

    select_rows(panel, [0, 1])
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: marks() == [(3, ""), (3, ""), (0, "")], timeout=WAIT)
    assert "Rating: 3 of 5 stars." in panel.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    qtbot.keyClick(panel.view, Qt.Key.Key_7)
    qtbot.waitUntil(lambda: marks() == [(3, "yellow"), (3, "yellow"), (0, "")], timeout=WAIT)
    qtbot.keyClick(panel.view, Qt.Key.Key_7)  # the same label again takes it off
    qtbot.keyClick(panel.view, Qt.Key.Key_0)
    qtbot.waitUntil(lambda: marks() == [(0, ""), (0, ""), (0, "")], timeout=WAIT)
    select_rows(panel, [2])
    qtbot.keyClick(panel.view, Qt.Key.Key_9)
    qtbot.keyClick(panel.view, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: photo_service.photos(article_id)[2].featured, timeout=WAIT)
    assert marks()[2] == (0, "blue")
    panel.reload()  # what was stored is what the grid shows
    qtbot.waitUntil(lambda: panel.model.slot(2).featured, timeout=WAIT)
    assert panel.model.slot(2).photo.label == "blue"


def confirm(qtbot: Any, panel: PhotoPanel, answer: str) -> QMessageBox:
    qtbot.waitUntil(lambda: panel.confirm_box is not None and panel.confirm_box.isVisible(), timeout=WAIT)
    box = panel.confirm_box
    assert box is not None
    button = next(b for b in box.buttons() if b.text().replace("&", "") == answer)
    button.click()
    return box


def test_removal_is_confirmed_and_undone_with_ctrl_z(
    qtbot: Any, panel: PhotoPanel, photo_service: PhotoService, make_image: MakeImage, article_id: str
) -> None:
    ids = some_photos(qtbot, panel, make_image, 4)  # the first is featured
    select_rows(panel, [0, 2, 3])
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    box = confirm(qtbot, panel, "Cancel")
    assert box.text() == "Remove 3 photos from this article?"
    assert "featured photo is among them" in box.informativeText()
    qtbot.wait(50)
    assert len(photo_service.photos(article_id)) == 4  # cancelled: nothing happened
    panel.action_remove.trigger()
    with qtbot.waitSignal(panel.photosChanged, timeout=WAIT):
        confirm(qtbot, panel, "Remove")
    assert [s.photo.id for s in photo_service.photos(article_id)] == [ids[1]]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT)
    assert panel.undo_bar.isVisible()
    assert "3 photos removed" in panel.undo_bar.label.text() and "featured" in panel.undo_bar.label.text()
    panel.view.setFocus()
    with qtbot.waitSignal(panel.photosChanged, timeout=WAIT):
        qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    slots = photo_service.photos(article_id)
    assert [s.photo.id for s in slots] == ids and [s.featured for s in slots] == [True, False, False, False]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=WAIT)
    assert not panel.undo_bar.isVisible()
    assert sorted(panel.selected_ids()) == sorted([ids[0], ids[2], ids[3]])  # selected again, as before
    select_rows(panel, [1])  # one photo, through the Undo button this time
    panel.action_remove.trigger()
    assert confirm(qtbot, panel, "Remove").text() == "Remove this photo from the article?"
    qtbot.waitUntil(lambda: panel.undo_bar.isVisible(), timeout=WAIT)
    with qtbot.waitSignal(panel.photosChanged, timeout=WAIT):
        panel.undo_bar.undo_button.click()
    assert [s.photo.id for s in photo_service.photos(article_id)] == ids


def test_credits_and_codes_manager_edits_and_moves_them_as_a_file(
    qtbot: Any, panel: PhotoPanel, photo_service: PhotoService, tmp_path: Path
) -> None:
    photo_service.remember_credit("Reuters")
    panel.action_texts.trigger()
    dialog = panel.texts_dialog
    assert dialog is not None and dialog.isVisible() and dialog.objectName() == "creditsCodesDialog"
    qtbot.waitUntil(lambda: dialog.credit_list.count() == 1, timeout=WAIT)
    dialog.new_credit.setText("AFP")
    dialog.add_credit()
    qtbot.waitUntil(lambda: dialog.credit_list.count() == 2, timeout=WAIT)
    dialog.new_code.setText("ap")
    dialog.new_text.setText("The Associated Press")
    dialog.add_code()
    qtbot.waitUntil(lambda: dialog.code_table.rowCount() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: panel.expander.codes == {"ap": "The Associated Press"}, timeout=WAIT)
    dialog.code_table.item(0, 1).setText("AP Photo")  # edit in place
    qtbot.waitUntil(lambda: photo_service.code_replacements() == {"ap": "AP Photo"}, timeout=WAIT)
    item = next(
        dialog.credit_list.item(i) for i in range(2) if dialog.credit_list.item(i).text() == "Reuters"
    )
    item.setText("Reuters / Pool")  # a credit edited in place
    qtbot.waitUntil(lambda: sorted(photo_service.saved_credits()) == ["AFP", "Reuters / Pool"], timeout=WAIT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    exported = tmp_path / "desk.json"
    dialog.export_file(exported)
    qtbot.waitUntil(lambda: exported.is_file() and not dialog.busy, timeout=WAIT)
    assert json.loads(exported.read_text(encoding="utf-8"))["codes"] == {"ap": "AP Photo"}
    dialog.credit_list.setCurrentRow(0)
    dialog.remove_credit()
    dialog.code_table.setCurrentCell(0, 0)
    dialog.remove_code()
    qtbot.waitUntil(
        lambda: dialog.code_table.rowCount() == 0 and dialog.credit_list.count() == 1, timeout=WAIT
    )
    dialog.import_file(exported)
    qtbot.waitUntil(
        lambda: dialog.code_table.rowCount() == 1 and dialog.credit_list.count() == 2, timeout=WAIT
    )
    assert "2 credits and 1 codes" in dialog.message.text()
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "something else"}', encoding="utf-8")
    dialog.import_file(broken)
    qtbot.waitUntil(lambda: "not a Credits & Codes file" in dialog.message.text(), timeout=WAIT)


def test_import_report_summarises_duplicates_and_words_problems_plainly(
    qtbot: Any, panel: PhotoPanel, photo_service: PhotoService, make_image: MakeImage, profile: Any,
    shared_fixtures: Path,
) -> None:  # fmt: skip
    paths = [make_image(f"p{i}.jpg", colour=(i * 12, 40, 40)) for i in range(17)]
    other, _ = profile.articles.create(headline="Another article")
    photo_service.add_files(other.id, paths)  # in the library already
    bad = sorted(p for p in (shared_fixtures / "bad-images").iterdir() if p.is_file())
    imported = import_files(qtbot, panel, [*paths, *bad])
    report = panel.report
    summary = report.summary.text()
    assert summary.startswith(
        "22 photos added · 17 already in the library (reused) · 7 could not be imported"
    )
    lines = report.lines[1:]
    warned = [item.path.name for item in imported.imported if item.warnings]
    assert warned and len(lines) == 7 + len(warned)  # a line per refused file and per partly unreadable one
    text = "\n".join(lines)
    for library_word in ("Plugin", "MAX_TEXT", "Error", "exiv2", "Exif.", "header", "Xmp."):
        assert library_word not in text, library_word
    assert all(f"{name}: imported, but part of the text stored in the file" in text for name in warned)
    assert "png_decompression_dos.png: the file hides an oversized text block" in text
    assert "truncated_jpeg.jpg: the file is cut short" in text
    assert "decompression_bomb.gif: the picture claims far more pixels" in text
    assert not report.details.isVisible()  # more than a handful: folded until asked


def test_keywords_read_at_import_show_in_the_form_and_tooltip(
    qtbot: Any, panel: PhotoPanel, photo_service: PhotoService, make_image: MakeImage
) -> None:
    tagged = make_image("tagged.jpg", xmp={"Xmp.dc.subject": ["Bakı", "Karabakh"]})
    photo_id = import_files(qtbot, panel, [tagged]).imported[0].photo.id
    select_rows(panel, [0])
    keywords = panel.form.line("keywords")
    assert keywords.objectName() == "keywordsEdit" and keywords.text() == "Bakı, Karabakh"
    assert "Keywords: Bakı, Karabakh." in panel.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    keywords.setFocus()
    keywords.selectAll()
    qtbot.keyClicks(keywords, "Baku; Azerbaijan, baku")
    qtbot.waitUntil(lambda: photo_service.get(photo_id).keywords == ("Baku", "Azerbaijan"), timeout=WAIT)  # type: ignore[union-attr]
