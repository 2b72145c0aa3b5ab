"""Importing a folder from the window: a clear question (archive or drafts), and "Import Archive…" without one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from editor_app.domain import Status


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "archive" / "sport"
    folder.mkdir(parents=True)
    for n in range(3):
        (folder / f"{n}.txt").write_text(f"Match report {n}\n\nA paragraph.\n", encoding="utf-8")
    return folder.parent


def _answer(button_name: str | None) -> None:
    """Click a button of the import question once it is open (None: cancel)."""

    def click() -> None:
        box = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if w.objectName() == "importKindQuestion" and w.isVisible()
            ),
            None,
        )
        if box is None:
            QTimer.singleShot(20, click)
            return
        assert isinstance(box, QMessageBox)
        if button_name is None:
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            box.findChild(QPushButton, button_name).click()

    QTimer.singleShot(20, click)


@pytest.mark.parametrize(
    ("answer", "status"), [("importAsArchive", Status.ARCHIVED), ("importAsDrafts", Status.DRAFT)]
)
def test_a_folder_import_asks_archive_or_drafts(window, qtbot, tmp_path, monkeypatch, answer, status) -> None:
    folder = _folder(tmp_path)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    _answer(answer)
    window.acts.import_folder.trigger()
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 3, timeout=10000)
    rows = window.services.articles.summaries()
    assert {r.status for r in rows} == {status}
    pending = window.services.articles.unsynced_ids()
    assert pending == (set() if status is Status.ARCHIVED else {r.id for r in rows})
    if status is Status.ARCHIVED:
        qtbot.waitUntil(lambda: "into the archive" in window.statusBar().currentMessage())


def test_cancelling_the_question_imports_nothing(window, qtbot, tmp_path, monkeypatch) -> None:
    folder = _folder(tmp_path)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    _answer(None)
    window.acts.import_folder.trigger()
    qtbot.wait(200)
    window.runner.wait()
    assert window.services.articles.count() == 0


def test_import_archive_asks_nothing(window, qtbot, tmp_path, monkeypatch) -> None:
    folder = _folder(tmp_path)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    assert window.acts.import_archive.objectName() == "actionImportArchive"
    window.acts.import_archive.trigger()
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 3, timeout=10000)
    assert {r.status for r in window.services.articles.summaries()} == {Status.ARCHIVED}


def test_the_desk_publishes_an_archive_article_to_the_site_from_the_article_menu(
    window, qtbot, tmp_path
) -> None:
    from PySide6.QtGui import QAction

    window.import_paths([_folder(tmp_path)])  # a dropped folder is an archive
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=10000)
    article_id = window.editor.article.id
    action = window.findChild(QAction, "actionPublishToSite")
    assert action is not None
    assert window.services.articles.get(article_id).status is Status.ARCHIVED
    assert not action.isVisible()  # a reporter is not offered it
    window.findChild(QAction, "role_desk").trigger()
    qtbot.waitUntil(lambda: action.isVisible() and action.isEnabled())
    action.trigger()
    qtbot.waitUntil(lambda: window.services.articles.get(article_id).status is Status.PUBLISHED)
    assert window.services.articles.unsynced_ids() == {article_id}
