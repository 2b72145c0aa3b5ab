"""Related articles: search the archive, suggest "more like this", and keep each article's ordered related list.

"More like this" runs in two stages. (1) The current article's best terms (term frequency × idf, rarest
first within a postings budget so a 100,000-article archive stays cheap) form a safe OR query ranked by FTS5's
bm25 with the headline weighted higher: it returns 20 candidates with their stored term counts. bm25 runs only
on a pool of the 100 articles with the highest summed idf of the terms they contain (read from the doclists,
see ``ArchiveSearch.similar``). (2) The candidates are re-ranked by cosine similarity of BM25-weighted term
vectors (k1 1.2, b 0.75), which is what lifts precision over the plain OR query. A stored article's own terms
come from ``article_terms``, never from tokenizing it again. Document frequencies come from ``term_stats``, a
table the saving transaction keeps in step (``store.term_stats``): terms are looked up by key when first
weighed and kept in memory until the archive has grown by a few percent; :meth:`RelatedService.warm_up`, run
off the GUI thread when a profile opens, reads them all ahead from that compact table (never the index's own
vocabulary).

The typed query is built in ``related_query``, the scoring in ``related_scoring``, the caches shared by the reader
threads in ``related_cache``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from editor_app.domain import Article, Status
from editor_app.services.changes import Changes
from editor_app.services.related_cache import VectorCache, VocabularyCache
from editor_app.services.related_query import highlight_html, typed_expression
from editor_app.services.related_scoring import cosine, term_counts
from editor_app.store import Database
from editor_app.store.fts import query_terms
from editor_app.store.search_records import ArchiveHit, SearchFilters
from editor_app.store.search_sql import or_expression
from editor_app.store.term_stats import decode_counts

DEFAULT_MAXIMUM = 5
SHORT_PREFIX = 3
"""Below this many characters a lone word is matched as a headline prefix only (cheap type-ahead)."""
CANDIDATES = 20
"""Candidates re-ranked: BBC precision@5 0.9308 with 20 (15: 0.9313, 30: 0.9306, 50: 0.9293, 10: 0.9296)."""
POOL = 100
"""Articles the candidates are chosen from by bm25, the best by summed idf (``ArchiveSearch.similar``): BBC
precision@5 0.9310 (200: 0.9308); at 100,000 articles it holds 98.5% of bm25's own top 21 at 60% of its cost."""
SUGGEST_WEIGHTS = (2.0, 1.0, 1.0, 1.0)
READ_AHEAD_TERMS = 500_000
"""At most this many terms' frequencies are read ahead at profile open (20,000 terms at 100,000 generated
articles take about 15 ms); any other term is looked up when first needed."""

UrlLookup = Callable[[Sequence[str]], Mapping[str, str]]
"""Published URLs of articles by id (supplied by the sync layer; articles never published have none)."""


@dataclass(frozen=True, slots=True)
class RelatedHit:
    id: str
    headline: str
    section: str
    status: Status
    date: datetime
    snippet_html: str = ""
    """Escaped text with ``<b>`` around matched words; safe for a rich-text label."""
    url: str | None = None
    score: float = 0.0

    @property
    def title(self) -> str:
        return self.headline.strip() or "Untitled article"


class TooManyRelated(ValueError):
    """More related articles than the configured maximum."""


class RelatedService:
    def __init__(
        self, db: Database, *, maximum: int = DEFAULT_MAXIMUM, url_for: UrlLookup | None = None
    ) -> None:
        if maximum < 1:
            raise ValueError("the maximum number of related articles must be at least 1")
        self._db = db
        self.maximum = maximum
        self._url_for = url_for
        self._statistics = VocabularyCache()
        self._vectors = VectorCache()

    # reading -----------------------------------------------------------------------------------------------
    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        exclude_ids: Sequence[str] = (),
        limit: int = 20,
    ) -> list[RelatedHit]:
        """What the user typed, searched as words (FTS syntax, emoji and 10 KB pastes never raise)."""
        filters = filters or SearchFilters()
        words = query_terms(query)
        if not words:
            return []
        with self._db.read() as uow:
            search = uow.search
            if len(words) == 1 and len(words[0]) < SHORT_PREFIX and query.rstrip() == query:
                hits = search.headline_prefix(words[0], filters=filters, exclude=exclude_ids, limit=limit)
            else:
                expression = typed_expression(query, prefix_last=len(words[-1]) >= SHORT_PREFIX)
                if expression is None:
                    return []
                hits = search.match(expression, filters=filters, exclude=exclude_ids, limit=limit)
        return self._with_urls(hits)

    def suggest(
        self,
        article: Article | str,
        limit: int = 10,
        exclude_ids: Sequence[str] = (),
        filters: SearchFilters | None = None,
    ) -> list[RelatedHit]:
        """Articles like ``article`` (its text as given, saved or not), never itself or its chosen items."""
        filters = filters or SearchFilters()
        with self._db.read() as uow:
            search = uow.search
            if isinstance(article, str):
                article_id, own = article, 1
                encoded = search.counts_of(article)  # kept by the saving transaction: no tokenizing here
                if encoded is not None:
                    counts = decode_counts(encoded)
                else:
                    stored = search.text_of(article)
                    if stored is None:
                        raise LookupError(f"No article with id {article}.")
                    counts = term_counts(stored.hit.headline, stored.standfirst, stored.body)
            else:
                article_id = article.id
                counts = term_counts(article.headline, article.standfirst, article.body)
                own = 1 if search.exists(article_id) else 0
            scorer = self._statistics.get(search)
            scorer.learn(counts, search)
            terms = scorer.query_terms(counts, own)
            if not terms:
                return []
            exclude = [article_id, *uow.related.get(article_id), *exclude_ids]
            expression = or_expression(terms)
            candidates = search.similar(
                {term: scorer.idf(term) for term in terms},
                filters=filters,
                exclude=exclude,
                limit=max(CANDIDATES, limit),
                pool=POOL,
                weights=SUGGEST_WEIGHTS,
            )
            wanted = scorer.vector(counts, own)
            weighed = self._vectors.weights(candidates, scorer, search)
            scored = [
                (cosine(wanted, weights) / size, c.hit)
                for (weights, size), c in zip(weighed, candidates, strict=True)
            ]
            scored.sort(key=lambda pair: -pair[0])
            top = scored[:limit]
            # snippets only for what is shown, not for every candidate re-ranked
            snippets = search.snippets(expression, [hit.id for _score, hit in top])
        return self._with_urls(
            [_rescored(hit, score, snippets.get(hit.id, hit.snippet)) for score, hit in top]
        )

    def warm_up(self) -> None:
        """Make the first suggestion as fast as the next: read the term statistics ahead and run one suggestion
        (for the newest article) so the stemmer, the compiled statements and the index pages are loaded. Call
        it off the GUI thread when a profile opens."""
        with self._db.read() as uow:
            search = uow.search
            newest = search.newest_id()
            # every term's frequency, so a first suggestion looks none up (a few MB for 100,000 articles)
            self._statistics.get(search).know(search.stored_frequencies(READ_AHEAD_TERMS))
        if newest is not None:
            self.suggest(newest)

    def chosen(self, article_id: str) -> list[RelatedHit]:
        """The article's related list, in order (deleted articles are left out)."""
        with self._db.read() as uow:
            hits = uow.search.hits(uow.related.get(article_id))
        return self._with_urls(hits)

    def sections(self) -> list[str]:
        with self._db.read() as uow:
            return uow.articles.sections()

    def page_items(self, article_id: str) -> list[tuple[str, str | None]]:
        """``(headline, url or None)`` of the related list, as the preview and the exported page show it."""
        return [(hit.title, hit.url) for hit in self.chosen(article_id)]

    # writing -----------------------------------------------------------------------------------------------
    def set_related(self, article_id: str, ids: Sequence[str], origin: object | None = None) -> Changes:
        """Replace the ordered related list (duplicates dropped). Refuses unknown ids, the article itself and
        more than ``maximum`` items, with a message that says which."""
        wanted = list(dict.fromkeys(i.strip() for i in ids if i.strip()))
        if article_id in wanted:
            raise ValueError("An article cannot be related to itself.")
        if len(wanted) > self.maximum:
            raise TooManyRelated(f"At most {self.maximum} related articles; {len(wanted)} were given.")
        with self._db.write() as uow:
            if not uow.articles.exists(article_id):
                raise LookupError(f"No article with id {article_id}.")
            known = {hit.id for hit in uow.search.hits(wanted)}
            missing = [i for i in wanted if i not in known]
            if missing:
                raise LookupError(f"No article with id {', '.join(missing)}.")
            if uow.related.get(article_id) == wanted:
                return Changes(origin=origin)
            uow.related.set(article_id, wanted)
            uow.outbox.enqueue(article_id, "save")
        return Changes(updated=frozenset({article_id}), origin=origin)

    def invalidate_statistics(self) -> None:
        """Forget the cached document frequencies (after a large import, say); they reload on next use."""
        self._statistics.clear()

    def _with_urls(self, hits: Sequence[ArchiveHit]) -> list[RelatedHit]:
        urls = self._url_for([h.id for h in hits]) if self._url_for is not None and hits else {}
        return [
            RelatedHit(
                h.id,
                h.headline,
                h.section,
                h.status,
                h.date,
                highlight_html(h.snippet),
                urls.get(h.id),
                h.score,
            )
            for h in hits
        ]


def _rescored(hit: ArchiveHit, score: float, snippet: str) -> ArchiveHit:
    return ArchiveHit(hit.id, hit.headline, hit.section, hit.status, hit.date, snippet, score)
