"""Alembic environment: always handed an open, keyed connection by ``store.migrate``."""

from alembic import context

from carerdesk.store import exchange_models, models  # noqa: F401 - registers the tables
from carerdesk.store.base import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
