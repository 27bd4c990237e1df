"""Alembic environment: the store hands over an open connection (no alembic.ini, no URL).

Run by app.store at open; to write a new revision by hand, see README "For developers".
"""

from __future__ import annotations

from alembic import context

from app.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only by a developer running alembic by hand
    raise SystemExit("app.store runs these migrations itself; open the store to upgrade a file")

# Batch mode: SQLite cannot ALTER most things, so Alembic copies tables where needed.
context.configure(
    connection=connection, target_metadata=Base.metadata, render_as_batch=True, compare_type=True
)
with context.begin_transaction():
    context.run_migrations()
