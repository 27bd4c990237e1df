"""Run slow work (opening the store, building the school list, writing a PDF) off the main thread.

One worker thread, so background jobs never race each other; the result (or the error) is handed
back on the main thread through a queued signal, so callbacks may touch widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import ui.qt as qt
from ui.qt import QObject, QRunnable, QThreadPool, Signal, Slot

ProgressCallback = Callable[[int, str], None]
logger = logging.getLogger(__name__)

_pool: QThreadPool | None = None
_running: set[BackgroundTask] = set()


def _worker_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


class BackgroundTask(QObject):
    """One job's relay. `done` and `failed` fire on the main thread after the callbacks ran."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, str)
    _result_ready = Signal(object)
    _error_ready = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: ProgressCallback | None,
        owner: QObject | None = None,
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self._owner = owner
        # The worker emits, so Qt queues each signal to this object's thread, the main one (the
        # default connection: naming Qt.ConnectionType here would build the Qt namespace on the
        # way to the first list, see ui/roles.py).
        self._result_ready.connect(self._deliver_result)
        self._error_ready.connect(self._deliver_error)
        self.progressed.connect(self._deliver_progress)

    @property
    def owner_gone(self) -> bool:
        """The widget that started the work has been deleted (its window was closed): its
        callbacks are not called, so no late result touches a widget that is no more."""
        return self._owner is not None and not qt.is_alive(self._owner)

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        _running.discard(self)
        if self.owner_gone:
            return
        if self._on_done is not None:
            self._on_done(result)
        self.done.emit(result)

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        _running.discard(self)
        if self.owner_gone:
            logger.info("A background job failed after its window closed: %s", error)
            return
        if self._on_error is not None:
            self._on_error(error)
        self.failed.emit(error)

    @Slot(int, str)
    def _deliver_progress(self, percent: int, message: str) -> None:
        if self._on_progress is not None and not self.owner_gone:
            self._on_progress(percent, message)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], task: BackgroundTask) -> None:
        super().__init__()
        self._work = work
        self._task = task

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # handed to the caller, who tells the user in plain words
            self._task._error_ready.emit(exc)
        else:
            self._task._result_ready.emit(result)


def run_in_background(
    work: Callable[..., Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: ProgressCallback | None = None,
    owner: QObject | None = None,
) -> BackgroundTask:
    """Run ``work()`` on the worker thread; with ``on_progress`` it is called as
    ``work(progress)`` where ``progress(percent, message)`` may be called from the worker.
    With ``owner`` (the widget that started the work) no callback runs once it is deleted."""
    task = BackgroundTask(on_done, on_error, on_progress, owner)
    _running.add(task)
    if on_progress is not None:

        def job_work() -> Any:
            return work(lambda percent, message: task.progressed.emit(percent, message))

    else:
        job_work = work
    _worker_pool().start(_Job(job_work, task))
    return task


def wait_for_background_work(msecs: int = 10_000) -> bool:
    """Block until every background job has finished (used at exit and by tests)."""
    return _worker_pool().waitForDone(msecs)
