"""Drafts kept inside the vault as the carer types, and fact / opinion / reported marks.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from carerdesk.store.base import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("entries") as batch:
        batch.add_column(sa.Column("marks", sa.Text()))
    op.create_table(
        "drafts",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("entry_id", sa.String(36)),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("saved_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["entries.id"], ondelete="CASCADE",
                                name="fk_drafts_entry_id_entries"),
        sa.PrimaryKeyConstraint("id", name="pk_drafts"),
    )


def downgrade() -> None:
    op.drop_table("drafts")
    with op.batch_alter_table("entries") as batch:
        batch.drop_column("marks")
