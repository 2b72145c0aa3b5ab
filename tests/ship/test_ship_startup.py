"""Start-up as a user meets it: files given to the program open in the window; without a web engine the
window still works with a plain preview and a dialog says why."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ship.conftest import Opener


def visible_box(name: str) -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


def test_files_given_to_the_program_are_imported_and_the_first_opened(
    open_window: Opener, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from editor_app.ui.file_commands import open_files

    story = tmp_path / "harbour.md"
    story.write_text("---\nheadline: Harbour wall repaired\n---\n\nThe wall held.\n", encoding="utf-8")
    note = tmp_path / "note.txt"
    note.write_bytes("Паводок на реке\n\nВода спала.\n".encode("cp1251"))
    window = open_window(tmp_path / "profile")
    open_files(window, [str(story), note])  # as the one-instance hook or the launcher passes them
    qtbot.waitUntil(
        lambda: (
            window.editor.article is not None and window.editor.article.headline == "Harbour wall repaired"
        ),
        timeout=10_000,
    )
    assert window.form.body.toPlainText().strip() == "The wall held."
    headlines = {s.headline for s in window.services.articles.summaries(_all())}
    assert headlines == {"Harbour wall repaired", "Паводок на реке"}
    report = visible_box("importReport")
    assert report is not None and "Windows-1251" in report.detailedText()
    report.close()


def _all():  # type: ignore[no-untyped-def]
    from editor_app.store import ArticleQuery

    return ArticleQuery()


@pytest.mark.allow_logged_errors  # the missing web engine is logged, on purpose
def test_without_a_web_engine_the_preview_is_plain_and_a_dialog_says_why(
    open_window: Opener, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from editor_app.ui.preview.plain import PlainPreviewPanel

    monkeypatch.setitem(
        sys.modules, "PySide6.QtWebEngineWidgets", None
    )  # the import fails, as without libnss3
    window = open_window(tmp_path / "profile")
    assert isinstance(window.preview, PlainPreviewPanel)
    box = visible_box("previewProblemDialog")
    assert box is not None
    assert "web engine could not be loaded" in box.informativeText()
    box.close()

    window.open_demo()
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=10_000)
    view = window.preview.view
    headline = window.editor.article.headline
    qtbot.waitUntil(lambda: headline in view.toPlainText() and "photo:" in view.toPlainText(), timeout=10_000)
    body = window.form.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    body.insertPlainText("\n\n")
    qtbot.keyClicks(body, "A **bold** <script>alert(1)</script> line")
    qtbot.waitUntil(lambda: "A bold" in view.toPlainText(), timeout=10_000)
    assert "<script" not in view.toHtml()  # the same sanitised HTML as the live preview
    article_id = window.editor.article.id
    qtbot.waitUntil(lambda: window.services.articles.get(article_id).body.endswith("line"), timeout=10_000)
    from editor_app.domain.site_lists import ListItem

    popular = [
        ListItem(1, "Ferry timetable returns", "https://example.org/ferry"),
        ListItem(2, "Draft", status="draft"),
    ]
    window.preview.set_site_lists(popular, [], "as of the last sync, 4 Dec 10:00 UTC")
    qtbot.waitUntil(lambda: "Ferry timetable returns" in view.toPlainText(), timeout=10_000)
    assert (
        "Draft" not in view.toPlainText()
    )  # readers never see unpublished posts, nor does the plain preview


@pytest.mark.allow_logged_errors  # the web engine that failed is logged, on purpose
def test_a_web_engine_gone_since_the_last_start_gives_way_to_the_plain_preview_and_a_dialog_says_why(
    open_window: Opener, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import PySide6
    from PySide6.QtWidgets import QTextBrowser

    from editor_app.paths import DataPaths
    from editor_app.ui.preview import PreviewPanel
    from editor_app.ui.preview.factory import ENGINE_KEY

    monkeypatch.setenv("QT_QUICK_BACKEND", "software")  # no GPU: the view waits for the first paint
    paths = DataPaths(tmp_path / "profile")
    paths.settings.parent.mkdir(parents=True, exist_ok=True)
    paths.settings.write_text(f"[preview]\nwebEngineLoads={PySide6.__version__}\n")  # it loaded last time
    monkeypatch.setitem(sys.modules, "editor_app.ui.preview.view_parts", None)  # now its import fails
    window = open_window(paths.root)
    preview = window.preview
    assert isinstance(preview, PreviewPanel)  # unchecked before the window: it loads with the view
    qtbot.waitUntil(lambda: visible_box("previewProblemDialog") is not None, timeout=10_000)
    box = visible_box("previewProblemDialog")
    assert box is not None and "web engine could not be loaded" in box.informativeText()
    box.close()
    assert preview.problem is not None and not preview.view_pending
    assert window.settings.value(ENGINE_KEY) is None  # the next start checks first, and starts plain

    window.open_demo()
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=10_000)
    view = preview.findChild(QTextBrowser, "previewView")
    assert view is not None and view.isVisible()
    preview.set_theme("site")  # no site theme synced: the live panel's note about it stays hidden too
    assert not any(w.isVisible() for w in (preview.stage, preview.width_combo, preview.theme_note))
    headline = window.editor.article.headline
    qtbot.waitUntil(lambda: headline in view.toPlainText(), timeout=10_000)
    body = window.form.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    qtbot.keyClicks(body, " Typed after the engine failed.")
    qtbot.waitUntil(lambda: "Typed after the engine failed." in view.toPlainText(), timeout=10_000)
    article_id = window.editor.article.id
    qtbot.waitUntil(
        lambda: window.services.articles.get(article_id).body.endswith("Typed after the engine failed."),
        timeout=10_000,
    )  # nothing is lost: the edit is saved as ever
    errors: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: errors.append(error))
    body.insertPlainText("".join(f"\n\nParagraph {n} of a long story." for n in range(60)))
    qtbot.waitUntil(lambda: "Paragraph 59" in view.toPlainText(), timeout=10_000)
    bar = body.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())  # the editor's scroll follows into the plain preview
    qtbot.wait(100)
    assert errors == []
    body.selectAll()
    body.textCursor().removeSelectedText()  # an emptied body empties the plain preview's too
    qtbot.waitUntil(lambda: "Typed after the engine failed." not in view.toPlainText(), timeout=10_000)


def test_without_a_gpu_qt_quick_and_chromium_draw_in_software(tmp_path: Path) -> None:
    from editor_app.web_engine_env import software_drawing

    if not sys.platform.startswith("linux"):
        pytest.skip("the render-node check is Linux's")
    nodes = str(tmp_path / "dri" / "renderD*")
    (tmp_path / "dri").mkdir()
    environ: dict[str, str] = {}
    assert software_drawing(nodes, environ) is True  # no render node: software
    assert environ == {"QT_QUICK_BACKEND": "software", "QT_XCB_GL_INTEGRATION": "none"}  # X11: no GL context
    environ = {"QT_XCB_GL_INTEGRATION": "xcb_egl"}
    assert software_drawing(nodes, environ) is True
    assert environ == {"QT_QUICK_BACKEND": "software", "QT_XCB_GL_INTEGRATION": "xcb_egl"}  # the user's kept
    (tmp_path / "dri" / "renderD128").touch()
    environ = {}
    assert software_drawing(nodes, environ) is False  # a GPU: Qt's and Chromium's own choice
    assert environ == {}
    (tmp_path / "dri" / "renderD128").unlink()
    environ = {"QSG_RHI_BACKEND": "opengl"}
    assert software_drawing(nodes, environ) is False  # the user's choice stands
    assert environ == {"QSG_RHI_BACKEND": "opengl"}


def test_with_the_sandbox_off_chromium_starts_no_zygote_and_keeps_the_users_switches() -> None:
    from editor_app.web_engine_env import without_zygote

    environ = {"QTWEBENGINE_DISABLE_SANDBOX": "1"}
    assert without_zygote(environ) is True
    assert environ["QTWEBENGINE_CHROMIUM_FLAGS"] == "--no-zygote"
    environ = {"QTWEBENGINE_DISABLE_SANDBOX": "1", "QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu"}
    assert without_zygote(environ) is True
    assert environ["QTWEBENGINE_CHROMIUM_FLAGS"] == "--disable-gpu --no-zygote"
    assert without_zygote(environ) is False  # once
    assert environ["QTWEBENGINE_CHROMIUM_FLAGS"] == "--disable-gpu --no-zygote"
    environ = {"QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu"}  # the sandbox on: it needs its zygote
    assert without_zygote(environ) is False
    assert environ == {"QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu"}


def test_the_collector_off_during_start_up_runs_again_once_the_window_is_complete(
    open_window: Opener, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    import gc

    gc.disable()  # as run_gui starts
    try:
        window = open_window(tmp_path / "profile")
        qtbot.waitUntil(gc.isenabled, timeout=5_000)
        assert window.attached and gc.get_freeze_count() > 10_000  # what start-up built is out of its passes
    finally:
        gc.enable()
        gc.unfreeze()
