"""The caches "more like this" shares between reader threads: the scorer of the current vocabulary snapshot
(replaced when the archive has grown by a few percent) and the weights of archive articles already weighed."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence

from editor_app.services.related_scoring import Scorer, term_counts
from editor_app.store.search import ArchiveSearch
from editor_app.store.search_records import ArchiveText
from editor_app.store.term_stats import counts_dict

STALE_GROWTH = 0.03
"""The scorer is built again once the archive has grown by this share of its articles (at least 20)."""


class VocabularyCache:
    """The scorer of the current vocabulary snapshot, shared by the reader threads."""

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


class VectorCache:
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
