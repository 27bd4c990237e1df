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

from app.profile import MAX_NUMBER_DIGITS, Problem, Profile, ProfileError, UnreadableNumber
from app.profile import profile_from_dict as _profile_from_dict

# A profile is a few KB (the largest text field, a sponsor note, is at most 20,000 characters).
MAX_PROFILE_BYTES = 1024 * 1024
# The longest file name most file systems take (bytes in the file system's encoding).
MAX_FILE_NAME_BYTES = 255
_READ_CHUNK = 64 * 1024


class InputFileError(ValueError):
    """A file that cannot be used; the message says why, without the file's name."""


def size_text(size: int) -> str:
    """1048576 -> "1 MB", 52428800 -> "50 MB", 1536 -> "2 KB" (for messages)."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):,.0f} MB"
    return f"{max(1, round(size / 1024)):,} KB"


def _kind_of(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO), not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file"
    return "not a regular file"


def os_reason(exc: OSError) -> str:
    """An OSError in the user's words, for "cannot be read: ..." and the like."""
    if exc.errno == errno.ENAMETOOLONG:
        return "the file name is too long"
    if exc.errno == errno.ENOENT:
        return "no such file"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ELOOP:
        return "too many symbolic links"
    return (exc.strerror or str(exc)).lower()


def read_regular_file(path: Path, limit: int, what: str = "the file") -> bytes:
    """The bytes of ``path``, when it is a regular file of at most ``limit`` bytes.

    Raises InputFileError otherwise ("is a pipe (FIFO), not a regular file", "is 3 MB; a
    profile file is at most 1 MB"). ``what`` names the kind of file in that message.
    """
    try:
        before = os.stat(path)
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        raise InputFileError(f"cannot be read: {_reason(exc)}") from None
    _check_regular(before, limit, what)
    flags = os.O_RDONLY
    for name in ("O_NONBLOCK", "O_NOCTTY", "O_CLOEXEC", "O_BINARY"):
        flags |= getattr(os, name, 0)  # O_NONBLOCK: a FIFO swapped in after stat() never blocks
    try:
        handle = os.open(path, flags)
    except OSError as exc:
        raise InputFileError(f"cannot be read: {os_reason(exc)}") from None
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
        raise InputFileError(f"cannot be read: {os_reason(exc)}") from None
    finally:
        os.close(handle)
    if total > limit:
        raise InputFileError(f"is larger than {size_text(limit)}; {what} is at most that")
    return b"".join(chunks)


def _check_regular(status: os.stat_result, limit: int, what: str) -> None:
    kind = _kind_of(status.st_mode)
    if kind is not None:
        raise InputFileError(f"is {kind}")
    if status.st_size > limit:
        raise InputFileError(
            f"is {size_text(status.st_size)}; {what} is at most {size_text(limit)}"
        )


def _reason(exc: OSError | ValueError) -> str:
    return os_reason(exc) if isinstance(exc, OSError) else "the name holds a NUL character"


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
        raise InputFileError(f"is not UTF-8 text (line {line})") from None
    try:
        return json.loads(
            text,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_parse_constant,
        )
    except json.JSONDecodeError as exc:
        raise InputFileError(f"is not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise InputFileError("is nested too deeply to be a profile") from None


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
        return "give a file name, not a folder"
    try:
        encoded = os.fsencode(name)
    except UnicodeError:
        return "the file name holds characters this system cannot store"
    if b"\0" in encoded:
        return "the file name holds a NUL character"
    if len(encoded) > _name_max(path.parent):
        return (
            f"the file name is too long ({len(name):,} characters); "
            f"at most {_name_max(path.parent)} bytes"
        )
    try:
        folder = os.stat(path.parent)
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            return f"the folder {brief_path(path.parent)} does not exist"
        return f"the folder {brief_path(path.parent)} cannot be used: {os_reason(exc)}"
    if not stat.S_ISDIR(folder.st_mode):  # a file where the folder should be
        return f"the folder {brief_path(path.parent)} does not exist"
    try:
        target = os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"{brief_path(path)} cannot be written: {os_reason(exc)}"
    if stat.S_ISDIR(target.st_mode):
        return f"{brief_path(path)} is a folder; give a file name inside it"
    kind = _kind_of(target.st_mode)
    if kind is not None:
        return f"{brief_path(path)} is {kind}"
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
