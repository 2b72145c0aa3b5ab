"""Content-addressed store of original files: ``originals/ab/cdef….ext`` named by their sha256.

Files are written atomically (temporary file, fsync, link into place), made read-only, and never modified;
the same content added twice is stored once. :meth:`MediaStore.staging` copies on a background thread, so that
an import decodes the pixels while the disk writes the original.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

_CHUNK = 1 << 20
_READ_ONLY = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH


@dataclass(frozen=True, slots=True)
class StoredOriginal:
    sha256: str
    path: Path
    size: int


class MediaStore:
    """Originals (and their thumbnails) under ``root``; safe to share between processes."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)
        self.originals = self.root / "originals"
        self.thumbnails = self.root / "thumbnails"

    def original_path(self, sha256: str, extension: str) -> Path:
        return self.originals / sha256[:2] / f"{sha256[2:]}{extension}"

    def thumbnail_path(self, sha256: str) -> Path:
        return self.thumbnails / sha256[:2] / f"{sha256[2:]}.jpg"

    def find(self, sha256: str) -> Path | None:
        """The stored original with this hash, whatever its extension, or None."""
        return next((self.originals / sha256[:2]).glob(f"{sha256[2:]}.*"), None)

    def add(self, source: Path | str, extension: str | None = None) -> StoredOriginal:
        """Copy ``source`` into the store (hashing while copying); return the stored file.

        ``extension`` (with its dot) defaults to the source's, lower-cased; the caller should pass the one
        that matches the real format.
        """
        source = Path(source)
        with self.staging(source) as pending:
            return pending.publish(source.suffix if extension is None else extension)

    @contextmanager
    def staging(self, source: Path | str) -> Iterator[PendingOriginal]:
        """Start copying ``source`` into the staging folder; the caller works meanwhile, then calls
        :meth:`PendingOriginal.publish`. Leaving the block without publishing stops the copy and removes it."""
        pending = PendingOriginal(self, Path(source))
        try:
            yield pending
        finally:
            pending.discard()


class PendingOriginal:
    """A copy of a source file being written (hashed, written, fsynced) by a background thread.

    Reading and hashing release the GIL, so the copy overlaps with pixel decoding in the calling thread.
    """

    def __init__(self, store: MediaStore, source: Path) -> None:
        self._store = store
        # a missing or unreadable source fails here, before anything is written
        src = source.open("rb", buffering=0)
        try:
            staging = store.originals / ".incoming"
            staging.mkdir(parents=True, exist_ok=True)
            _remove_orphans(staging)
            fd, tmp_name = tempfile.mkstemp(dir=staging, prefix=f"add-{os.getpid()}-")
        except BaseException:
            src.close()
            raise
        self._tmp = Path(tmp_name)
        # kept open until discard(), which drops its cached pages
        self._out = open(fd, "wb", buffering=0)  # noqa: SIM115
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._sha256, self._size = "", 0
        self._thread = threading.Thread(
            target=self._copy, args=(src, self._out), name="store-copy", daemon=True
        )
        self._thread.start()

    def _copy(self, src: io.FileIO, out: io.FileIO) -> None:
        digest = hashlib.sha256()
        size = 0
        buffer = bytearray(_CHUNK)  # one buffer for every chunk: a fresh 1 MiB per read costs page faults
        view = memoryview(buffer)
        try:
            with src:
                while not self._stop.is_set() and (count := src.readinto(buffer)):
                    digest.update(view[:count])
                    _write_all(out, view[:count])
                    size += count
            if self._stop.is_set():
                return
            os.fsync(out.fileno())
            self._sha256, self._size = digest.hexdigest(), size
        except BaseException as exc:  # handed to the caller by publish()
            self._error = exc

    def publish(self, extension: str) -> StoredOriginal:
        """Wait for the copy, then link it into place (or find the same content already stored)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        store, sha256 = self._store, self._sha256
        existing = store.find(sha256)
        if existing is not None:
            return StoredOriginal(sha256, existing, existing.stat().st_size)
        final = store.original_path(sha256, extension.lower())
        final.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(self._tmp, _READ_ONLY)
        _publish(self._tmp, final)
        _fsync_dir(final.parent)
        return StoredOriginal(sha256, final, self._size)

    def discard(self) -> None:
        """Stop the copy if it still runs and remove the staged name (a published original stays linked).

        The copy's pages are dropped from the page cache: an import writes many large originals that nobody
        reads soon, and they would push out what the user works with (and writing into pages never used
        before is what costs most on some virtual machines).
        """
        self._stop.set()
        self._thread.join()
        with self._out:
            if hasattr(os, "posix_fadvise"):
                with contextlib.suppress(OSError):
                    os.posix_fadvise(self._out.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        with contextlib.suppress(FileNotFoundError):
            self._tmp.unlink()


def _remove_orphans(staging: Path) -> None:
    """Remove the copies of processes that died while importing (a decoder crash kills its worker midway).

    Staged copies are named after their process; one whose process is gone is no longer written by anyone.
    """
    if os.name != "posix":  # os.kill(pid, 0) only asks on POSIX
        return
    for leftover in staging.glob("add-*-*"):
        pid = leftover.name.split("-")[1]
        if pid.isdigit() and not _running(int(pid)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def _write_all(out: io.FileIO, data: memoryview) -> None:
    """Write all of ``data`` (an unbuffered write may take only part of it)."""
    while data:
        written = out.write(data)
        if not written:
            raise OSError(errno.EIO, "the store's disk took no more data")
        data = data[written:]


def _publish(tmp: Path, final: Path) -> None:
    """Put ``tmp`` at ``final`` without ever replacing a file already there (another process may win)."""
    try:
        os.link(tmp, final)
    except FileExistsError:
        return
    except OSError:  # no hard links on this file system (FAT, some network shares)
        if not final.exists():
            os.replace(tmp, final)


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
