"""The initial schema: articles, revisions, outbox, photos, relations, settings and the full-text index.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

from editor_app.store import fts
from editor_app.store.types import JSONText, UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("headline", sa.Text, nullable=False, server_default=""),
        sa.Column("standfirst", sa.Text, nullable=False, server_default=""),
        sa.Column("body", sa.Text, nullable=False, server_default=""),
        sa.Column("byline", sa.Text, nullable=False, server_default=""),
        sa.Column("section", sa.Text, nullable=False, server_default=""),
        sa.Column("tags", JSONText, nullable=False, server_default="[]"),
        sa.Column("source", sa.Text, nullable=False, server_default=""),
        sa.Column("editors_choice", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("language", sa.String(16), nullable=False, server_default="en"),
        sa.Column("status", sa.String(16), nullable=False, server_default="draft"),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.Column("deleted_at", UTCDateTime, nullable=True),
        sa.UniqueConstraint("id", name="uq_articles_id"),
    )
    op.create_index("ix_articles_updated", "articles", ["deleted_at", "updated_at"])
    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "article_id",
            sa.String(36),
            sa.ForeignKey("articles.id", ondelete="CASCADE", name="fk_revisions_article_id_articles"),
            nullable=False,
        ),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("content", JSONText, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.UniqueConstraint("article_id", "number", name="uq_revisions_article_id"),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(36), nullable=False),
        sa.Column("op", sa.String(16), nullable=False),
        sa.Column("payload", JSONText, nullable=False, server_default="{}"),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text, nullable=True),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_outbox_article_id", "outbox", ["article_id"])
    op.create_table(
        "photos",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=True),
        *(
            sa.Column(name, sa.Text, nullable=False, server_default="")
            for name in ("caption", "credit", "creator", "copyright", "source", "instructions", "alt_text")
        ),
        sa.Column("width", sa.Integer, nullable=False, server_default="0"),
        sa.Column("height", sa.Integer, nullable=False, server_default="0"),
        sa.Column("filename", sa.Text, nullable=False, server_default=""),
        sa.Column("has_gps", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.UniqueConstraint("id", name="uq_photos_id"),
    )
    op.create_index("ix_photos_content_hash", "photos", ["content_hash"])
    op.create_table(
        "article_photos",
        sa.Column(
            "article_id",
            sa.String(36),
            sa.ForeignKey("articles.id", ondelete="CASCADE", name="fk_article_photos_article_id_articles"),
            primary_key=True,
        ),
        sa.Column(
            "photo_id",
            sa.String(36),
            sa.ForeignKey("photos.id", ondelete="CASCADE", name="fk_article_photos_photo_id_photos"),
            primary_key=True,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("featured", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "related",
        sa.Column(
            "article_id",
            sa.String(36),
            sa.ForeignKey("articles.id", ondelete="CASCADE", name="fk_related_article_id_articles"),
            primary_key=True,
        ),
        sa.Column(
            "related_id",
            sa.String(36),
            sa.ForeignKey("articles.id", ondelete="CASCADE", name="fk_related_related_id_articles"),
            primary_key=True,
        ),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(128), primary_key=True),
        sa.Column("value", JSONText, nullable=True),
    )
    for statement in fts.UNSTEMMED_CREATE_STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    for statement in fts.DROP_STATEMENTS:
        op.execute(statement)
    for table in ("settings", "related", "article_photos", "photos", "outbox", "revisions", "articles"):
        op.drop_table(table)
