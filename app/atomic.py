"""Writing a file whole or not at all: a temporary file beside the target, flushed to disk, then
renamed over it. A failure leaves the old file (or none), never half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomically(
    target: Path,
    content: bytes,
    *,
    private: bool = False,
    before_replace: Callable[[], None] | None = None,
) -> None:
    """Write ``content`` to ``target``; ``private`` makes it readable by its owner alone (0600).
    Raises OSError (the temporary file removed) when the folder or the disk refuses."""
    target = Path(target)
    # A short prefix: the temporary name must fit wherever the target's own name fits.
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.stem[:40]}.", suffix=".part", dir=target.parent
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        if private and os.name == "posix":
            os.chmod(temporary, 0o600)
        if before_replace is not None:
            before_replace()
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
