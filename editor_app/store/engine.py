"""SQLite engines: one writer connection, a small pool of read-only readers, and a migration connection.

Every connection runs in WAL mode with ``synchronous=FULL``. pysqlite's own transaction handling is switched off
and transactions are begun explicitly (SQLAlchemy's documented recipe), which makes DDL transactional: a migration
that fails half way leaves nothing behind. The writer begins ``IMMEDIATE`` so it never deadlocks with readers.

A busy database is waited for ``BUSY_TIMEOUT_S`` at most: long enough for another program's short transaction,
short enough that a user is told what holds it instead of watching a frozen prompt. A read-only profile gets
read-only engines on a ``mode=ro`` URI (``immutable=1`` when no write-ahead log exists and none can be made).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, pool

from editor_app.store import fts, term_stats

_COUNTER = "term_counter"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 4.0
"""How long a write waits for another connection's lock before the user is told what holds it."""
READER_MMAP_BYTES = 256 * 1024 * 1024
"""Readers map this much of the database file instead of copying each page through the 2 MB page cache: a
"more like this" at 100,000 articles reads hundreds of index and row pages, and costs a third less mapped.
Not for read-only profiles (a removable or network folder, where a mapped read that fails would crash)."""


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens ``path`` without writing anything, not even the ``-shm`` index.

    With a write-ahead log on disk SQLite reads it through the existing ``-shm`` file (``mode=ro``); without
    one, in a folder where no ``-shm`` can be created, the file is opened ``immutable`` (nothing to miss).
    """
    uri = f"file:{quote(str(path))}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if not (wal.exists() and wal.stat().st_size > 0):
        uri += "&immutable=1"
    return uri


def register_functions(connection: sqlite3.Connection) -> term_stats.TermCounter:
    """The SQL functions the schema's triggers call, on one connection: the search index stems words with
    ``fts_index_text``; the term statistics' triggers count what an edit changed with ``fts_term_delta`` into the
    returned counter, which the engine writes at commit (a bare connection's counts are not written)."""
    connection.create_function(fts.INDEX_FUNCTION, 1, fts.index_text, deterministic=True)
    counter = term_stats.TermCounter()
    connection.create_function(term_stats.DELTA_FUNCTION, 2 + 2 * len(fts.FTS_COLUMNS), counter.add)
    return counter


def _make_engine(path: Path, *, role: str, pool_size: int = 1, read_only: bool = False) -> Engine:
    url = f"sqlite:///{path}"
    timeout = BUSY_TIMEOUT_S
    if read_only:
        uri = read_only_uri(path)
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=timeout),
            poolclass=pool.QueuePool,
            pool_size=pool_size,
            max_overflow=0,
            pool_timeout=120,
        )
    elif role == "migration":
        engine = create_engine(url, poolclass=pool.NullPool, connect_args={"timeout": timeout})
    else:
        engine = create_engine(
            url,
            poolclass=pool.QueuePool,
            pool_size=pool_size,
            max_overflow=0,
            pool_timeout=120,
            connect_args={"check_same_thread": False, "timeout": timeout},
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        _record.info[_COUNTER] = register_functions(dbapi_connection)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            if role != "reader" and not read_only:
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            # Migrations run with foreign keys off: a batch migration that recreates a parent table would
            # otherwise delete every child row through ON DELETE CASCADE (and the pragma is a no-op in a
            # transaction, so it must be set here, at connect time).
            cursor.execute(f"PRAGMA foreign_keys = {'OFF' if role == 'migration' else 'ON'}")
            if role == "reader" or read_only:
                cursor.execute("PRAGMA query_only = ON")
            if role == "reader" and not read_only:
                cursor.execute(f"PRAGMA mmap_size = {READER_MMAP_BYTES}")
        finally:
            cursor.close()

    @event.listens_for(engine, "commit")
    def _before_commit(conn: Any) -> None:
        counter = conn.info.get(_COUNTER)
        if counter is not None:
            counter.flush(conn.connection.dbapi_connection)

    @event.listens_for(engine, "rollback")
    def _on_rollback(conn: Any) -> None:
        counter = conn.info.get(_COUNTER)
        if counter is not None:
            counter.discard()

    begin = "BEGIN IMMEDIATE" if role in {"writer", "migration"} else "BEGIN"

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    return engine


def writer_engine(path: Path) -> Engine:
    """The only engine that writes: exactly one connection."""
    return _make_engine(path, role="writer", pool_size=1)


def reader_engine(path: Path, size: int = 4, *, read_only: bool = False) -> Engine:
    """Read-only connections for lists and searches running beside the writer (WAL allows it); with
    ``read_only`` they open the file itself read-only (a profile that cannot be written)."""
    return _make_engine(path, role="reader", pool_size=size, read_only=read_only)


def migration_engine(path: Path) -> Engine:
    """A dedicated connection for schema upgrades, foreign keys off at connect time."""
    return _make_engine(path, role="migration")


def looks_like_sqlite(path: Path) -> bool:
    """True for an empty or missing file (a new database) or a file with SQLite's header."""
    if not path.exists() or path.stat().st_size == 0:
        return True
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def backup(source: Path, destination: Path) -> None:
    """Copy a live database consistently with SQLite's backup API (never by copying the file)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
