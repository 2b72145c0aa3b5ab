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
"""

from __future__ import annotations

import html
import math
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from editor_app.domain import Article, Status
from editor_app.services.changes import Changes
from editor_app.store import Database
from editor_app.store.fts import index_terms, query_terms, quoted_stem
from editor_app.store.search import ArchiveSearch
from editor_app.store.search_records import ArchiveHit, ArchiveText, SearchFilters
from editor_app.store.search_sql import HIGHLIGHT_END, HIGHLIGHT_START, or_expression
from editor_app.store.term_stats import counts_dict, decode_counts
from editor_app.store.vocabulary import Vocabulary

DEFAULT_MAXIMUM = 5
SHORT_PREFIX = 3
"""Below this many characters a lone word is matched as a headline prefix only (cheap type-ahead)."""
QUERY_TERMS = 30
"""Terms of the candidate query (within the postings budget). 30, not 20, since the index holds stems: BBC
precision@5 0.9306 with 30, 0.9285 with 20."""
CANDIDATES = 20
"""Candidates re-ranked: BBC precision@5 0.9308 with 20 (15: 0.9313, 30: 0.9306, 50: 0.9293, 10: 0.9296)."""
POOL = 100
"""Articles the candidates are chosen from by bm25, the best by summed idf (``ArchiveSearch.similar``): BBC
precision@5 0.9310 (200: 0.9308); at 100,000 articles it holds 98.5% of bm25's own top 21 at 60% of its cost."""
POSTINGS_BUDGET = 2_000
"""At most this many postings (summed document frequencies) in the candidate query: bounds its cost. 2,000
keeps BBC precision@5 at 0.9306 (1,500: 0.9293) and costs about two thirds of 3,000's query at 100k articles."""
SUGGEST_WEIGHTS = (2.0, 1.0, 1.0, 1.0)
BM25_K1, BM25_B = 1.2, 0.75
STALE_GROWTH = 0.03
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


def highlight_html(snippet: str) -> str:
    """A raw FTS5 snippet as safe HTML: everything escaped, then the marker pairs turned into ``<b>``."""
    escaped = html.escape(snippet, quote=False)
    bolded = re.sub(
        f"{HIGHLIGHT_START}([^{HIGHLIGHT_START}{HIGHLIGHT_END}]*){HIGHLIGHT_END}", r"<b>\1</b>", escaped
    )
    return bolded.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


# what the user typed, as a safe query ----------------------------------------------------------------------
MAX_VARIANTS = 8
VARIANT_TERMS = 8


def term_variants(term: str) -> list[str]:
    """Spellings the index keeps apart but readers treat as one: Azerbaijani ə written as e (and the
    reverse), Armenian և written as եւ. The index folds the other diacritics itself (ş→s, ı→i, ё→е)."""
    term = term.lower()
    variants = [term]
    if "և" in term or "եւ" in term:
        variants += [term.replace("և", "եւ"), term.replace("եւ", "և")]
    for base in list(variants):
        slots = [i for i, ch in enumerate(base) if ch in "eə"]
        if not slots:
            continue
        if len(slots) > 3:
            variants += [base.replace("ə", "e"), base.replace("e", "ə")]
            continue
        for mask in range(1 << len(slots)):
            chars = list(base)
            for bit, at in enumerate(slots):
                chars[at] = "ə" if mask >> bit & 1 else "e"
            variants.append("".join(chars))
    return list(dict.fromkeys(variants))[:MAX_VARIANTS]


def typed_expression(text: str, *, prefix_last: bool) -> str | None:
    """A safe FTS5 expression for what the user typed: every word quoted (FTS syntax is just words), the
    last one a prefix while it is being typed, and spelling variants OR-ed (see :func:`term_variants`)."""
    words = query_terms(text)
    if not words:
        return None
    prefix = prefix_last and text.rstrip() == text
    groups = []
    for position, word in enumerate(words):
        star = "*" if prefix and position == len(words) - 1 else ""
        forms = term_variants(word) if position < VARIANT_TERMS else [word]
        quoted = [q + star for q in dict.fromkeys(quoted_stem(form) for form in forms) if q is not None]
        if quoted:
            groups.append(quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")")
    return " AND ".join(groups) or None


# tokens as the index sees them -------------------------------------------------------------------------------
def tokens(text: str) -> list[str]:
    """The index terms of ``text``: folded, lower case, stemmed (see ``store.fts``)."""
    return index_terms(text)


def term_counts(*fields: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for field in fields:
        counts.update(tokens(field))
    return counts


# scoring -----------------------------------------------------------------------------------------------------
class Scorer:
    """Term weights under one snapshot of the vocabulary (idf memoised per term). A vocabulary that is not
    ``complete`` learns the frequencies it needs with :meth:`learn`."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self._n = vocabulary.documents
        self._average = vocabulary.average_length
        self._idf: dict[str, float] = {}

    def learn(self, terms: Iterable[str], search: ArchiveSearch) -> None:
        """Look up, in one query, the document frequencies of ``terms`` this scorer has not seen yet."""
        if self.vocabulary.complete:
            return
        frequencies = self.vocabulary.frequencies
        missing = list((terms if isinstance(terms, set) else set(terms)).difference(frequencies))
        if missing:
            found = search.document_frequencies(missing)
            idfs = self._idf
            for term in missing:  # the idf first: a reader that sees the frequency finds the idf too
                df = found.get(term, 0)
                idfs[term] = self._idf_of(df)
                frequencies.setdefault(term, df)

    def know(self, frequencies: Iterable[tuple[str, int]]) -> None:
        """Take document frequencies read ahead (terms already known keep theirs)."""
        known, idfs = self.vocabulary.frequencies, self._idf
        for term, df in frequencies:
            if term not in known:
                idfs[term] = self._idf_of(df)
                known[term] = df

    def idf(self, term: str) -> float:
        """BM25's idf; 0 for a term the index does not know."""
        found = self._idf.get(term)
        if found is None:
            found = self._idf[term] = self._idf_of(self.vocabulary.frequencies.get(term, 0))
        return found

    def _idf_of(self, df: int) -> float:
        n = max(self._n, df)
        return math.log((n - df + 0.5) / (df + 0.5) + 1.0) if df else 0.0

    def vector(self, counts: Mapping[str, int], own: int = 0) -> dict[str, float]:
        """BM25-weighted unit term vector. ``own`` = 1 when the article itself is counted in the index."""
        weights, size = self.weights(counts, own)
        return {term: w / size for term, w in weights.items()}

    def weights(self, counts: Mapping[str, int], own: int = 0) -> tuple[dict[str, float], float]:
        """BM25 weights of ``counts`` and their Euclidean length (the unit vector without the division)."""
        length = sum(counts.values()) or 1
        norm = BM25_K1 * (1 - BM25_B + BM25_B * length / (self._average or length))
        k = BM25_K1 + 1
        if own or self.vocabulary.complete:
            # a word no other article has cannot relate it to anything
            df_of = self.vocabulary.frequencies.get
            idf = self.idf
            weights = {
                term: tf * k / (tf + norm) * idf(term)
                for term, tf in counts.items()
                if df_of(term, 0) - own >= 1
            }
        else:  # every term was learned, with its idf (0 for a term no article has)
            idfs = self._idf
            weights = {term: tf * k / (tf + norm) * idfs[term] for term, tf in counts.items()}
        return weights, math.sqrt(sum([w * w for w in weights.values()])) or 1.0

    def query_terms(self, counts: Counter[str], own: int = 0) -> list[str]:
        """The best terms by tf × idf, skipping any that would push the postings past the budget."""
        frequencies = self.vocabulary.frequencies
        scored = []
        for term, tf in counts.items():
            df = frequencies.get(term, 0)
            if df - own >= 1:
                scored.append((tf * self.idf(term), df, term))
        scored.sort(reverse=True)
        chosen: list[str] = []
        postings = 0
        for _, df, term in scored:
            if postings + df > POSTINGS_BUDGET:
                continue
            chosen.append(term)
            postings += df
            if len(chosen) == QUERY_TERMS:
                break
        return chosen


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    return sum([a[t] * b[t] for t in a.keys() & b.keys()])


class _Statistics:
    """The vocabulary cache, shared by the reader threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._scorer: Scorer | None = None
        self._max_pk = 0

    def get(self, search: ArchiveSearch) -> Scorer:
        with self._lock:
            scorer = self._scorer
            marker = search.growth_marker()
            if scorer is None or marker > self._max_pk + max(20, STALE_GROWTH * scorer.vocabulary.documents):
                self._max_pk = marker
                scorer = self._scorer = Scorer(search.corpus())
            return scorer

    def clear(self) -> None:
        with self._lock:
            self._scorer = None


class _VectorCache:
    """Weights of archive articles by (id, last change), with their length, so re-ranking seldom weighs an
    article twice. An article is reweighed when the vocabulary snapshot changes."""

    def __init__(self, size: int = 8192) -> None:
        self._size = size
        self._lock = threading.Lock()
        self._items: OrderedDict[tuple[str, str], tuple[Scorer, dict[str, float], float]] = OrderedDict()

    def weights(
        self, texts: Sequence[ArchiveText], scorer: Scorer, search: ArchiveSearch
    ) -> list[tuple[dict[str, float], float]]:
        """The weights of ``texts``; the frequencies of all the new ones' terms are looked up in one query."""
        found: list[tuple[dict[str, float], float] | None] = []
        with self._lock:
            for text in texts:
                key = (text.hit.id, text.updated_at)
                item = self._items.get(key)
                if item is not None and item[0] is scorer:
                    self._items.move_to_end(key)
                    found.append((item[1], item[2]))
                else:
                    found.append(None)
        fresh: dict[int, Mapping[str, int]] = {
            i: counts_dict(text.counts)
            if text.counts is not None
            else term_counts(text.hit.headline, text.standfirst, text.body)
            for i, text in enumerate(texts)
            if found[i] is None
        }
        if fresh:
            scorer.learn(set().union(*fresh.values()), search)
        result: list[tuple[dict[str, float], float]] = []
        for i, text in enumerate(texts):
            weighed = found[i]
            if weighed is None:
                weighed = scorer.weights(fresh[i])
                with self._lock:
                    self._items[(text.hit.id, text.updated_at)] = (scorer, *weighed)
                    while len(self._items) > self._size:
                        self._items.popitem(last=False)
            result.append(weighed)
        return result


class RelatedService:
    def __init__(
        self, db: Database, *, maximum: int = DEFAULT_MAXIMUM, url_for: UrlLookup | None = None
    ) -> None:
        if maximum < 1:
            raise ValueError("the maximum number of related articles must be at least 1")
        self._db = db
        self.maximum = maximum
        self._url_for = url_for
        self._statistics = _Statistics()
        self._vectors = _VectorCache()

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
