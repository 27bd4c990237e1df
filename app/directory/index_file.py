"""School index files: the prebuilt index shipped beside schools.csv, and the cache of the index
with the imported schools in the data folder.

Layout: a magic line, the length of a JSON header and the header, then the index in chunks, each
its length and a ``marshal`` dump. The header holds the key the index was built for (what it was
built from: the hash of schools.csv, the imported set), and the size and CRC-32 of the chunks. A
reader compares the key first, then the size and checksum before unmarshalling anything, so a
damaged or truncated file is refused, never half-read. (CRC-32 finds damage. It is no seal
against someone who can write the user's own data folder, who could change the store itself.)
Chunks are small (a few milliseconds each) and ``pause()`` is called between them, so that
reading on a worker thread never holds the interpreter for long while the user types.
"""

from __future__ import annotations

import contextlib
import json
import logging
import marshal
import os
import struct
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

MAGIC = b"IMG Readiness school index\n"
FORMAT = 2  # bump when SearchIndex.to_parts changes what it holds or how
POSTINGS_PER_CHUNK = 4096
_LENGTH = struct.Struct(">I")

Pause = Callable[[], None]


class IndexFileError(Exception):
    """The file is missing, damaged, or was written by something else."""


class StaleIndex(IndexFileError):
    """The file is sound but was built from other data (or by another format or Python)."""


def _chunks(parts: dict[str, Any]) -> Iterator[tuple[tuple[str, ...], Any]]:
    """(path, value) pairs small enough to unmarshal in a few milliseconds each."""
    for name, value in parts.items():
        if name == "postings":
            words = list(value)
            for start in range(0, len(words), POSTINGS_PER_CHUNK):
                piece = {w: value[w] for w in words[start : start + POSTINGS_PER_CHUNK]}
                yield ("postings",), piece
            if not words:
                yield ("postings",), {}
        elif isinstance(value, dict) and name == "entries":
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
        blobs.append(_LENGTH.pack(len(blob)) + blob)
        if pause is not None:
            pause()
    body = b"".join(blobs)
    header = json.dumps(
        {
            "format": FORMAT,
            "key": key,
            "marshal": marshal.version,
            "crc32": zlib.crc32(body),
            "size": len(body),
        },
        sort_keys=True,
    ).encode()
    data = MAGIC + _LENGTH.pack(len(header)) + header + body
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


def _header(data: bytes) -> tuple[dict[str, Any], int]:
    if not data.startswith(MAGIC):
        raise IndexFileError("it is not a school index")
    start = len(MAGIC) + _LENGTH.size
    try:
        (length,) = _LENGTH.unpack_from(data, len(MAGIC))
        header = json.loads(data[start : start + length])
    except (struct.error, ValueError) as exc:
        raise IndexFileError(f"its header cannot be read ({exc})") from None
    if not isinstance(header, dict):
        raise IndexFileError("its header is not an object")
    return header, start + length


def read_key(path: Path) -> dict[str, Any] | None:
    """The key a file was built for, or None when it cannot be read (for tests and tools)."""
    try:
        header, _ = _header(path.read_bytes())
    except (OSError, IndexFileError):
        return None
    key = header.get("key")
    return key if isinstance(key, dict) else None


def read_index(path: Path, key: dict[str, Any], pause: Pause | None = None) -> dict[str, Any]:
    """The parts written for ``key``. Raises StaleIndex when the file was built for another
    key, format, Python or marshal version; IndexFileError when it is missing or damaged."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise IndexFileError("there is no such file") from None
    except OSError as exc:
        raise IndexFileError(f"it cannot be read ({exc.strerror or exc})") from None
    header, start = _header(data)
    if header.get("format") != FORMAT:
        raise StaleIndex(f"it has format {header.get('format')}, this version reads {FORMAT}")
    written_by = header.get("marshal")
    if not isinstance(written_by, int) or written_by > marshal.version:  # newer ones read older
        raise StaleIndex(f"it was written with marshal version {written_by}")
    if header.get("key") != key:
        raise StaleIndex("it was built from other data")
    body = memoryview(data)[start:]
    if header.get("size") != len(body):
        raise IndexFileError(f"it is truncated ({len(body)} of {header.get('size')} bytes)")
    if zlib.crc32(body) != header.get("crc32"):
        raise IndexFileError("its contents do not match its checksum")
    parts: dict[str, Any] = {"postings": {}}
    position = 0
    try:
        while position < len(body):
            (length,) = _LENGTH.unpack_from(body, position)
            position += _LENGTH.size
            where, value = marshal.loads(body[position : position + length])
            position += length
            if where == ["postings"]:
                parts["postings"].update(value)
            elif len(where) == 2:
                parts.setdefault(where[0], {})[where[1]] = value
            else:
                parts[where[0]] = value
            if pause is not None:
                pause()
    except (struct.error, ValueError, EOFError, TypeError) as exc:
        raise IndexFileError(f"its contents cannot be read ({exc})") from None
    return parts
