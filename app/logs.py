"""The log file to attach to a bug report: ``logs/img-readiness.log`` in the data folder, written
by the desktop app and the CLI alike, rotated at a few hundred KB, readable by its owner alone.

What goes in: events, field paths, versions, tracebacks (frames and the error's type). What
never does: an answer's value (a name, a score, a date typed by the user). ``logger`` calls keep
to that, and a traceback's message (which may quote a value) is left out of the file;
``tests/test_ui_desktop_basics.py`` types values and checks the file never holds them.
"""

from __future__ import annotations

import io
import logging
import os
import sys
import traceback
from pathlib import Path
from typing import Any

LOG_FOLDER_NAME = "logs"
LOG_FILE_NAME = "img-readiness.log"
MAX_LOG_BYTES = 256 * 1024  # then renamed to .1 (the older .1 goes): about 512 KB on disk
LOG_FORMAT = "%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s"

QUIET_LOGGERS = ("alembic.runtime.plugins",)

# Marks the handlers this module added, so configuring again replaces them instead of adding.
_OURS = "_img_readiness_handler"


def log_folder(data_dir: Path | None = None) -> Path:
    """The ``logs/`` folder in the data folder (None: IMG_READINESS_DATA_DIR or the platform's)."""
    from app.paths import user_data_dir

    return Path(data_dir or user_data_dir()) / LOG_FOLDER_NAME


def log_file(data_dir: Path | None = None) -> Path:
    """Where the log is written (it may not exist yet)."""
    return log_folder(data_dir) / LOG_FILE_NAME


class PrivateRotatingFileHandler(logging.FileHandler):
    """Appends to the log file, and once it has reached ``max_bytes`` renames it to ``.1``
    (replacing the older one) and starts a new one. Every file it creates is 0600. A failed
    write or rotation (a full disk, the file held open by another process on Windows) is
    dropped quietly: the log must never print a traceback of its own or stop the program.
    (Not logging.handlers: importing that module costs about 5 ms at every start.)"""

    def __init__(self, path: Path, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        super().__init__(path, encoding="utf-8")

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)  # os.open's mode is filtered by the umask
        return open(fd, "a", encoding=self.encoding or "utf-8", errors="backslashreplace")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._rotate()
        except (OSError, ValueError):
            pass  # not rotated this time: the file grows a little past its size
        super().emit(record)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
        self.stream = None
        try:
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        finally:
            self.stream = self._open()

    def handleError(self, record: logging.LogRecord) -> None:
        pass


class _LogFormatter(logging.Formatter):
    """A traceback's frames and the error's type, without the error's message: a message can
    quote the value the code choked on (an answer). The crash dialog's "Copy details" holds the
    whole text, for the user to read before sending."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler (a test's) may have cached the whole traceback on the record.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: Any) -> str:
        kind, _value, tb = ei
        name = f"{kind.__module__}.{kind.__qualname__}" if kind is not None else "Exception"
        if name.startswith("builtins."):
            name = name.removeprefix("builtins.")
        frames = "".join(traceback.format_tb(tb)) if tb is not None else ""
        return (
            f"Traceback (most recent call last):\n{frames}{name} (its message is not logged: it "
            "may quote an answer)"
        )


def _private_folder(folder: Path) -> bool:
    """Make the folder (and missing parents) 0700; False when it cannot be ours (it, or the
    data folder holding it, belongs to another account: the store refuses that folder too)."""
    missing: list[Path] = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    try:
        for step in reversed(missing):
            step.mkdir(mode=0o700, exist_ok=True)
            if os.name == "posix":
                step.chmod(0o700)
        if os.name == "posix" and any(
            f.stat().st_uid != os.geteuid() for f in (folder, folder.parent)
        ):
            return False
    except OSError:
        return False
    return folder.is_dir()


def configure_logging(
    data_dir: Path | None,
    program: str,
    *,
    create_data_folder: bool = True,
) -> Path | None:
    """Send this process's log records (INFO and above) to the log file, and say in it which
    program and versions started. Returns the log file, or None when it cannot be written (a
    read-only or foreign folder): the program then runs without a log file, as before.

    Calling it again (another data folder) replaces the handler it added before. With a log
    file, a warning's details go to the file, not to the terminal (which keeps the CLI's own
    ``error:`` lines).
    ``create_data_folder=False``: log only where a data folder already exists (the CLI: a
    command that reads a file and writes a PDF does not create one just to log)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _OURS, False)]:
        root.removeHandler(handler)
        handler.close()
    path = log_file(data_dir)
    if not create_data_folder and not path.parent.parent.is_dir():
        return None
    if not _private_folder(path.parent):
        return None
    try:
        handler = PrivateRotatingFileHandler(path, MAX_LOG_BYTES)
    except OSError:
        return None
    handler.setFormatter(_LogFormatter(LOG_FORMAT))
    handler.setLevel(logging.INFO)
    setattr(handler, _OURS, True)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    for chatty in QUIET_LOGGERS:  # their INFO lines say nothing a bug report needs
        logging.getLogger(chatty).setLevel(logging.WARNING)
    from app import __version__

    logging.getLogger("app.logs").info(
        "%s %s started (Python %s, %s)",
        program,
        __version__,
        "{}.{}.{}".format(*sys.version_info[:3]),
        _system_words(),
    )
    return path


def _system_words() -> str:
    """The system as uname tells it ("Linux 6.1.0-18-amd64 x86_64"). The platform module (1 ms
    to import at each start) only where there is no uname (Windows); never platform.platform(),
    which reads the Python binary (about 13 ms)."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        names = uname()
        return f"{names.sysname} {names.release} {names.machine}"
    import platform

    return f"{platform.system()} {platform.release()} {platform.machine()}"


def current_log_file() -> Path | None:
    """The file this process logs to, or None when it has none."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, _OURS, False) and isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None
