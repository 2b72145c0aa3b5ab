"""Photos of an article: import on a process pool, metadata edits, order and featured slot, the desk's saved
credits and code replacements, and the rendition that gets published.

Every write is one transaction that also queues each touched article for sync, and returns :class:`Changes`.
Pillow and exiv2 are imported only when a photo is imported or rendered, never when this module is.
"""

from __future__ import annotations

import multiprocessing
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.domain import CREDIT_FIELDS, ArticlePhoto, Photo
from editor_app.domain.photo import COLOUR_LABELS, new_photo, parse_keywords
from editor_app.services.changes import Changes
from editor_app.services.photo_texts import CODE_PATTERN, PhotoTexts
from editor_app.store import Database, UnitOfWork
from editor_app.store.photo_desk import CREDIT

if TYPE_CHECKING:
    from editor_app.media.ingest import CancelEvent, IngestResult, Outcome
    from editor_app.media.rendition import RenditionResult

EDITABLE_FIELDS = (*CREDIT_FIELDS, "date_taken", "city", "country", "keywords")
"""Photo fields the desk edits (what the panel's form and ``update`` accept; keywords as ``"a, b"``)."""

_ATTENTION = re.compile(r"mandatory\s+credit|embargo", re.IGNORECASE)

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


@dataclass(frozen=True, slots=True)
class PhotoRemoval:
    """What :meth:`PhotoService.remove` took out of an article, so that :meth:`PhotoService.restore` can put
    it back: the article's photos before (in order, with the featured one) and those removed."""

    article_id: str
    before: tuple[tuple[str, bool], ...]
    removed: tuple[str, ...]
    changes: Changes

    @property
    def featured_removed(self) -> bool:
        return any(featured and pid in self.removed for pid, featured in self.before)


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


def expand_codes(text: str, codes: Mapping[str, str]) -> tuple[str, list[str]]:
    """``text`` with every known ``=code=`` replaced by its saved text, and the codes used (unknown ones stay)."""
    used: list[str] = []

    def replace(match: re.Match[str]) -> str:
        code = match.group(1)
        if code in codes:
            used.append(code)
            return codes[code]
        return match.group(0)

    return CODE_PATTERN.sub(replace, text), used


def attention_text(photo: Photo) -> str:
    """The instructions (or caption) when they demand a credit or set an embargo; else empty."""
    for text in (photo.instructions, photo.caption):
        if _ATTENTION.search(text):
            return photo.instructions.strip() or "The caption says: MANDATORY CREDIT"
    return ""


def inline_markdown(photo: Photo) -> str:
    """A Markdown image that places ``photo`` in the body by id (the preview resolves ``photo:<id>``)."""
    alt = photo.alt_text.replace("[", "(").replace("]", ")").replace("\n", " ").strip()
    title = photo.caption_line().replace('"', "”").replace("\n", " ")
    return f'![{alt}](photo:{photo.id} "{title}")' if title else f"![{alt}](photo:{photo.id})"


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


class PhotoService(PhotoTexts):
    def __init__(
        self,
        db: Database,
        media_root: Path,
        *,
        workers: int | None = None,
        mp_context: BaseContext | None = None,
    ) -> None:
        self._db = db
        self.media_root = Path(media_root)
        self._workers = workers or max(1, os.cpu_count() or 2)
        self._mp_context = mp_context

    # reading ----------------------------------------------------------------------------------------------
    def photos(self, article_id: str) -> list[ArticlePhoto]:
        with self._db.read() as uow:
            return uow.photos.for_article(article_id)

    def get(self, photo_id: str) -> Photo | None:
        with self._db.read() as uow:
            return uow.photos.get(photo_id)

    def thumbnail_path(self, photo: Photo) -> Path | None:
        if photo.content_hash is None:
            return None
        from editor_app.media.store import MediaStore

        path = MediaStore(self.media_root).thumbnail_path(photo.content_hash)
        return path if path.is_file() else None

    def original_path(self, photo: Photo) -> Path | None:
        if photo.content_hash is None:
            return None
        from editor_app.media.store import MediaStore

        return MediaStore(self.media_root).find(photo.content_hash)

    # importing --------------------------------------------------------------------------------------------
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

        overrides = _checked(fields or {})
        report = PhotoImportReport()
        touched: set[str] = set()
        with self._db.write() as uow:
            _require_article(uow, article_id)
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
            _enqueue(uow, touched)
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
            _require_article(uow, article_id)
        outcomes = self.ingest(paths, progress, cancel)
        report = self.attach(article_id, outcomes, featured=featured, fields=fields, origin=origin)
        report.cancelled = cancel is not None and cancel.is_set()
        return report

    # editing ----------------------------------------------------------------------------------------------
    def update(self, photo_id: str, fields: Mapping[str, str], origin: object | None = None) -> Changes:
        """Change a photo's metadata; every article it is placed in is queued for sync."""
        changes = _checked(fields)
        with self._db.write() as uow:
            photo = uow.photos.get(photo_id)
            if photo is None:
                raise LookupError(f"No photo with id {photo_id}.")
            edited = photo.with_changes(**changes)
            if edited == photo:
                return Changes(origin=origin)
            uow.photos.save(edited)
            touched = uow.photos.articles_using([photo_id])
            _enqueue(uow, touched)
        return Changes(updated=frozenset(touched), origin=origin)

    def apply_to_many(
        self,
        photo_ids: Iterable[str],
        *,
        credit: str | None = None,
        copyright: str | None = None,
        origin: object | None = None,
    ) -> Changes:
        """Give every photo in ``photo_ids`` the same credit and/or copyright (``None`` leaves it alone)."""
        fields = {k: v for k, v in (("credit", credit), ("copyright", copyright)) if v is not None}
        return self.apply_fields(photo_ids, fields, origin=origin)

    def apply_fields(
        self, photo_ids: Iterable[str], fields: Mapping[str, str], origin: object | None = None
    ) -> Changes:
        """Set only ``fields`` on every photo in ``photo_ids`` (their other fields stay as they are)."""
        changes = _checked(fields)
        return self._edit_many(photo_ids, lambda photo: photo.with_changes(**changes), origin, changes)

    def tag(
        self,
        photo_ids: Iterable[str],
        *,
        rating: int | None = None,
        label: str | None = None,
        origin: object | None = None,
    ) -> Changes:
        """Give the photos a star rating (0 clears) and/or a colour label ("" clears); ``None`` leaves it."""
        marks: dict[str, object] = {}
        if rating is not None:
            if not 0 <= rating <= 5:
                raise ValueError("A rating is 0 (none) to 5 stars.")
            marks["rating"] = rating
        if label is not None:
            if label and label not in COLOUR_LABELS:
                raise ValueError(f"A colour label is one of {', '.join(COLOUR_LABELS)}.")
            marks["label"] = label
        return self._edit_many(photo_ids, lambda photo: photo.with_changes(**marks), origin)

    def _edit_many(
        self,
        photo_ids: Iterable[str],
        edit: Callable[[Photo], Photo],
        origin: object | None,
        fields: Mapping[str, object] | None = None,
    ) -> Changes:
        ids = list(dict.fromkeys(photo_ids))
        with self._db.write() as uow:
            changed: list[str] = []
            for photo_id in ids:
                photo = uow.photos.get(photo_id)
                if photo is None:
                    raise LookupError(f"No photo with id {photo_id}.")
                edited = edit(photo)
                if edited != photo:
                    uow.photos.save(edited)
                    changed.append(photo_id)
            credit = (fields or {}).get("credit")
            if isinstance(credit, str) and credit:
                uow.saved_texts.put(CREDIT, credit, credit, use=True)
            touched = uow.photos.articles_using(changed)
            _enqueue(uow, touched)
        return Changes(updated=frozenset(touched), origin=origin)

    def set_featured(self, article_id: str, photo_id: str | None, origin: object | None = None) -> Changes:
        """Make ``photo_id`` the article's featured photo (``None``: no featured photo)."""
        with self._db.write() as uow:
            slots = [(p.photo.id, p.featured) for p in uow.photos.for_article(article_id)]
            if photo_id is not None and photo_id not in {pid for pid, _ in slots}:
                raise LookupError("That photo is not in this article.")
            wanted = [(pid, pid == photo_id) for pid, _ in slots]
            return self._store_slots(uow, article_id, slots, wanted, origin)

    def reorder(self, article_id: str, photo_ids: Sequence[str], origin: object | None = None) -> Changes:
        """Put the article's photos in the order of ``photo_ids`` (the same photos, reordered)."""
        with self._db.write() as uow:
            slots = [(p.photo.id, p.featured) for p in uow.photos.for_article(article_id)]
            featured = dict(slots)
            if sorted(photo_ids) != sorted(featured):
                raise ValueError("The new order must list exactly the article's photos.")
            wanted = [(pid, featured[pid]) for pid in photo_ids]
            return self._store_slots(uow, article_id, slots, wanted, origin)

    def detach(self, article_id: str, *photo_ids: str, origin: object | None = None) -> Changes:
        """Take photos out of the article; the photos and their originals stay in the library."""
        with self._db.write() as uow:
            slots = [(p.photo.id, p.featured) for p in uow.photos.for_article(article_id)]
            wanted = [slot for slot in slots if slot[0] not in photo_ids]
            return self._store_slots(uow, article_id, slots, wanted, origin)

    def remove(self, article_id: str, photo_ids: Sequence[str], origin: object | None = None) -> PhotoRemoval:
        """:meth:`detach`, returning what :meth:`restore` needs to undo it."""
        with self._db.write() as uow:
            before = tuple((p.photo.id, p.featured) for p in uow.photos.for_article(article_id))
            wanted = [slot for slot in before if slot[0] not in photo_ids]
            changes = self._store_slots(uow, article_id, list(before), wanted, origin)
        removed = tuple(pid for pid, _ in before if pid in photo_ids)
        return PhotoRemoval(article_id, before, removed, changes)

    def restore(self, removal: PhotoRemoval, origin: object | None = None) -> Changes:
        """Undo a removal: the photos go back to their places (and featured slot); photos added since stay,
        after them. A photo deleted from the library since cannot come back and is skipped."""
        with self._db.write() as uow:
            _require_article(uow, removal.article_id)
            current = [(p.photo.id, p.featured) for p in uow.photos.for_article(removal.article_id)]
            placed = {pid for pid, _ in current}
            featured_back = next((pid for pid, f in removal.before if f and pid in removal.removed), None)
            wanted: list[tuple[str, bool]] = []
            for pid, featured in removal.before:
                if pid in placed or (pid in removal.removed and uow.photos.get(pid) is not None):
                    wanted.append((pid, dict(current).get(pid, featured)))
            known = {pid for pid, _ in wanted}
            wanted += [slot for slot in current if slot[0] not in known]
            if featured_back is not None:
                wanted = [(pid, pid == featured_back) for pid, _ in wanted]
            return self._store_slots(uow, removal.article_id, current, wanted, origin)

    @staticmethod
    def _store_slots(
        uow: UnitOfWork,
        article_id: str,
        before: list[tuple[str, bool]],
        after: list[tuple[str, bool]],
        origin: object | None,
    ) -> Changes:
        if after == before:
            return Changes(origin=origin)
        uow.photos.set_for_article(article_id, after)
        _enqueue(uow, {article_id})
        return Changes(updated=frozenset({article_id}), origin=origin)

    # the desk's saved texts (saved_credits, set_code... come from PhotoTexts) ------------------------------
    def expand(self, text: str) -> str:
        """Expand the known ``=code=`` in ``text`` with the saved replacements, counting their use."""
        expanded, used = expand_codes(text, self.code_replacements())
        if used:
            self.count_code_use(used)
        return expanded

    # publishing -------------------------------------------------------------------------------------------
    def rendition(self, photo_id: str, dest: Path, *, headline: str = "") -> RenditionResult:
        """Write what would be uploaded: sRGB JPEG, desk metadata embedded, location and serials removed.

        Raises LookupError when the photo or its original is missing, PhotoRejected when it cannot be decoded.
        """
        from editor_app.media.rendition import RenditionMetadata, make_rendition

        photo = self.get(photo_id)
        if photo is None:
            raise LookupError(f"No photo with id {photo_id}.")
        original = self.original_path(photo)
        if original is None:
            raise LookupError(f"Photo {photo_id} has no image file in this profile (only its metadata).")
        result = make_rendition(original, dest, RenditionMetadata.from_photo(photo, headline))
        missing = photo.missing_for_publishing()
        if missing:
            note = f"the photo has no {', '.join(missing)} yet: it cannot be published like this"
            result = type(result)(result.path, result.width, result.height, (*result.warnings, note))
        return result


def _checked(fields: Mapping[str, str]) -> dict[str, object]:
    """The fields as the photo stores them (keywords ``"a, b"`` become a tuple); unknown names refused."""
    unknown = sorted(set(fields) - set(EDITABLE_FIELDS))
    if unknown:
        raise ValueError(f"Not a photo field: {', '.join(unknown)}.")
    return {
        name: parse_keywords(value or "") if name == "keywords" else (value or "").strip()
        for name, value in fields.items()
    }


def _require_article(uow: UnitOfWork, article_id: str) -> None:
    if uow.articles.get(article_id) is None:
        raise LookupError(f"No article with id {article_id}.")


def _enqueue(uow: UnitOfWork, article_ids: Iterable[str]) -> None:
    for article_id in sorted(article_ids):
        uow.outbox.enqueue(article_id, "save")
