"""The photo editor's marks on each photo: keywords (IPTC Keywords / XMP dc:subject), a star rating and a
colour label.

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("photos") as batch:
        batch.add_column(sa.Column("keywords", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("rating", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("label", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("photos") as batch:
        batch.drop_column("label")
        batch.drop_column("rating")
        batch.drop_column("keywords")
