"""Remember per site whether the user allowed plain http (the password then travels unencrypted).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_sites") as batch:
        batch.add_column(sa.Column("allow_http", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("sync_sites") as batch:
        batch.drop_column("allow_http")
