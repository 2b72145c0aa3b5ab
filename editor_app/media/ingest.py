"""Import photos: probe, decode a thumbnail, store the original, read its metadata.

:func:`ingest` takes and returns only picklable values, so it runs in a ProcessPoolExecutor;
:func:`ingest_many` runs a batch on such a pool, where every bad file costs only its own failure.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import os
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Protocol

from editor_app.media.metadata import PhotoMetadata, read_metadata
from editor_app.media.probe import ImageInfo, PhotoRejected, probe
from editor_app.media.store import MediaStore
from editor_app.media.thumbnails import make_thumbnail

THUMBNAIL_MAX_SIDE = 320
_POLL_SECONDS = 0.05


@dataclass(frozen=True, slots=True)
class IngestResult:
    source: Path
    sha256: str
    original: Path
    size: int
    info: ImageInfo
    metadata: PhotoMetadata
    thumbnail: Path
    thumbnail_size: tuple[int, int]

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.metadata.warnings


@dataclass(frozen=True, slots=True)
class IngestFailure:
    path: Path
    message: str
    kind: str = "failed"
    """A :data:`~editor_app.media.probe.REJECTION_KINDS` value, or "unreadable" (cannot read or store the
    file), "failed", "crashed" or "cancelled"."""


Outcome = IngestResult | IngestFailure
Progress = Callable[[int, int, Outcome], None]


class CancelEvent(Protocol):
    def is_set(self) -> bool: ...


def ingest(path: Path | str, store_root: Path | str) -> IngestResult:
    """Import one file into the store at ``store_root``; raise PhotoRejected (or OSError) if it can't be.

    The original is copied into the store's staging folder on a background thread while the pixels are
    decoded (into the thumbnail); it is put in place only once they decoded, so a truncated or corrupt file
    leaves nothing behind. The metadata is read from the stored copy: the very bytes that were hashed.
    """
    path = Path(path)
    info = probe(path)
    store = MediaStore(store_root)
    staged = store.thumbnails / ".incoming" / f"{uuid.uuid4().hex}.jpg"
    try:
        with store.staging(path) as pending:
            thumbnail_size = make_thumbnail(path, staged, THUMBNAIL_MAX_SIDE)
            stored = pending.publish(info.extension)
            metadata = read_metadata(stored.path, info)  # before the block drops the copy's cached pages
        thumbnail = store.thumbnail_path(stored.sha256)
        thumbnail.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staged, thumbnail)
    finally:
        with contextlib.suppress(FileNotFoundError):
            staged.unlink()
    return IngestResult(
        path, stored.sha256, stored.path, stored.size, info, metadata, thumbnail, thumbnail_size
    )


def ingest_outcome(path: Path, store_root: Path) -> Outcome:
    """:func:`ingest` that reports every problem as an IngestFailure instead of raising."""
    try:
        return ingest(path, store_root)
    except PhotoRejected as exc:
        return IngestFailure(path, str(exc), exc.kind)
    except OSError as exc:
        return IngestFailure(
            path, f"{path.name}: cannot read or store the file ({exc.strerror or exc})", "unreadable"
        )
    except Exception as exc:  # one bad file must never stop a batch
        return IngestFailure(path, f"{path.name}: import failed ({type(exc).__name__}: {exc})")


def ingest_many(
    paths: Iterable[Path | str],
    store_root: Path | str,
    workers: int = 2,
    cancel_event: CancelEvent | None = None,
    progress: Progress | None = None,
    *,
    mp_context: BaseContext | None = None,
) -> list[Outcome]:
    """Import ``paths`` on a pool of ``workers`` processes; one outcome per path, in the same order.

    ``progress(done, total, outcome)`` is called in this thread as each file finishes. Once ``cancel_event``
    is set, files not yet started come back as "import cancelled" failures. A file that crashes a worker
    process is found by re-running the files that were in flight one at a time, and fails alone.
    From a multi-threaded program (a Qt application) pass ``mp_context=multiprocessing.get_context("spawn")``
    (or "forkserver") rather than relying on fork.
    """
    workers = max(1, workers)
    batch = _Batch([Path(p) for p in paths], Path(store_root), cancel_event, progress)
    pending = list(range(len(batch.paths)))
    while pending and not batch.cancelled():
        unfinished = _run(batch, pending, workers, mp_context)
        suspects, pending = unfinished[: workers + 1], unfinished[workers + 1 :]
        for index in suspects:  # only these could have been in flight when the pool broke
            if batch.cancelled() or not _run(batch, [index], 1, mp_context):
                continue
            batch.record(
                index,
                IngestFailure(
                    batch.paths[index], f"{batch.paths[index].name}: crashed the image decoder", "crashed"
                ),
            )
    for index, outcome in enumerate(batch.outcomes):
        if outcome is None:
            batch.record(
                index,
                IngestFailure(
                    batch.paths[index], f"{batch.paths[index].name}: import cancelled", "cancelled"
                ),
            )
    return [outcome for outcome in batch.outcomes if outcome is not None]


class _Batch:
    def __init__(
        self, paths: list[Path], root: Path, cancel_event: CancelEvent | None, progress: Progress | None
    ) -> None:
        self.paths, self.root = paths, root
        self.outcomes: list[Outcome | None] = [None] * len(paths)
        self._cancel_event, self._progress, self._done = cancel_event, progress, 0

    def cancelled(self) -> bool:
        return self._cancel_event is not None and self._cancel_event.is_set()

    def record(self, index: int, outcome: Outcome) -> None:
        self.outcomes[index] = outcome
        self._done += 1
        if self._progress is not None:
            self._progress(self._done, len(self.paths), outcome)


def _run(batch: _Batch, indices: list[int], workers: int, context: BaseContext | None) -> list[int]:
    """Run ``indices`` on a fresh pool; return those left unfinished because the pool broke, in order."""
    broken: list[int] = []
    with cf.ProcessPoolExecutor(max_workers=min(workers, len(indices)), mp_context=context) as pool:
        futures = {pool.submit(ingest_outcome, batch.paths[i], batch.root): i for i in indices}
        waiting = set(futures)
        while waiting:
            finished, waiting = cf.wait(waiting, timeout=_POLL_SECONDS, return_when=cf.FIRST_COMPLETED)
            for future in finished:
                _collect(batch, futures[future], future, broken)
            if batch.cancelled():
                pool.shutdown(wait=True, cancel_futures=True)
                for future in waiting:
                    if future.done() and not future.cancelled():
                        _collect(batch, futures[future], future, broken)
                break
    return sorted(broken)


def _collect(batch: _Batch, index: int, future: cf.Future[Outcome], broken: list[int]) -> None:
    try:
        batch.record(index, future.result())
    except BrokenProcessPool:
        broken.append(index)
