"""Scoring for "more like this": an article's index terms, their BM25 weights (k1 1.2, b 0.75) under one snapshot
of the vocabulary, the candidate query's best terms within a postings budget, and cosine similarity."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping

from editor_app.store.fts import index_terms
from editor_app.store.search import ArchiveSearch
from editor_app.store.vocabulary import Vocabulary

QUERY_TERMS = 30
"""Terms of the candidate query (within the postings budget). 30, not 20, since the index holds stems: BBC
precision@5 0.9306 with 30, 0.9285 with 20."""
POSTINGS_BUDGET = 2_000
"""At most this many postings (summed document frequencies) in the candidate query: bounds its cost. 2,000
keeps BBC precision@5 at 0.9306 (1,500: 0.9293) and costs about two thirds of 3,000's query at 100k articles."""
BM25_K1, BM25_B = 1.2, 0.75


def tokens(text: str) -> list[str]:
    """The index terms of ``text``: folded, lower case, stemmed (see ``store.fts``)."""
    return index_terms(text)


def term_counts(*fields: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for field in fields:
        counts.update(tokens(field))
    return counts


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
