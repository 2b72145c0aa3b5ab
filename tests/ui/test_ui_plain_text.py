"""Metadata, file names and user text are shown as written, never rendered as markup.

Each widget gets ``<h1>Big</h1>`` or ``<b>✔ Approved by the desk</b>`` (a section, a headline, an IPTC instruction,
a file name, a site name, a note) and must show those characters literally.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from editor_app.domain import Role, TransitionError
from tests.image_factory import write_image

BIG = "<h1>Big</h1>"
APPROVED = "<b>✔ Approved by the desk</b>"


def shown(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What the user reads for ``text`` in a widget of ``text_format`` (Qt's own rich-text guess for AutoText)."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def label_shows(label: QLabel, literal: str) -> bool:
    return literal in shown(label.text(), label.textFormat())


def tip_shows(tooltip: object, literal: str) -> bool:
    """Tooltips guess rich text like an AutoText label does."""
    return literal in " ".join(shown(str(tooltip)).split())


def box_shows(box: QMessageBox, literal: str) -> bool:
    return literal in shown(box.text(), box.textFormat())


def test_the_helpers_see_the_difference(qapp: Any) -> None:
    label = QLabel(BIG)
    assert not label_shows(label, BIG)  # the bug: a heading, not the text
    assert not tip_shows(APPROVED, APPROVED)


@pytest.fixture
def photo_panel(qtbot: Any, services: Any) -> Any:
    from editor_app.ui.photos.panel import PhotoPanel
    from editor_app.ui.task_runner import TaskRunner

    article, _ = services.articles.create(headline="Harbour")
    runner = TaskRunner()
    panel = PhotoPanel(services.photos, runner)
    qtbot.addWidget(panel)
    panel.resize(420, 820)
    panel.show()
    panel.set_article(article.id)
    yield panel
    panel.flush()
    runner.wait()


def test_photo_panel_shows_iptc_text_and_file_names_literally(
    qtbot: Any, photo_panel: Any, tmp_path: Path
) -> None:
    image = write_image(
        tmp_path / "<h1>Big.jpg",
        size=(160, 120),
        colour=(20, 90, 160),
        iptc={
            "Iptc.Application2.SpecialInstructions": f"{APPROVED} MANDATORY CREDIT",
            "Iptc.Application2.Caption": BIG,
        },
    )
    empty = tmp_path / "<b>Empty.jpg"
    empty.write_bytes(b"")
    with qtbot.waitSignal(photo_panel.importFinished, timeout=30_000):
        photo_panel.add_files([image, empty])
    qtbot.waitUntil(lambda: photo_panel.model.rowCount() == 1, timeout=30_000)
    first = photo_panel.model.index(0)
    photo_panel.view.setCurrentIndex(first)
    photo_panel.view.selectionModel().select(first, photo_panel.view.selectionModel().SelectionFlag.Select)

    banner = photo_panel.findChild(QLabel, "instructionsBanner")
    qtbot.waitUntil(lambda: banner.isVisibleTo(photo_panel))
    assert banner.textFormat() == Qt.TextFormat.PlainText and label_shows(banner, APPROVED)
    assert tip_shows(banner.toolTip(), APPROVED)
    info = photo_panel.findChild(QLabel, "photoInfo")
    assert info.textFormat() == Qt.TextFormat.PlainText and label_shows(info, "<h1>Big.jpg")
    report = photo_panel.findChild(QLabel, "importReportDetails")  # inside the photoImportReport frame
    assert report.textFormat() == Qt.TextFormat.PlainText and label_shows(report, "<b>Empty.jpg")
    assert tip_shows(photo_panel.report.toolTip(), "<h1>Big.jpg")
    assert tip_shows(photo_panel.model.index(0).data(Qt.ItemDataRole.ToolTipRole), BIG)


def test_review_panel_header_notes_and_refusals(qtbot: Any, services: Any) -> None:
    from editor_app.services.review import ReviewService
    from editor_app.services.workflow import WorkflowService
    from editor_app.ui.review.panel import ReviewPanel
    from editor_app.ui.task_runner import TaskRunner

    article, _ = services.articles.create(headline=BIG, section=APPROVED, body="Text.")
    review = ReviewService(services.db)
    review.comment(article.id, APPROVED)
    runner = TaskRunner()
    panel = ReviewPanel(runner)
    qtbot.addWidget(panel)
    panel.attach(review, WorkflowService(services.db), Role.DESK)
    panel._show(review.open(article.id))
    rendered = shown(panel.header.text(), panel.header.textFormat())
    assert BIG in rendered and APPROVED in rendered  # the section cannot pose as an approval
    assert tip_shows(panel.comments.topLevelItem(0).toolTip(0), APPROVED)
    panel._failed(LookupError(APPROVED))
    box = panel.findChild(QMessageBox, "reviewRefusal")
    assert box is not None and box_shows(box, APPROVED)
    box.close()
    runner.wait()


def test_workflow_dialogs_and_refusal_show_titles_literally(qtbot: Any, services: Any) -> None:
    from editor_app.ui.review.workflow_bar import ApproveDialog, ReturnDialog, WorkflowBar
    from editor_app.ui.task_runner import TaskRunner

    article, _ = services.articles.create(headline=APPROVED)
    for dialog in (ReturnDialog(article), ApproveDialog(article)):
        qtbot.addWidget(dialog)
        labels = dialog.findChildren(QLabel)
        assert any(label_shows(label, APPROVED) for label in labels)
    parent = QWidget()
    qtbot.addWidget(parent)
    bar = WorkflowBar(parent, TaskRunner(parent))
    bar._refused(TransitionError(BIG))
    box = parent.findChild(QMessageBox, "workflowRefusal")
    assert box is not None and box_shows(box, BIG)
    box.close()


def test_main_window_labels_lists_and_import_report(qtbot: Any, window: Any, tmp_path: Path) -> None:
    services = window.services
    article, _ = services.articles.create(headline=BIG, section=APPROVED, body="Body.")
    window.list_panel.refresh(select_id=article.id)
    model = window.list_panel.model
    qtbot.waitUntil(lambda: model.rowCount() >= 1, timeout=5000)
    tooltip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip_shows(tooltip, BIG) and tip_shows(tooltip, APPROVED)

    window.form.set_read_only(APPROVED)
    assert label_shows(window.form.lock, APPROVED)
    window.form.set_read_only("")

    window.status.show_sync(2, BIG)
    assert label_shows(window.status.sync, BIG) and tip_shows(window.status.sync.toolTip(), BIG)

    bad = tmp_path / "<h1>Big.txt"
    bad.write_bytes(b"")
    window.import_paths([bad])
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "importReport") is not None, timeout=10_000)
    box = window.findChild(QMessageBox, "importReport")
    assert box_shows(box, "<h1>Big.txt")
    box.close()


def test_find_bar_and_related_picker_messages(qtbot: Any, window: Any) -> None:
    finder = window.form.body.find_bar
    finder._report(f"No match for {BIG}")
    assert label_shows(finder.status, BIG)
    window.open_demo()
    qtbot.waitUntil(lambda: hasattr(window, "related_picker"), timeout=5000)
    picker = window.related_picker
    picker._failed(LookupError(APPROVED))
    assert label_shows(picker.message, APPROVED)


def test_sync_dialogs_and_status(qtbot: Any, services: Any) -> None:
    from editor_app.ui.sync.status import Phase, SyncState, show_state

    label = QLabel()
    show_state(label, SyncState(phase=Phase.FAILED, site=BIG, message=APPROVED))
    assert label_shows(label, BIG)
    assert tip_shows(label.toolTip(), APPROVED) and tip_shows(label.toolTip(), BIG)
    from editor_app.services.sync import Conflict
    from editor_app.sync.merge import Chunk
    from editor_app.ui.sync.conflict_dialog import ConflictDialog
    from editor_app.ui.sync.sites_dialog import SitesDialog
    from editor_app.ui.task_runner import TaskRunner

    runner = TaskRunner()
    sync = services.sync
    sites = SitesDialog(sync, runner)
    qtbot.addWidget(sites)
    sites._show_error(f"{BIG} refused the password")
    assert label_shows(sites.message, BIG)

    chunk = Chunk(local="Ours.", remote="Theirs.", base=APPROVED)
    conflict = Conflict("a1", BIG, {"headline": BIG}, {"headline": BIG}, {"body": (chunk,)})
    dialog = ConflictDialog(conflict, sync, runner)
    qtbot.addWidget(dialog)
    assert any(label_shows(label, f"Before both edits: {APPROVED}") for label in dialog.findChildren(QLabel))
    intro = dialog.findChildren(QLabel)[0]
    assert label_shows(intro, f"“{BIG}” was changed")
    dialog._failed(RuntimeError(APPROVED))
    assert label_shows(dialog.error, APPROVED)
    runner.wait()
