"""`python -m ui` / `img-readiness`: open the store at once and show the first window with what
it holds (the list of profiles, or a first start's wizard); see Launcher.open_first_window.

``--smoke-test`` starts, prints ``first window shown in N ms`` and when the profiles are ready,
and exits 0: CI, the bundle check and the start-up benchmark use it.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_STARTED = time.perf_counter()
logger = logging.getLogger(__name__)


def _ms_since_start() -> float:
    """Milliseconds since the process started (Linux), else since this module was imported."""
    try:
        with open("/proc/self/stat") as stat, open("/proc/uptime") as uptime:
            ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
            up = float(uptime.read().split()[0])
        return (up - ticks / os.sysconf("SC_CLK_TCK")) * 1000.0
    except (OSError, ValueError, IndexError):
        return (time.perf_counter() - _STARTED) * 1000.0


def _peak_memory_mb() -> float | None:
    """This program's own peak resident memory. On Linux, VmHWM: ru_maxrss also counts the
    parent's memory at fork time (a large test runner would show as our peak)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0  # kB
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # not on Windows
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def version_text(data_dir: Path | None) -> str:
    """What ``--version`` prints: the app's version, then the rules it judges by (the imported
    set in the data folder when it is newer than the bundled one)."""
    from app import APP_NAME, __version__

    lines = [f"{APP_NAME} {__version__}"]
    try:
        from app.rules.imported import active_ruleset

        rules = active_ruleset(data_dir)
        updated = rules.updated.isoformat()
        lines.append(f"Rules version {rules.version} of {updated} ({rules.origin})")
    except Exception as exc:  # the version line still prints; the rules' fault is named
        logger.warning("The rules cannot be read for --version: %s", exc)
        lines.append(f"Rules: cannot be read ({type(exc).__name__})")
    return "\n".join(lines)


class _VersionAction(argparse.Action):
    """``--version``: print the versions and exit 0 (after --data-dir, which names the rules)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        chosen = getattr(namespace, "data_dir", None) or os.environ.get("IMG_READINESS_DATA_DIR")
        print(version_text(Path(chosen) if chosen else None), flush=True)
        parser.exit(0)


# What a start with no arguments (from the desktop's launcher) means: each option's default.
NO_ARGUMENTS = argparse.Namespace(data_dir=None, lang=None, smoke_test=False, version=None)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    if not argv:  # the usual start: building the parser costs 3 ms (its formatter's imports)
        return argparse.Namespace(**vars(NO_ARGUMENTS))
    return argument_parser().parse_args(argv)


def argument_parser() -> argparse.ArgumentParser:
    from app.i18n import LANGUAGES

    parser = argparse.ArgumentParser(prog="img-readiness", description="IMG Readiness (desktop)")
    parser.add_argument("--data-dir", metavar="DIR", help="folder of the local store")
    parser.add_argument(
        "--lang",
        metavar="CODE",
        choices=sorted(LANGUAGES),
        help="the language of the app: " + ", ".join(sorted(LANGUAGES)) + " (remembered choice, "
        "else the system's)",
    )
    parser.add_argument(
        "--smoke-test", action="store_true", help="start, show the first window, report, exit"
    )
    parser.add_argument(
        "--version", action=_VersionAction, nargs=0, help="print the app's and the rules' version"
    )
    return parser


# How often Qt's loop hands Python a moment to run a pending signal handler (SIGTERM, SIGHUP).
SIGNAL_CHECK_MS = 200


def save_and_close_on_quit(app: Any, launcher: Any) -> None:
    """However the app ends (the last window closed, a logout or shutdown sending SIGTERM, the
    terminal closed sending SIGHUP), the last answer is saved and the store closed cleanly."""
    app.aboutToQuit.connect(launcher.shut_down)
    quit_on_termination_signals(app)


def quit_on_termination_signals(app: Any) -> None:
    """SIGTERM and SIGHUP quit the app the normal way (``aboutToQuit`` runs) instead of killing
    it mid-way. Python runs signal handlers only between its own statements, and Qt's loop is C++,
    so a light timer gives it that moment."""
    import signal

    from ui.qt import QTimer

    def quit_soon(signum: int, _frame: object) -> None:
        logger.info("Signal %d: saving and quitting", signum)
        QTimer.singleShot(0, app.quit)

    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, quit_soon)
    ticker = QTimer(app)
    ticker.setInterval(SIGNAL_CHECK_MS)
    ticker.timeout.connect(lambda: None)
    ticker.start()


# At most this long without the cyclic garbage collector at start (see pause_collection).
COLLECTION_PAUSE_MS = 3000


def pause_collection() -> None:
    """The start makes some 30,000 objects that live as long as the app (Qt's types, the
    modules, the rules, the first list), and Python's cyclic garbage collector scanned them
    again and again as they were made: 6 ms of the time to a usable window. It is off until
    the app is usable (resume_collection)."""
    gc.disable()


def resume_collection() -> None:
    """Once the app is usable: the objects made so far are set aside for good (``gc.freeze``,
    so no later collection scans them again; the few hundred cycles the start leaves are
    kept with them) and collection resumes for everything made after."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    pause_collection()
    data_dir = args.data_dir or os.environ.get("IMG_READINESS_DATA_DIR")
    from app.logs import configure_logging

    configure_logging(Path(data_dir) if data_dir else None, "img-readiness")
    from ui.qt import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    from ui.crash import CrashReporter
    from ui.qt import qt_version

    crashes = CrashReporter(app)
    crashes.install()
    logger.info("Qt %s", qt_version())
    try:
        return _run(app, args, Path(data_dir) if data_dir else None)
    except Exception as exc:  # before the loop runs, or after it: logged, and said in a window
        details = crashes.record((type(exc), exc, exc.__traceback__))
        if args.smoke_test:
            print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        elif details is not None:
            from app.logs import current_log_file
            from ui.crash_dialog import CrashDialog

            CrashDialog(details, current_log_file()).exec()
        return 1
    finally:
        crashes.uninstall()


def _run(app: Any, args: argparse.Namespace, data_dir: Path | None) -> int:
    from ui.qt import QTimer

    app.setDesktopFileName("io.github.img_readiness")  # matches packaging/linux/*.desktop
    app.setApplicationName("IMG Readiness")
    app.setOrganizationName("IMG Readiness")
    app.setApplicationDisplayName("IMG Readiness")
    from app.paths import resources_dir
    from ui.qt import QIcon

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "img-readiness.svg")))
    from ui import language

    language.use_data_dir(data_dir)
    chosen = language.apply_language(app, language.choose_language(args.lang))
    logger.info("Language: %s", chosen)

    from ui.launcher import Launcher

    launcher = Launcher(None, data_dir)
    exit_code = 0
    if args.smoke_test:
        launcher.quiet = True

        def say(line: str) -> None:
            # A reader that has gone (a closed pipe) must not keep the smoke test from ending.
            with contextlib.suppress(OSError):
                print(line, flush=True)

        def ready() -> None:
            QTimer.singleShot(0, app.quit)
            # The first window is the list, or a first start's wizard, shown just now.
            say(f"first window shown in {_ms_since_start():.0f} ms")
            if chosen != "en":  # a bundle's check that its catalogs, ours and Qt's, are found
                say(f"language {chosen}: {', '.join(language.installed_catalogs()) or 'none'}")
            say(f"profiles ready in {_ms_since_start():.0f} ms")
            peak = _peak_memory_mb()
            if peak is not None:
                say(f"peak memory {peak:.1f} MB")

        def failed(message: str) -> None:
            nonlocal exit_code
            print(f"error: {message}", file=sys.stderr, flush=True)
            exit_code = 1
            QTimer.singleShot(0, app.quit)

        launcher.ready.connect(ready)
        launcher.failed.connect(failed)
    # The store opens at once; the first window is what it shows (see open_first_window).
    launcher.open_first_window()
    launcher.ready.connect(resume_collection)
    launcher.failed.connect(lambda _why: resume_collection())
    QTimer.singleShot(COLLECTION_PAUSE_MS, resume_collection)  # a question asked at start
    save_and_close_on_quit(app, launcher)
    result = app.exec()
    from ui.worker import wait_for_background_work

    wait_for_background_work()
    language.restart_if_requested()
    return exit_code or int(result)


if __name__ == "__main__":
    sys.exit(main())
