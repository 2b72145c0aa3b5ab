"""The words of the sync state in the status bar (pure: no site, no network)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from editor_app.ui.sync.status import CONFLICTS_LINK, Phase, SyncState, show_state


def test_every_state_reads_in_plain_words(qapp: Any) -> None:  # the words come through Qt's translators
    at = datetime(2026, 11, 27, 14, 5)
    assert SyncState(pending=2).text() == "Local only · 2 changes not synced"
    assert SyncState(Phase.OFFLINE, "desk", pending=3).text() == "desk: offline · 3 pending"
    assert SyncState(Phase.SYNCING, "desk", done=4, total=12).text() == "desk: syncing 4 of 12"
    assert SyncState(Phase.SYNCING, "desk").text() == "desk: syncing…"
    assert SyncState(Phase.SYNCED, "desk", last_synced=at).text() == "desk: synced at 14:05"
    assert (
        SyncState(Phase.SYNCED, "desk", pending=1, conflicts=2, last_synced=at).text()
        == "desk: synced at 14:05 · 1 pending · 2 conflicts"
    )
    assert SyncState(Phase.SIGN_IN, "desk").text() == "desk: sign-in needed"


def test_the_conflict_count_is_a_link_that_the_label_reports(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    show_state(label, SyncState(Phase.OFFLINE, "desk", pending=1, conflicts=1, message="Cannot reach it."))
    assert f'href="{CONFLICTS_LINK}"' in label.text() and "1 conflict<" in label.text()
    assert "Cannot reach it." in label.toolTip() and "sent when the site can be reached" in label.toolTip()
    assert label.accessibleDescription() == "desk: offline · 1 pending · 1 conflict"
