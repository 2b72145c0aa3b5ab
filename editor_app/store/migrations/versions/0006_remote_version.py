"""Remember the version of each post the server last agreed on (the companion plugin's ``ew_version``).

Every write the app makes names it (``If-Match``), so a write based on an older copy is refused (412) instead of
overwriting a colleague's change; pulls also tell two changes made in the same second apart by it.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_links") as batch:
        batch.add_column(sa.Column("remote_version", sa.Integer, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_links") as batch:
        batch.drop_column("remote_version")
