"""Profile format version 2: identifiers and documents are new answers of their own, kept like
every other answer (one row per field path; the documents list is one answer). Each profile
now records the format version its answers follow, and the kept readiness verdicts are cleared:
they were judged on a checklist without the name check.

Version 1 answers are version 2 answers as they are (v2 renames nothing), so no answer row is
rewritten. The store backs the file up ("before-upgrade") before running this.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The profile format the answers of every existing profile follow once this revision has run.
ANSWERS_FORMAT = 2


def upgrade() -> None:
    with op.batch_alter_table("profiles") as batch:
        batch.add_column(sa.Column("answers_format", sa.Integer))
    op.execute(
        sa.text(
            "UPDATE profiles SET answers_format = :format, overall = NULL, overall_key = NULL"
        ).bindparams(format=ANSWERS_FORMAT)
    )


def downgrade() -> None:
    with op.batch_alter_table("profiles") as batch:
        batch.drop_column("answers_format")
