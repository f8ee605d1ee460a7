"""Alembic environment: always handed an open, keyed connection by ``store.migrate``."""

from alembic import context

# Every model module, so that the metadata holds every table.
from carerdesk.store import (  # noqa: F401
    exchange_models,
    loop_models,
    models,
    profile_models,
    record_models,
)
from carerdesk.store.base import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
