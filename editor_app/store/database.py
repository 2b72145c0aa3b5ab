"""The local newsroom database: open (checked and migrated), one writer, many readers."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError

from editor_app.profile_lock import database_lock_holders
from editor_app.store import fts, term_stats
from editor_app.store.articles import ArticleRepository
from editor_app.store.engine import backup, looks_like_sqlite, read_only_uri, reader_engine, writer_engine
from editor_app.store.errors import (
    DataFolderNotWritable,
    NotADatabase,
    ProfileReadOnly,
    StoreError,
    is_storage_failure,
    storage_error,
)
from editor_app.store.outbox import OutboxRepository
from editor_app.store.photo_desk import SavedTextRepository
from editor_app.store.photos import PhotoRepository
from editor_app.store.related import RelatedRepository
from editor_app.store.revisions import RevisionRepository
from editor_app.store.schema_version import SCHEMA_HEAD
from editor_app.store.settings import SettingsRepository
from editor_app.store.sync_state import SyncState

if TYPE_CHECKING:
    from sqlalchemy import NestedTransaction

    from editor_app.store.review_state import ReviewState
    from editor_app.store.search import ArchiveSearch
    from editor_app.store.site_lists import SiteListsStore

log = logging.getLogger(__name__)


class UnitOfWork:
    """The repositories bound to one connection and one transaction.

    The sync, review, site-list and search stores are built on first use, once per transaction; code outside
    ``store/`` takes them from here and never builds them on the connection itself.
    """

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.articles = ArticleRepository(connection)
        self.revisions = RevisionRepository(connection)
        self.outbox = OutboxRepository(connection)
        self.photos = PhotoRepository(connection)
        self.related = RelatedRepository(connection)
        self.settings = SettingsRepository(connection)
        self.saved_texts = SavedTextRepository(connection)

    @cached_property
    def sync_state(self) -> SyncState:
        """Sites, links to remote posts, uploaded media, terms, checkpoints, conflicts."""
        return SyncState(self.connection)

    @cached_property
    def review_state(self) -> ReviewState:
        """The audit trail, review comments and schedules."""
        from editor_app.store.review_state import ReviewState

        return ReviewState(self.connection)

    @cached_property
    def site_lists(self) -> SiteListsStore:
        """The site's Popular and Editor's choice lists."""
        from editor_app.store.site_lists import SiteListsStore

        return SiteListsStore(self.connection)

    @cached_property
    def search(self) -> ArchiveSearch:
        """Full-text search and the term statistics of the archive."""
        from editor_app.store.search import ArchiveSearch

        return ArchiveSearch(self.connection)

    def savepoint(self) -> NestedTransaction:
        """A savepoint inside this transaction (``commit()`` or ``rollback()`` it, or use it with ``with``)."""
        return self.connection.begin_nested()


@dataclass(frozen=True, slots=True)
class CheckReport:
    integrity: str
    schema_revision: str | None
    head_revision: str | None
    articles: int
    outbox: int
    conflicts: int
    sqlite_version: str

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.schema_revision == self.head_revision


def ensure_writable_folder(folder: Path) -> None:
    """Create the folder if needed and prove a file can be written there, or say plainly why not."""
    reason = unwritable_reason(folder)
    if reason is not None:
        raise DataFolderNotWritable(
            f"Cannot write to the data folder {folder}: {reason}. Choose another folder with --data-dir."
        )


def unwritable_reason(folder: Path, database: Path | None = None) -> str | None:
    """Why nothing can be written in ``folder`` (or to ``database`` there), or None when it can.

    Proven by writing a probe file, so a read-only mount, an immutable folder and permissions all count
    (``os.access`` would answer for the real user id, and root passes permission checks).
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-test-{uuid.uuid4().hex}"
        probe.write_bytes(b"")
        probe.unlink()
        if database is not None and database.exists():
            os.close(os.open(database, os.O_WRONLY))
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return None  # a full disk is not a read-only profile: reads work, writes say the disk is full
        return exc.strerror or str(exc)
    return None


class Database:
    def __init__(
        self, path: Path, writer: Engine | None, reader: Engine, *, read_only_reason: str | None = None
    ) -> None:
        self.path = path
        self._writer = writer
        self._reader = reader
        self._write_lock = threading.Lock()
        self.read_only_reason = read_only_reason
        """Why the profile was opened read-only (None when it is writable)."""

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        backup_dir: Path | None = None,
        extra_version_locations: Sequence[Path] = (),
    ) -> Database:
        """Open (creating if needed) and upgrade the database at ``path``.

        A file that is not an SQLite database is refused and never written to; a database made by a newer
        version is refused; the schema upgrade is backed up first and is all or nothing.
        """
        path = Path(path)
        read_only = unwritable_reason(path.parent, path)
        if read_only is not None and not _has_data(path):  # nothing to read, and no way to create it
            ensure_writable_folder(path.parent)
        if path.is_dir():
            raise NotADatabase(f"{path} is a folder, not a database file.")
        if not looks_like_sqlite(path):
            raise NotADatabase(
                f"{path} is not an Editorial Workstation database (it is not an SQLite file). "
                "It was left untouched; choose another data folder with --data-dir."
            )
        if read_only is not None:
            return cls._open_read_only(path, read_only)
        try:
            if extra_version_locations or stored_schema(path) != SCHEMA_HEAD:
                from editor_app.store import migrate  # Alembic loads only when there is work for it

                migrate.upgrade(
                    path,
                    backup_dir=backup_dir or path.parent / "backups",
                    extra_version_locations=extra_version_locations,
                )
        except (DatabaseError, sqlite3.DatabaseError) as exc:
            raise _open_error(exc, path) from exc
        database = cls(path, writer_engine(path), reader_engine(path))
        log.info("opened %s (SQLite %s)", path, sqlite3.sqlite_version)
        return database

    @classmethod
    def _open_read_only(cls, path: Path, reason: str) -> Database:
        """Open a profile that cannot be written for reading only (list, search, export, check)."""
        try:
            schema = stored_schema(path, strict=True)
        except sqlite3.DatabaseError as exc:
            raise _open_error(exc, path) from exc
        if schema != SCHEMA_HEAD:
            raise ProfileReadOnly(
                f"The profile {path.parent} is read-only ({reason}) and its database needs a schema upgrade "
                f"(schema {schema}, this version uses {SCHEMA_HEAD}). Make the folder writable once, or "
                "choose another folder with --data-dir."
            )
        log.info("opened %s read-only: %s", path, reason)
        return cls(path, None, reader_engine(path, read_only=True), read_only_reason=reason)

    def read_only_error(self) -> ProfileReadOnly:
        return ProfileReadOnly(
            f"The profile {self.path.parent} is read-only ({self.read_only_reason}): it is open for reading "
            "only, and nothing can be changed. Make the folder and its database writable, or choose another "
            "folder with --data-dir."
        )

    def storage_error(self, exc: BaseException) -> StoreError | None:
        """The clear error for a database failure (full disk, disk error, busy, read-only, damaged)."""
        holders = database_lock_holders(self.path) if is_storage_failure(exc) else ""
        return storage_error(exc, self.path, holders)

    @contextmanager
    def write(self) -> Iterator[UnitOfWork]:
        """One write transaction on the single writer connection; commits on success, rolls back on error.

        A full disk, a disk error, a busy or read-only database raise the matching StorageUnavailable (the
        transaction is rolled back: nothing of it is kept).
        """
        if self._writer is None:
            raise self.read_only_error()
        writer = self._writer
        with self._write_lock, self._translated(), writer.connect() as connection, connection.begin():
            yield UnitOfWork(connection)

    @contextmanager
    def read(self) -> Iterator[UnitOfWork]:
        """A read-only snapshot (a deferred transaction on a reader connection)."""
        with self._translated(), self._reader.connect() as connection, connection.begin():
            yield UnitOfWork(connection)

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except (DBAPIError, sqlite3.Error) as exc:
            clear = self.storage_error(exc)
            if clear is None:
                raise
            log.info("%s: %s", self.path, _reason(exc))
            raise clear from exc

    def check(self) -> CheckReport:
        from editor_app.store import migrate

        config = migrate.alembic_config()
        with self.read() as uow:
            c = uow.connection
            integrity = "; ".join(r[0] for r in c.execute(text("PRAGMA integrity_check")))
            try:
                schema = c.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except OperationalError:
                schema = None
            articles = uow.articles.count(include_deleted=True)
            outbox = uow.outbox.count()
            conflicts = uow.sync_state.conflict_count()
        return CheckReport(
            integrity=integrity,
            schema_revision=schema,
            head_revision=migrate.head_revision(config),
            articles=articles,
            outbox=outbox,
            conflicts=conflicts,
            sqlite_version=sqlite3.sqlite_version,
        )

    def rebuild_search_index(self) -> None:
        with self.write() as uow:
            for statement in fts.REBUILD_STATEMENTS + term_stats.REBUILD_STATEMENTS:
                uow.connection.execute(text(statement))

    def backup_to(self, destination: Path) -> None:
        backup(self.path, destination)

    def close(self) -> None:
        if self._writer is not None:
            self._writer.dispose()
        self._reader.dispose()


def stored_schema(path: Path, *, strict: bool = False) -> str | None:
    """The schema revision recorded in the database file, read without Alembic (None when new or unknown).

    With ``strict`` a file that cannot be read raises instead of answering None.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    connection = sqlite3.connect(read_only_uri(path) if strict else f"file:{path}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as exc:
        if strict and "no such table" not in str(exc):
            raise
        return None
    finally:
        connection.close()
    return str(row[0]) if row else None


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]


def _has_data(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _open_error(exc: BaseException, path: Path) -> StoreError:
    """Opening failed: a full disk, a disk error or a lock is said as such; anything else is a damaged file."""
    clear = storage_error(exc, path, database_lock_holders(path) if is_storage_failure(exc) else "")
    if clear is not None:
        return clear
    return NotADatabase(f"{path} is damaged or not a database ({_reason(exc)}). It was left untouched.")


def default_database_path(data_dir: Path) -> Path:
    return data_dir / "newsroom.sqlite"


def environ_data_dir() -> Path | None:
    value = os.environ.get("EDITOR_APP_DATA_DIR")
    return Path(value) if value else None
