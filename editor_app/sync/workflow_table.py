"""The workflow table as the companion plugin reads it: ``workflow.json`` inside the plugin folder.

The server checks every status change (REST, XML-RPC, wp-admin) against the same transitions, editability rules
and capability-to-role rows as the app. Regenerate after changing ``domain/workflow.py`` or ``sync/roles.py``:

    python -m editor_app.sync.workflow_table packaging/wordpress/editorial-workstation/workflow.json

(``tests/sync/test_workflow_table.py`` fails while the shipped file differs from this module's answer.)

A status the site never holds (``archived``: an imported reference) has no ``to_remote`` entry; ``local_only``
names the WordPress status its article arrives in (a new post with no audit trail), from which the server accepts
the first transition out of the local status.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from editor_app.domain.workflow import TRANSITIONS, Role, Status, is_editable
from editor_app.sync.mapping import ARRIVES_AS, FROM_REMOTE, TO_REMOTE
from editor_app.sync.roles import ROLE_CAPABILITIES

GENERATOR = "python -m editor_app.sync.workflow_table"


def workflow_table() -> dict[str, Any]:
    """The table as plain JSON data, in a stable order."""
    return {
        "generated_by": f"{GENERATOR} (from editor_app/domain/workflow.py); do not edit by hand",
        "statuses": [s.value for s in Status],
        "to_remote": {s.value: TO_REMOTE[s] for s in Status if s in TO_REMOTE},
        "local_only": {s.value: ARRIVES_AS[s] for s in Status if s in ARRIVES_AS},
        "from_remote": {**{k: v.value for k, v in FROM_REMOTE.items()}, "auto-draft": Status.DRAFT.value},
        "roles": [{"role": r.value, "capabilities": sorted(caps)} for r, caps in ROLE_CAPABILITIES],
        "transitions": [
            {
                "name": t.name,
                "sources": [s.value for s in Status if s in t.sources],
                "target": t.target.value,
                "roles": [r.value for r in Role if r in t.roles],
                "needs_note": t.needs_note,
                "needs_time": t.needs_time,
                "checklist": t.checklist.value,
            }
            for t in TRANSITIONS
        ],
        "editable": {r.value: [s.value for s in Status if is_editable(s, r)] for r in Role},
    }


def render() -> str:
    return json.dumps(workflow_table(), indent=1) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(f"usage: {GENERATOR} PATH/TO/workflow.json", file=sys.stderr)
        return 2
    Path(argv[0]).write_text(render(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
