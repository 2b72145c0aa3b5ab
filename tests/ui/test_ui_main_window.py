"""The main window as a journalist uses it: first run, the demo, typing, autosave, filters, new and delete."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QWidget

from editor_app.domain import Status
from editor_app.formats import DEMO_LEAD_ARTICLE_ID
from editor_app.ui.articles.autosave import PAUSE_MS

CONTRACT_WIDGETS = [
    "previewView",
    "articleList",
    "articleFilter",
    "headlineEdit",
    "standfirstEdit",
    "bylineEdit",
    "sourceEdit",
    "sectionCombo",
    "tagsEdit",
    "editorsChoiceCheck",
    "bodyEdit",
    "wordCountLabel",
    "statusBadge",
    "syncStatus",
]
CONTRACT_ACTIONS = ["actionNewArticle", "actionSave", "actionImport", "actionExport"]


def test_widgets_and_actions_carry_the_stable_names(window) -> None:
    assert window.objectName() == "MainWindow"
    for name in CONTRACT_WIDGETS:
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), f"{name} has no accessible name"
    assert isinstance(window.findChild(QWidget, "articleList"), QAbstractItemView)
    for name in CONTRACT_ACTIONS:
        action = window.findChild(QAction, name)
        assert action is not None, name
    assert window.findChild(QAction, "actionSave").shortcut().toString() == "Ctrl+S"
    assert window.findChild(QAction, "actionNewArticle").shortcut().toString() == "Ctrl+N"


def test_the_window_takes_the_app_s_icon_once_it_has_painted(window, qtbot) -> None:
    from PySide6.QtCore import QSize

    from editor_app.ui.actions import app_icon

    qtbot.waitUntil(lambda: not window.windowIcon().isNull(), timeout=3000)
    size = QSize(32, 32)
    assert window.windowIcon().pixmap(size).toImage() == app_icon().pixmap(size).toImage()


def test_an_empty_newsroom_shows_the_welcome_page_and_the_demo_opens_a_real_article(window, qtbot) -> None:
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome)
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=5000)
    assert window.editor.article.id == DEMO_LEAD_ARTICLE_ID
    assert window.stack.currentWidget() is window.form
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 11)
    assert window.form.headline.text().startswith("Coastal towns")
    assert window.form.source.text()
    assert window.form.editors_choice.isChecked()
    assert window.status.badge.text().strip() == "Draft"
    assert "words" in window.status.words.text()


def test_typing_autosaves_within_two_seconds_without_moving_the_cursor(demo_window, qtbot) -> None:
    window = demo_window
    body = window.form.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(10)
    body.setTextCursor(cursor)
    started = time.monotonic()
    qtbot.keyClicks(body, "XYZ")
    article_id = window.editor.article.id

    def stored_body() -> str:
        return window.services.articles.get(article_id).body

    qtbot.waitUntil(lambda: "XYZ" in stored_body(), timeout=2600)
    assert time.monotonic() - started <= 2.6
    qtbot.waitUntil(lambda: not window.editor.saving)
    assert body.textCursor().position() == 13  # the save did not reload the editor
    assert body.document().isUndoAvailable()  # and the undo history survived it
    history = window.services.articles.history(article_id)
    assert history[0].content["body"] == stored_body()


def test_ctrl_s_saves_at_once(demo_window, qtbot) -> None:
    window = demo_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.form.headline.setFocus()
    qtbot.keyClick(window.form.headline, Qt.Key.Key_End)
    qtbot.keyClicks(window.form.headline, " now")
    qtbot.keyClick(window.form.headline, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    article_id = window.editor.article.id
    qtbot.waitUntil(lambda: window.services.articles.get(article_id).headline.endswith(" now"), timeout=500)


def test_leaving_a_field_saves_at_once(demo_window, qtbot) -> None:
    window = demo_window
    window.editor.set_max_delay(60_000)  # the autosave's deadline is far away: only leaving the field saves
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.form.source.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is window.form.source)
    qtbot.keyClick(window.form.source, Qt.Key.Key_End)
    qtbot.keyClicks(window.form.source, " and wires")
    article_id = window.editor.article.id
    window.form.tags.setFocus()  # Tab to the next field, or a click elsewhere
    # before the typing pause's save (PAUSE_MS after the last key) could have run
    qtbot.waitUntil(
        lambda: window.services.articles.get(article_id).source.endswith(" and wires"), timeout=PAUSE_MS // 2
    )


def test_field_edits_reach_the_database_and_the_list(demo_window, qtbot) -> None:
    window = demo_window
    form = window.form
    form.tags.setFocus()
    form.tags.selectAll()
    qtbot.keyClicks(form.tags, "flooding, Flooding, sirens")
    form.editors_choice.setChecked(False)
    form.section.setCurrentText("World")
    form.body.setFocus()  # leaving the field saves
    article_id = window.editor.article.id
    qtbot.waitUntil(lambda: window.services.articles.get(article_id).section == "World", timeout=2500)
    stored = window.services.articles.get(article_id)
    assert stored.tags == ("flooding", "sirens")
    assert stored.editors_choice is False
    row = window.list_panel.model.row_of(article_id)
    qtbot.waitUntil(lambda: "World" in window.list_panel.model.index(row).data(Qt.ItemDataRole.UserRole + 2))


def test_filters_narrow_the_list_by_text_status_and_section(demo_window, qtbot) -> None:
    panel = demo_window.list_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 11)
    qtbot.keyClicks(panel.filter_edit, "flood")
    qtbot.waitUntil(lambda: 0 < panel.model.rowCount() < 11)
    titles = [panel.model.summary(i).headline.lower() for i in range(panel.model.rowCount())]
    assert any("flood" in t for t in titles)
    panel.filter_edit.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 11)
    panel.status_combo.setCurrentIndex(panel.status_combo.findData(Status.PUBLISHED.value))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
    assert {panel.model.summary(i).status for i in range(4)} == {Status.PUBLISHED}
    panel.status_combo.setCurrentIndex(0)
    panel.section_combo.setCurrentIndex(panel.section_combo.findData("Sport"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)


def test_new_article_starts_empty_with_the_headline_focused(demo_window, qtbot) -> None:
    window = demo_window
    window.findChild(QAction, "actionNewArticle").trigger()
    qtbot.waitUntil(lambda: window.editor.article is not None and window.editor.article.headline == "")
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 12)
    assert window.form.body.toPlainText() == ""
    qtbot.keyClicks(window.form.headline, "Breaking: ferry delayed")
    window.editor.flush()
    qtbot.waitUntil(
        lambda: window.services.articles.get(window.editor.article.id).headline.startswith("Breaking")
    )


def test_delete_asks_first_and_keeps_the_article_recoverable(demo_window, qtbot, monkeypatch) -> None:
    window = demo_window
    article_id = window.editor.article.id
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.acts.delete.trigger()
    assert window.services.articles.get(article_id) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.acts.delete.trigger()
    qtbot.waitUntil(lambda: window.list_panel.model.row_of(article_id) == -1)
    assert window.services.articles.get(article_id) is None
    window.services.articles.undelete(article_id)
    assert window.services.articles.get(article_id) is not None


def test_closing_saves_pending_edits_and_remembers_the_layout(make_window, qtbot) -> None:
    window = make_window()
    window.open_demo()
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=5000)
    window.resize(700, 520)
    size = (window.width(), window.height())  # the docks may hold the window wider than asked
    window.form.standfirst.setFocus()
    window.form.standfirst.moveCursor(window.form.standfirst.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.form.standfirst, " Unsaved tail.")
    article_id = window.editor.article.id
    window.close()
    qtbot.waitUntil(lambda: window.services.articles.get(article_id).standfirst.endswith("Unsaved tail."))
    again = make_window()
    assert (again.width(), again.height()) == size
    qtbot.waitUntil(lambda: again.editor.article is not None and again.editor.article.id == article_id)


def test_import_reports_bad_files_and_imports_the_rest(window, qtbot, tmp_path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Harbour reopens\n\nFerries are back.\n\nsource: Staff\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    window.import_paths([good, bad])
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 1, timeout=5000)
    box = None

    def report_open() -> bool:
        nonlocal box
        box = window.findChild(QMessageBox, "importReport")
        return box is not None and box.isVisible()

    qtbot.waitUntil(report_open)
    assert "bad.txt" in box.detailedText()
    assert "Imported 1 article" in box.text()
    box.close()


@pytest.mark.parametrize("words", [0, 1, 460])
def test_word_count_label(demo_window, qtbot, words) -> None:
    window = demo_window
    window.form.body.setPlainText(" ".join(["word"] * words))
    noun = "word" if words == 1 else "words"  # English plural forms come from editor_app_en.qm
    qtbot.waitUntil(lambda: window.status.words.text().startswith(f"{words:,} {noun} · "))


def test_history_lists_revisions_with_a_word_diff_and_restores_as_a_new_revision(demo_window, qtbot) -> None:
    from datetime import timedelta

    from editor_app.store.revisions import REVISION_WINDOW
    from editor_app.ui.review.history_dialog import HistoryDialog

    window = demo_window
    article_id = window.editor.article.id
    original_body = window.form.body.toPlainText()
    # a second revision, as if written after the edit window closed
    article = window.services.articles.get(article_id)
    with window.services.db.write() as uow:
        later = article.updated_at + REVISION_WINDOW + timedelta(seconds=1)
        changed = article.with_changes(body="Completely rewritten lead paragraph.")
        uow.articles.save(changed)
        uow.revisions.record(changed, now=later)
    window.runner.run(lambda: window.services.articles.get(article_id), window.editor.take_stored)
    qtbot.waitUntil(lambda: window.form.body.toPlainText() == "Completely rewritten lead paragraph.")

    window.acts.history.trigger()
    dialog = None

    def opened() -> bool:
        nonlocal dialog
        dialog = window.findChild(HistoryDialog, "historyDialog")
        return dialog is not None and dialog.isVisible()

    qtbot.waitUntil(opened)
    assert dialog.list.count() == 2
    dialog.list.setCurrentRow(1)  # the imported original
    shown = dialog.diff.toPlainText()
    assert "Completely" in shown and "Four towns" in shown
    qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.form.body.toPlainText() == original_body)
    history = window.services.articles.history(article_id)
    assert [r.kind for r in history][:1] == ["restore"]
    assert len(history) == 3  # restoring added a revision; none was removed


def test_the_last_article_opens_without_waiting_for_the_list(services, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """At start the last article is read at once, not after the list's count and rows: with the list's count
    held up, the article is in the editor and the list still empty."""
    import threading

    from PySide6.QtCore import QCoreApplication, QEvent, QSettings

    from editor_app.ui.window.main_window import MainWindow

    article, _ = services.articles.create(
        headline="Gates hold at high tide", body="The gates held.", section="News"
    )
    settings = QSettings(str(services.paths.settings), QSettings.Format.IniFormat)
    settings.setValue("session/lastArticle", article.id)
    gate = threading.Event()
    count = services.articles.count
    monkeypatch.setattr(services.articles, "count", lambda: (gate.wait(10), count())[1])
    window = MainWindow(services, settings)
    try:
        window.show()
        window.start()
        qtbot.waitUntil(lambda: window.editor.article is not None, timeout=5000)
        assert window.editor.article.id == article.id
        assert window.list_panel.model.rowCount() == 0  # the list is still waiting for its count
        gate.set()
        qtbot.waitUntil(lambda: window.list_panel.current_id() == article.id, timeout=5000)
        assert window.form.headline.text() == "Gates hold at high tide"
    finally:
        gate.set()
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_article_asked_for_last_is_the_one_shown(demo_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Two articles asked for in a row (a quick click, then another): the second is shown, even when the first's
    read comes back last."""
    window = demo_window
    first, second = [r.id for r in window.services.articles.summaries() if r.id != window.editor.article.id][
        :2
    ]
    snapshot = window.services.articles.snapshot
    monkeypatch.setattr(
        window.services.articles,
        "snapshot",
        lambda article_id: (time.sleep(0.3) if article_id == first else None, snapshot(article_id))[1],
    )
    window.open_article(first)
    window.open_article(second)
    qtbot.waitUntil(lambda: window.editor.article.id == second, timeout=5000)
    qtbot.wait(600)  # the first's read has come back by now
    assert window.editor.article.id == second and window.snapshot.article.id == second
