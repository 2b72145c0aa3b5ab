"""Background jobs: a callable runs off the GUI thread; its result or error comes back on the GUI thread.

Writes go through a pool of exactly one thread, so the database has one writer and saves apply in order;
reads (lists, searches) use a small separate pool and never wait behind a write.

The runner is also the window's change bus: ``write`` runs a use case and announces the ``Changes`` it
returns on ``changesApplied(changes, initiator)``; every view subscribes itself and skips what it caused.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from editor_app.services.changes import Changes
from editor_app.ui.core_text import error_text

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _Relay(QObject):
    finished = Signal(int, bool, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._id, self._fn, self._relay = job_id, fn, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the GUI thread, never lost in a worker
            log.debug("background job failed:\n%s", traceback.format_exc())
            self._relay.finished.emit(self._id, False, exc)
        else:
            self._relay.finished.emit(self._id, True, result)


def changes_of(result: object) -> Changes | None:
    """The ``Changes`` a use case returned: itself, its ``changes`` attribute, or the first in a tuple."""
    if isinstance(result, Changes):
        return result
    found = getattr(result, "changes", None)
    if isinstance(found, Changes):
        return found
    if isinstance(result, tuple):
        return next((item for item in result if isinstance(item, Changes)), None)
    return None


class TaskRunner(QObject):
    """Run jobs in the background; ``failed`` reports errors that no job-specific handler took."""

    failed = Signal(str)
    changesApplied = Signal(object, object)
    """``(Changes, initiator)`` after every write (and every sync run): the one way views learn of changes."""

    def __init__(self, parent: QObject | None = None, readers: int = 2) -> None:
        super().__init__(parent)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(readers)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callback | None, ErrorCallback | None]] = {}

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        *,
        write: bool = False,
    ) -> int:
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error)
        (self._writer if write else self._readers).start(_Job(job_id, fn, self._relay))
        return job_id

    def write(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        *,
        initiator: object | None = None,
    ) -> int:
        """Run a use case on the writer queue; the ``Changes`` it returns are announced before ``on_done``.

        ``initiator`` defaults to the changes' ``origin`` (the object that asked)."""

        def done(result: object) -> None:
            changes = changes_of(result)
            if changes is not None:
                self.announce(changes, initiator)
            if on_done is not None:
                on_done(result)

        return self.run(fn, done, on_error, write=True)

    def announce(self, changes: Changes, initiator: object | None = None) -> None:
        """Tell every subscriber what changed (for changes made off the writer queue, such as a sync run)."""
        if not changes.empty:
            self.changesApplied.emit(changes, initiator if initiator is not None else changes.origin)

    def _deliver(self, job_id: int, ok: bool, payload: object) -> None:
        on_done, on_error = self._callbacks.pop(job_id, (None, None))
        if ok:
            if on_done is not None:
                on_done(payload)
            return
        assert isinstance(payload, BaseException)
        if on_error is not None:
            on_error(payload)
        else:
            log.error("background job failed: %s", payload)
            self.failed.emit(error_text(payload))

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every queued job has run (used at quit); callbacks still arrive through the event loop."""
        return self._writer.waitForDone(msecs) and self._readers.waitForDone(msecs)
