"""Trust and the loop back: a carer's key confirmed (or vouched for by the agency) before it is
trusted, a report id unique per sender, social workers who have left the agency, the
supervision record sent back to the carer, and the carer's own space.

Revision ID: 0010
Revises: 0009
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

from carerdesk.store.base import UTCDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _versioned(name: str, parent: str, columns: list[sa.Column[Any]]) -> None:
    """A table of documents and its table of every saved version (as child_records)."""
    op.create_table(
        name,
        sa.Column("id", sa.String(36), nullable=False),
        *columns,
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=f"pk_{name}"),
    )
    op.create_table(
        f"{parent}_versions",
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("saved_at", UTCDateTime(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["record_id"], [f"{name}.id"], ondelete="CASCADE",
                                name=f"fk_{parent}_versions_record_id_{name}"),
        sa.PrimaryKeyConstraint("record_id", "version", name=f"pk_{parent}_versions"),
    )


def upgrade() -> None:
    with op.batch_alter_table("known_carers") as batch:
        batch.add_column(sa.Column("confirmed_at", UTCDateTime()))  # read aloud and agreed
        batch.add_column(sa.Column("vouched_by", sa.String(40)))  # the agency key's fingerprint
    # Carers known before 0010 were trusted on first sight; they stay trusted.
    op.execute("UPDATE known_carers SET confirmed_at = first_seen")
    with op.batch_alter_table("recipients") as batch:
        batch.add_column(sa.Column("left_at", UTCDateTime()))  # no longer with the agency
    with op.batch_alter_table("imported_reports") as batch:
        batch.add_column(sa.Column("sent_id", sa.String(36)))  # the id the sender gave it
    op.execute("UPDATE imported_reports SET sent_id = package_id")
    _versioned("supervision_records", "supervision_record", [
        sa.Column("package_id", sa.String(36), sa.ForeignKey(
            "imported_reports.package_id", ondelete="CASCADE",
            name="fk_supervision_records_package_id_imported_reports"), nullable=False),
        sa.Column("sent_at", UTCDateTime()),
    ])
    op.create_table(
        "returned_supervisions",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("sender_fingerprint", sa.String(40), nullable=False),
        sa.Column("answers", sa.String(36), nullable=False),  # the export it answers
        sa.Column("child_id", sa.String(36)),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_returned_supervisions"),
    )
    _versioned("carer_notes", "carer_note", [
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("note_date", sa.Date(), nullable=False),
    ])
    op.create_index("ix_carer_notes_kind", "carer_notes", ["kind", "note_date"])


def downgrade() -> None:
    op.drop_index("ix_carer_notes_kind", "carer_notes")
    for table in ("carer_note_versions", "carer_notes", "returned_supervisions",
                  "supervision_record_versions", "supervision_records"):
        op.drop_table(table)
    with op.batch_alter_table("imported_reports") as batch:
        batch.drop_column("sent_id")
    with op.batch_alter_table("recipients") as batch:
        batch.drop_column("left_at")
    with op.batch_alter_table("known_carers") as batch:
        batch.drop_column("vouched_by")
        batch.drop_column("confirmed_at")
