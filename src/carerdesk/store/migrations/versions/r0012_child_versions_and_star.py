"""A child's name and dates kept with every earlier version (as entries are), and the
"bring to supervision" star a carer puts on an entry.

Every child row before this revision gets its present name and dates as version 1, so the
history of a child upgraded from an older vault starts where the vault stood.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

from carerdesk.store.base import UTCDateTime

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "child_versions",
        sa.Column("child_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("saved_at", UTCDateTime(), nullable=False),
        sa.Column("reason", sa.Text()),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("born", sa.Date()),
        sa.Column("placed", sa.Date()),
        sa.Column("placement_ended", sa.Date()),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"], ondelete="CASCADE",
                                name="fk_child_versions_child_id_children"),
        sa.PrimaryKeyConstraint("child_id", "version", name="pk_child_versions"),
    )
    # Plain ALTER TABLE ADD COLUMN, never a batch: a batch copies the table and drops the old
    # one, and dropping ``entries`` with foreign keys on cascaded to every entry's versions,
    # children, categories and ratings (caught by the upgrade test of the 0001 vault).
    op.add_column("children", sa.Column("version", sa.Integer(), nullable=False,
                                        server_default="1"))
    op.execute("INSERT INTO child_versions (child_id, version, saved_at, reason, name, born, "
               "placed, placement_ended) SELECT id, 1, updated_at, NULL, name, born, placed, "
               "placement_ended FROM children")
    op.add_column("entries", sa.Column("for_supervision", sa.Boolean(), nullable=False,
                                       server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("entries", "for_supervision")  # SQLite's own DROP COLUMN: no copy either
    op.drop_column("children", "version")
    op.drop_table("child_versions")
