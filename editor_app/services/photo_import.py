"""Importing photos into an article: the files are decoded and stored on a process pool (no database row
written), then placed in the article in one transaction; a report says what became of each file."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.domain import Photo
from editor_app.domain.photo import new_photo
from editor_app.services.changes import Changes
from editor_app.services.photo_fields import checked_fields, enqueue_saves, require_article
from editor_app.store import Database
from editor_app.store.photo_desk import CREDIT

if TYPE_CHECKING:
    from editor_app.media.ingest import CancelEvent, IngestResult, Outcome

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class PhotoImported:
    path: Path
    photo: Photo
    new: bool
    """False when the same file (by content) was imported before: the existing photo is reused."""
    already_placed: bool
    """True when that photo was already in the article: nothing was added."""
    warnings: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        name = self.path.name
        if self.already_placed:
            text = f"{name}: already in this article (the same picture), not added twice"
        elif not self.new:
            text = f"{name}: the same picture was imported before; that photo is reused"
        else:
            text = f"{name}: imported ({self.photo.width}x{self.photo.height})"
        return f"{text}; note: {'; '.join(self.warnings)}" if self.warnings else text


@dataclass(frozen=True, slots=True)
class PhotoFailure:
    path: Path
    message: str
    kind: str = "failed"
    """What went wrong, for a report that words it itself (see ``IngestFailure.kind``)."""


@dataclass
class PhotoImportReport:
    """One entry per file, in the order given."""

    items: list[PhotoImported | PhotoFailure] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    cancelled: bool = False

    @property
    def imported(self) -> list[PhotoImported]:
        return [i for i in self.items if isinstance(i, PhotoImported)]

    @property
    def failures(self) -> list[PhotoFailure]:
        return [i for i in self.items if isinstance(i, PhotoFailure)]

    @property
    def lines(self) -> list[str]:
        """One clear line per file."""
        return [item.message for item in self.items]


def import_context() -> BaseContext:
    """A process start method safe in a threaded (Qt) program: forkserver with the photo core preloaded."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["editor_app.media.ingest"])
        return context
    return multiprocessing.get_context("spawn")


def photo_from_import(result: IngestResult) -> Photo:
    meta = result.metadata
    width, height = meta.upright_size
    return new_photo(
        **meta.credit_values(),
        date_taken=meta.date_taken or "",
        city=meta.city,
        country=meta.country,
        keywords=meta.keywords,
        width=width,
        height=height,
        content_hash=result.sha256,
        filename=result.source.name,
        has_gps=meta.has_gps,
    )


class PhotoImports:
    """Import files into an article (a base of :class:`~editor_app.services.photos.PhotoService`)."""

    _db: Database
    media_root: Path
    _workers: int
    _mp_context: BaseContext | None

    def ingest(
        self, paths: Sequence[Path], progress: Progress | None = None, cancel: CancelEvent | None = None
    ) -> list[Outcome]:
        """Decode, store and read ``paths`` on the process pool; writes no database row (safe off the writer)."""
        from editor_app.media.ingest import ingest_many

        return ingest_many(
            paths,
            self.media_root,
            workers=self._workers,
            cancel_event=cancel,
            progress=(lambda done, total, _outcome: progress(done, total)) if progress else None,
            mp_context=self._mp_context or import_context(),
        )

    def attach(
        self,
        article_id: str,
        outcomes: Sequence[Outcome],
        *,
        featured: bool = False,
        fields: Mapping[str, str] | None = None,
        origin: object | None = None,
    ) -> PhotoImportReport:
        """Place imported photos in the article (one transaction). The same content is one photo: a file seen
        before reuses its photo (desk edits kept), and a photo is placed in an article once. ``fields`` override
        the file's metadata; ``featured`` makes the first imported photo the featured one."""
        from editor_app.media.ingest import IngestFailure

        overrides = checked_fields(fields or {})
        report = PhotoImportReport()
        touched: set[str] = set()
        with self._db.write() as uow:
            require_article(uow, article_id)
            before = [(p.photo.id, p.featured) for p in uow.photos.for_article(article_id)]
            slots = list(before)
            for outcome in outcomes:
                if isinstance(outcome, IngestFailure):
                    report.items.append(PhotoFailure(outcome.path, outcome.message, outcome.kind))
                    continue
                existing = uow.photos.by_hash(outcome.sha256)
                photo = existing or photo_from_import(outcome)
                if overrides:
                    photo = photo.with_changes(**overrides)
                if existing is None or photo != existing:
                    uow.photos.save(photo)
                    if existing is not None:
                        touched |= uow.photos.articles_using([photo.id])
                placed = any(pid == photo.id for pid, _ in slots)
                if not placed:
                    slots.append((photo.id, False))
                report.items.append(
                    PhotoImported(outcome.source, photo, existing is None, placed, outcome.warnings)
                )
            if featured and report.imported:
                first = report.imported[0].photo.id
                slots = [(pid, pid == first) for pid, _ in slots]
            if slots != before:
                uow.photos.set_for_article(article_id, slots)
                touched.add(article_id)
            credit = overrides.get("credit")
            if isinstance(credit, str) and credit:
                uow.saved_texts.put(CREDIT, credit, credit, use=True)
            enqueue_saves(uow, touched)
        report.changes = Changes(updated=frozenset(touched), origin=origin)
        return report

    def add_files(
        self,
        article_id: str,
        paths: Sequence[Path],
        *,
        featured: bool = False,
        fields: Mapping[str, str] | None = None,
        progress: Progress | None = None,
        cancel: CancelEvent | None = None,
        origin: object | None = None,
    ) -> PhotoImportReport:
        """:meth:`ingest` then :meth:`attach` (what the CLI does; the GUI runs the two on different threads)."""
        with self._db.read() as uow:
            require_article(uow, article_id)
        outcomes = self.ingest(paths, progress, cancel)
        report = self.attach(article_id, outcomes, featured=featured, fields=fields, origin=origin)
        report.cancelled = cancel is not None and cancel.is_set()
        return report
