"""Render one Markdown block as if the rest of its document were around it.

A block alone does not know the reference links, footnotes and abbreviations defined in other blocks, how
often earlier blocks already cited a footnote (``fnref:1``, ``fnref2:1``...), or which heading ids earlier
blocks took (``intro``, ``intro_1``...). :func:`harvest_definitions` reads what a block defines;
:func:`apply_context` puts the document's definitions and the state left by earlier blocks into a converter
before it converts the next block. This relies on Python-Markdown's ``references`` dict, the footnotes
extension's ``setFootnote``/``unique_ref``/``found_refs`` and the abbreviations extension's ``abbrs`` dict.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

import markdown
from markdown.extensions import Extension
from markdown.extensions.abbr import AbbrExtension
from markdown.extensions.footnotes import FootnoteExtension
from markdown.treeprocessors import Treeprocessor

_HEADINGS = frozenset(f"h{level}" for level in range(1, 7))
_SEED_TAG = "x-prior-ids"
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Definitions:
    """Document-wide definitions, in the order Python-Markdown would keep them."""

    references: tuple[tuple[str, tuple[str, str]], ...] = ()
    footnotes: tuple[tuple[str, str], ...] = ()
    abbreviations: tuple[tuple[str, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.references or self.footnotes or self.abbreviations)

    @property
    def footnote_labels(self) -> tuple[str, ...]:
        return tuple(label for label, _ in self.footnotes)

    @staticmethod
    def merge(parts: Iterable[Definitions]) -> Definitions:
        """Later definitions win; a footnote keeps the place of its first definition (as in one document)."""
        references: dict[str, tuple[str, str]] = {}
        footnotes: dict[str, str] = {}
        abbreviations: dict[str, str] = {}
        for part in parts:
            references.update(part.references)
            footnotes.update(part.footnotes)
            abbreviations.update(part.abbreviations)
        return Definitions(tuple(references.items()), tuple(footnotes.items()), tuple(abbreviations.items()))


def _extension(converter: markdown.Markdown, kind: type[_T]) -> _T:
    for extension in converter.registeredExtensions:
        if isinstance(extension, kind):
            return extension
    raise LookupError(f"the converter has no {kind.__name__}")


class _SeedIds(Treeprocessor):  # type: ignore[misc]
    """Before ``toc`` names headings: add placeholder elements carrying the ids earlier blocks took."""

    def __init__(self, owner: ContextExtension) -> None:
        super().__init__()
        self.owner = owner

    def run(self, root: etree.Element) -> None:
        if self.owner.prior_ids:
            holder = etree.SubElement(root, _SEED_TAG)
            for taken in self.owner.prior_ids:
                etree.SubElement(holder, "x", {"id": taken})


class _CollectIds(Treeprocessor):  # type: ignore[misc]
    """After ``toc``: drop the placeholders and record the heading ids this block took."""

    def __init__(self, owner: ContextExtension) -> None:
        super().__init__()
        self.owner = owner

    def run(self, root: etree.Element) -> None:
        for holder in root.findall(_SEED_TAG):
            root.remove(holder)
        self.owner.heading_ids = [
            element.attrib["id"]
            for element in root.iter()
            if element.tag in _HEADINGS and "id" in element.attrib
        ]


class ContextExtension(Extension):  # type: ignore[misc]
    """Python-Markdown extension: seeds heading ids taken elsewhere and records the ones a block takes."""

    def __init__(self) -> None:
        super().__init__()
        self.prior_ids: Sequence[str] = ()
        self.heading_ids: list[str] = []

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.registerExtension(self)
        # ``toc`` runs at priority 5: seed just before it, collect just after it.
        md.treeprocessors.register(_SeedIds(self), "context-seed-ids", 5.5)
        md.treeprocessors.register(_CollectIds(self), "context-collect-ids", 4.5)

    def reset(self) -> None:
        self.prior_ids = ()
        self.heading_ids = []


def footnote_ref_id(converter: markdown.Markdown, label: str) -> str:
    return str(_extension(converter, FootnoteExtension).makeFootnoteRefId(label))


def apply_context(
    converter: markdown.Markdown,
    definitions: Definitions,
    prior_ref_counts: Mapping[str, int],
    prior_ids: Sequence[str],
) -> None:
    """Load the document's definitions and earlier blocks' state into a freshly reset ``converter``."""
    converter.references.update(definitions.references)
    footnotes = _extension(converter, FootnoteExtension)
    for label, text in definitions.footnotes:
        footnotes.setFootnote(label, text)
    for label, count in prior_ref_counts.items():
        for _ in range(count):
            footnotes.unique_ref(footnotes.makeFootnoteRefId(label), found=True)
    _extension(converter, AbbrExtension).abbrs.update(definitions.abbreviations)
    _extension(converter, ContextExtension).prior_ids = prior_ids


def harvest_definitions(converter: markdown.Markdown) -> Definitions:
    """What the text just converted by ``converter`` defined."""
    footnotes = _extension(converter, FootnoteExtension)
    abbreviations = _extension(converter, AbbrExtension)
    return Definitions(
        tuple(converter.references.items()),
        tuple(footnotes.footnotes.items()),
        tuple(abbreviations.abbrs.items()),
    )


def heading_ids(converter: markdown.Markdown) -> list[str]:
    """Heading ids the last conversion assigned (needs :class:`ContextExtension`)."""
    return list(_extension(converter, ContextExtension).heading_ids)


def found_ref_counts(converter: markdown.Markdown, labels: Sequence[str]) -> dict[str, int]:
    """How many references to each footnote label the document so far holds (seeded ones included)."""
    footnotes = _extension(converter, FootnoteExtension)
    return {label: footnotes.found_refs.get(footnotes.makeFootnoteRefId(label), 0) for label in labels}
