"""The search index's update trigger runs only when an indexed column (headline, standfirst, body, tags) changed: a
save writes every column, so a status change, a note or an Editor's choice flag re-indexed the whole text.

Revision ID: 0016
Revises: 0011
Create Date: 2026-12-05
"""

from alembic import op

from editor_app.store import fts

revision = "0016"
down_revision = "0014"
branch_labels = None
depends_on = None

_UPDATE_TRIGGER = 2
"""The update trigger's place in ``fts.TRIGGER_STATEMENTS`` (insert, delete, update)."""


def upgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS articles_fts_update")
    op.execute(fts.TRIGGER_STATEMENTS[_UPDATE_TRIGGER])


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS articles_fts_update")
    op.execute(fts.EVERY_UPDATE_TRIGGER_STATEMENTS[_UPDATE_TRIGGER])
