""" "More like this", the ordered related list, its maximum, and what the page shows."""

from __future__ import annotations

import pytest

from editor_app.domain import Status
from editor_app.render.page import page_data_for, render_page
from editor_app.services.related import RelatedService, TooManyRelated
from editor_app.services.related_scoring import term_counts
from editor_app.store.term_stats import decode_counts
from tests.related.conftest import ARTICLES


def test_suggestions_are_like_the_article_and_never_itself_or_chosen(archive) -> None:  # type: ignore[no-untyped-def]
    ids = archive.ids
    hits = archive.related.suggest(ids["harbour"], limit=3)
    assert hits and hits[0].id == ids["harbour2"]
    assert ids["harbour"] not in {h.id for h in hits}
    archive.related.set_related(ids["harbour"], [ids["harbour2"]])
    again = {h.id for h in archive.related.suggest(ids["harbour"], limit=10)}
    assert ids["harbour2"] not in again and ids["harbour"] not in again


def test_suggestions_follow_unsaved_text(archive) -> None:  # type: ignore[no-untyped-def]
    article = archive.articles.get(archive.ids["script"])
    edited = article.with_changes(
        headline="Metro stations", body="The Baki metro and its stations near the city."
    )
    assert archive.related.suggest(edited, limit=1)[0].id == archive.ids["baki"]


def test_suggestions_never_scan_the_vocabulary_and_look_each_term_up_once(archive, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from editor_app.store.search import ArchiveSearch

    scans, lookups = [], []
    monkeypatch.setattr(ArchiveSearch, "vocabulary", lambda self: scans.append(1))
    original = ArchiveSearch.document_frequencies
    monkeypatch.setattr(
        ArchiveSearch,
        "document_frequencies",
        lambda self, terms: lookups.append(list(terms)) or original(self, terms),
    )
    for key in ("harbour", "ferry", "baki"):
        archive.related.suggest(archive.ids[key])
    looked_up = [term for batch in lookups for term in batch]
    assert looked_up and len(looked_up) == len(set(looked_up))  # each term once
    before = len(lookups)
    archive.related.suggest(archive.ids["harbour"])
    assert len(lookups) == before  # nothing new to look up
    for n in range(25):
        archive.articles.create(headline=f"Harbour story {n}", body="harbour council budget")
    archive.related.suggest(archive.ids["harbour"])
    assert len(lookups) > before  # the archive grew: frequencies are read afresh
    assert not scans


def _stats(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with db.read() as uow:
        rows = uow.connection.exec_driver_sql("SELECT term, df FROM term_stats WHERE df != 0")
        return {str(term): int(df) for term, df in rows}


def test_term_statistics_follow_every_save_and_match_the_index(archive) -> None:  # type: ignore[no-untyped-def]

    ids = archive.ids
    archive.articles.edit(ids["harbour"], {"body": "The harbour board met the ferry operators on Friday."})
    archive.articles.edit(ids["ferry"], {"headline": "Ferry fares frozen", "tags": ("ferries", "fares")})
    archive.articles.save(archive.articles.get(ids["seki"]).with_changes(status=Status.PUBLISHED))
    with archive.db.write() as uow:  # a row removed outright (as a purge would)
        uow.connection.exec_driver_sql("DELETE FROM articles WHERE id = ?", (ids["script"],))
    kept = _stats(archive.db)
    archive.db.rebuild_search_index()  # counts everything again from the articles
    assert _stats(archive.db) == kept
    with archive.db.read() as uow:
        vocabulary = uow.search.vocabulary()
    assert kept[" documents"] == vocabulary.documents == len(ARTICLES) - 1
    ascii_terms = {t: n for t, n in kept.items() if t.isascii() and not t.startswith(" ")}
    assert ascii_terms == {t: n for t, n in vocabulary.frequencies.items() if t.isascii() and n}
    assert kept["harbour"] == 4 and kept["ferri"] == 2 and kept["frozen"] == 1 and "dredg" in kept
    with archive.db.read() as uow:  # and each article's own term counts, as "more like this" compares them
        rows = uow.connection.exec_driver_sql(
            "SELECT a.headline, a.standfirst, a.body, t.counts FROM articles a LEFT JOIN article_terms t USING (pk)"
        ).all()
    assert len(rows) == len(ARTICLES) - 1
    for headline, standfirst, body, counts in rows:
        assert decode_counts(counts) == term_counts(headline, standfirst, body)


def test_set_related_keeps_order_and_refuses_bad_lists(archive) -> None:  # type: ignore[no-untyped-def]
    ids = archive.ids
    changes = archive.related.set_related(ids["harbour"], [ids["ferry"], ids["harbour2"], ids["ferry"]])
    assert changes.updated == {ids["harbour"]}
    assert [h.id for h in archive.related.chosen(ids["harbour"])] == [ids["ferry"], ids["harbour2"]]
    assert archive.related.set_related(ids["harbour"], [ids["ferry"], ids["harbour2"]]).empty
    with pytest.raises(ValueError, match="itself"):
        archive.related.set_related(ids["harbour"], [ids["harbour"]])
    with pytest.raises(LookupError, match="nope"):
        archive.related.set_related(ids["harbour"], ["nope"])
    small = RelatedService(archive.db, maximum=2)
    with pytest.raises(TooManyRelated, match="At most 2"):
        small.set_related(ids["harbour"], [ids["ferry"], ids["harbour2"], ids["baki"]])
    assert [h.id for h in archive.related.chosen(ids["harbour"])] == [ids["ferry"], ids["harbour2"]]


def test_the_page_lists_related_headlines_in_order_with_links_when_published(archive) -> None:  # type: ignore[no-untyped-def]
    ids = archive.ids
    urls = {ids["harbour2"]: "https://news.example/harbour-dredging"}
    service = RelatedService(archive.db, url_for=lambda wanted: {i: urls[i] for i in wanted if i in urls})
    service.set_related(ids["harbour"], [ids["harbour2"], ids["ferry"]])
    items = service.page_items(ids["harbour"])
    assert items == [
        ("Harbour dredging to start in spring", urls[ids["harbour2"]]),
        ("Ferry fares rise again", None),
    ]
    page = render_page(page_data_for(archive.articles.get(ids["harbour"]), None, items, None))
    first = page.index('href="https://news.example/harbour-dredging"')
    assert first < page.index("<li>Ferry fares rise again</li>")


def test_term_statistics_of_a_rolled_back_save_are_dropped(archive) -> None:  # type: ignore[no-untyped-def]
    from editor_app.domain import new_article

    before = _stats(archive.db)
    with pytest.raises(RuntimeError), archive.db.write() as uow:
        uow.articles.save(new_article(headline="Zanzibar quokkas", body="Quokkas everywhere."))
        raise RuntimeError("the save fails after the row was written")
    archive.articles.create(headline="Harbour again", body="The harbour.")  # the next commit writes its own
    after = _stats(archive.db)
    assert "quokka" not in after and "zanzibar" not in after
    assert after["harbour"] == before["harbour"] + 1 and after[" documents"] == before[" documents"] + 1
