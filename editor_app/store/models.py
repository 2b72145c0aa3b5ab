"""The schema's tables (SQLAlchemy Core). Migrations create them; repositories read and write them.

Plain ``Table`` objects: nothing maps rows to classes, so the ORM (~50 ms to import, on every start) is not
loaded; repositories return domain objects built from rows.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from editor_app.store.types import JSONText, UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

METADATA = MetaData(naming_convention=NAMING)


def _text(name: str, default: str = "", **options: object) -> Column[str]:
    return Column(name, Text, nullable=False, default=default, **options)  # type: ignore[arg-type]


def _when(name: str, *, nullable: bool = False) -> Column[object]:
    return Column(name, UTCDateTime, nullable=nullable)


ARTICLES = Table(
    "articles",
    METADATA,
    Column("pk", Integer, primary_key=True),
    Column("id", String(36), nullable=False, unique=True),
    _text("headline"),
    _text("standfirst"),
    _text("body"),
    _text("byline"),
    _text("section"),
    Column("tags", JSONText, nullable=False, default=list),
    _text("source"),
    Column("editors_choice", Boolean, nullable=False, default=False),
    Column("language", String(16), nullable=False, default="en"),
    Column("status", String(16), nullable=False, default="draft"),
    _text("note"),
    _when("created_at"),
    _when("updated_at"),
    _when("deleted_at", nullable=True),
    Column("length_target", Integer, nullable=False, default=0, server_default="0"),
    Index("ix_articles_updated", "deleted_at", "updated_at"),
)

REVISIONS = Table(
    "revisions",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column("article_id", String(36), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("content", JSONText, nullable=False),
    _when("created_at"),
    _when("updated_at"),
    UniqueConstraint("article_id", "number"),
)
"""Saved states of an article's content. Saving makes or extends one; nothing deletes them."""

OUTBOX = Table(
    "outbox",
    METADATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(36), nullable=False, index=True),
    Column("op", String(16), nullable=False),
    Column("payload", JSONText, nullable=False, default=dict),
    _when("created_at"),
    _when("updated_at"),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text, nullable=True),
)
"""Local changes waiting to reach the publishing backend, written in the edit's own transaction."""

PHOTOS = Table(
    "photos",
    METADATA,
    Column("pk", Integer, primary_key=True),
    Column("id", String(36), nullable=False, unique=True),
    Column("content_hash", String(64), nullable=True, index=True),
    _text("caption"),
    _text("credit"),
    _text("creator"),
    _text("copyright"),
    _text("source"),
    _text("instructions"),
    _text("alt_text"),
    _text("date_taken"),
    _text("city"),
    _text("country"),
    Column("width", Integer, nullable=False, default=0),
    Column("height", Integer, nullable=False, default=0),
    _text("filename"),
    Column("has_gps", Boolean, nullable=False, default=False),
    _text("keywords", server_default=""),  # one keyword a line
    Column("rating", Integer, nullable=False, default=0, server_default="0"),
    _text("label", server_default=""),
    _when("created_at"),
)

ARTICLE_PHOTOS = Table(
    "article_photos",
    METADATA,
    Column("article_id", String(36), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("photo_id", String(36), ForeignKey("photos.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, nullable=False),
    Column("featured", Boolean, nullable=False, default=False),
)

RELATED = Table(
    "related",
    METADATA,
    Column("article_id", String(36), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("related_id", String(36), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, nullable=False),
)

SETTINGS = Table(
    "settings",
    METADATA,
    Column("key", String(128), primary_key=True),
    Column("value", JSONText, nullable=False),
)

SAVED_TEXTS = Table(
    "saved_texts",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("key", Text, nullable=False),
    Column("value", Text, nullable=False),
    Column("uses", Integer, nullable=False, default=0),
    UniqueConstraint("kind", "key"),
)
"""Photo desk helpers: saved credits (autocomplete) and code replacements (``=ap=`` -> a saved text)."""
