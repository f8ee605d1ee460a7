"""The household as a table of its own (it was a line in ``meta``).

Revision ID: 0003
Revises: 0002
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

from carerdesk.store.base import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "household",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("carers", sa.Text()),
        sa.Column("agency", sa.Text()),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_household"),
    )
    conn = op.get_bind()
    name = conn.execute(sa.text("SELECT value FROM meta WHERE key = 'household'")).scalar()
    if name:
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        conn.execute(sa.text("INSERT INTO household (id, name, created_at, updated_at) "
                             "VALUES (1, :name, :now, :now)"), {"name": name, "now": now})
        conn.execute(sa.text("DELETE FROM meta WHERE key = 'household'"))


def downgrade() -> None:
    op.drop_table("household")
