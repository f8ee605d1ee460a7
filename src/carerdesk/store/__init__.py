"""The journal's tables (SQLAlchemy 2), their migrations (Alembic) and the full-text index."""
