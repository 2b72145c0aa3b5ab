"""Photo desk: date taken, city and country on photos; saved credits and code replacements.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("photos") as batch:
        for name in ("date_taken", "city", "country"):
            batch.add_column(sa.Column(name, sa.Text, nullable=False, server_default=""))
    op.create_table(
        "saved_texts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("uses", sa.Integer, nullable=False, server_default="0"),
        sa.UniqueConstraint("kind", "key", name="uq_saved_texts_kind"),
    )


def downgrade() -> None:
    op.drop_table("saved_texts")
    with op.batch_alter_table("photos") as batch:
        for name in ("country", "city", "date_taken"):
            batch.drop_column(name)
