"""The incremental block cache behind the live preview.

:class:`BlockRenderer` splits the text into top-level blocks, renders only blocks it has not rendered in the
same context before, and reports what changed so the preview can patch its DOM block by block. A block's
context is what it can depend on outside its own text: the document's reference links, footnotes and
abbreviations (any change re-renders every block), how often earlier blocks cited each footnote, and the
heading ids earlier blocks took. Footnotes are rendered once, as a final block with the id ``b-footnotes``.
Documents with a ``[TOC]`` marker or a footnotes place marker need all their headings or footnotes in one
place, so they render as a single block.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

import markdown

from editor_app.render.block import Block
from editor_app.render.context import (
    ContextExtension,
    Definitions,
    apply_context,
    found_ref_counts,
    harvest_definitions,
    heading_ids,
)
from editor_app.render.markdown import escaped_html, new_markdown, try_convert
from editor_app.render.source import prepare_source
from editor_app.render.splitter import SourceBlock, split_blocks

FOOTNOTES_BLOCK_ID = "b-footnotes"
_FOOTNOTES_MARKER = "///Footnotes Go Here///"
_WHOLE_DOCUMENT = re.compile(r"^[ \t]*\[TOC\][ \t]*$|///Footnotes Go Here///", re.MULTILINE)
_SETEXT_UNDERLINE = re.compile(r"^[ ]{0,3}(?:=+|-+)[ \t]*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class RenderResult:
    blocks: tuple[Block, ...]
    inserted: tuple[str, ...]
    """Ids new since the previous render, in document order."""
    removed: tuple[str, ...]
    changed: tuple[str, ...]
    """Ids present before whose HTML differs now."""
    relined: tuple[str, ...]
    """Ids present before whose HTML is the same but whose source line moved (update ``data-line`` only)."""
    rendered: int
    """How many blocks went through Markdown for this render (the rest came from the cache)."""

    @property
    def order(self) -> tuple[str, ...]:
        return tuple(block.block_id for block in self.blocks)

    @property
    def html(self) -> str:
        """All blocks, wrapped, as the preview's ``#body`` content."""
        return "\n".join(block.wrapped() for block in self.blocks)


@dataclass(frozen=True, slots=True)
class _Rendered:
    html: str
    heading_ids: tuple[str, ...] = ()
    ref_counts: tuple[tuple[str, int], ...] = ()
    """References to each footnote label this block added."""


def _may_define(text: str) -> bool:
    return "]:" in text or "] :" in text


def _may_have_heading(text: str) -> bool:
    if "#" in text or "<h" in text or "<H" in text:
        return True
    return ("\n=" in text or "\n-" in text or "\n " in text) and bool(_SETEXT_UNDERLINE.search(text))


class BlockRenderer:
    """Stateful renderer for one document being edited; not thread-safe (use one per preview)."""

    def __init__(self) -> None:
        self._block_converter: markdown.Markdown | None = None
        self._section_converter: markdown.Markdown | None = None
        self._cache: dict[Hashable, _Rendered] = {}
        self._harvested: dict[str, Definitions] = {}
        self._ids_by_text: dict[tuple[str, int], str] = {}
        self._definitions = Definitions()
        self._definitions_version = 0
        self._previous: tuple[Block, ...] = ()
        self._heading_like: dict[str, bool] = {}
        """``_may_have_heading`` of each block text of this render; the last render's are kept in
        ``_heading_before`` while it runs (most blocks are unchanged from one keystroke to the next)."""
        self._heading_before: dict[str, bool] = {}

    def reset(self) -> None:
        """Forget the cache and the previous render (the next render reports every block as inserted)."""
        self.__init__()  # type: ignore[misc]

    def render(self, text: str) -> RenderResult:
        source = prepare_source(text)
        whole = ("[TOC]" in source or _FOOTNOTES_MARKER in source) and bool(_WHOLE_DOCUMENT.search(source))
        if whole:
            pieces = [SourceBlock(0, source)] if source.strip() else []
        else:
            pieces = [piece for piece in split_blocks(source) if piece.text.strip()]
        self._update_definitions(pieces)
        cache: dict[Hashable, _Rendered] = {}
        blocks: list[Block] = []
        taken_ids: list[str] = []
        ref_counts: dict[str, int] = {}
        block_ids = self._assign_ids([piece.text for piece in pieces])
        self._heading_before, self._heading_like = self._heading_like, {}
        rendered = 0
        for piece, block_id in zip(pieces, block_ids, strict=True):
            key = ("whole", piece.text) if whole else self._key(piece.text, ref_counts, taken_ids)
            entry = self._cache.get(key) or cache.get(key)
            if entry is None:
                entry = (
                    self._render_whole(piece.text)
                    if whole
                    else self._render_block(piece.text, ref_counts, taken_ids)
                )
                rendered += 1
            cache[key] = entry
            taken_ids.extend(entry.heading_ids)
            for label, count in entry.ref_counts:
                ref_counts[label] = ref_counts.get(label, 0) + count
            blocks.append(Block(block_id, piece.line, entry.html))
        if self._definitions.footnotes and not whole:
            key = self._section_key(ref_counts, taken_ids)
            entry = self._cache.get(key) or self._render_footnotes(ref_counts, taken_ids)
            rendered += key not in self._cache
            cache[key] = entry
            blocks.append(Block(FOOTNOTES_BLOCK_ID, pieces[-1].line if pieces else 0, entry.html))
        self._cache = cache
        return self._diff(tuple(blocks), rendered)

    # -- definitions -------------------------------------------------------------------------------------

    def _update_definitions(self, pieces: Sequence[SourceBlock]) -> None:
        harvested: dict[str, Definitions] = {}
        for piece in pieces:
            if _may_define(piece.text):
                found = self._harvested.get(piece.text) or harvested.get(piece.text)
                harvested[piece.text] = found if found is not None else self._harvest(piece.text)
        self._harvested = harvested
        definitions = Definitions.merge(harvested[piece.text] for piece in pieces if piece.text in harvested)
        if definitions != self._definitions:
            self._definitions = definitions
            self._definitions_version += 1

    def _harvest(self, text: str) -> Definitions:
        converter = self._converter()
        if try_convert(converter, text) is None:
            return Definitions()
        return harvest_definitions(converter)

    # -- rendering ---------------------------------------------------------------------------------------

    def _converter(self) -> markdown.Markdown:
        """The block converter: the house dialect with context, without the footnotes section."""
        if self._block_converter is None:
            self._block_converter = new_markdown([ContextExtension()])
            self._block_converter.treeprocessors.deregister("footnote")
        return self._block_converter

    def _section(self) -> markdown.Markdown:
        if self._section_converter is None:
            self._section_converter = new_markdown([ContextExtension()])
        return self._section_converter

    def _key(self, text: str, ref_counts: Mapping[str, int], taken_ids: Sequence[str]) -> Hashable:
        refs = None
        if "[^" in text and self._definitions.footnotes:
            refs = tuple(ref_counts.get(label, 0) for label in self._definitions.footnote_labels)
        ids = None
        if taken_ids:
            maybe = self._heading_like.get(text)
            if maybe is None:
                maybe = self._heading_before.get(text)
                if maybe is None:
                    maybe = _may_have_heading(text)
                self._heading_like[text] = maybe
            ids = frozenset(taken_ids) if maybe else None
        return (text, self._definitions_version, refs, ids)

    def _section_key(self, ref_counts: Mapping[str, int], taken_ids: Sequence[str]) -> Hashable:
        labels = self._definitions.footnote_labels
        may_have_heading = any(_may_have_heading(text) for _, text in self._definitions.footnotes)
        ids = frozenset(taken_ids) if may_have_heading else None
        return (
            FOOTNOTES_BLOCK_ID,
            self._definitions_version,
            tuple(ref_counts.get(lb, 0) for lb in labels),
            ids,
        )

    def _render_block(self, text: str, ref_counts: Mapping[str, int], taken_ids: Sequence[str]) -> _Rendered:
        labels = self._definitions.footnote_labels if "[^" in text else ()
        prior = {label: ref_counts.get(label, 0) for label in labels}
        converter = self._converter()
        html = try_convert(
            converter,
            text,
            lambda md: apply_context(md, self._definitions, prior, list(taken_ids)),
        )
        if html is None:
            return _Rendered(escaped_html(text))
        after = found_ref_counts(converter, labels)
        added = tuple((label, after[label] - prior[label]) for label in labels if after[label] > prior[label])
        return _Rendered(html, tuple(heading_ids(converter)), added)

    def _render_footnotes(self, ref_counts: Mapping[str, int], taken_ids: Sequence[str]) -> _Rendered:
        html = try_convert(
            self._section(),
            _FOOTNOTES_MARKER,
            lambda md: apply_context(md, self._definitions, ref_counts, list(taken_ids)),
        )
        return _Rendered(html or "")

    def _render_whole(self, text: str) -> _Rendered:
        html = try_convert(self._section(), text)
        return _Rendered(escaped_html(text) if html is None else html)

    # -- identity and diff -------------------------------------------------------------------------------

    def _assign_ids(self, texts: Sequence[str]) -> list[str]:
        """Block ids: a block whose text is unchanged keeps its id; an edited block inherits the id of the
        block it replaces (same neighbours), so typing in a paragraph patches that paragraph in place;
        other blocks get ``b-<content hash>``."""
        occurrences: dict[str, int] = {}
        keys: list[tuple[str, int]] = []
        for text in texts:
            seen = occurrences.get(text, 0)
            occurrences[text] = seen + 1
            keys.append((text, seen))
        ids: list[str | None] = [self._ids_by_text.get(key) for key in keys]
        used = {block_id for block_id in ids if block_id is not None}
        previous = [block.block_id for block in self._previous if block.block_id != FOOTNOTES_BLOCK_ID]
        following = dict(zip([None, *previous], previous, strict=False))
        for index, block_id in enumerate(ids):
            if block_id is None:
                candidate = following.get(ids[index - 1] if index else None)
                if candidate is not None and candidate not in used:
                    ids[index] = candidate
                    used.add(candidate)
        final: list[str] = []
        for text, block_id in zip(texts, ids, strict=True):
            if block_id is None:
                base = "b-" + hashlib.blake2b(text.encode("utf-8", "replace"), digest_size=6).hexdigest()
                block_id, suffix = base, 1
                while block_id in used:
                    block_id, suffix = f"{base}-{suffix}", suffix + 1
                used.add(block_id)
            final.append(block_id)
        self._ids_by_text = dict(zip(keys, final, strict=True))
        return final

    def _diff(self, blocks: tuple[Block, ...], rendered: int) -> RenderResult:
        before = {block.block_id: block for block in self._previous}
        now = {block.block_id for block in blocks}
        inserted, changed, relined = [], [], []
        for block in blocks:
            old = before.get(block.block_id)
            if old is None:
                inserted.append(block.block_id)
            elif old.html != block.html:
                changed.append(block.block_id)
            elif old.source_line != block.source_line:
                relined.append(block.block_id)
        removed = tuple(block.block_id for block in self._previous if block.block_id not in now)
        self._previous = blocks
        return RenderResult(blocks, tuple(inserted), removed, tuple(changed), tuple(relined), rendered)
