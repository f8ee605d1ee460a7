"""Life-story pages and their photos (stored as re-encoded JPEG inside the vault).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from carerdesk.store.base import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "lifestory_pages",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("child_id", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("story", sa.Text(), nullable=False),
        sa.Column("when_text", sa.Text()),
        sa.Column("place", sa.Text()),
        sa.Column("voice", sa.Text()),
        sa.Column("people", sa.Text()),
        sa.Column("layout", sa.String(24), nullable=False),
        sa.Column("in_reports", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"],
                                name="fk_lifestory_pages_child_id_children"),
        sa.PrimaryKeyConstraint("id", name="pk_lifestory_pages"),
    )
    op.create_index("ix_lifestory_pages_child", "lifestory_pages", ["child_id", "position"])
    op.create_table(
        "photos",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("page_id", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("caption", sa.Text()),
        sa.Column("consent", sa.Text()),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("jpeg", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["page_id"], ["lifestory_pages.id"], ondelete="CASCADE",
                                name="fk_photos_page_id_lifestory_pages"),
        sa.PrimaryKeyConstraint("id", name="pk_photos"),
    )
    op.create_index("ix_photos_page", "photos", ["page_id", "position"])


def downgrade() -> None:
    op.drop_table("photos")
    op.drop_table("lifestory_pages")
