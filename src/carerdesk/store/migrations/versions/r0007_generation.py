"""The vault's generation: ``vault_identity`` gains ``generation`` and ``moving_from``.

The table is the vault layer's own (made at ``init``, outside the models); the columns hold
the counter that the key file carries too (see ``carerdesk.vault.generation``). A vault from
before them reads as generation 0, as does its version 1 key file.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_COLUMNS = (("generation", "INTEGER NOT NULL DEFAULT 0"), ("moving_from", "INTEGER"))


def upgrade() -> None:
    conn = op.get_bind()
    present = {row[1] for row in conn.execute(sa.text("PRAGMA table_info(vault_identity)"))}
    for name, declaration in _COLUMNS:
        if name not in present:  # a vault made since has them from the start
            conn.execute(sa.text(f"ALTER TABLE vault_identity ADD COLUMN {name} {declaration}"))


def downgrade() -> None:
    with op.batch_alter_table("vault_identity") as batch:
        batch.drop_column("moving_from")
        batch.drop_column("generation")
