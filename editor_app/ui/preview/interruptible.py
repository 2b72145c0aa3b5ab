"""The preview's renderer, stoppable between blocks: a render that a newer text supersedes stops at the next block
boundary once it has run for :data:`SUPERSEDE_AFTER_S`, keeping the blocks it finished for the next render.

Loaded on the render thread with its first render (it brings the Markdown pipeline), never on the GUI thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Hashable, Mapping, Sequence
from typing import TYPE_CHECKING

from editor_app.render.blocks import BlockRenderer

if TYPE_CHECKING:
    from editor_app.render.block import Block
    from editor_app.render.blocks import _Rendered

SUPERSEDE_AFTER_S = 0.05
"""How long a render may run before a newer text can stop it (a 5,000-word keystroke takes a few ms)."""


class Superseded(Exception):
    """Raised inside a render that a newer text replaced."""


class InterruptibleRenderer(BlockRenderer):
    """A :class:`BlockRenderer` that stops between blocks when asked and keeps what it already rendered.

    It hooks the renderer's per-block methods (``_render_block``, ``_render_footnotes``); a public
    cancellation hook in ``editor_app.render`` would make this subclass unnecessary.
    """

    def __init__(self, stop: threading.Event | None = None) -> None:
        super().__init__()
        self.stop = stop or threading.Event()
        """Set (from any thread) when a newer text waits."""
        self._started = 0.0
        self._salvage: dict[Hashable, _Rendered] = {}

    def reset(self) -> None:
        stop = self.stop
        super().reset()
        self.stop = stop

    def render_unless_superseded(self, text: str) -> tuple[Block, ...] | None:
        self._started = time.monotonic()
        try:
            result = self.render(text)
        except Superseded:
            return None
        self._salvage.clear()
        return result.blocks

    def _check(self) -> None:
        if self.stop.is_set() and time.monotonic() - self._started >= SUPERSEDE_AFTER_S:
            raise Superseded

    def _render_block(self, text: str, ref_counts: Mapping[str, int], taken_ids: Sequence[str]) -> _Rendered:
        key = self._key(text, ref_counts, taken_ids)
        entry = self._salvage.get(key)
        if entry is None:
            entry = super()._render_block(text, ref_counts, taken_ids)
            self._salvage[key] = entry
        self._check()
        return entry

    def _render_footnotes(self, ref_counts: Mapping[str, int], taken_ids: Sequence[str]) -> _Rendered:
        self._check()
        return super()._render_footnotes(ref_counts, taken_ids)
