"""Keys, recipients, exports, and the social worker's imported reports and notes.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

from carerdesk.store.base import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("signing_secret", sa.LargeBinary(), nullable=False),
        sa.Column("age_secret", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_identity"),
    )
    op.create_table(
        "recipients",
        sa.Column("fingerprint", sa.String(40), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("key_line", sa.Text(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("from_preset", sa.Boolean(), nullable=False),
        sa.Column("added_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("fingerprint", name="pk_recipients"),
    )
    op.create_table(
        "exports",
        sa.Column("package_id", sa.String(36), nullable=False),
        sa.Column("made_at", UTCDateTime(), nullable=False),
        sa.Column("child_id", sa.String(36), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("package_id", name="pk_exports"),
    )
    op.create_table(
        "known_carers",
        sa.Column("sender_id", sa.String(64), nullable=False),
        sa.Column("fingerprint", sa.String(40), nullable=False),
        sa.Column("key_line", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("first_seen", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sender_id", name="pk_known_carers"),
    )
    _reports()


def _reports() -> None:
    op.create_table(
        "imported_reports",
        sa.Column("package_id", sa.String(36), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("sender_id", sa.String(64), nullable=False),
        sa.Column("carer", sa.Text(), nullable=False),
        sa.Column("child", sa.Text(), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("made_at", UTCDateTime(), nullable=False),
        sa.Column("imported_at", UTCDateTime(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("reviewed_at", UTCDateTime()),
        sa.ForeignKeyConstraint(["sender_id"], ["known_carers.sender_id"],
                                name="fk_imported_reports_sender_id_known_carers"),
        sa.PrimaryKeyConstraint("package_id", name="pk_imported_reports"),
        sa.UniqueConstraint("sha256", name="uq_imported_reports_sha256"),
    )
    op.create_index("ix_imported_reports_sender", "imported_reports",
                    ["sender_id", "child", "since"])
    op.create_table(
        "supervision_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.String(36), nullable=False),
        sa.Column("written_at", UTCDateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["package_id"], ["imported_reports.package_id"],
                                ondelete="CASCADE",
                                name="fk_supervision_notes_package_id_imported_reports"),
        sa.PrimaryKeyConstraint("id", name="pk_supervision_notes"),
    )
    op.create_index("ix_supervision_notes_package", "supervision_notes", ["package_id", "id"])


def downgrade() -> None:
    for table in ("supervision_notes", "imported_reports", "known_carers", "exports",
                  "recipients", "identity"):
        op.drop_table(table)
