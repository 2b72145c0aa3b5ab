"""The list's first page read at start-up with plain sqlite3 (``store.quick_list``): the same rows as the
repository on a real profile, and no rows, no error and no file touched whenever it cannot be sure."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from editor_app.domain import Status, new_article
from editor_app.domain.article import utcnow
from editor_app.store import ArticleQuery, ArticleSummary, Database
from editor_app.store.quick_list import start_read
from editor_app.store.schema_version import SCHEMA_HEAD


def first_page(path: Path, query: ArticleQuery) -> list[ArticleSummary] | None:
    """The start read's rows (no article asked for), or None when it gives no answer."""
    read = start_read(path, query, "")
    return read.rows if read is not None else None


def _fill(db: Database) -> None:
    """Articles of several sections and statuses, two saved at the same moment (the tie is broken by age)."""
    now = utcnow()
    moments = [now - timedelta(minutes=m) for m in (9, 7, 7, 5, 4, 3, 2, 1)]
    with db.write() as uow:
        for i, moment in enumerate(moments):
            uow.articles.save(
                new_article(
                    headline=f"Story {i}" if i != 3 else "",
                    section=("News", "Sport", "")[i % 3],
                    status=(Status.DRAFT, Status.SUBMITTED, Status.PUBLISHED)[i % 3],
                    editors_choice=i % 4 == 1,
                    updated_at=moment,
                    created_at=moment,
                )
            )
        gone = new_article(headline="Deleted story", updated_at=now, created_at=now)
        uow.articles.save(gone)
        uow.articles.mark_deleted(gone.id)


def _normal(db: Database, query: ArticleQuery) -> list[object]:
    with db.read() as uow:
        return list(uow.articles.summaries(query))


QUERIES = [
    ArticleQuery(limit=200),
    ArticleQuery(limit=3),
    ArticleQuery(limit=3, offset=3),
    ArticleQuery(status=Status.SUBMITTED, limit=200),
    ArticleQuery(section="News", limit=200),
    ArticleQuery(include_deleted=True, limit=200),
]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: repr(q))
def test_the_quick_rows_are_the_repositorys_rows(db: Database, query: ArticleQuery) -> None:
    _fill(db)
    quick = first_page(db.path, query)
    assert quick is not None and quick == _normal(db, query)
    assert len(quick) > 0


def test_the_rows_are_read_while_the_profile_is_open_and_after_it_closed(tmp_path: Path) -> None:
    path = tmp_path / "newsroom.sqlite"
    db = Database.open(path)
    _fill(db)
    expected = _normal(db, ArticleQuery(limit=200))
    assert [s.headline for s in expected][:3] == ["Story 7", "Story 6", "Story 5"]
    assert path.with_name(path.name + "-wal").exists()
    assert first_page(path, ArticleQuery(limit=200)) == expected  # the write-ahead log is read too
    db.close()
    stored = path.read_bytes()
    assert first_page(path, ArticleQuery(limit=200)) == expected
    assert path.read_bytes() == stored  # read, never written


def test_no_file_gives_no_rows_and_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "profile" / "newsroom.sqlite"
    assert first_page(path, ArticleQuery(limit=200)) is None
    assert not path.parent.exists()
    path.parent.mkdir()
    assert first_page(path, ArticleQuery(limit=200)) is None
    path.write_bytes(b"")  # an empty file: a first start that was interrupted
    assert first_page(path, ArticleQuery(limit=200)) is None
    assert sorted(p.name for p in path.parent.iterdir()) == ["newsroom.sqlite"]
    assert path.read_bytes() == b""


def test_a_schema_behind_or_ahead_of_this_code_gives_no_rows(tmp_path: Path) -> None:
    from editor_app.store import migrate

    path = tmp_path / "newsroom.sqlite"
    before_head = migrate.script_directory(migrate.alembic_config()).get_revision(SCHEMA_HEAD).down_revision
    migrate.upgrade(path, backup_dir=tmp_path / "backups", target=str(before_head))  # one step behind
    connection = sqlite3.connect(path)
    assert first_page(path, ArticleQuery(limit=200)) is None
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")  # a newer version's database
    assert first_page(path, ArticleQuery(limit=200)) is None
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (SCHEMA_HEAD,))
    assert first_page(path, ArticleQuery(limit=200)) == []  # the recorded version alone made the difference
    with connection:
        connection.execute("DROP TABLE alembic_version")  # not made by this program's migrations
    connection.close()
    assert first_page(path, ArticleQuery(limit=200)) is None


def test_a_damaged_file_gives_no_rows_and_is_left_as_it_was(db: Database, tmp_path: Path) -> None:
    _fill(db)
    db.close()
    damaged = bytearray(db.path.read_bytes())
    damaged[4096 : 4 * 4096] = b"\xa5" * (3 * 4096)  # the schema's and the articles' pages overwritten
    db.path.write_bytes(damaged)
    assert first_page(db.path, ArticleQuery(limit=200)) is None
    assert db.path.read_bytes() == damaged

    other = tmp_path / "notes.sqlite"
    other.write_bytes(b"These are a reporter's notes, not a database.\n" * 100)
    assert first_page(other, ArticleQuery(limit=200)) is None
    assert other.read_bytes() == b"These are a reporter's notes, not a database.\n" * 100


def test_a_locked_database_gives_no_rows_at_once(db: Database) -> None:
    _fill(db)
    expected = _normal(db, ArticleQuery(limit=200))
    db.close()  # another program takes the database for itself
    holder = sqlite3.connect(db.path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        probe = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            probe.execute("SELECT count(*) FROM articles").fetchone()
        probe.close()
        assert first_page(db.path, ArticleQuery(limit=200)) is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert first_page(db.path, ArticleQuery(limit=200)) == expected


def test_a_text_filter_is_left_to_the_profile(db: Database) -> None:
    _fill(db)
    assert first_page(db.path, ArticleQuery(text="story", limit=200)) is None
    assert first_page(db.path, ArticleQuery()) is None  # the first page always has a limit


def test_the_start_read_is_what_the_profile_reads(tmp_path: Path) -> None:
    """The article last open as the repository makes it, and the sync counts as the sync service counts them."""
    from editor_app.paths import DataPaths
    from editor_app.services import open_services
    from editor_app.store.quick_list import SyncCounts, start_read

    paths = DataPaths(tmp_path / "profile")
    services = open_services(paths)
    first, _ = services.articles.create(headline="Ferry back", body="Line one\n\n**bold**", tags=["port"])
    second, _ = services.articles.create(headline="Budget vote", section="News")
    query = ArticleQuery(limit=200)
    read = start_read(paths.database, query, first.id)
    assert read is not None
    assert read.article == services.articles.get(first.id)
    assert read.rows == services.articles.summaries(query)
    assert services.articles.unsynced_ids() == {first.id, second.id}
    assert read.sync == SyncCounts("", 2, frozenset(), 0)  # no site: the list marks nothing, only the number

    with services.db.write() as uow:
        site = uow.sync_state.add_site("Desk", "https://news.example", "ana")
        uow.sync_state.put_link(site.id, second.id, remote_id=7, conflict={"remote": "theirs"})
    read = start_read(paths.database, query, first.id)
    assert read is not None and read.sync.site == "Desk" == services.sync.sites()[0].name
    assert read.sync.unsynced == services.articles.unsynced_ids() == {first.id, second.id}
    assert read.sync.pending == 2
    assert read.sync.conflicts == 1 == services.sync.conflict_count()

    services.articles.delete(first.id)
    read = start_read(paths.database, query, first.id)
    assert read is not None and read.article is None  # a deleted article is not opened
    services.close()


def test_the_article_columns_are_the_tables(db: Database) -> None:
    from editor_app.store.article_sql import ARTICLE_COLUMNS
    from editor_app.store.models import ARTICLES

    assert tuple(c.name for c in ARTICLES.columns if c.name not in ("pk", "deleted_at")) == ARTICLE_COLUMNS
