"""Errors the store raises, each with a message written for the user.

``storage_error`` turns what SQLite reports (through SQLAlchemy or the sqlite3 module) into one of these, so that
a full disk, a busy database or a read-only profile is never mistaken for a damaged database.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26
LOW_SPACE_BYTES = 4 * 1024 * 1024
"""Below this much free space a disk I/O error is reported as a full disk."""


class StoreError(Exception):
    """Base class: the message is one clear sentence the UI and CLI show as is."""


class NotADatabase(StoreError):
    """The file is not an Editorial Workstation database (or is damaged); it is left untouched."""


class DatabaseTooNew(StoreError):
    """The database was written by a newer version of the app."""


class DataFolderNotWritable(StoreError):
    """The data folder cannot be written to."""


class MigrationFailed(StoreError):
    """A schema upgrade failed; the database was left as it was."""


class MigrationsMissing(MigrationFailed):
    """The installation lacks its schema scripts (a broken install or bundle); nothing was changed."""


class StorageUnavailable(StoreError):
    """The database is intact but cannot be written now (full disk, disk error, busy, read-only)."""


class DiskFull(StorageUnavailable):
    """The disk holding the profile has no room left; nothing of the failed write was kept."""


class DiskError(StorageUnavailable):
    """The operating system reported an I/O error; the last committed data is intact."""


class DatabaseBusy(StorageUnavailable):
    """Another connection held the database longer than the busy timeout."""


class ProfileReadOnly(StorageUnavailable):
    """The profile was opened read-only: reading works, writing is refused."""


def _sqlite_cause(exc: BaseException) -> BaseException:
    """The driver's exception under SQLAlchemy's wrapper (``exc.orig``), or ``exc`` itself."""
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, BaseException) else exc


def _primary_code(exc: BaseException) -> int | None:
    cause = _sqlite_cause(exc)
    if isinstance(cause, sqlite3.Error):
        code = getattr(cause, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code & 0xFF
        text = str(cause).lower()  # a driver without error codes: fall back to SQLite's own wording
        for phrase, guess in (
            ("database or disk is full", SQLITE_FULL),
            ("disk i/o error", SQLITE_IOERR),
            ("database is locked", SQLITE_BUSY),
            ("readonly database", SQLITE_READONLY),
        ):
            if phrase in text:
                return guess
    if isinstance(cause, OSError) and cause.errno in (errno.ENOSPC, errno.EDQUOT):
        return SQLITE_FULL
    return None


def is_storage_failure(exc: BaseException) -> bool:
    """True when ``exc`` is about the disk or the database as a whole, not about the row being written: a
    batch must stop rather than report the same failure for every file."""
    if isinstance(exc, StorageUnavailable):
        return True
    return _primary_code(exc) in {
        SQLITE_BUSY,
        SQLITE_LOCKED,
        SQLITE_READONLY,
        SQLITE_IOERR,
        SQLITE_FULL,
        SQLITE_CORRUPT,
        SQLITE_NOTADB,
    }


def free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def disk_full(path: Path) -> DiskFull:
    return DiskFull(
        f"The disk holding {path.parent} is full: the change was not written and the database is as it was. "
        "Free some space and try again."
    )


def storage_error(exc: BaseException, path: Path, holders: str = "") -> StoreError | None:
    """The user-facing error for a database failure at ``path``, or None when it is not a storage problem.

    ``holders`` names what holds a busy database, when known ("process 123 (sqlite3)").
    """
    if isinstance(exc, StoreError):
        return exc
    code = _primary_code(exc)
    reason = str(_sqlite_cause(exc)).splitlines()[0] if str(_sqlite_cause(exc)) else type(exc).__name__
    if code == SQLITE_FULL:
        return disk_full(path)
    if code == SQLITE_IOERR:
        free = free_bytes(path.parent)
        if free is not None and free < LOW_SPACE_BYTES:
            return disk_full(path)
        return DiskError(
            f"The disk reported an error while writing {path} ({reason}): the change was not written and the "
            "last saved data is intact. Check the disk and try again."
        )
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        who = f" by {holders}" if holders else " by another program"
        return DatabaseBusy(
            f"The database {path} is locked{who}: nothing was changed. Try again when it has finished."
        )
    if code == SQLITE_READONLY:
        return ProfileReadOnly(
            f"The profile {path.parent} is read-only ({reason}): nothing was changed. Make the folder and "
            "its database writable, or choose another folder with --data-dir."
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return NotADatabase(f"{path} is damaged or not a database ({reason}). It was left untouched.")
    return None
