"""Desk review: the audit trail of transitions, the reviews the desk opened, threaded editorial comments.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

from editor_app.store.types import JSONText, UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _article_fk(table: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(
        "article_id",
        sa.String(36),
        sa.ForeignKey("articles.id", ondelete="CASCADE", name=f"fk_{table}_article_id_articles"),
        nullable=False,
        index=True,
    )


def upgrade() -> None:
    op.create_table(
        "audit_trail",
        sa.Column("id", sa.String(36), primary_key=True),
        _article_fk("audit_trail"),
        sa.Column("who", sa.Text, nullable=False, server_default=""),
        sa.Column("at", UTCDateTime, nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("from_status", sa.String(16), nullable=False),
        sa.Column("to_status", sa.String(16), nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("publish_at", UTCDateTime, nullable=True),
        sa.Column("revision_id", sa.Integer, nullable=True),
        sa.Column("synced", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True),
        _article_fk("reviews"),
        sa.Column("desk_user", sa.Text, nullable=False, server_default=""),
        sa.Column("revision_id", sa.Integer, nullable=True),
        sa.Column("content", JSONText, nullable=False),
        sa.Column("opened_at", UTCDateTime, nullable=False),
        sa.Column("approved_at", UTCDateTime, nullable=True),
    )
    op.create_table(
        "comments",
        sa.Column("id", sa.String(36), primary_key=True),
        _article_fk("comments"),
        sa.Column("author", sa.Text, nullable=False, server_default=""),
        sa.Column("author_id", sa.Integer, nullable=False, server_default="0"),
        sa.Column("at", UTCDateTime, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("reply_to", sa.String(36), nullable=True),
        sa.Column("synced", sa.Boolean, nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    for table in ("comments", "reviews", "audit_trail"):
        op.drop_table(table)
