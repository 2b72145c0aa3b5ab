"""Photos of an article: the service the UI and the CLI call. Importing is in :mod:`.photo_import`, the
order and featured slot in :mod:`.photo_placement`, the desk's saved credits and codes in :mod:`.photo_texts`;
here are reading, metadata edits, tags and the rendition that gets published.

Every write is one transaction that also queues each touched article for sync, and returns :class:`Changes`.
Pillow and exiv2 are imported only when a photo is imported or rendered, never when this module is.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.domain import ArticlePhoto, Photo
from editor_app.domain.photo import COLOUR_LABELS
from editor_app.services.changes import Changes
from editor_app.services.photo_fields import EDITABLE_FIELDS, checked_fields, enqueue_saves
from editor_app.services.photo_import import (
    PhotoFailure,
    PhotoImported,
    PhotoImportReport,
    PhotoImports,
    Progress,
    import_context,
    photo_from_import,
)
from editor_app.services.photo_placement import PhotoPlacement, PhotoRemoval
from editor_app.services.photo_texts import CODE_PATTERN, PhotoTexts
from editor_app.store import Database
from editor_app.store.photo_desk import CREDIT

if TYPE_CHECKING:
    from editor_app.media.rendition import RenditionResult

__all__ = [
    "EDITABLE_FIELDS",
    "PhotoFailure",
    "PhotoImportReport",
    "PhotoImported",
    "PhotoRemoval",
    "PhotoService",
    "Progress",
    "attention_text",
    "expand_codes",
    "import_context",
    "inline_markdown",
    "photo_from_import",
]

_ATTENTION = re.compile(r"mandatory\s+credit|embargo", re.IGNORECASE)


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


class PhotoService(PhotoImports, PhotoPlacement, PhotoTexts):
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

    # ingest, attach and add_files come from PhotoImports; set_featured, reorder, detach, remove and restore
    # from PhotoPlacement

    # editing ----------------------------------------------------------------------------------------------
    def update(self, photo_id: str, fields: Mapping[str, str], origin: object | None = None) -> Changes:
        """Change a photo's metadata; every article it is placed in is queued for sync."""
        changes = checked_fields(fields)
        with self._db.write() as uow:
            photo = uow.photos.get(photo_id)
            if photo is None:
                raise LookupError(f"No photo with id {photo_id}.")
            edited = photo.with_changes(**changes)
            if edited == photo:
                return Changes(origin=origin)
            uow.photos.save(edited)
            touched = uow.photos.articles_using([photo_id])
            enqueue_saves(uow, touched)
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
        changes = checked_fields(fields)
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
            enqueue_saves(uow, touched)
        return Changes(updated=frozenset(touched), origin=origin)

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
