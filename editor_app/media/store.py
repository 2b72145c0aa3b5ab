"""Content-addressed store of original files: ``originals/ab/cdef….ext`` named by their sha256.

Files are written atomically (temporary file, fsync, link into place), made read-only, and never modified;
the same content added twice is stored once.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
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
        extension = (extension if extension is not None else source.suffix).lower()
        staging = self.originals / ".incoming"
        staging.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(dir=staging, prefix="add-")
        tmp = Path(tmp_name)
        try:
            with source.open("rb") as src, os.fdopen(fd, "wb") as out:
                while chunk := src.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha256 = digest.hexdigest()
            existing = self.find(sha256)
            if existing is not None:
                return StoredOriginal(sha256, existing, existing.stat().st_size)
            final = self.original_path(sha256, extension)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(tmp, _READ_ONLY)
            _publish(tmp, final)
            _fsync_dir(final.parent)
            return StoredOriginal(sha256, final, size)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()


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
