"""A full-text index (FTS5) over every word of an entry, filled from the entries already kept.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

from carerdesk.store import fts

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(fts.CREATE)
    fts.rebuild(op.get_bind())


def downgrade() -> None:
    op.execute("DROP TABLE entry_fts")
