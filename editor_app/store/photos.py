"""The photo repository: photos with their credits, and the ordered photos placed in each article."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.engine import RowMapping

from editor_app.domain import CREDIT_FIELDS, ArticlePhoto, Photo, PhotoCredits
from editor_app.store.models import ARTICLE_PHOTOS, PHOTOS

P = PHOTOS
AP = ARTICLE_PHOTOS


def _photo(row: RowMapping) -> Photo:
    return Photo(
        id=row["id"],
        date_taken=row["date_taken"],
        city=row["city"],
        country=row["country"],
        width=row["width"],
        height=row["height"],
        content_hash=row["content_hash"],
        filename=row["filename"],
        has_gps=bool(row["has_gps"]),
        keywords=tuple(k for k in (row["keywords"] or "").split("\n") if k),
        rating=int(row["rating"] or 0),
        label=row["label"] or "",
        created_at=row["created_at"],
    ).with_credits(PhotoCredits.from_values(dict(row)))


_PHOTO_FIELDS = (
    *CREDIT_FIELDS,
    "width",
    "height",
    "content_hash",
    "filename",
    "has_gps",
)


class PhotoRepository:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def get(self, photo_id: str) -> Photo | None:
        row = self._c.execute(select(P).where(P.c.id == photo_id)).mappings().first()
        return _photo(row) if row else None

    def by_hash(self, content_hash: str) -> Photo | None:
        row = self._c.execute(select(P).where(P.c.content_hash == content_hash).limit(1)).mappings().first()
        return _photo(row) if row else None

    def save(self, photo: Photo) -> None:
        values = {name: getattr(photo, name) for name in (*_PHOTO_FIELDS, "date_taken", "city", "country")}
        values.update(keywords="\n".join(photo.keywords), rating=photo.rating, label=photo.label)
        if self._c.execute(select(P.c.pk).where(P.c.id == photo.id)).first() is None:
            self._c.execute(insert(P).values(id=photo.id, created_at=photo.created_at, **values))
        else:
            self._c.execute(update(P).where(P.c.id == photo.id).values(**values))

    def for_article(self, article_id: str) -> list[ArticlePhoto]:
        stmt = (
            select(P, AP.c.position, AP.c.featured)
            .join(AP, AP.c.photo_id == P.c.id)
            .where(AP.c.article_id == article_id)
            .order_by(AP.c.position)
        )
        return [
            ArticlePhoto(_photo(r), r["position"], bool(r["featured"]))
            for r in self._c.execute(stmt).mappings()
        ]

    def articles_using(self, photo_ids: Iterable[str]) -> set[str]:
        """Ids of the articles that any of these photos is placed in."""
        ids = list(photo_ids)
        if not ids:
            return set()
        rows = self._c.execute(select(AP.c.article_id).where(AP.c.photo_id.in_(ids)).distinct())
        return {r[0] for r in rows}

    def set_for_article(self, article_id: str, slots: Sequence[tuple[str, bool]]) -> None:
        """Replace the article's photos with ``(photo_id, featured)`` in order; at most one is featured."""
        if sum(1 for _, featured in slots if featured) > 1:
            raise ValueError("an article has at most one featured photo")
        self._c.execute(delete(AP).where(AP.c.article_id == article_id))
        if slots:
            self._c.execute(
                insert(AP),
                [
                    {"article_id": article_id, "photo_id": pid, "position": i, "featured": featured}
                    for i, (pid, featured) in enumerate(slots)
                ],
            )
