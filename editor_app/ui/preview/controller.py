"""Keeps the preview page in step with the article: one page load per article, then per-block DOM patches.

The controller holds a model of what the page's ``#body`` holds (block id -> source line and HTML) and sends
only the difference between that model and each new render, so a dropped or superseded render never leaves
the page out of step. Patches wait until the page has loaded; fields (headline, photo...) are patched too.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import asdict, replace
from html import escape

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from editor_app.render import Block, PageData, render_page
from editor_app.render.sanitize import LINK_SCHEMES, url_scheme
from editor_app.ui.preview.page import SCRIPT_WORLD, PreviewPage
from editor_app.ui.preview.render_worker import RenderJob, RenderOutput, RenderWorker

log = logging.getLogger(__name__)

BLANK_PAGE = PageData(
    section="",
    editors_choice=False,
    headline="",
    standfirst="",
    byline="",
    date_text="",
    photo_src=None,
    photo_alt="",
    photo_caption_line="",
    body_html="",
    source="",
)


def body_patch(
    model: dict[str, tuple[int, str]], order: Sequence[str], blocks: Sequence[Block]
) -> dict[str, object] | None:
    """What the page must do to go from ``model``/``order`` to ``blocks``; ``None`` when nothing changed."""
    upsert: list[tuple[str, int, str]] = []
    lines: list[tuple[str, int]] = []
    for block in blocks:
        old = model.get(block.block_id)
        if old is None or old[1] != block.html:
            upsert.append((block.block_id, block.source_line, block.html))
        elif old[0] != block.source_line:
            lines.append((block.block_id, block.source_line))
    new_order = [block.block_id for block in blocks]
    kept = set(new_order)
    remove = [block_id for block_id in order if block_id not in kept]
    reorder = new_order if new_order != list(order) else None
    if not (upsert or lines or remove or reorder):
        return None
    return {"upsert": upsert, "lines": lines, "remove": remove, "order": reorder}


def blocks_html(blocks: Sequence[Block]) -> str:
    """The body's blocks as the page script builds them (``.blk`` elements with the block's id and source line),
    for a page that loads with its body in place."""
    return "".join(
        f'\n<div class="blk" id="{escape(block.block_id)}" data-line="{int(block.source_line)}">'
        f"{block.html}</div>"
        for block in blocks
    )


def field_values(data: PageData) -> dict[str, object]:
    """The page's non-body fields as the patch script's ``setFields`` takes them (escaped by the DOM)."""
    values = asdict(data)
    del values["body_html"]
    values["title"] = data.headline.strip() or "Untitled article"
    values["language"] = data.language or "en"
    for name in ("related", "popular", "editors_picks"):
        values[name] = [
            (headline, url if url and url_scheme(url) in LINK_SCHEMES else None)
            for headline, url in getattr(data, name)
        ]
    return values


class PreviewController(QObject):
    """Signals: ``patched(seq)`` after a body or fields patch was sent to the page, ``rendered(seconds)``
    after each completed render, ``loaded()`` when an article's page has loaded."""

    patched = Signal(int)
    rendered = Signal(float)
    loaded = Signal()

    def __init__(
        self, page: PreviewPage, worker: RenderWorker, base_url: QUrl, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._page = page
        self._worker = worker
        self._base_url = base_url
        self._generation = 0
        self._page_generation: int | None = None
        """The generation the page being loaded reports when ready (a start page has its own)."""
        self._seq = 0
        self._fields: PageData | None = None
        self._fields_in_page: PageData | None = None
        self._model: dict[str, tuple[int, str]] = {}
        self._order: list[str] = []
        self._latest: tuple[Block, ...] | None = None
        self._loads_pending = 0
        self._loaded = False
        self._text = ""
        self._deferred: RenderJob | None = None
        """The render of an adopted page, until the events queued with it have run (``adopt``)."""
        self._pending_line: float | None = None
        self._site_page: tuple[str, QUrl] | None = None
        worker.finished.connect(self._on_rendered)
        worker.failed.connect(self._on_failed)
        page.loadFinished.connect(self._on_load_finished)
        page.ready.connect(self._on_ready)

    # -- state -------------------------------------------------------------------------------------------

    @property
    def is_loaded(self) -> bool:
        return self._loaded

    @property
    def body_pending(self) -> bool:
        """Whether the page does not yet show the latest body text (a render or a page load is pending)."""
        return self._worker.busy or self._deferred is not None or not self._loaded or self._latest is not None

    @property
    def text(self) -> str:
        return self._text

    @property
    def fields(self) -> PageData | None:
        """The non-body fields of the article shown (as last edited), or None before the first."""
        return self._fields

    # -- commands ----------------------------------------------------------------------------------------

    def show(self, fields: PageData, body: str, cached: Sequence[Block] | None = None) -> None:
        """Load the page for a (different) article: fields at once, the body as soon as it is rendered.
        ``cached`` blocks (an earlier render of ``body``) go into the page as it loads, so its first paint
        shows the body; the render still runs and patches whatever differs."""
        self._generation += 1
        self._fields = self._fields_in_page = replace(fields, body_html="")
        self._model, self._order, self._latest = {}, [], None
        if self._site_page is not None:  # the site's theme: its placeholders are filled in once it is ready
            (html, base), self._fields_in_page = self._site_page, None
            self._latest = tuple(cached) if cached else None
        else:
            html, base = (
                render_page(replace(self._fields, body_html=blocks_html(cached or ()))),
                self._base_url,
            )
            self._model = {block.block_id: (block.source_line, block.html) for block in cached or ()}
            self._order = [block.block_id for block in cached or ()]
        self._loaded = False
        self._loads_pending += 1
        self._pending_line = None
        self._text = body
        # The page says which generation it was built for once its script is in: a load replaced by a newer
        # one before it finished can never be taken for the newer (load events alone do not tell them apart).
        html = html.replace("<html", f'<html data-generation="{self._generation}"', 1)
        self._page_generation = self._generation
        self._page.show_html(html, base)
        self._deferred = None
        self._worker.submit(RenderJob(self._generation, body, reset=True))

    def adopt(
        self, fields: PageData, body: str, blocks: Sequence[Block], page_generation: int, *, ready: bool
    ) -> None:
        """Take the page already loaded (or loading) as this article's, without loading it again: it was
        built from ``fields`` and ``blocks`` (rendered from ``body``) and reports ``page_generation`` when
        ready (``ready``: it has already). The render still runs and patches whatever differs."""
        self._generation += 1
        self._page_generation = page_generation
        self._fields = self._fields_in_page = replace(fields, body_html="")
        self._model = {block.block_id: (block.source_line, block.html) for block in blocks}
        self._order = [block.block_id for block in blocks]
        self._latest, self._loaded, self._pending_line, self._text = None, False, None, body
        # The page shows already: its render (which patches whatever differs, as after an upgrade of the
        # renderer) starts once the events queued now have run, such as the editor taking the same text,
        # instead of racing them for the interpreter.
        self._deferred = RenderJob(self._generation, body, reset=True)
        QTimer.singleShot(0, self, self._submit_deferred)
        if ready:
            self._on_ready(page_generation)

    def _submit_deferred(self) -> None:
        job, self._deferred = self._deferred, None
        if job is not None:
            self._worker.submit(job)

    @property
    def generation(self) -> int:
        """Counts ``show`` calls: a render for an older generation is of an article no longer shown."""
        return self._generation

    def set_site_page(self, page: tuple[str, QUrl] | None, *, reload: bool = True) -> None:
        """Show articles in the site's theme (its cached page and the folder it loads files from), or in the
        house template (None); with ``reload`` the article shown is reloaded in it when that changed it."""
        changed, self._site_page = page != self._site_page, page
        if reload and changed and self._fields is not None:
            self.show(self._fields, self._text)

    def update_fields(self, fields: PageData) -> None:
        if self._fields is None:
            self.show(fields, self._text)
            return
        self._fields = replace(fields, body_html="")
        if self._loaded and self._fields != self._fields_in_page:
            self._send_fields()

    def update_lists(
        self,
        popular: Sequence[tuple[str, str | None]],
        editors_picks: Sequence[tuple[str, str | None]],
        note: str,
    ) -> None:
        """The site's lists changed (after a sync): patch them into the page shown."""
        if self._fields is None:
            return
        shown = bool(popular or editors_picks)
        self.update_fields(
            replace(
                self._fields,
                popular=tuple(popular),
                editors_picks=tuple(editors_picks),
                lists_note=note if shown else "",
            )
        )

    def update_body(self, text: str) -> None:
        if self._fields is None:
            if text:  # an empty editor before any article (a highlighter pass) keeps the page shown
                self.show(BLANK_PAGE, text)
            return
        if text == self._text:
            return
        self._text = text
        reset, self._deferred = self._deferred is not None, None  # it replaces an adopted page's render
        self._worker.submit(RenderJob(self._generation, text, reset=reset))

    def scroll_to_source_line(self, line: float) -> None:
        if not self._loaded:
            self._pending_line = line
            return
        self._run(f"window.__preview && window.__preview.scrollToLine({float(line)!r})")

    # -- results -----------------------------------------------------------------------------------------

    def _on_rendered(self, output: RenderOutput) -> None:
        if output.job.generation != self._generation or output.blocks is None:
            return
        self.rendered.emit(output.seconds)
        self._latest = output.blocks
        if self._loaded:
            self._send_body()

    def _on_failed(self, error: object) -> None:
        log.error("preview render failed: %r", error)

    def _on_load_finished(self, ok: bool) -> None:
        self._loads_pending = max(0, self._loads_pending - 1)
        if not ok and not self._loads_pending:
            log.warning("the preview page did not load")

    def _on_ready(self, generation: int) -> None:
        if generation != self._page_generation or self._fields is None:
            return  # a page that was replaced before it finished loading
        self._loads_pending = 0
        self._loaded = True
        if self._fields != self._fields_in_page:
            self._send_fields()
        if self._latest is not None:
            self._send_body()
        if self._pending_line is not None:
            line, self._pending_line = self._pending_line, None
            self.scroll_to_source_line(line)
        self.loaded.emit()

    # -- sending -----------------------------------------------------------------------------------------

    def _send_body(self) -> None:
        blocks, self._latest = self._latest, None
        if blocks is None:
            return
        patch = body_patch(self._model, self._order, blocks)
        if patch is None:
            return
        self._seq += 1
        patch["seq"] = self._seq
        self._model = {block.block_id: (block.source_line, block.html) for block in blocks}
        self._order = [block.block_id for block in blocks]
        self._run(f"window.__preview && window.__preview.apply({json.dumps(patch, ensure_ascii=False)})")
        self.patched.emit(self._seq)

    def _send_fields(self) -> None:
        assert self._fields is not None
        self._fields_in_page = self._fields
        self._seq += 1
        values = field_values(self._fields)
        values["seq"] = self._seq
        self._run(f"window.__preview && window.__preview.setFields({json.dumps(values, ensure_ascii=False)})")
        self.patched.emit(self._seq)

    def _run(self, script: str) -> None:
        self._page.runJavaScript(script, SCRIPT_WORLD)
