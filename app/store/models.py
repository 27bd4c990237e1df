"""ORM models of the local store (the schema at the newest Alembic revision).

Only the store and the directory code use these; the rest of the app sees plain dataclasses.
A profile's answers are one row per answered field (its profile JSON v2 path; the documents list
is one answer), so saving one answer is one small upsert and two windows editing different
fields never overwrite each other.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.profile import FORMAT_VERSION


class Base(DeclarativeBase):
    pass


def utc_now() -> dt.datetime:
    """Naive UTC, as stored in SQLite (the store hands out aware datetimes)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class StoredProfileRow(Base):
    __tablename__ = "profiles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Set when the user renames the profile; otherwise the applicant's full name is shown.
    custom_name: Mapped[str | None] = mapped_column(Text)
    # Copy of applicant.full_name, kept at save time so listing needs no answers.
    applicant_name: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, nullable=True)
    last_page: Mapped[str | None] = mapped_column(Text)
    # Soft delete: the profile can be restored until it is purged.
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Readiness computed after the last save (revision 0002); NULL = to be computed.
    overall: Mapped[str | None] = mapped_column(String(20))
    # "<rules version>|<as-of date>": the cached overall is stale when either changes.
    overall_key: Mapped[str | None] = mapped_column(Text)
    # The profile format version the saved answers follow (revision 0003), so that a later
    # format's migration knows which rows to convert.
    answers_format: Mapped[int | None] = mapped_column(Integer, default=FORMAT_VERSION)

    __table_args__ = (Index("ix_profiles_deleted_updated", "deleted_at", "updated_at"),)


class Answer(Base):
    __tablename__ = "answers"

    profile_id: Mapped[int] = mapped_column(
        ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True
    )
    field_path: Mapped[str] = mapped_column(Text, primary_key=True)
    value_json: Mapped[str] = mapped_column(Text, nullable=False)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, nullable=True)


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class UserSchool(Base):
    """A school the user recorded by hand (not found in the directory snapshot)."""

    __tablename__ = "user_schools"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    city: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2))
    directory_id: Mapped[str | None] = mapped_column(Text)
    sponsor_note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, nullable=True)


class ImportedSchool(Base):
    """A row of a directory file the user imported."""

    __tablename__ = "imported_schools"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    directory_id: Mapped[str | None] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    other_names: Mapped[str | None] = mapped_column(Text)  # pipe-separated
    city: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2))
    sponsor_note: Mapped[str | None] = mapped_column(Text)
    source_file: Mapped[str | None] = mapped_column(Text)
    line_number: Mapped[int | None] = mapped_column(Integer)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, nullable=True)
