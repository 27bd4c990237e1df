"""School index files: the prebuilt index shipped beside schools.csv, and the cache of the index
with the imported schools in the data folder.

Layout: a magic line, a format line (``format 3``), the length and CRC-32 of the header, the
header (a ``marshal`` dump of a dict, marshal version 2, which every Python reads), then the index
in chunks, each its length and a ``marshal`` dump. The header holds the key the index was built
for (what it was built from: the checksums of schools.csv and of pycountry's list, the imported
set), and the size and CRC-32 of the chunks. A reader checks the format line, then the header's
checksum before unmarshalling it, then the key, then the size and checksum of the chunks before
unmarshalling any, so a damaged or truncated file is refused, never half-read, and a file of
another format is rebuilt, never misread. (CRC-32 finds damage. It is no seal against someone who
can write the user's own data folder, who could change the store itself.) A chunk is one column
of the index (a few large strings and byte arrays, no per-word objects), so reading costs little
more than copying the file; ``pause()`` is called between chunks, so that reading on a worker
thread never holds the interpreter for long while the user types.

Standard library only, and none that is slow to import (no json, no hashlib): the command line
reads this at every search.
"""

from __future__ import annotations

import contextlib
import marshal
import mmap
import os
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (2 ms at each start)
if TYPE_CHECKING:
    from typing import Any

MAGIC = b"IMG Readiness school index\n"
FORMAT = 3  # bump when SearchIndex.to_parts changes what it holds or how
_FORMAT_LINE = b"format %d\n"
HEADER_MARSHAL_VERSION = 2  # the header is read before its writer's marshal version is known

Pause = Callable[[], None]


class IndexFileError(Exception):
    """The file is missing, damaged, or was written by something else."""


class StaleIndex(IndexFileError):
    """The file is sound but was built from other data (or by another format or Python)."""


def _length(value: int) -> bytes:
    return value.to_bytes(4, "big")


def _chunks(parts: dict[str, Any]) -> Iterator[tuple[tuple[str, ...], Any]]:
    """(path, value) pairs: one per column (the schools' columns one each)."""
    for name, value in parts.items():
        if isinstance(value, dict) and name == "entries":
            for column, data in value.items():
                yield (name, column), data
        else:
            yield (name,), value


def write_index(
    path: Path,
    key: dict[str, Any],
    parts: dict[str, Any],
    *,
    private: bool = False,
    pause: Pause | None = None,
) -> int:
    """Write atomically (a temporary file, then a rename); ``private``: readable by the user
    alone (0600), for the data folder. Returns the file's size."""
    blobs = []
    for where, value in _chunks(parts):
        blob = marshal.dumps((list(where), value))
        blobs.append(_length(len(blob)) + blob)
        if pause is not None:
            pause()
    body = b"".join(blobs)
    header = marshal.dumps(
        {
            "format": FORMAT,
            "key": key,
            "marshal": marshal.version,
            "crc32": zlib.crc32(body),
            "size": len(body),
        },
        HEADER_MARSHAL_VERSION,
    )
    data = b"".join(
        (
            MAGIC,
            _FORMAT_LINE % FORMAT,
            _length(len(header)),
            _length(zlib.crc32(header)),
            header,
            body,
        )
    )
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    descriptor = os.open(temporary, flags, 0o600 if private else 0o644)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return len(data)


def read_header(data: bytes | memoryview) -> tuple[dict[str, Any], int]:
    """The header of a file's bytes, and where its chunks start. Raises StaleIndex for another
    format (an older file: rebuilt, never misread), IndexFileError for anything damaged."""
    opening = bytes(data[: len(MAGIC) + 32])
    if not opening.startswith(MAGIC):
        raise IndexFileError("it is not a school index")
    line_end = opening.find(b"\n", len(MAGIC))
    format_line = opening[len(MAGIC) : line_end + 1]
    if line_end < 0 or not format_line.startswith(b"format "):
        raise StaleIndex(f"it has an older format than {FORMAT}")  # format 2 had no such line
    if format_line != _FORMAT_LINE % FORMAT:
        shown = format_line[7:-1].decode("ascii", "replace")
        raise StaleIndex(f"it has format {shown}, this version reads {FORMAT}")
    start = line_end + 1 + 8
    if len(data) < start:
        raise IndexFileError("its header is truncated")
    length = int.from_bytes(data[start - 8 : start - 4], "big")
    checksum = int.from_bytes(data[start - 4 : start], "big")
    raw = bytes(data[start : start + length])
    if len(raw) != length or zlib.crc32(raw) != checksum:
        raise IndexFileError("its header is damaged")
    try:
        header = marshal.loads(raw)
    except (ValueError, EOFError, TypeError) as exc:
        raise IndexFileError(f"its header cannot be read ({exc})") from None
    if not isinstance(header, dict):
        raise IndexFileError("its header is not an object")
    return header, start + length


def read_key(path: Path) -> dict[str, Any] | None:
    """The key a file was built for, or None when it cannot be read (for tests and tools)."""
    try:
        header, _ = read_header(path.read_bytes())
    except (OSError, IndexFileError):
        return None
    key = header.get("key")
    return key if isinstance(key, dict) else None


def read_index(path: Path, key: dict[str, Any], pause: Pause | None = None) -> dict[str, Any]:
    """The parts written for ``key``. Raises StaleIndex when the file was built for another
    key, format, Python or marshal version; IndexFileError when it is missing or damaged."""
    try:
        with open(path, "rb") as handle:
            # Mapped, not read: the pages are the system's file cache, not a copy of it (2 ms
            # less for the bundled index). Unmapped before returning: the values are copies,
            # and a file still mapped could not be replaced on Windows.
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except FileNotFoundError:
        raise IndexFileError("there is no such file") from None
    except ValueError:  # an empty file cannot be mapped
        raise IndexFileError("it is not a school index") from None
    except OSError as exc:
        raise IndexFileError(f"it cannot be read ({exc.strerror or exc})") from None
    try:
        with memoryview(mapped) as data:
            return _parts(data, key, pause)
    finally:
        # (BufferError: a view of it still held somewhere: then unmapped when collected)
        with contextlib.suppress(BufferError):
            mapped.close()


def _parts(data: memoryview, key: dict[str, Any], pause: Pause | None) -> dict[str, Any]:
    header, start = read_header(data)
    written_by = header.get("marshal")
    if not isinstance(written_by, int) or written_by > marshal.version:  # newer ones read older
        raise StaleIndex(f"it was written with marshal version {written_by}")
    if header.get("key") != key:
        raise StaleIndex("it was built from other data")
    # Every view of the mapped file is released on the way out ("with"), even on an error.
    with data[start:] as body:
        if header.get("size") != len(body):
            raise IndexFileError(f"it is truncated ({len(body)} of {header.get('size')} bytes)")
        if zlib.crc32(body) != header.get("crc32"):
            raise IndexFileError("its contents do not match its checksum")
        return _chunks_of(body, pause)


def _chunks_of(body: memoryview, pause: Pause | None) -> dict[str, Any]:
    parts: dict[str, Any] = {}
    position = 0
    try:
        while position < len(body):
            length = int.from_bytes(body[position : position + 4], "big")
            position += 4
            if position + length > len(body):
                raise ValueError("a chunk runs past the end")
            with body[position : position + length] as chunk:
                where, value = marshal.loads(chunk)
            position += length
            if len(where) == 2:
                parts.setdefault(where[0], {})[where[1]] = value
            else:
                parts[where[0]] = value
            if pause is not None:
                pause()
    except (ValueError, EOFError, TypeError) as exc:
        raise IndexFileError(f"its contents cannot be read ({exc})") from None
    return parts
