"""The preview's last render of each article, kept in the profile: an article opened again (at start-up, the
last one open) shows its page before the Markdown pipeline has run. The render that follows still runs and
patches whatever differs, so a stale entry can only show for a moment; an entry is used only for the exact
text it was rendered from."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from editor_app.render.block import Block

log = logging.getLogger(__name__)


def digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


class RenderCache:
    """Blocks by article, in ``folder`` (None: nothing is kept). One small JSON file per article."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def _file(self, article_id: str) -> Path | None:
        if self.folder is None:
            return None
        return self.folder / f"{digest(article_id)}.json"

    def load(self, article_id: str, text: str) -> tuple[Block, ...] | None:
        """The blocks last rendered from exactly ``text`` for this article, or None."""
        path = self._file(article_id)
        if path is None or not path.is_file():
            return None
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            if entry.get("text") != digest(text):
                return None
            return tuple(Block(str(b), int(line), str(html)) for b, line, html in entry["blocks"])
        except (OSError, ValueError, KeyError, TypeError) as exc:  # a damaged entry is only a slower start
            log.info("preview cache entry %s not used: %s", path.name, exc)
            return None

    def store(self, article_id: str, text: str, blocks: tuple[Block, ...]) -> None:
        path = self._file(article_id)
        if path is None:
            return
        entry = {"text": digest(text), "blocks": [list(block) for block in blocks]}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(".part")
            partial.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
            partial.replace(path)
        except OSError as exc:  # a full disk or read-only profile: the preview works without
            log.info("preview cache entry not written: %s", exc)
