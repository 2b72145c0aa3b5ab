"""The reporter's real window after the desk set a length target on the real WordPress: the window's own sync
brings it, the status bar shows the progress ("4 / 600 words") and the target field shows it read-only, saying
the desk sets it. pytest-qt (offscreen) drives the window; two profiles sync with the real site."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.newsroom import Member, members

pytestmark = [pytest.mark.wordpress]


@pytest.fixture
def newsroom(wordpress: Any, tmp_path: Path) -> Iterator[dict[str, Member]]:
    with members(wordpress, tmp_path, ("reporter", "desk"), synced=False) as opened:
        yield opened


@pytest.fixture
def reporter_window(qtbot: Any, newsroom: dict[str, Member]) -> Iterator[Any]:
    """The reporter's main window on their profile (as tests/ui builds windows)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings

    from editor_app.ui.window.main_window import MainWindow

    services = newsroom["reporter"].services
    window = MainWindow(services, QSettings(str(services.paths.settings), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.start()
    yield window
    window.runner.wait()
    window.preview.shutdown()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_reporter_sees_the_desks_target_after_a_sync_in_the_window(
    newsroom: dict[str, Member], reporter_window: Any, qtbot: Any
) -> None:
    reporter, desk = newsroom["reporter"], newsroom["desk"]
    article, _ = reporter.services.articles.create(headline="Ferry strike", body="Ferries stopped at dawn.")
    reporter.synced()
    desk.synced()
    desks_copy = desk.article_for(reporter.remote_id(article.id))
    desk.services.articles.edit(desks_copy, {"length_target": 600})
    desk.synced()

    window = reporter_window
    spin, words = window.length_target.spin, window.status.words
    window.open_article(article.id)
    qtbot.waitUntil(lambda: window.editor.article is not None and window.editor.article.id == article.id)
    assert spin.value() == 0 and "/" not in words.text()

    window.sync.action.trigger()  # the window's own "Sync now"
    qtbot.waitUntil(lambda: spin.value() == 600, timeout=30_000)
    qtbot.waitUntil(lambda: words.text().startswith("4 / 600 words"), timeout=5_000)
    assert spin.isVisible() and spin.isReadOnly() and "desk sets" in spin.toolTip()
    stored = reporter.services.articles.get(article.id)
    assert stored is not None and stored.length_target == 600
