"""Siblings in reports: for an entry about several children, the parts that go into each
child's report (a JSON list of part names, entry_parts.py). NULL, as every row before this
revision has, means every part: an older vault's reports read as they did.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("entry_children") as batch:
        batch.add_column(sa.Column("shared", sa.Text()))


def downgrade() -> None:
    with op.batch_alter_table("entry_children") as batch:
        batch.drop_column("shared")
