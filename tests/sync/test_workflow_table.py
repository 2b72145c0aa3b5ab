"""The plugin enforces the app's workflow: its workflow.json is exactly what domain/workflow.py and sync/roles.py say,
and the app believes a desk-only status only when the server's audit trail vouches for it."""

from __future__ import annotations

import json
from pathlib import Path

from editor_app.domain.workflow import TRANSITIONS, Role, Status, is_editable
from editor_app.sync.review_meta import vouched_status
from editor_app.sync.workflow_table import render, workflow_table

SHIPPED = Path(__file__).resolve().parents[2] / "packaging/wordpress/editorial-workstation/workflow.json"


def test_the_shipped_table_is_the_one_the_app_uses() -> None:
    assert SHIPPED.read_text(encoding="utf-8") == render(), (
        "regenerate: python -m editor_app.sync.workflow_table " + str(SHIPPED)
    )
    table = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert [t["name"] for t in table["transitions"]] == [t.name for t in TRANSITIONS]
    approve = next(t for t in table["transitions"] if t["name"] == "approve")
    assert approve["roles"] == ["desk"] and approve["target"] == "approved"
    assert table["roles"][0] == {
        "role": "desk",
        "capabilities": ["edit_others_posts", "edit_posts", "publish_posts"],
    }


def test_an_archive_status_is_never_on_the_site_and_arrives_as_a_draft() -> None:
    table = workflow_table()
    assert set(table["to_remote"]) | set(table["local_only"]) == set(table["statuses"])
    assert "archived" not in table["to_remote"] and table["local_only"] == {"archived": "draft"}
    to_site = next(t for t in table["transitions"] if t["name"] == "publish_to_site")
    assert to_site["sources"] == ["archived"] and to_site["roles"] == ["desk"]


def test_the_desk_may_correct_published_copy_and_no_one_else() -> None:
    editable = workflow_table()["editable"]
    assert "published" in editable["desk"] and is_editable(Status.PUBLISHED, Role.DESK)
    assert "published" not in editable["reporter"] and "published" not in editable["photo_editor"]


def test_a_desk_only_status_needs_the_servers_word_that_the_desk_made_it() -> None:
    by_desk = {"id": "1", "to": "approved", "action": "approve", "role": "desk", "user": 4}
    by_reporter = {**by_desk, "role": "reporter", "user": 2}
    assert vouched_status({"ew_status": "approved", "ew_audit": [by_desk]}) == "approved"
    assert vouched_status({"ew_status": "approved", "ew_audit": [by_desk, by_reporter]}) == ""
    assert vouched_status({"ew_status": "approved", "ew_audit": [{**by_desk, "user": "4"}]}) == ""
    assert vouched_status({"ew_status": "approved"}) == ""
    assert vouched_status({"ew_status": "returned"}) == "returned"  # a reporter's status needs no vouching
