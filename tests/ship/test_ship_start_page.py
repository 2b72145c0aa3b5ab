"""The workstation started on a profile whose last article has a kept page: the page loads before the profile
has opened, and the article arriving unchanged from the database does not load it again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QTextCursor

from editor_app.domain import Article
from editor_app.ui.window.main_window import MainWindow
from tests.ui_preview.preview_helpers import QT_NOISE, run_js, wait_body_contains, wait_idle

pytestmark = pytest.mark.qt_log_ignore(*QT_NOISE)

BODY = "The harbour wall held through the night.\n\nCrews checked the gates at dawn.\n"


def _open(data_dir: Path) -> MainWindow:
    from editor_app.app import open_workstation

    return open_workstation(data_dir, on_failure=lambda message: pytest.fail(message))


def _close(window: MainWindow) -> None:
    window.close()
    services = window.services
    window.preview.shutdown()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    services.close()


def _wait_open(qtbot, window: MainWindow, headline: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: (
            window.attached
            and window.editor.article is not None
            and window.editor.article.headline == headline
        ),
        timeout=20_000,
    )
    wait_idle(qtbot, window.preview)  # type: ignore[arg-type]


def _kept_page(qtbot, profile: Path) -> Article:  # type: ignore[no-untyped-def]
    """A session on ``profile`` that opened an article and quit: its page is kept for the next start."""
    window = _open(profile)
    qtbot.waitUntil(lambda: window.attached, timeout=20_000)
    article, _changes = window.services.articles.create(headline="Harbour wall holds", body=BODY)
    window.open_article(article.id)
    _wait_open(qtbot, window, "Harbour wall holds")
    _close(window)
    return article


def test_the_last_articles_page_loads_before_the_profile_opens(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    profile = tmp_path / "profile"
    article = _kept_page(qtbot, profile)

    window = _open(profile)
    assert not window.attached, "the profile opens in the background, after this"
    assert window.preview.start.entry is not None  # type: ignore[union-attr]
    wait_body_contains(qtbot, window.preview, "harbour wall held")  # type: ignore[arg-type]
    loads: list[bool] = []
    window.preview.page.loadStarted.connect(lambda: loads.append(True))  # type: ignore[union-attr]
    _wait_open(qtbot, window, "Harbour wall holds")
    qtbot.wait(200)
    assert loads == [], "the article arrived unchanged: its page was not loaded again"
    assert run_js(qtbot, window.preview, "document.documentElement.dataset.generation") == "-1"  # type: ignore[arg-type]

    # Changed while the workstation was closed (as a sync or another tool would): the page is loaded afresh.
    window.services.articles.edit(article.id, {"body": "The gates were replaced overnight.\n"})
    _close(window)
    window = _open(profile)
    assert window.preview.start.entry is not None  # type: ignore[union-attr]
    _wait_open(qtbot, window, "Harbour wall holds")
    wait_body_contains(qtbot, window.preview, "gates were replaced")  # type: ignore[arg-type]
    text = run_js(qtbot, window.preview, "document.getElementById('body').textContent")  # type: ignore[arg-type]
    assert "harbour wall held" not in text
    assert run_js(qtbot, window.preview, "document.documentElement.dataset.generation") != "-1"  # type: ignore[arg-type]
    _close(window)


def test_text_typed_as_the_kept_page_is_taken_is_what_the_page_shows(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The kept page's own render waits for the events queued with it (the editor taking the text); a keystroke
    among them replaces that render, and no render of the text as stored comes after it."""
    profile = tmp_path / "profile"
    article = _kept_page(qtbot, profile)

    window = _open(profile)
    assert window.preview.start.entry is not None  # type: ignore[union-attr]
    typed: list[bool] = []

    def type_at_once(_article: object) -> None:  # in the turn the article arrives, as a fast typist would
        if not typed:
            typed.append(True)
            window.form.body.moveCursor(QTextCursor.MoveOperation.End)
            window.form.body.insertPlainText("Tide gauges read normal by noon.\n")

    window.editor.articleChanged.connect(type_at_once)
    _wait_open(qtbot, window, "Harbour wall holds")
    assert typed
    wait_body_contains(qtbot, window.preview, "Tide gauges read normal")  # type: ignore[arg-type]
    qtbot.wait(300)  # a render of the stored text would land by now
    text = run_js(qtbot, window.preview, "document.getElementById('body').textContent")  # type: ignore[arg-type]
    assert "Tide gauges read normal" in text and "harbour wall held" in text
    window.editor.flush()
    assert "Tide gauges" in window.services.articles.get(article.id).body
    _close(window)


def test_the_kept_page_of_an_article_deleted_meanwhile_is_emptied(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Deleted while the workstation was closed (another workstation, a sync): its page shows until the profile
    opens, then the page empties and the editor lets the article go."""
    from editor_app.paths import DataPaths
    from editor_app.services import open_services

    profile = tmp_path / "profile"
    article = _kept_page(qtbot, profile)
    other = open_services(DataPaths(profile))
    other.articles.delete(article.id)
    other.close()

    window = _open(profile)
    wait_body_contains(qtbot, window.preview, "harbour wall held")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.attached, timeout=20_000)
    qtbot.waitUntil(
        lambda: run_js(qtbot, window.preview, "document.body.textContent.trim()") == "",  # type: ignore[arg-type]
        timeout=10_000,
    )
    assert window.editor.article is None and not window.preview.start_pending
    _close(window)
