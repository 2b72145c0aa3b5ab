"""The preview's page script: patches ``#body`` block by block, anchors the scroll, reports scroll and paint.

It runs in Qt's ``ApplicationWorld`` (an isolated world): it shares the DOM with the page but not its globals,
and it runs although JavaScript is disabled for the page itself (``JavascriptEnabled`` only governs the main
world), so article content can never run script and never reach these functions. Messages back to Python
travel as console messages that start with :data:`MESSAGE_PREFIX`.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

MESSAGE_PREFIX = "\x01preview:"
LINE_MESSAGE = "line"
PAINTED_MESSAGE = "painted"
READY_MESSAGE = "ready"
"""Sent once the script is installed in a page, with the generation the page was built for."""


@cache
def patch_script_source() -> str:
    """The page script (``resources/preview/patch.js``); installed once per page load (``DocumentReady``,
    ``ApplicationWorld``), it defines ``window.__preview``."""
    return (
        resources.files("editor_app").joinpath("resources", "preview", "patch.js").read_text(encoding="utf-8")
    )
