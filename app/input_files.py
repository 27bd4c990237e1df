"""Files the user names: read only when they are regular files of a bounded size, and written
only where a file can go.

Every reader of a user's file goes through :func:`read_regular_file`: a folder, a FIFO, a device
or a socket is refused before it is opened (so a FIFO never blocks and ``/dev/zero`` is never
read), the size is checked before reading, and the read itself stops one byte past the limit (a
file that grows while it is read is still refused). :func:`output_problem` checks a target
before anything is written. Messages are plain words, without the file's name: the caller puts
the name or the option in front.
"""

from __future__ import annotations

import errno
import json
import math
import os
import stat
from pathlib import Path
from typing import Any

from app.i18n import N_, _
from app.profile import (
    MAX_NUMBER_DIGITS,
    Problem,
    Profile,
    ProfileError,
    UnreadableNumber,
    count_text,
)
from app.profile import profile_from_dict as _profile_from_dict

# A profile is a few KB (the largest text field, a sponsor note, is at most 20,000 characters).
MAX_PROFILE_BYTES = 1024 * 1024
# The longest file name most file systems take (bytes in the file system's encoding).
MAX_FILE_NAME_BYTES = 255
_READ_CHUNK = 64 * 1024
# The kinds of file the readers name in "{what} is at most 1 MB" (read_regular_file's ``what``,
# given in English by each caller and said here in the language in use).
FILE_KINDS = (
    N_("the file"),
    N_("a profile file"),
    N_("a rules file"),
    N_("a roster file"),
    N_("a school directory file"),
)


class InputFileError(ValueError):
    """A file that cannot be used; the message says why, without the file's name."""


def size_text(size: int) -> str:
    """1048576 -> "1 MB", 52428800 -> "50 MB", 1536 -> "2 KB" (for messages)."""
    if size >= 1024 * 1024:
        # Translators: a file size in megabytes.
        return _("{count} MB").format(count=count_text(round(size / (1024 * 1024))))
    # Translators: a file size in kilobytes.
    return _("{count} KB").format(count=count_text(max(1, round(size / 1024))))


def _kind_of(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return _("a folder, not a file")
    if stat.S_ISFIFO(mode):
        return _("a pipe (FIFO), not a regular file")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _("a device, not a regular file")
    if stat.S_ISSOCK(mode):
        return _("a socket, not a regular file")
    return _("not a regular file")


def os_reason(exc: OSError) -> str:
    """An OSError in the user's words, for "cannot be read: ..." and the like."""
    if exc.errno == errno.ENAMETOOLONG:
        return _("the file name is too long")
    if exc.errno == errno.ENOENT:
        return _("no such file")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return _("permission denied")
    if exc.errno == errno.ELOOP:
        return _("too many symbolic links")
    return (exc.strerror or str(exc)).lower()  # the system's own words


def read_regular_file(path: Path, limit: int, what: str = "the file") -> bytes:
    """The bytes of ``path``, when it is a regular file of at most ``limit`` bytes.

    Raises InputFileError otherwise ("is a pipe (FIFO), not a regular file", "is 3 MB; a
    profile file is at most 1 MB"). ``what`` names the kind of file in that message.
    """
    try:
        before = os.stat(path)
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        raise InputFileError(cannot_be_read(_reason(exc))) from None
    _check_regular(before, limit, what)
    flags = os.O_RDONLY
    for name in ("O_NONBLOCK", "O_NOCTTY", "O_CLOEXEC", "O_BINARY"):
        flags |= getattr(os, name, 0)  # O_NONBLOCK: a FIFO swapped in after stat() never blocks
    try:
        handle = os.open(path, flags)
    except OSError as exc:
        raise InputFileError(cannot_be_read(os_reason(exc))) from None
    try:
        _check_regular(os.fstat(handle), limit, what)  # the file opened is the one checked
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(handle, min(_READ_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise InputFileError(cannot_be_read(os_reason(exc))) from None
    finally:
        os.close(handle)
    if total > limit:
        # Translators: {what} is a kind of file ("a profile file").
        raise InputFileError(
            _("is larger than {size}; {what} is at most that").format(
                size=size_text(limit), what=_(what)
            )
        )
    return b"".join(chunks)


def cannot_be_read(reason: str) -> str:
    """ "cannot be read: permission denied" (the caller puts the file's name in front)."""
    return _("cannot be read: {reason}").format(reason=reason)


def _is_kind(kind: str) -> str:
    # Translators: {kind} says what a path is instead of a file ("a folder, not a file").
    return _("is {kind}").format(kind=kind)


def _check_regular(status: os.stat_result, limit: int, what: str) -> None:
    kind = _kind_of(status.st_mode)
    if kind is not None:
        raise InputFileError(_is_kind(kind))
    if status.st_size > limit:
        # Translators: {what} is a kind of file ("a profile file"); {size} and {limit} sizes.
        raise InputFileError(
            _("is {size}; {what} is at most {limit}").format(
                size=size_text(status.st_size), what=_(what), limit=size_text(limit)
            )
        )


def _reason(exc: OSError | ValueError) -> str:
    return os_reason(exc) if isinstance(exc, OSError) else _("the name holds a NUL character")


# -- JSON ----------------------------------------------------------------------------------------


def _parse_int(text: str) -> int | UnreadableNumber:
    # Python refuses to convert more than 4,300 digits (a ValueError naming no field): keep a
    # marker instead, so that validation names the field it was found in.
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        return UnreadableNumber(text)
    return int(text)


def _parse_float(text: str) -> float | UnreadableNumber:
    value = float(text)
    return value if math.isfinite(value) else UnreadableNumber(text)


def _parse_constant(text: str) -> UnreadableNumber:
    return UnreadableNumber(text)  # NaN, Infinity, -Infinity: not JSON, and no field holds them


def decode_json(raw: bytes) -> Any:
    """A JSON document from UTF-8 bytes (a BOM is allowed). Numbers no field can hold (NaN,
    Infinity, 1e400, an integer of thousands of digits) become :class:`UnreadableNumber`
    markers, for validation to name their field. Raises InputFileError."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputFileError(_("is not UTF-8 text (line {line})").format(line=line)) from None
    try:
        return json.loads(
            text,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_parse_constant,
        )
    except json.JSONDecodeError as exc:
        raise InputFileError(
            _("is not valid JSON (line {line}, column {column})").format(
                line=exc.lineno, column=exc.colno
            )
        ) from None
    except RecursionError:
        raise InputFileError(_("is nested too deeply to be a profile")) from None


def read_profile_json(path: Path, as_of: Any) -> Profile:
    """A profile JSON v1 file read within :data:`MAX_PROFILE_BYTES` and checked in full.

    ``as_of`` is the assessment date (a ``datetime.date``, or None for the checks that need
    none). Raises ProfileError: the file's own problem under the file's name, or every field's
    problem under its path."""
    where = brief_path(path)
    try:
        data = decode_json(read_regular_file(path, MAX_PROFILE_BYTES, "a profile file"))
    except InputFileError as exc:
        raise ProfileError([Problem(where, str(exc))]) from None
    return _profile_from_dict(data, as_of)


# -- where a file is written ---------------------------------------------------------------------


def output_problem(path: Path) -> str | None:
    """Why a file cannot be written at ``path`` (a sentence naming the path or folder where it
    helps), or None when it can be tried:
    its folder must exist and be a folder, its name must fit the file system, and the path must
    not be a folder or a device."""
    name = path.name
    if not name or name in (".", ".."):
        return _("give a file name, not a folder")
    try:
        encoded = os.fsencode(name)
    except UnicodeError:
        return _("the file name holds characters this system cannot store")
    if b"\0" in encoded:
        return _("the file name holds a NUL character")
    if len(encoded) > _name_max(path.parent):
        return _(
            "the file name is too long ({length} characters); at most {most} bytes"
        ).format(length=count_text(len(name)), most=_name_max(path.parent))
    folder_missing = _("the folder {folder} does not exist")
    try:
        folder = os.stat(path.parent)
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            return folder_missing.format(folder=brief_path(path.parent))
        return _("the folder {folder} cannot be used: {reason}").format(
            folder=brief_path(path.parent), reason=os_reason(exc)
        )
    if not stat.S_ISDIR(folder.st_mode):  # a file where the folder should be
        return folder_missing.format(folder=brief_path(path.parent))
    try:
        target = os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return _("{file} cannot be written: {reason}").format(
            file=brief_path(path), reason=os_reason(exc)
        )
    if stat.S_ISDIR(target.st_mode):
        return _("{file} is a folder; give a file name inside it").format(file=brief_path(path))
    kind = _kind_of(target.st_mode)
    if kind is not None:
        # Translators: {kind} says what the path is instead of a file ("a device, not a
        # regular file").
        return _("{file} is {kind}").format(file=brief_path(path), kind=kind)
    return None


def _name_max(folder: Path) -> int:
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (AttributeError, OSError, ValueError):  # Windows, or a folder that does not exist
        return MAX_FILE_NAME_BYTES


def brief_path(path: Path | str, limit: int = 160) -> str:
    """A path for a message: cut in the middle when long, so both ends stay readable."""
    text = str(path)
    if len(text) <= limit:
        return text
    half = (limit - 1) // 2
    return f"{text[:half]}…{text[-half:]}"
