"""The database as journalists rely on it: pragmas, one writer, revisions, outbox, search index."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from editor_app.domain import new_article
from editor_app.domain.article import utcnow
from editor_app.store import ArticleQuery, Database, DatabaseTooNew, DataFolderNotWritable, NotADatabase
from editor_app.store.revisions import REVISION_WINDOW


def _save(db: Database, article, kind: str = "edit", now=None):
    with db.write() as uow:
        uow.articles.save(article)
        uow.revisions.record(article, kind=kind, now=now)
        uow.outbox.enqueue(article.id, "save")


def test_connections_use_wal_full_sync_and_foreign_keys(db: Database) -> None:
    with db.write() as uow:
        c = uow.connection
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
    with db.read() as uow:
        assert uow.connection.execute(text("PRAGMA query_only")).scalar() == 1


def test_exactly_one_writer_connection(db: Database) -> None:
    writer = db._writer
    assert writer.pool.size() == 1
    with db.write():
        assert writer.pool.checkedout() == 1


def test_a_failed_write_leaves_neither_article_nor_outbox(db: Database) -> None:
    article = new_article(headline="Half a save")
    with pytest.raises(RuntimeError), db.write() as uow:
        uow.articles.save(article)
        uow.outbox.enqueue(article.id, "save")
        raise RuntimeError("crash between the two writes")
    with db.read() as uow:
        assert uow.articles.get(article.id) is None
        assert uow.outbox.count() == 0


def test_saves_extend_the_latest_revision_within_the_window_then_start_a_new_one(db: Database) -> None:
    start = utcnow()
    article = new_article(headline="Council votes", body="First draft.")
    _save(db, article, now=start)
    article = article.with_changes(body="First draft, longer.")
    _save(db, article, now=start + timedelta(seconds=30))
    with db.read() as uow:
        revisions = uow.revisions.history(article.id)
    assert [r.number for r in revisions] == [1]
    assert revisions[0].content["body"] == "First draft, longer."

    article = article.with_changes(body="Second sitting.")
    _save(db, article, now=start + REVISION_WINDOW + timedelta(seconds=31))
    _save(db, article.with_changes(body="Restored"), kind="restore", now=start + REVISION_WINDOW * 2)
    with db.read() as uow:
        revisions = uow.revisions.history(article.id)
    assert [r.number for r in revisions] == [3, 2, 1]
    assert [r.content["body"] for r in revisions] == ["Restored", "Second sitting.", "First draft, longer."]


def test_outbox_coalesces_saves_of_one_article_and_keeps_order(db: Database) -> None:
    first, second = new_article(headline="One"), new_article(headline="Two")
    _save(db, first)
    _save(db, second)
    _save(db, first.with_changes(body="more"))
    with db.read() as uow:
        pending = uow.outbox.pending()
    assert [(e.article_id, e.op) for e in pending] == [(first.id, "save"), (second.id, "save")]


def test_unchanged_save_writes_nothing(db: Database) -> None:
    article = new_article(headline="Same")
    with db.write() as uow:
        assert uow.articles.save(article) == (True, True)
    with db.write() as uow:
        assert uow.articles.save(article) == (False, False)
        assert uow.articles.save(article.with_changes(status=article.status)) == (False, False)


def test_search_index_follows_inserts_updates_and_deletes(db: Database) -> None:
    article = new_article(headline="Harbour reopens", body="Ferries return to Bakı port.", tags="transport")
    _save(db, article)
    with db.read() as uow:
        assert [s.id for s in uow.articles.summaries(ArticleQuery(text="ferries"))] == [article.id]
        assert [s.id for s in uow.articles.summaries(ArticleQuery(text="transport"))] == [article.id]
    _save(db, article.with_changes(body="Ships return."))
    with db.read() as uow:
        assert uow.articles.summaries(ArticleQuery(text="ferries")) == []
        assert len(uow.articles.summaries(ArticleQuery(text="ships"))) == 1
    with db.write() as uow:
        uow.connection.execute(text("DELETE FROM articles WHERE id = :i"), {"i": article.id})
    with db.read() as uow:
        assert uow.articles.summaries(ArticleQuery(text="ships")) == []
    with db.write() as uow:  # raises SQLITE_CORRUPT_VTAB if the index and the table disagree
        uow.connection.execute(
            text("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        )


def test_a_save_that_leaves_the_text_alone_leaves_the_index_alone(db: Database) -> None:
    from editor_app.domain import Status

    article = new_article(headline="Harbour reopens", body="Ferries return.", tags="transport")
    _save(db, article)

    def index_pages() -> list[tuple[int, bytes]]:
        with db.read() as uow:
            return [tuple(r) for r in uow.connection.execute(text("SELECT id, block FROM articles_fts_data"))]

    before = index_pages()
    _save(
        db, article.with_changes(status=Status.SUBMITTED, note="Check the ferry times", editors_choice=True)
    )
    assert index_pages() == before  # no segment written: the text was not indexed again
    _save(db, article.with_changes(tags=("ships",)))
    assert index_pages() != before
    with db.read() as uow:
        assert uow.articles.summaries(ArticleQuery(text="transport")) == []
        assert [s.id for s in uow.articles.summaries(ArticleQuery(text="ships"))] == [article.id]


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("Bakı", "Baki"),
        ("Baki", "Bakı"),
        ("Şəhər", "Səhər"),
        ("İstanbul", "istanbul"),
        ("Ёлка", "елка"),
        ("Երևան", "Երևան"),
    ],
)
def test_search_finds_words_with_and_without_diacritics(db: Database, stored: str, typed: str) -> None:
    article = new_article(headline=f"News from {stored}")
    _save(db, article)
    assert [s.id for s in uow_list(db, typed)] == [article.id]


def uow_list(db: Database, query: str):
    with db.read() as uow:
        return uow.articles.summaries(ArticleQuery(text=query))


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "(",
        ")",
        "AND",
        "a OR",
        "NOT b",
        "NEAR(a b)",
        "*",
        "-x",
        "^y",
        "col:word",
        "🙂",
        "שלום",
        "x" * 10_000,
    ],
)
def test_hostile_queries_never_raise(db: Database, query: str) -> None:
    _save(db, new_article(headline="Plain words here"))
    assert isinstance(uow_list(db, query), list)


def test_filters_by_status_and_section(db: Database) -> None:
    from editor_app.domain import Status

    a = new_article(headline="Budget", section="Business")
    b = new_article(headline="Final", section="Sport", status=Status.SUBMITTED)
    _save(db, a)
    _save(db, b)
    with db.read() as uow:
        assert [s.id for s in uow.articles.summaries(ArticleQuery(section="Sport"))] == [b.id]
        assert [s.id for s in uow.articles.summaries(ArticleQuery(status=Status.DRAFT))] == [a.id]
        assert uow.articles.sections() == ["Business", "Sport"]


def test_summaries_page_newest_first_and_read_what_get_reads(db: Database) -> None:
    from editor_app.domain import Status

    base = utcnow()
    articles = [
        new_article(headline=f"Story {i}", section="News", status=Status.SUBMITTED if i % 2 else Status.DRAFT)
        for i in range(7)
    ]
    with db.write() as uow:
        for i, article in enumerate(articles):
            uow.articles.save(article.with_changes(updated_at=base + timedelta(seconds=i)))
    newest_first = [a.id for a in reversed(articles)]
    with db.read() as uow:
        assert [s.id for s in uow.articles.summaries()] == newest_first
        assert [s.id for s in uow.articles.summaries(ArticleQuery(limit=3, offset=2))] == newest_first[2:5]
        assert [s.id for s in uow.articles.summaries(ArticleQuery(offset=5))] == newest_first[5:]
        assert [s.id for s in uow.articles.summaries(ArticleQuery(status=Status.SUBMITTED, limit=2))] == [
            articles[5].id,
            articles[3].id,
        ]
        summary = uow.articles.summaries(ArticleQuery(limit=1))[0]
        stored = uow.articles.get(summary.id)
        assert stored is not None
        assert (summary.headline, summary.section, summary.status) == (stored.headline, "News", stored.status)
        assert summary.updated_at == stored.updated_at and summary.updated_at.tzinfo is not None
        assert summary.editors_choice is False
    with db.write() as uow:
        uow.articles.mark_deleted(articles[6].id)
    with db.read() as uow:
        assert [s.id for s in uow.articles.summaries(ArticleQuery(limit=2))] == newest_first[1:3]
        assert len(uow.articles.summaries(ArticleQuery(include_deleted=True))) == 7


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "content",
    [b"this is a text file, not a database\n" * 10, b"\x00" * 4096, b"SQLite format 3\x00" + b"\xff" * 5000],
)
def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "newsroom.sqlite"
    path.write_bytes(content)
    before = _digest(path)
    with pytest.raises(NotADatabase) as info:
        Database.open(path)
    assert str(path) in str(info.value)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newsroom.sqlite"]


def test_a_database_newer_than_the_code_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newsroom.sqlite"
    Database.open(path).close()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.close()
    before = _digest(path)
    with pytest.raises(DatabaseTooNew, match="newer version"):
        Database.open(path)
    assert _digest(path) == before


def test_a_data_folder_that_cannot_be_written_gives_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(DataFolderNotWritable, match="Cannot write to the data folder"):
        Database.open(blocker / "newsroom.sqlite")


def test_check_reports_integrity_and_schema(db: Database) -> None:
    report = db.check()
    assert report.ok
    assert report.integrity == "ok"
    assert report.schema_revision == report.head_revision
    assert report.head_revision is not None


def test_check_counts_articles_held_in_a_sync_conflict(db: Database) -> None:

    article = new_article(headline="Disputed")
    _save(db, article)
    assert db.check().conflicts == 0
    with db.write() as uow:
        state = uow.sync_state
        site = state.add_site("newsroom", "http://127.0.0.1:9", "reporter")
        state.put_link(site.id, article.id, remote_id=7, conflict={"fields": {"body": []}})
    report = db.check()
    assert report.conflicts == 1 and report.outbox == 1
