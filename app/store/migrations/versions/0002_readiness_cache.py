"""Keep each profile's overall readiness, so listing 1,000 profiles needs no evaluation.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing profiles get NULL: their readiness is computed the first time they are listed.
    with op.batch_alter_table("profiles") as batch:
        batch.add_column(sa.Column("overall", sa.String(20)))
        batch.add_column(sa.Column("overall_key", sa.Text))
    op.create_index("ix_profiles_deleted_updated", "profiles", ["deleted_at", "updated_at"])


def downgrade() -> None:
    op.drop_index("ix_profiles_deleted_updated", table_name="profiles")
    with op.batch_alter_table("profiles") as batch:
        batch.drop_column("overall_key")
        batch.drop_column("overall")
