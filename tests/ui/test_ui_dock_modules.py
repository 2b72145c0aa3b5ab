"""The docks' modules load with the profile, off the GUI thread (``docks.DOCK_MODULES``), not with the
main window's: the window's first paint does not wait for them, and building the docks finds them loaded."""

from __future__ import annotations

import json

from tests.fresh_python import run_python

DOCK_MODULES = (
    "editor_app.ui.photos.panel",
    "editor_app.ui.related.picker",
    "editor_app.ui.review.panel",
    "editor_app.ui.editors_choice.controller",
    "editor_app.ui.body.photo_tokens",
    "editor_app.ui.window.body_photos",
    "editor_app.ui.window.dock_menu",
    "editor_app.ui.window.fixes",
    "editor_app.ui.window.recovery",
)

PROBE = f"""
import json, sys
import editor_app.ui.window.main_window
with_window = [m for m in {DOCK_MODULES!r} if m in sys.modules]
from editor_app.ui.window.docks import DOCK_MODULES
for name in DOCK_MODULES:
    __import__(name)
missing = [m for m in {DOCK_MODULES!r} if m not in sys.modules]
print(json.dumps({{"with_window": with_window, "missing": missing}}))
"""


def test_the_docks_modules_load_with_the_profile_not_with_the_window() -> None:
    done = run_python(PROBE)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"with_window": [], "missing": []}
