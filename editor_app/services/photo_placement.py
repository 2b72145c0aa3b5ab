"""Where an article's photos stand: their order, the featured one, taking photos out and putting them back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from editor_app.services.changes import Changes
from editor_app.services.photo_fields import enqueue_saves, require_article
from editor_app.store import Database, UnitOfWork


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


class PhotoPlacement:
    """The article's photo slots (a base of :class:`~editor_app.services.photos.PhotoService`)."""

    _db: Database

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
            require_article(uow, removal.article_id)
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
        enqueue_saves(uow, {article_id})
        return Changes(updated=frozenset({article_id}), origin=origin)
