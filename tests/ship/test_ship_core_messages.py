"""Sentences the Qt-free core builds with names or numbers (a refusal's checklist, the import report, the history)
reach the window in its language: the core hands ``Message`` templates with their arguments, the window
translates them (``ui/core_text.py``); the command line prints the same sentences in English."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from editor_app.domain import Role, Status, TransitionError, find_transition
from editor_app.domain.message import Message
from editor_app.domain.review import AuditEntry
from editor_app.store import Revision
from editor_app.ui import i18n
from editor_app.ui.core_text import core_text, error_text
from editor_app.ui.review.history_dialog import HistoryDialog
from editor_app.ui.review.refusals import RefusalDialog
from tests.paths import REPO

LATIN_WORD = re.compile(r"\b(?:has|no|the|is|Photo|added|by|file|folder|Cannot|article)\b")


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    yield lambda language: i18n.install_translators(qapp, language)
    i18n.install_translators(qapp, "en")


def workflow(text: str) -> str:
    return QCoreApplication.translate("Workflow", text)


def test_a_refused_submission_lists_its_problems_in_russian(make_window, speak, qtbot) -> None:  # type: ignore[no-untyped-def]
    speak("ru")
    window = make_window()
    window.open_demo()
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=5000)
    article_id = window.editor.article.id
    photos = window.services.photos
    slots = photos.photos(article_id)
    for (
        slot
    ) in slots:  # every photo loses its caption and credit: "Photo N" problems as well as the featured one
        window.runner.write(
            lambda photo_id=slot.photo.id: photos.update(photo_id, {"caption": "", "credit": ""}),
            lambda _: None,
        )
    window.runner.wait()
    action = window.findChild(QAction, "actionSubmit")
    qtbot.waitUntil(action.isEnabled)
    action.trigger()

    qtbot.waitUntil(lambda: window.findChild(RefusalDialog, "workflowRefusal") is not None, timeout=5000)
    dialog = window.findChild(RefusalDialog, "workflowRefusal")
    shown = {label.text() for label in dialog.findChildren(QLabel)}
    numbered = [item.problem.message for item in dialog.items if isinstance(item.problem.message, Message)]
    if len(slots) > 1:
        assert numbered, [item.problem.message for item in dialog.items]
    for item in dialog.items:
        russian = core_text(item.problem.message)
        assert russian in shown
        assert not LATIN_WORD.search(russian), russian
    for message in numbered:
        number = str(message.args["number"])
        assert core_text(message) == f"У фото {number} нет подписи и не указан автор."
    dialog.close()


def test_a_transition_refusal_in_russian(qapp, speak) -> None:  # type: ignore[no-untyped-def]
    speak("ru")
    with pytest.raises(TransitionError) as refused:
        find_transition("publish", Status.DRAFT, Role.DESK)
    assert str(refused.value) == "Cannot publish an article that is draft."  # what the CLI and the log say
    assert error_text(refused.value) == (
        f"Действие «{workflow('Publish')}» недоступно для статьи в состоянии «{workflow('Draft')}»."
    )
    assert workflow("Draft") == "Черновик"


def test_the_import_report_in_russian(make_window, speak, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    speak("ru")
    window = make_window()
    missing = tmp_path / "нет-такой-статьи.md"
    empty = tmp_path / "empty.md"
    empty.write_text("  \n", encoding="utf-8")
    window.files.import_paths([missing, empty])
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "importReport") is not None, timeout=5000)
    box = window.findChild(QMessageBox, "importReport")
    lines = box.detailedText().splitlines()
    assert f"{missing}: такого файла или папки нет." in lines
    assert "Не удаётся импортировать empty.md: файл пуст." in lines
    box.close()


def test_history_lines_in_russian(qtbot: Any, services: Any, speak) -> None:  # type: ignore[no-untyped-def]
    speak("ru")
    article, _ = services.articles.create(
        headline="Port floods", body="Water.", tags=("Russia", "Azerbaijan")
    )
    now = datetime.now(UTC)
    old = {**article.content(), "tags": [], "section": "News"}
    revision = Revision(1, article.id, 1, "edit", old, now, now)
    trail = [AuditEntry(article.id, "Aysel", "take", "submitted", "in_review", at=now)]
    dialog = HistoryDialog(article, [revision], trail=trail)
    qtbot.addWidget(dialog)
    tags = QCoreApplication.translate("HistoryDialog", "Tags")
    assert tags == "Теги"
    assert f"{tags} — добавлено: Russia, Azerbaijan" in dialog.diff.toPlainText()
    line = dialog.trail.item(0).text()
    assert line.startswith(f"{workflow('Submitted')} → {workflow('In review')} — Aysel, "), line
    assert not LATIN_WORD.search(line)


def test_the_command_line_prints_english(tmp_path: Path) -> None:
    missing = tmp_path / "missing.md"
    command = [
        sys.executable,
        "-m",
        "editor_app",
        "--data-dir",
        str(tmp_path / "data"),
        "import",
        str(missing),
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO), "LANG": "ru_RU.UTF-8", "LC_ALL": "ru_RU.UTF-8"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, cwd=REPO)
    assert done.returncode != 0
    assert f"editor-app import: {missing}: no such file or folder." in done.stderr


def test_a_message_is_its_english_sentence_and_survives_a_copy() -> None:
    import pickle

    message = Message("{name}: %n related article(s) not in the archive.", name="a.md", n=1)
    assert message == "a.md: 1 related article not in the archive."
    assert Message("{name}: %n related article(s) not in the archive.", name="a.md", n=3).endswith(
        "articles not in the archive."
    )
    copy = pickle.loads(pickle.dumps(message))
    assert copy == message and copy.template == message.template and dict(copy.args) == dict(message.args)


def test_a_sync_runs_summary_and_rows_in_russian(qapp, speak) -> None:  # type: ignore[no-untyped-def]
    from editor_app.services.changes import Changes
    from editor_app.services.sync_run import describe_run
    from editor_app.sync.report import SyncReport

    report = SyncReport(site="news", pulled=2, pushed=1, merged=0, uploaded_media=3, conflicts=["a"])
    run = describe_run(
        datetime.now(UTC),
        "manual",
        report,
        Changes(),
        [],
        unsynced_before=set(),
        unsynced_after=set(),
        conflict_headlines={"a": "Port floods"},
        title=lambda article_id: article_id,
    )
    english = "pulled 2, pushed 1, merged 0, 1 in conflict, 3 photos uploaded"
    assert run.summary() == english  # the CLI's `editor-app sync` line
    speak("ru")
    assert core_text(run.summary()) == (
        "получено: 2, отправлено: 1, объединено: 0, в конфликте: 1, загружено фото: 3"
    )
    assert [core_text(text) for _kind, text in run.rows()] == [
        "«Port floods»: изменена с обеих сторон: обе версии сохранены, пока вы не выберете"
    ]
