"""Persistence: SQLAlchemy models and repositories, the vault, Alembic migrations."""
