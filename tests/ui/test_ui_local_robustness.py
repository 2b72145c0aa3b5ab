"""The window on a full disk and on a read-only profile: the text stays, the user is told why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QLabel

from editor_app.paths import DataPaths
from editor_app.services import open_services
from tests.store.mounts import fill_disk, read_only_view, small_tmpfs


def _window(qtbot: Any, services: Any) -> Any:
    from editor_app.ui.window.main_window import MainWindow

    window = MainWindow(services, QSettings(str(services.paths.settings), QSettings.Format.IniFormat))
    window.show()
    window.start()
    return window


def _close(window: Any) -> None:
    window.runner.wait()
    window.preview.shutdown()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.allow_logged_errors  # the failed save is logged, on purpose
def test_an_edit_on_a_full_disk_stays_in_the_editor_and_saves_when_space_returns(
    qtbot: Any, tmp_path: Path
) -> None:
    with small_tmpfs(tmp_path / "disk", "4m") as disk:
        services = open_services(DataPaths(disk / "profile"))
        article, _ = services.articles.create(headline="Storm", body="First line.")
        window = _window(qtbot, services)
        try:
            window.open_article(article.id)
            qtbot.waitUntil(lambda: window.editor.article is not None, timeout=10_000)
            filler = fill_disk(disk, leave=32 * 1024)
            typed = "First line.\n\n" + "The wind picked up. " * 20_000
            with qtbot.waitSignal(window.editor.saveFailed, timeout=15_000) as failure:
                window.form.body.setPlainText(typed)
                window.editor.save()
            message = failure.args[0]
            assert "is full" in message and "damaged" not in message and "Your text is kept" in message
            assert window.form.body.toPlainText() == typed and window.editor.dirty
            assert services.articles.get(article.id).body == "First line."

            filler.unlink()  # the retry after the deadline saves the same text
            qtbot.waitUntil(lambda: not window.editor.dirty and not window.editor.saving, timeout=15_000)
            assert services.articles.get(article.id).body == typed
        finally:
            _close(window)
            services.close()


def test_a_read_only_profile_opens_with_a_banner_and_editing_off(qtbot: Any, tmp_path: Path) -> None:
    source = tmp_path / "profile"
    writable = open_services(DataPaths(source))
    article, _ = writable.articles.create(headline="Archive", body="Old text.")
    writable.close()
    with read_only_view(source, tmp_path / "view") as view:
        import logging

        from editor_app.app import open_workstation

        handlers = list(logging.getLogger("editor_app").handlers)
        window = open_workstation(view)  # as a user starts it: the profile opens in the background
        qtbot.waitUntil(lambda: window.attached and bool(window.read_only_reason), timeout=20_000)
        services = window.services
        try:
            banner = window.findChild(QLabel, "readOnlyBanner")
            assert banner is not None and banner.isVisible() and "read-only" in banner.text()
            window.open_article(article.id)
            qtbot.waitUntil(lambda: window.editor.article is not None, timeout=10_000)
            assert window.form.body.isReadOnly() and window.form.headline.isReadOnly()
            assert window.form.lock.isVisible() and "read-only" in window.form.lock.text()
            assert not window.acts.new_article.isEnabled() and not window.acts.import_.isEnabled()
            assert not window.acts.delete.isEnabled() and window.acts.export.isEnabled()
        finally:
            _close(window)
            services.close()
            for handler in set(logging.getLogger("editor_app").handlers) - set(handlers):
                logging.getLogger("editor_app").removeHandler(handler)
