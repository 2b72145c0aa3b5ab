"""The local newsroom database: open (checked and migrated), one writer, many readers."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError

from editor_app.store import fts
from editor_app.store.engine import backup, looks_like_sqlite, reader_engine, writer_engine
from editor_app.store.errors import DataFolderNotWritable, NotADatabase
from editor_app.store.photo_desk import SavedTextRepository
from editor_app.store.repositories import (
    ArticleRepository,
    OutboxRepository,
    PhotoRepository,
    RelatedRepository,
    RevisionRepository,
    SettingsRepository,
)
from editor_app.store.sync_state import SyncState

log = logging.getLogger(__name__)


class UnitOfWork:
    """The repositories bound to one connection and one transaction."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.articles = ArticleRepository(connection)
        self.revisions = RevisionRepository(connection)
        self.outbox = OutboxRepository(connection)
        self.photos = PhotoRepository(connection)
        self.related = RelatedRepository(connection)
        self.settings = SettingsRepository(connection)
        self.saved_texts = SavedTextRepository(connection)


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
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-test-{uuid.uuid4().hex}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise DataFolderNotWritable(
            f"Cannot write to the data folder {folder}: {reason}. Choose another folder with --data-dir."
        ) from exc


class Database:
    def __init__(self, path: Path, writer: Engine, reader: Engine) -> None:
        self.path = path
        self._writer = writer
        self._reader = reader
        self._write_lock = threading.Lock()

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
        ensure_writable_folder(path.parent)
        if path.is_dir():
            raise NotADatabase(f"{path} is a folder, not a database file.")
        if not looks_like_sqlite(path):
            raise NotADatabase(
                f"{path} is not an Editorial Workstation database (it is not an SQLite file). "
                "It was left untouched; choose another data folder with --data-dir."
            )
        try:
            if extra_version_locations or stored_schema(path) != SCHEMA_HEAD:
                from editor_app.store import migrate  # Alembic loads only when there is work for it

                migrate.upgrade(
                    path,
                    backup_dir=backup_dir or path.parent / "backups",
                    extra_version_locations=extra_version_locations,
                )
        except (DatabaseError, sqlite3.DatabaseError) as exc:
            raise NotADatabase(
                f"{path} is damaged or not a database ({_reason(exc)}). It was left untouched."
            ) from exc
        database = cls(path, writer_engine(path), reader_engine(path))
        log.info("opened %s (SQLite %s)", path, sqlite3.sqlite_version)
        return database

    @contextmanager
    def write(self) -> Iterator[UnitOfWork]:
        """One write transaction on the single writer connection; commits on success, rolls back on error."""
        with self._write_lock, self._writer.connect() as connection, connection.begin():
            yield UnitOfWork(connection)

    @contextmanager
    def read(self) -> Iterator[UnitOfWork]:
        """A read-only snapshot (a deferred transaction on a reader connection)."""
        with self._reader.connect() as connection, connection.begin():
            yield UnitOfWork(connection)

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
            conflicts = SyncState(c).conflict_count()
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
            for statement in fts.REBUILD_STATEMENTS:
                uow.connection.execute(text(statement))

    def backup_to(self, destination: Path) -> None:
        backup(self.path, destination)

    def close(self) -> None:
        self._writer.dispose()
        self._reader.dispose()


SCHEMA_HEAD = "0009"
"""The newest schema revision this code ships (a test checks it against the migrations)."""


def stored_schema(path: Path) -> str | None:
    """The schema revision recorded in the database file, read without Alembic (None when new or unknown)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        connection.close()
    return str(row[0]) if row else None


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]


def default_database_path(data_dir: Path) -> Path:
    return data_dir / "newsroom.sqlite"


def environ_data_dir() -> Path | None:
    value = os.environ.get("EDITOR_APP_DATA_DIR")
    return Path(value) if value else None
