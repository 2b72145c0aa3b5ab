"""The Sites dialog: plain http to another machine is refused until the user ticks the allowance, which shows
what that risks; a site can be removed, and its stored password goes with it. No WordPress needed: the address
(``.invalid``) never resolves, so nothing is ever sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

WAIT = 20_000


def test_http_needs_the_allowance_and_a_removed_site_forgets_its_password(
    qtbot: Any, tmp_path: Path, memory_keyring: dict[tuple[str, str], str]
) -> None:
    from editor_app.services.sync import SyncService
    from editor_app.store import Database
    from editor_app.sync.credentials import Credentials
    from editor_app.sync.origin import HTTP_WARNING
    from editor_app.ui.sync.sites_dialog import SitesDialog
    from editor_app.ui.task_runner import TaskRunner

    db = Database.open(tmp_path / "newsroom.sqlite")
    runner = TaskRunner()
    try:
        service = SyncService(db, None, Credentials())
        dialog = SitesDialog(service, runner)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.allow_http.objectName() == "siteAllowHttpCheck" and not dialog.http_warning.isVisible()
        dialog.allow_http.setChecked(True)
        assert dialog.http_warning.isVisible() and dialog.http_warning.text() == HTTP_WARNING
        dialog.allow_http.setChecked(False)
        assert not dialog.http_warning.isVisible()

        dialog.name.setText("news")
        dialog.url.setText("notaurl")
        dialog.user.setText("desk")
        dialog.password.setText("abcd efgh")
        dialog.add_button.click()
        qtbot.waitUntil(lambda: "not a web address" in dialog.message.text(), timeout=WAIT)
        dialog.url.setText("http://news.invalid")
        dialog.add_button.click()
        qtbot.waitUntil(lambda: "plain http" in dialog.message.text(), timeout=WAIT)
        assert service.sites() == [] and memory_keyring == {}

        dialog.allow_http.setChecked(True)
        dialog.add_button.click()
        qtbot.waitUntil(lambda: "was saved" in dialog.message.text(), timeout=WAIT)
        qtbot.waitUntil(lambda: dialog.sites.topLevelItemCount() == 1, timeout=WAIT)
        item = dialog.sites.topLevelItem(0)
        assert item is not None and "(plain http allowed)" in item.text(1)
        assert service.site("news").allow_http and memory_keyring != {}

        assert not dialog.remove_button.isEnabled()
        dialog.sites.setCurrentItem(item)
        assert dialog.remove_button.isEnabled()
        dialog.remove_button.click()
        qtbot.waitUntil(lambda: "Removed news" in dialog.message.text(), timeout=WAIT)
        qtbot.waitUntil(lambda: dialog.sites.topLevelItemCount() == 0, timeout=WAIT)
        assert service.sites() == [] and memory_keyring == {}
    finally:
        runner.wait()
        db.close()
