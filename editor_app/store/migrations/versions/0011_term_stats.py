"""Document frequencies for "more like this" in a table kept in step by triggers (``store.term_stats``), counted
once here from the articles, instead of a scan of the whole index vocabulary on first use.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from alembic import op

from editor_app.store import term_stats

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in term_stats.CREATE_STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    for statement in term_stats.DROP_STATEMENTS:
        op.execute(statement)
