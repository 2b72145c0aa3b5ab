"""What a photo edit may change, and what every photo write does besides: check the article, queue the
touched articles for sync."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from editor_app.domain import CREDIT_FIELDS
from editor_app.domain.photo import parse_keywords
from editor_app.store import UnitOfWork

EDITABLE_FIELDS = (*CREDIT_FIELDS, "date_taken", "city", "country", "keywords")
"""Photo fields the desk edits (what the panel's form and ``update`` accept; keywords as ``"a, b"``)."""


def checked_fields(fields: Mapping[str, str]) -> dict[str, object]:
    """The fields as the photo stores them (keywords ``"a, b"`` become a tuple); unknown names refused."""
    unknown = sorted(set(fields) - set(EDITABLE_FIELDS))
    if unknown:
        raise ValueError(f"Not a photo field: {', '.join(unknown)}.")
    return {
        name: parse_keywords(value or "") if name == "keywords" else (value or "").strip()
        for name, value in fields.items()
    }


def require_article(uow: UnitOfWork, article_id: str) -> None:
    if uow.articles.get(article_id) is None:
        raise LookupError(f"No article with id {article_id}.")


def enqueue_saves(uow: UnitOfWork, article_ids: Iterable[str]) -> None:
    for article_id in sorted(article_ids):
        uow.outbox.enqueue(article_id, "save")
