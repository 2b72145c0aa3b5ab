""" "More like this", the ordered related list, its maximum, and what the page shows."""

from __future__ import annotations

import pytest

from editor_app.render.page import page_data_for, render_page
from editor_app.services.related import RelatedService, TooManyRelated


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


def test_document_frequencies_are_read_once_and_refreshed_after_growth(archive, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from editor_app.store.search import ArchiveSearch

    calls = []
    original = ArchiveSearch.vocabulary
    monkeypatch.setattr(ArchiveSearch, "vocabulary", lambda self: calls.append(1) or original(self))
    for key in ("harbour", "ferry", "baki"):
        archive.related.suggest(archive.ids[key])
    assert len(calls) == 1
    for n in range(25):
        archive.articles.create(headline=f"Harbour story {n}", body="harbour council budget")
    archive.related.suggest(archive.ids["harbour"])
    assert len(calls) == 2


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
