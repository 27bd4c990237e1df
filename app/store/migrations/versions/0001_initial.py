"""First schema: profiles with one row per answer, settings, and the directory's tables.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "profiles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("custom_name", sa.Text),
        sa.Column("applicant_name", sa.Text),
        sa.Column("created_at", sa.DateTime),
        sa.Column("updated_at", sa.DateTime),
        sa.Column("last_page", sa.Text),
        sa.Column("deleted_at", sa.DateTime),
    )
    op.create_table(
        "answers",
        sa.Column(
            "profile_id",
            sa.Integer,
            sa.ForeignKey("profiles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("field_path", sa.Text, primary_key=True),
        sa.Column("value_json", sa.Text, nullable=False),
        sa.Column("saved_at", sa.DateTime),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "user_schools",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("city", sa.Text),
        sa.Column("country", sa.String(2)),
        sa.Column("directory_id", sa.Text),
        sa.Column("sponsor_note", sa.Text),
        sa.Column("created_at", sa.DateTime),
    )
    op.create_table(
        "imported_schools",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("directory_id", sa.Text),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("other_names", sa.Text),
        sa.Column("city", sa.Text),
        sa.Column("country", sa.String(2)),
        sa.Column("sponsor_note", sa.Text),
        sa.Column("source_file", sa.Text),
        sa.Column("line_number", sa.Integer),
        sa.Column("imported_at", sa.DateTime),
    )


def downgrade() -> None:
    for table in ("imported_schools", "user_schools", "settings", "answers", "profiles"):
        op.drop_table(table)
