"""One block of the preview's body: light (no Markdown), so the preview's page code can hold blocks before the
Markdown pipeline has loaded."""

from __future__ import annotations

from typing import NamedTuple


class Block(NamedTuple):
    block_id: str
    source_line: int
    """0-based line of the block's first source line."""
    html: str
    """Sanitised inner HTML."""

    def wrapped(self) -> str:
        """The block as the preview holds it: ``<div class="blk" id=… data-line=…>…</div>``."""
        return f'<div class="blk" id="{self.block_id}" data-line="{self.source_line}">{self.html}</div>'
