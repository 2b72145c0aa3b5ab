"""Remember what an update sent until the server's answer is recorded.

A sync that dies after the server applied an update but before the link was recorded would otherwise take its
own change, found on the server, for someone else's and hold the article in a false conflict.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

from editor_app.store.types import JSONText

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_links") as batch:
        batch.add_column(sa.Column("sent", JSONText, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_links") as batch:
        batch.drop_column("sent")
