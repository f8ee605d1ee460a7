"""The child's profile and the people around the child, each with every version kept.

Revision ID: 0008
Revises: 0007
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

from carerdesk.store.base import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

PARTS = ("identity", "heritage", "culture", "faith", "languages", "send", "health", "history",
         "triggers", "likes", "strengths", "carer_names")


def _stamps() -> list[sa.Column[dt.datetime]]:
    return [sa.Column("created_at", UTCDateTime(), nullable=False),
            sa.Column("updated_at", UTCDateTime(), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "child_profiles",
        sa.Column("child_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        *[sa.Column(part, sa.Text()) for part in PARTS],
        *_stamps(),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"],
                                name="fk_child_profiles_child_id_children"),
        sa.PrimaryKeyConstraint("child_id", name="pk_child_profiles"),
    )
    op.create_table(
        "child_profile_versions",
        sa.Column("child_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("saved_at", UTCDateTime(), nullable=False),
        sa.Column("reason", sa.Text()),
        sa.Column("content", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"],
                                name="fk_child_profile_versions_child_id_children"),
        sa.PrimaryKeyConstraint("child_id", "version", name="pk_child_profile_versions"),
    )
    op.create_table(
        "child_people",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("child_id", sa.String(36), nullable=False),
        sa.Column("role", sa.String(24), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("family_name", sa.Text()),
        sa.Column("living", sa.String(8)),
        sa.Column("relation", sa.Text()),
        sa.Column("notes", sa.Text()),
        sa.Column("version", sa.Integer(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"],
                                name="fk_child_people_child_id_children"),
        sa.PrimaryKeyConstraint("id", name="pk_child_people"),
    )
    op.create_index("ix_child_people_child", "child_people", ["child_id", "role"])
    op.create_table(
        "child_person_versions",
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("saved_at", UTCDateTime(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["child_people.id"], ondelete="CASCADE",
                                name="fk_child_person_versions_person_id_child_people"),
        sa.PrimaryKeyConstraint("person_id", "version", name="pk_child_person_versions"),
    )


def downgrade() -> None:
    op.drop_table("child_person_versions")
    op.drop_index("ix_child_people_child", "child_people")
    op.drop_table("child_people")
    op.drop_table("child_profile_versions")
    op.drop_table("child_profiles")
