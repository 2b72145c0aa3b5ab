"""Schema upgrades never lose data: the two SQLite traps, backups, and all-or-nothing upgrades."""

from __future__ import annotations

import sqlite3
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from editor_app.domain import new_article
from editor_app.store import Database, MigrationFailed, migrate
from editor_app.store import fts as fts_module

HEAD = migrate.head_revision(migrate.alembic_config())

BATCH_MIGRATION = '''
"""Recreate the parent table (as any batch ALTER on SQLite does)."""
import sqlalchemy as sa
from alembic import op
from editor_app.store import fts

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("articles", recreate="always") as batch:
        batch.add_column(sa.Column("kicker", sa.Text, nullable=False, server_default=""))
    for statement in fts.TRIGGER_STATEMENTS + fts.REBUILD_STATEMENTS:
        op.execute(statement)


def downgrade():
    pass
'''

FAILING_MIGRATION = '''
"""Does half its work, then fails."""
import sqlalchemy as sa
from alembic import op

revision = "9002"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.add_column("photos", sa.Column("half_column", sa.Text))
    op.execute("UPDATE articles SET headline = 'CLOBBERED'")
    raise RuntimeError("migration bug half way through")


def downgrade():
    pass
'''


def _versions(tmp_path: Path, source: str) -> Path:
    folder = tmp_path / "extra_versions"
    folder.mkdir()
    (folder / "extra.py").write_text(textwrap.dedent(source).replace("{head}", str(HEAD)))
    return folder


def _seed(path: Path) -> tuple[str, str]:
    """A database at the shipped schema with an article, its revision, and a related link (child rows)."""
    db = Database.open(path)
    parent, other = new_article(headline="Parent story"), new_article(headline="Other story")
    with db.write() as uow:
        for article in (parent, other):
            uow.articles.save(article)
            uow.revisions.record(article)
        uow.related.set(parent.id, [other.id])
    db.close()
    return parent.id, other.id


def _child_counts(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path) as con:
        revisions = con.execute("SELECT count(*) FROM revisions").fetchone()[0]
        related = con.execute("SELECT count(*) FROM related").fetchone()[0]
    con.close()
    return revisions, related


def test_batch_migration_of_a_parent_table_keeps_its_child_rows(tmp_path: Path) -> None:
    path = tmp_path / "newsroom.sqlite"
    parent_id, other_id = _seed(path)
    assert _child_counts(path) == (2, 1)

    db = Database.open(path, extra_version_locations=[_versions(tmp_path, BATCH_MIGRATION)])
    try:
        assert _child_counts(path) == (2, 1)
        with db.read() as uow:
            assert uow.related.get(parent_id) == [other_id]
            assert [s.id for s in uow.articles.summaries()] != []
            columns = [r[1] for r in uow.connection.execute(text("PRAGMA table_info(articles)"))]
            assert "kicker" in columns
            assert uow.connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        with db.write() as uow:  # the search index still follows edits after the table was recreated
            article = uow.articles.get(parent_id)
            assert article is not None
            uow.articles.save(article.with_changes(body="Searchable afterwards"))
        from editor_app.store import ArticleQuery

        with db.read() as uow:
            assert [s.id for s in uow.articles.summaries(ArticleQuery(text="searchable"))] == [parent_id]
    finally:
        db.close()


def test_the_cascade_trap_is_real_without_the_guard(tmp_path: Path) -> None:
    """Control: the same recreation on a connection with foreign keys on deletes the children."""
    path = tmp_path / "newsroom.sqlite"
    _seed(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = ON")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = ON")
        conn.exec_driver_sql("CREATE TABLE tmp_articles AS SELECT * FROM articles")
        for statement in fts_module.DROP_STATEMENTS:
            conn.exec_driver_sql(statement)
        conn.exec_driver_sql("DROP TABLE articles")
        conn.commit()
    engine.dispose()
    assert _child_counts(path) == (0, 0)


def test_a_migration_that_fails_half_way_leaves_schema_and_data_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newsroom.sqlite"
    _seed(path)
    with sqlite3.connect(path) as con:
        schema_before = con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    con.close()

    with pytest.raises(MigrationFailed, match="Nothing was changed") as info:
        Database.open(path, extra_version_locations=[_versions(tmp_path, FAILING_MIGRATION)])
    assert "backup" in str(info.value).lower() or "copy" in str(info.value).lower()

    with sqlite3.connect(path) as con:
        assert (
            con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall() == schema_before
        )
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
        headlines = {r[0] for r in con.execute("SELECT headline FROM articles")}
    con.close()
    assert headlines == {"Parent story", "Other story"}
    assert _child_counts(path) == (2, 1)
    Database.open(path).close()  # still opens normally with the shipped migrations


def test_an_upgrade_backs_up_the_database_first(tmp_path: Path) -> None:
    path = tmp_path / "newsroom.sqlite"
    _seed(path)
    report = migrate.upgrade(
        path, backup_dir=tmp_path / "backups", extra_version_locations=[_versions(tmp_path, BATCH_MIGRATION)]
    )
    assert report.from_revision == HEAD
    assert report.to_revision == "9001"
    assert report.backup_path is not None and report.backup_path.exists()
    with sqlite3.connect(report.backup_path) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    con.close()


def test_a_new_database_needs_no_backup(tmp_path: Path) -> None:
    report = migrate.upgrade(tmp_path / "fresh.sqlite", backup_dir=tmp_path / "backups")
    assert report.from_revision is None
    assert report.to_revision == HEAD
    assert report.backup_path is None
    assert not (tmp_path / "backups").exists()


def test_a_database_from_the_first_released_schema_upgrades_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "newsroom.sqlite"
    migrate.upgrade(path, backup_dir=tmp_path / "backups", target="0001")
    with sqlite3.connect(path) as con:
        con.execute(
            "INSERT INTO articles (id, headline, created_at, updated_at) VALUES "
            "('00000000-0000-4000-8000-000000000001', 'Old story', '2025-01-01T00:00:00.000+00:00', "
            "'2025-01-01T00:00:00.000+00:00')"
        )
        con.execute(
            "INSERT INTO photos (id, caption, credit, created_at) VALUES "
            "('00000000-0000-4000-8000-000000000002', 'Old caption', 'Old credit', '2025-01-01T00:00:00.000+00:00')"
        )
        con.execute(
            "INSERT INTO article_photos (article_id, photo_id, position, featured) VALUES "
            "('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', 0, 1)"
        )
    con.close()
    db = Database.open(path)
    try:
        assert db.check().schema_revision == HEAD
        with db.read() as uow:
            (placed,) = uow.photos.for_article("00000000-0000-4000-8000-000000000001")
            assert placed.featured and placed.photo.credit == "Old credit" and placed.photo.city == ""
            assert uow.articles.get("00000000-0000-4000-8000-000000000001").headline == "Old story"
    finally:
        db.close()
    assert list((tmp_path / "backups").iterdir())


def test_the_fast_start_up_check_knows_the_newest_migration() -> None:
    from editor_app.store.database import SCHEMA_HEAD

    assert SCHEMA_HEAD == HEAD, "update SCHEMA_HEAD in store/schema_version.py when adding a migration"
