"""A full disk, a busy database and a read-only profile, on real file systems: clear errors, nothing lost."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from editor_app.paths import DataPaths
from editor_app.services import open_services
from editor_app.store import Database, NotADatabase
from editor_app.store.engine import BUSY_TIMEOUT_S, register_functions
from editor_app.store.errors import DatabaseBusy, DiskFull, ProfileReadOnly, storage_error
from tests.store.mounts import fill_disk, read_only_view, small_tmpfs


def test_sqlite_failures_are_named_for_what_they_are(tmp_path: Path) -> None:
    path = tmp_path / "newsroom.sqlite"
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # type: ignore[attr-defined]
    assert isinstance(storage_error(full, path), DiskFull)
    assert "damaged" not in str(storage_error(full, path))
    corrupt = sqlite3.DatabaseError("database disk image is malformed")
    corrupt.sqlite_errorcode = 11  # type: ignore[attr-defined]
    assert isinstance(storage_error(corrupt, path), NotADatabase)
    assert storage_error(sqlite3.IntegrityError("UNIQUE constraint failed"), path) is None


def test_a_save_on_a_full_disk_fails_clearly_and_succeeds_once_space_returns(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "disk", "2m") as disk:
        services = open_services(DataPaths(disk / "profile"))
        try:
            article, _ = services.articles.create(headline="Flood warning", body="First paragraph.")
            filler = fill_disk(disk, leave=32 * 1024)
            longer = article.with_changes(body="First paragraph.\n\n" + "Rain keeps falling. " * 20_000)
            with pytest.raises(DiskFull) as caught:
                services.articles.save(longer)
            message = str(caught.value)
            assert "is full" in message and str(disk / "profile") in message
            assert "damaged" not in message
            stored = services.articles.get(article.id)
            assert stored is not None and stored.body == "First paragraph."  # the old version, whole
            assert len(services.articles.history(article.id)) == 1

            filler.unlink()  # space returns: the same edit saves
            services.articles.save(longer)
            stored = services.articles.get(article.id)
            assert stored is not None and stored.body == longer.body
            assert services.db.check().integrity == "ok"
        finally:
            services.close()


def test_a_database_locked_by_another_connection_is_reported_within_the_timeout(db: Database) -> None:
    from editor_app.domain import new_article

    holder = sqlite3.connect(db.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseBusy) as caught, db.write() as uow:
            uow.articles.save(new_article(headline="Blocked"))
        waited = time.monotonic() - started
        assert BUSY_TIMEOUT_S - 0.5 <= waited <= BUSY_TIMEOUT_S + 3
        assert "is locked" in str(caught.value) and "nothing was changed" in str(caught.value)
        with db.read() as uow:  # WAL: readers go on while the other connection writes
            assert uow.articles.count() == 0
    finally:
        holder.rollback()
        holder.close()
    with db.write() as uow:  # and the writer works again once the lock is gone
        uow.articles.save(new_article(headline="Unblocked"))


@pytest.mark.parametrize("live_log", [False, True], ids=["closed-cleanly", "with-write-ahead-log"])
def test_a_read_only_profile_opens_for_reading(tmp_path: Path, live_log: bool) -> None:
    source = tmp_path / "profile"
    services = open_services(DataPaths(source))
    article, _ = services.articles.create(headline="Archive copy", body="Kept on a read-only disk.")
    writer: sqlite3.Connection | None = None
    if live_log:  # another process still has the database open: its -wal and -shm exist and hold data
        writer = sqlite3.connect(services.paths.database, isolation_level=None)
        register_functions(writer)  # the index's and the term statistics' triggers call them
        writer.execute("PRAGMA wal_autocheckpoint = 0")
    services.close()
    if writer is not None:
        writer.execute("UPDATE articles SET headline = 'Archive copy, corrected'")
        assert (source / "newsroom.sqlite-wal").stat().st_size > 0
    try:
        with read_only_view(source, tmp_path / "view") as view:
            opened = open_services(DataPaths(view))
            try:
                assert opened.db.read_only
                stored = opened.articles.get(article.id)
                assert stored is not None
                assert stored.headline == ("Archive copy, corrected" if live_log else "Archive copy")
                assert [hit.id for hit in opened.related.search("read-only disk")] == [article.id]
                assert "Kept on a read-only disk." in opened.importer.export_markdown(article.id)
                assert opened.db.check().integrity == "ok"
                with pytest.raises(ProfileReadOnly, match="read-only"):
                    opened.articles.save(stored.with_changes(body="Changed."))
            finally:
                opened.close()
    finally:
        if writer is not None:
            writer.close()
