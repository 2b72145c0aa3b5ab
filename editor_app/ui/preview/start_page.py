"""The page of the article last open, kept so that the next start can load it before the profile opens.

One file, ``start.json`` in the preview cache folder: the article's id, its render key (the page's fields and
the body text it was rendered from, digested), the body's blocks and the whole page's HTML. At start-up the
panel loads that HTML at once; when the article arrives from the database with the same key, the page stays
(no reload); with another key (edited elsewhere, synced) the ordinary page load replaces it. The site's lists
(Popular, Editor's choice) are left out of the key and the page: they are patched in when they arrive, as on
an ordinary load.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # reading a start page loads none of these: it happens before the window's first paint
    from PySide6.QtCore import QSettings

    from editor_app.domain import Article
    from editor_app.render.block import Block
    from editor_app.render.page import PageData
    from editor_app.ui.preview.controller import PreviewController
    from editor_app.ui.preview.page import PreviewPage

log = logging.getLogger(__name__)

FILE_NAME = "start.json"
GENERATION = -1
"""The generation the start page reports when its script is in (ordinary loads count from 1, the empty
warm-up page reports 0)."""


def page_fields(fields: PageData) -> PageData:
    """The fields a start page is built from and keyed by: the site's lists and the body left out."""
    return replace(fields, body_html="", popular=(), editors_picks=(), lists_note="")


def render_key(fields: PageData, text: str) -> str:
    """What the page shows, digested: the same key means the same page."""
    from editor_app.ui.preview.cache import digest

    described = json.dumps(asdict(page_fields(fields)), sort_keys=True, ensure_ascii=False)
    return digest(f"{described}\x00{text}")


@dataclass(frozen=True, slots=True)
class StartPage:
    article_id: str
    key: str
    blocks: tuple[tuple[str, int, str], ...]
    """The body's blocks (id, source line, HTML) as the page holds them."""
    html: str
    """The whole page (no generation mark: :meth:`html_for_load` adds it)."""

    def html_for_load(self) -> str:
        return self.html.replace("<html", f'<html data-generation="{GENERATION}"', 1)


def read(folder: Path | None, article_id: str) -> StartPage | None:
    """The start page kept for ``article_id``, or None (none kept, another article's, or damaged)."""
    if folder is None or not article_id:
        return None
    path = folder / FILE_NAME
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
        if entry.get("article") != article_id:
            return None
        blocks = tuple((str(b), int(line), str(html)) for b, line, html in entry["blocks"])
        return StartPage(article_id, str(entry["key"]), blocks, str(entry["html"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:  # a damaged entry is only a slower start
        log.info("start page not used: %s", exc)
        return None


def write(
    folder: Path | None, article_id: str, fields: PageData, text: str, blocks: tuple[Block, ...]
) -> None:
    """Keep the page of ``article_id`` (``fields`` and the ``blocks`` rendered from ``text``) for the next start."""
    if folder is None:
        return
    from editor_app.render import render_page
    from editor_app.ui.preview.controller import blocks_html

    html = render_page(replace(page_fields(fields), body_html=blocks_html(blocks)))
    entry = {
        "article": article_id,
        "key": render_key(fields, text),
        "blocks": [list(block) for block in blocks],
        "html": html,
    }
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f"{FILE_NAME}.part"
        partial.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
        partial.replace(folder / FILE_NAME)
    except OSError as exc:  # a full disk or read-only profile: the next start is only slower
        log.info("start page not written: %s", exc)


def forget(folder: Path | None) -> None:
    """No start page (the last page was in the site's theme, or is not to be trusted)."""
    if folder is not None:
        (folder / FILE_NAME).unlink(missing_ok=True)


class Pending:
    """The start page of the article last open (``session/lastArticle`` in ``settings``), shown until that
    article arrives from the database; nothing when there is none, or the preview is in the site's theme."""

    def __init__(self, folder: Path | None, settings: QSettings | None, theme: str) -> None:
        last = str(settings.value("session/lastArticle", "") or "") if settings is not None else ""
        self.entry = read(folder, last) if theme == "house" else None
        self.ready = False
        self.shown: PageData | None = None
        """The fields the article shown was loaded with (as stored; edits in the form are patched in later)."""
        self._kept = (self.entry.article_id, self.entry.key) if self.entry is not None else None
        self._page: PreviewPage | None = None

    def watch(self, page: PreviewPage) -> None:
        """``page`` is the one the start page is loaded into (it is its first load)."""
        self._page = page
        if self.entry is not None:
            page.ready.connect(self._on_ready)

    def html(self) -> str | None:
        """The page to load at once, or None."""
        return self.entry.html_for_load() if self.entry is not None else None

    def _on_ready(self, generation: int) -> None:
        if generation == GENERATION:
            self.ready = True

    def take(self, controller: PreviewController, article: Article, fields: PageData, *, house: bool) -> bool:
        """The first article shown: when the start page is its page as stored, ``controller`` takes it as
        loaded (then patches the site's lists in) and True is returned; else False (the caller loads the page).
        Either way the start page is done with."""
        entry, self.entry, self.shown = self.entry, None, fields
        if entry is None or not house or entry.article_id != article.id:
            return False
        if self._page is None or self._page.loads != 1:
            return False  # another page was loaded over it (the start page is the panel's first)
        if render_key(fields, article.body) != entry.key:
            log.info("start page not kept: the article changed since the last session")
            return False  # edited elsewhere, synced: loaded afresh
        from editor_app.render.block import Block

        blocks = [Block(*block) for block in entry.blocks]
        controller.adopt(page_fields(fields), article.body, blocks, GENERATION, ready=self.ready)
        controller.update_fields(fields)
        log.info("start page kept: the article is as stored last session")
        return True

    def drop(self) -> bool:
        """Whether a start page was still waiting for its article (it is done with now)."""
        waiting, self.entry = self.entry is not None, None
        return waiting

    def keep(
        self, folder: Path | None, article_id: str, text: str, blocks: tuple[Block, ...], *, house: bool
    ) -> None:
        """Keep the page of the article shown, with ``blocks`` rendered from ``text``, for the next start
        (none when it is not in the ``house`` template); the same page as the one kept is not written again.
        Its fields are those it was loaded with, which is what the next start compares with."""
        fields = self.shown
        if fields is None or not house:
            forget(folder)
            self._kept = None
            return
        kept = (article_id, render_key(fields, text))
        if kept != self._kept:
            write(folder, article_id, fields, text, blocks)
            self._kept = kept
