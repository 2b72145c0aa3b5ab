"""Search by word stems: the index triggers stem each word (English for Latin script, Russian for Cyrillic) and
the whole index is rebuilt, so "floods" finds "flood" in articles saved before the upgrade too.

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-04
"""

from alembic import op

from editor_app.store import fts

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in (
        fts.DROP_TRIGGER_STATEMENTS + fts.EVERY_UPDATE_TRIGGER_STATEMENTS + fts.REBUILD_STATEMENTS
    ):
        op.execute(statement)


def downgrade() -> None:
    for statement in (
        fts.DROP_TRIGGER_STATEMENTS + fts.UNSTEMMED_TRIGGER_STATEMENTS + fts.UNSTEMMED_REBUILD_STATEMENTS
    ):
        op.execute(statement)
