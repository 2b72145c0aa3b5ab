"""Sync with the publishing backend: sites, links of articles to remote posts, uploaded media, terms.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

Secrets never live here: a site row holds its name, address and user name, never the application password.
"""

import sqlalchemy as sa
from alembic import op

from editor_app.store.types import JSONText, UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_sites",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("api_root", sa.Text, nullable=False, server_default=""),
        sa.Column("username", sa.Text, nullable=False),
        sa.Column("role", sa.Text, nullable=False, server_default=""),
        sa.Column("pull_after", sa.Text, nullable=True),
        sa.Column("archive_after", sa.Text, nullable=True),
        sa.Column("reconciled_at", UTCDateTime, nullable=True),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.UniqueConstraint("name", name="uq_sync_sites_name"),
    )
    op.create_table(
        "sync_links",
        sa.Column(
            "site_id",
            sa.Integer,
            sa.ForeignKey("sync_sites.id", ondelete="CASCADE", name="fk_sync_links_site_id_sync_sites"),
            primary_key=True,
        ),
        sa.Column(
            "article_id",
            sa.String(36),
            sa.ForeignKey("articles.id", ondelete="CASCADE", name="fk_sync_links_article_id_articles"),
            primary_key=True,
        ),
        sa.Column("remote_id", sa.Integer, nullable=True),
        sa.Column("remote_modified", sa.Text, nullable=True),
        sa.Column("base", JSONText, nullable=True),
        sa.Column("base_html", sa.Text, nullable=False, server_default=""),
        sa.Column("create_attempted_at", UTCDateTime, nullable=True),
        sa.Column("remote_deleted", sa.Text, nullable=True),
        sa.Column("conflict", JSONText, nullable=True),
        sa.Column("last_error", sa.Text, nullable=True),
        sa.Column("synced_at", UTCDateTime, nullable=True),
        sa.UniqueConstraint("site_id", "remote_id", name="uq_sync_links_site_id"),
    )
    op.create_table(
        "sync_media",
        sa.Column(
            "site_id",
            sa.Integer,
            sa.ForeignKey("sync_sites.id", ondelete="CASCADE", name="fk_sync_media_site_id_sync_sites"),
            primary_key=True,
        ),
        sa.Column("photo_id", sa.String(36), primary_key=True),
        sa.Column("media_id", sa.Integer, nullable=False),
        sa.Column("content_hash", sa.Text, nullable=False),
        sa.Column("fingerprint", sa.Text, nullable=False),
    )
    op.create_table(
        "sync_terms",
        sa.Column(
            "site_id",
            sa.Integer,
            sa.ForeignKey("sync_sites.id", ondelete="CASCADE", name="fk_sync_terms_site_id_sync_sites"),
            primary_key=True,
        ),
        sa.Column("taxonomy", sa.String(16), primary_key=True),
        sa.Column("term_id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("sync_terms", "sync_media", "sync_links", "sync_sites"):
        op.drop_table(table)
