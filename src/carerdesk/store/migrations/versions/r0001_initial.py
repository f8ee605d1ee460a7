"""The first schema: household facts, children, entries with their observations, versions
and the audit trail.

Revision ID: 0001
Revises:
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

from carerdesk.store.base import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _timestamps() -> list[sa.Column[dt.datetime]]:
    return [sa.Column("created_at", UTCDateTime(), nullable=False),
            sa.Column("updated_at", UTCDateTime(), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_meta"),
    )
    op.create_table(
        "children",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("born", sa.Date()),
        sa.Column("placed", sa.Date()),
        sa.Column("placement_ended", sa.Date()),
        sa.Column("notes", sa.Text()),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name="pk_children"),
    )
    op.create_table(
        "entries",
        sa.Column("seq", sa.Integer(), nullable=False, autoincrement=True),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("mood", sa.Text()),
        sa.Column("voice", sa.Text()),
        sa.Column("reflection", sa.Text()),
        sa.Column("significant", sa.Boolean(), nullable=False),
        sa.Column("significant_kind", sa.String(48)),
        sa.Column("who_was_told", sa.Text()),
        sa.Column("told_at", UTCDateTime()),
        sa.Column("next_steps", sa.Text()),
        sa.Column("version", sa.Integer(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("seq", name="pk_entries"),
        sa.UniqueConstraint("id", name="uq_entries_id"),
    )
    op.create_index("ix_entries_date_seq", "entries", ["entry_date", "seq"])
    op.create_table(
        "entry_children",
        sa.Column("entry_id", sa.String(36), nullable=False),
        sa.Column("child_id", sa.String(36), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["entries.id"], ondelete="CASCADE",
                                name="fk_entry_children_entry_id_entries"),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"],
                                name="fk_entry_children_child_id_children"),
        sa.PrimaryKeyConstraint("entry_id", "child_id", name="pk_entry_children"),
    )
    op.create_index("ix_entry_children_child", "entry_children", ["child_id", "entry_id"])
    op.create_table(
        "entry_categories",
        sa.Column("entry_id", sa.String(36), nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["entries.id"], ondelete="CASCADE",
                                name="fk_entry_categories_entry_id_entries"),
        sa.PrimaryKeyConstraint("entry_id", "category", name="pk_entry_categories"),
    )
    op.create_table(
        "observations",
        sa.Column("entry_id", sa.String(36), nullable=False),
        sa.Column("dimension", sa.String(32), nullable=False),
        sa.Column("what_happened", sa.Text()),
        sa.Column("meaning", sa.Text()),
        sa.Column("what_i_did", sa.Text()),
        sa.Column("how_i_felt", sa.Text()),
        sa.Column("rating", sa.Integer()),
        sa.Column("rating_birth", sa.Integer()),
        sa.CheckConstraint("rating IS NULL OR rating BETWEEN 0 AND 10",
                           name="ck_observations_rating_range"),
        sa.CheckConstraint("rating_birth IS NULL OR rating_birth BETWEEN 0 AND 10",
                           name="ck_observations_rating_birth_range"),
        sa.ForeignKeyConstraint(["entry_id"], ["entries.id"], ondelete="CASCADE",
                                name="fk_observations_entry_id_entries"),
        sa.PrimaryKeyConstraint("entry_id", "dimension", name="pk_observations"),
    )
    op.create_table(
        "entry_versions",
        sa.Column("entry_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("saved_at", UTCDateTime(), nullable=False),
        sa.Column("reason", sa.Text()),
        sa.Column("content", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["entries.id"], ondelete="CASCADE",
                                name="fk_entry_versions_entry_id_entries"),
        sa.PrimaryKeyConstraint("entry_id", "version", name="pk_entry_versions"),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False, autoincrement=True),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("action", sa.String(48), nullable=False),
        sa.Column("subject_kind", sa.String(24), nullable=False),
        sa.Column("subject_id", sa.String(36)),
        sa.Column("detail", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_audit_events"),
    )


def downgrade() -> None:
    for table in ("audit_events", "entry_versions", "observations", "entry_categories",
                  "entry_children", "entries", "children", "meta"):
        op.drop_table(table)
