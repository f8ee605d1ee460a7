"""Records about a child kept as versioned documents (family time, goals, profiles, reviews),
and the detail of a significant event on its entry.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

from carerdesk.store.base import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "child_records",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("child_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("record_date", sa.Date(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"],
                                name="fk_child_records_child_id_children"),
        sa.PrimaryKeyConstraint("id", name="pk_child_records"),
    )
    op.create_index("ix_child_records_child_kind", "child_records",
                    ["child_id", "kind", "record_date"])
    op.create_table(
        "child_record_versions",
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("saved_at", UTCDateTime(), nullable=False),
        sa.Column("reason", sa.Text()),
        sa.Column("content", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["record_id"], ["child_records.id"], ondelete="CASCADE",
                                name="fk_child_record_versions_record_id_child_records"),
        sa.PrimaryKeyConstraint("record_id", "version", name="pk_child_record_versions"),
    )
    with op.batch_alter_table("entries") as batch:
        batch.add_column(sa.Column("event", sa.Text()))  # JSON: a significant event's detail


def downgrade() -> None:
    with op.batch_alter_table("entries") as batch:
        batch.drop_column("event")
    op.drop_table("child_record_versions")
    op.drop_index("ix_child_records_child_kind", "child_records")
    op.drop_table("child_records")
