"""Searching the archive as the picker does: ranked hits with safe snippets, filters, bad input, spellings."""

from __future__ import annotations

from datetime import timedelta

import pytest

from editor_app.domain.article import utcnow
from editor_app.services.related_query import highlight_html, term_variants, typed_expression
from editor_app.store.search_records import SearchFilters
from editor_app.store.search_sql import HIGHLIGHT_END, HIGHLIGHT_START


def _keys(archive, hits) -> list[str]:  # type: ignore[no-untyped-def]
    by_id = {v: k for k, v in archive.ids.items()}
    return [by_id[h.id] for h in hits]


def test_headline_matches_rank_first_and_snippets_highlight_the_word(archive) -> None:  # type: ignore[no-untyped-def]
    hits = archive.related.search("harbour")
    keys = _keys(archive, hits)
    assert set(keys) == {"harbour", "harbour2", "ferry", "words"}
    assert keys.index("ferry") > keys.index("harbour")  # ferry has it in the body only
    assert "<b>" in hits[0].snippet_html and "harbour" in hits[0].snippet_html.lower()


def test_snippets_are_escaped_html() -> None:
    raw = f"<script>alert(1)</script> & {HIGHLIGHT_START}word{HIGHLIGHT_END} {HIGHLIGHT_START}dangling"
    assert highlight_html(raw) == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; <b>word</b> dangling"


def test_a_snippet_from_an_article_with_markup_stays_escaped(archive) -> None:  # type: ignore[no-untyped-def]
    (hit,) = archive.related.search("friends")
    assert "<script>" not in hit.snippet_html and "&lt;script&gt;" in hit.snippet_html


def test_type_ahead_prefixes_and_short_prefixes(archive) -> None:  # type: ignore[no-untyped-def]
    assert "harbour" in _keys(archive, archive.related.search("harb"))
    short = _keys(archive, archive.related.search("Fe"))  # 1-2 characters: headline word starts, newest first
    assert short == ["seki", "ferry"]  # "Şəki silk festival", "Ferry fares"; not "fees" in a body
    assert archive.related.search("F")  # one character still answers


def test_excluded_ids_and_filters(archive) -> None:  # type: ignore[no-untyped-def]
    ids = archive.ids
    hits = archive.related.search("harbour", exclude_ids=[ids["harbour"], ids["ferry"]])
    assert {ids["harbour"], ids["ferry"]}.isdisjoint(h.id for h in hits)
    assert _keys(archive, archive.related.search("harbour", SearchFilters(section="Business"))) == ["ferry"]
    assert _keys(archive, archive.related.search("harbour", SearchFilters(published_only=True))) == [
        "harbour2"
    ]
    assert archive.related.search("harbour", SearchFilters(since=utcnow() + timedelta(days=1))) == []
    assert len(archive.related.search("harbour", SearchFilters(until=utcnow() + timedelta(days=1)))) == 4


BAD_INPUT = [
    '"unbalanced',
    "(harbour OR",
    "AND",
    "OR OR",
    "NOT",
    "NEAR(quay council)",
    "*",
    "-d",
    "^e",
    "a:b",
    "headline:harbour",
    "stars*",
    '"',
    "😀",
    "🔥 council 🔥",
    "שלום עולם",
    "مرحبا",
    "\u202eharbour\u202c",
    "\x00\x01",
    "",
    "   ",
]


@pytest.mark.parametrize("query", BAD_INPUT)
def test_fts_syntax_emoji_and_rtl_never_raise(archive, query: str) -> None:  # type: ignore[no-untyped-def]
    archive.related.search(query)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("NOT", "words"),
        ("NEAR(quay", "words"),
        ("a:b", "words"),
        ("^e stars", "words"),
        ("-d stars", "words"),
    ],
)
def test_fts_operators_are_searched_as_words(archive, query: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in _keys(archive, archive.related.search(query))


def test_ten_kilobytes_of_pasted_text_is_searched_as_words(archive) -> None:  # type: ignore[no-untyped-def]
    pasted = ("Council AND harbour: NEAR the quay, OR not; a:b (c) -d ^e * stars. " * 200)[:10_240]
    assert len(pasted.encode()) == 10_240
    assert _keys(archive, archive.related.search(pasted)) == ["words"]
    assert archive.related.search("unknownword " + pasted) == []  # searched by its first 64 words


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Bakı", {"baku", "baki"}),
        ("Baki", {"baku", "baki"}),
        ("BAKI", {"baku", "baki"}),
        ("Şəki", {"seki"}),
        ("Seki", {"seki"}),
        ("Şeki", {"seki"}),
        ("ёлка", {"moscow"}),
        ("елка", {"moscow"}),
        ("москве", {"moscow"}),
        ("Երևանի", {"yerevan"}),
        ("Երեւանի", {"yerevan"}),
        ("երևանի", {"yerevan"}),
    ],
)
def test_azerbaijani_russian_and_armenian_with_and_without_diacritics(archive, query, expected) -> None:  # type: ignore[no-untyped-def]
    assert set(_keys(archive, archive.related.search(query + " "))) == expected


def test_spelling_variants() -> None:
    assert set(term_variants("Gəncə")) == {"gəncə", "gence", "gənce", "gencə"}
    assert set(term_variants("Երեւան")) == {"երեւան", "երևան"}
    assert term_variants("baku") == ["baku"]
    assert len(term_variants("eeeeeeee")) <= 8
    assert typed_expression("", prefix_last=True) is None
    assert typed_expression("harb", prefix_last=True) == '"harb"*'
    assert typed_expression("a ne", prefix_last=False) == '"a" AND ("ne" OR "nə")'


def test_similar_ranks_its_pool_as_bm25_ranks_every_match(archive) -> None:  # type: ignore[no-untyped-def]
    from editor_app.services.related import SUGGEST_WEIGHTS
    from editor_app.store.search import ArchiveSearch

    idfs = {"harbour": 1.5, "council": 1.2, "budget": 1.0, "ferri": 0.8, "baki": 0.5}
    expression = " OR ".join(f'"{t}"' for t in idfs)
    with archive.db.read() as uow:
        search = ArchiveSearch(uow.connection)

        def both(limit: int, pool: int, **options: object) -> tuple[list[str], list[str]]:
            pooled = search.similar(idfs, limit=limit, pool=pool, weights=SUGGEST_WEIGHTS, **options)  # type: ignore[arg-type]
            every = search.match_texts(
                expression, limit=limit, weights=SUGGEST_WEIGHTS, counts=True, **options
            )  # type: ignore[arg-type]
            return [t.hit.id for t in pooled], [t.hit.id for t in every]

        for limit, pool in ((3, 100), (6, 2)):  # a pool smaller than the limit: every match is ranked
            pooled, every = both(limit, pool)
            assert pooled == every and pooled
        pooled, every = both(3, 100, exclude=[archive.ids["harbour2"]], filters=SearchFilters(section="News"))
        assert pooled == every and archive.ids["harbour2"] not in pooled
        (found,) = search.similar({"baki": 1.0}, limit=1, weights=SUGGEST_WEIGHTS)
    assert found.counts is not None and "baki" in found.counts.split(" ")
