"""The site's reader lists (Popular this week, Editor's choice) as of the last sync, and the desk's unsent order.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

from editor_app.store.types import JSONText, UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "site_lists",
        sa.Column(
            "site_id",
            sa.Integer,
            sa.ForeignKey("sync_sites.id", ondelete="CASCADE", name="fk_site_lists_site_id_sync_sites"),
            primary_key=True,
        ),
        sa.Column("kind", sa.String(32), primary_key=True),
        sa.Column("items", JSONText, nullable=False),
        sa.Column("fetched_at", UTCDateTime, nullable=True),
        sa.Column("pending", JSONText, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("site_lists")
