"""Search understands word forms: the index and the query are stemmed alike (English, Russian), diacritics stay
folded, snippets highlight the words as written, and nothing a user types raises."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from editor_app.domain import new_article
from editor_app.store import ArticleQuery, Database, fts, migrate
from editor_app.store.search_sql import HIGHLIGHT_END, HIGHLIGHT_START


def _save(db: Database, **fields: str) -> str:
    article = new_article(**fields)
    with db.write() as uow:
        uow.articles.save(article)
    return article.id


def _found(db: Database, query: str) -> list[str]:
    with db.read() as uow:
        return [s.id for s in uow.articles.summaries(ArticleQuery(text=query))]


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("Flood warning for the valley", "floods"),
        ("Floods close the coast road", "flood"),
        ("Running club reopens", "run"),
        ("Run for the hills", "running"),
        ("Наводнение в Краснодаре", "наводнения"),
        ("Наводнения закрыли дороги", "наводнение"),
        ("Ferries return to Bakı port", "ferry Baki"),
        ("Şəhər flooding", "Səhər floods"),
        ("Ёлки на площади", "елка"),
    ],
)
def test_a_word_finds_its_other_forms(db: Database, stored: str, typed: str) -> None:
    wanted = _save(db, headline=stored)
    _save(db, headline="Unrelated story about budgets")
    assert _found(db, typed) == [wanted]


def test_stems_of_the_stemmers_the_index_uses() -> None:
    assert fts.stem("floods") == fts.stem("flood") == "flood"
    assert fts.stem("running") == fts.stem("run") == "run"
    assert fts.stem("наводнения") == fts.stem("наводнение")
    assert fts.stem("Bakı") == fts.stem("Baki") == fts.stem("BAKI")
    assert fts.stem("ёлка") == fts.stem("елка")
    assert fts.stem("Երևան") == "երևան"  # no stemmer for Armenian: folded only
    assert fts.stem("2024") == "2024"


def test_the_word_being_typed_matches_as_a_prefix(db: Database) -> None:
    wanted = _save(db, headline="Flooding on the coast")
    assert _found(db, "coast floo") == [wanted]
    assert _found(db, "coast floods") == [wanted]
    assert _found(db, "наводне") == []
    russian = _save(db, headline="Наводнение в городе")
    assert _found(db, "наводне") == [russian]


def test_snippets_highlight_the_words_as_written(db: Database) -> None:
    _save(db, headline="Coast road", body="Heavy rain. The floods closed the coast road on Tuesday.")
    with db.read() as uow:
        (hit,) = uow.search.match(fts.match_expression("flooding", prefix_last=False) or "")
    assert f"{HIGHLIGHT_START}floods{HIGHLIGHT_END}" in hit.snippet
    assert "The floods closed the coast road" in hit.snippet.replace(HIGHLIGHT_START, "").replace(
        HIGHLIGHT_END, ""
    )


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "(",
        "floods AND",
        "NEAR(flood run, 2)",
        "*",
        "^running",
        "-flood",
        "col:flood",
        '"floods',
        "_",
        "a_b",
    ],
)
def test_fts_syntax_never_raises(db: Database, query: str) -> None:
    _save(db, headline="Floods and running water: a col of NEAR misses")
    _found(db, query)
    expression = fts.match_expression(query)
    if expression is not None:
        with db.read() as uow:
            uow.search.match(expression)


@given(st.text(max_size=200))
def test_stemming_keeps_every_token_in_place(sample: str) -> None:
    """The index text has exactly as many unicode61 tokens as the article text: snippets stay aligned."""
    con = sqlite3.connect(":memory:")
    con.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize='{fts.TOKENIZE}')")
    con.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
    con.execute("INSERT INTO t(rowid, x) VALUES (1, ?), (2, ?)", (sample, fts.index_text(sample)))
    counts = dict(con.execute("SELECT doc, count(*) FROM v GROUP BY doc").fetchall())
    con.close()
    assert counts.get(1, 0) == counts.get(2, 0)


def test_a_triggered_index_agrees_with_a_full_rebuild(db: Database) -> None:
    for headline in ("Floods close the road", "Наводнения в Сочи", "Bakı ferries run again"):
        _save(db, headline=headline, body=f"{headline}. Running totals.", tags="weather, флот")
    with db.write() as uow:
        c = uow.connection
        c.execute(text("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, articles_fts, row)"))
        triggered = c.execute(text("SELECT term, doc, cnt FROM temp.v ORDER BY term")).fetchall()
        for statement in fts.REBUILD_STATEMENTS:
            c.execute(text(statement))
        rebuilt = c.execute(text("SELECT term, doc, cnt FROM temp.v ORDER BY term")).fetchall()
        c.execute(text("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"))
    assert triggered == rebuilt
    terms = {t for t, _, _ in rebuilt}
    assert {"flood", "run", "ferri", fts.stem("наводнения")} <= terms
    assert "floods" not in terms and "running" not in terms


def test_the_upgrade_to_stems_reindexes_articles_saved_before_it(tmp_path: Path) -> None:
    path = tmp_path / "newsroom.sqlite"
    migrate.upgrade(path, backup_dir=tmp_path / "backups", target="0005")
    with sqlite3.connect(path) as con:  # the unstemmed triggers of 0005 need no Python function
        con.execute(
            "INSERT INTO articles (id, headline, created_at, updated_at) VALUES "
            "('00000000-0000-4000-8000-000000000001', 'Floods close the coast road', "
            "'2025-01-01T00:00:00.000+00:00', '2025-01-01T00:00:00.000+00:00')"
        )
        assert con.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'flood'"
        ).fetchone() == (0,)
    con.close()
    db = Database.open(path)
    try:
        assert db.check().schema_revision == migrate.head_revision(migrate.alembic_config())
        assert _found(db, "flood") == ["00000000-0000-4000-8000-000000000001"]
        assert _found(db, "flooding") == ["00000000-0000-4000-8000-000000000001"]
    finally:
        db.close()
