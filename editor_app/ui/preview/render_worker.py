"""Renders the preview body on one dedicated thread: one render in flight, newest text wins.

A render that a newer text supersedes stops at the next block boundary once it has run for a moment (see
``interruptible``: a pathological document never makes the next keystroke wait behind it); the blocks it
finished are kept and reused by the next render, so typing into a huge document still converges.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from editor_app.render.block import Block
from editor_app.ui.preview.images import needs_localizing

if TYPE_CHECKING:
    from editor_app.ui.preview.interruptible import InterruptibleRenderer


@dataclass(frozen=True, slots=True)
class RenderJob:
    generation: int
    """Which article (each ``show`` starts a new generation; older results are dropped)."""
    text: str
    reset: bool = False
    """Forget the block cache first (a different article)."""


@dataclass(frozen=True, slots=True)
class RenderOutput:
    job: RenderJob
    blocks: tuple[Block, ...] | None
    """``None`` when a newer text superseded this render."""
    seconds: float


class _Relay(QObject):
    done = Signal(object)


class _RenderRunnable(QRunnable):
    def __init__(
        self,
        job: RenderJob,
        renderer: Callable[[], InterruptibleRenderer],
        localize: Callable[[str], str],
        relay: _Relay,
        expand: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__()
        self._job, self._renderer, self._localize, self._relay = job, renderer, localize, relay
        self._expand = expand
        self.setAutoDelete(True)

    def run(self) -> None:
        started = time.perf_counter()
        renderer = self._renderer()
        if self._job.reset:
            renderer.reset()
        try:
            text = self._expand(self._job.text) if self._expand is not None else self._job.text
            blocks = renderer.render_unless_superseded(text)
            if blocks is not None:
                blocks = tuple(
                    b if not needs_localizing(b.html) else b._replace(html=self._localize(b.html))
                    for b in blocks
                )
        except Exception as exc:  # a renderer bug must not kill the preview (or leave a broken cache)
            renderer.reset()
            self._relay.done.emit(exc)
            return
        self._relay.done.emit(RenderOutput(self._job, blocks, time.perf_counter() - started))


class RenderWorker(QObject):
    """Owns the renderer and its thread. ``submit`` starts a job or queues it, replacing any queued one;
    ``finished`` delivers each :class:`RenderOutput` on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        localize: Callable[[str], str],
        parent: QObject | None = None,
        expand: Callable[[str], str] | None = None,
    ) -> None:
        """``localize`` points rendered image sources at local files; ``expand`` prepares the Markdown
        (inline photo tokens resolved) before it is rendered."""
        super().__init__(parent)
        self._expand = expand
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._stop = threading.Event()
        """Set when a newer text waits: the render in flight stops at its next block boundary."""
        self._renderer: InterruptibleRenderer | None = None
        self._localize = localize
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._in_flight = False
        self._queued: RenderJob | None = None

    @property
    def busy(self) -> bool:
        return self._in_flight or self._queued is not None

    def submit(self, job: RenderJob) -> None:
        if not self._in_flight:
            self._start(job)
            return
        if self._queued is not None and self._queued.reset and self._queued.generation == job.generation:
            job = RenderJob(job.generation, job.text, reset=True)
        self._queued = job
        self._stop.set()  # read by the render thread between blocks

    def _start(self, job: RenderJob) -> None:
        self._in_flight = True
        self._stop.clear()
        self._pool.start(_RenderRunnable(job, self._renderer_here, self._localize, self._relay, self._expand))

    def _renderer_here(self) -> InterruptibleRenderer:
        """The renderer, made on the render thread with its first job (the Markdown pipeline loads there)."""
        if self._renderer is None:
            from editor_app.ui.preview.interruptible import InterruptibleRenderer

            self._renderer = InterruptibleRenderer(self._stop)
        return self._renderer

    def _on_done(self, output: object) -> None:
        self._in_flight = False
        queued, self._queued = self._queued, None
        if queued is not None:
            self._start(queued)
        if isinstance(output, RenderOutput):
            self.finished.emit(output)
        else:
            self.failed.emit(output)

    def wait(self, msecs: int = 10_000) -> bool:
        return self._pool.waitForDone(msecs)
