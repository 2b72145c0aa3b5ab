"""Document frequencies of the index's terms, kept in step with ``articles`` by triggers, for "more like this".

``term_stats`` holds, for every stem, how many articles contain it (in any indexed column), plus two rows whose
keys cannot be terms (terms never contain a space): ``" documents"`` (articles indexed) and ``" tokens"`` (all
their terms, for the average length). The triggers run in the transaction that writes the article (save, pull,
import, delete), so the statistics are never a stale snapshot and no one ever scans the vocabulary: "more like
this" looks up only the terms it weighs, by primary key.

The triggers call ``fts_term_delta`` (registered on every connection by ``store.engine``) with the article's
indexed fields before and after; it adds what changed (+1 for a term the article gained, -1 for one it lost) to
the connection's :class:`TermCounter`, which is written to the table just before the transaction commits (and
dropped on rollback), with the article's own term counts in ``article_terms`` (what "more like this" compares,
so candidates are never tokenized at query time). So an edit that adds one word updates one row, and an import of thousands of articles
writes each of their terms once, not once per article.
"""

from __future__ import annotations

import threading
import unicodedata
from collections import Counter
from collections.abc import Sequence
from itertools import chain
from typing import Any

from editor_app.store.fts import FTS_COLUMNS, chunk_terms

TABLE = "term_stats"
DELTA_FUNCTION = "fts_term_delta"
DOCUMENTS = " documents"
TOKENS = " tokens"

VECTORS = "article_terms"
COMPARED = 3
"""The first this many indexed columns (headline, standfirst, body) make an article's term counts."""

_CREATE_TABLE = f"CREATE TABLE {TABLE} (term TEXT PRIMARY KEY NOT NULL, df INTEGER NOT NULL) WITHOUT ROWID"
_CREATE_VECTORS = f"CREATE TABLE {VECTORS} (pk INTEGER PRIMARY KEY, counts TEXT NOT NULL)"


def _fields(prefix: str | None) -> str:
    return ", ".join(f"{prefix}.{c}" if prefix else "NULL" for c in FTS_COLUMNS)


def _count(documents: int, old: str | None, new: str | None) -> str:
    return f"SELECT {DELTA_FUNCTION}({documents}, {old or new}.pk, {_fields(old)}, {_fields(new)});"


_CHANGED = " OR ".join(f"old.{c} IS NOT new.{c}" for c in FTS_COLUMNS)

TRIGGER_STATEMENTS: tuple[str, ...] = (
    f"CREATE TRIGGER term_stats_insert AFTER INSERT ON articles BEGIN {_count(1, None, 'new')} END",
    f"CREATE TRIGGER term_stats_delete AFTER DELETE ON articles BEGIN {_count(-1, 'old', None)} END",
    f"CREATE TRIGGER term_stats_update AFTER UPDATE OF {', '.join(FTS_COLUMNS)} ON articles "
    f"WHEN {_CHANGED} BEGIN {_count(0, 'old', 'new')} END",
)

REBUILD_STATEMENTS: tuple[str, ...] = (
    f"DELETE FROM {TABLE}",
    f"DELETE FROM {VECTORS}",
    f"SELECT count({DELTA_FUNCTION}(1, pk, {_fields(None)}, {_fields('articles')})) FROM articles",
)
"""Count everything again from the articles (what the migration does once); written at commit."""

CREATE_STATEMENTS: tuple[str, ...] = (
    _CREATE_TABLE,
    _CREATE_VECTORS,
    *TRIGGER_STATEMENTS,
    REBUILD_STATEMENTS[-1],
)

DROP_STATEMENTS: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS term_stats_update",
    "DROP TRIGGER IF EXISTS term_stats_delete",
    "DROP TRIGGER IF EXISTS term_stats_insert",
    f"DROP TABLE IF EXISTS {TABLE}",
    f"DROP TABLE IF EXISTS {VECTORS}",
)

_UPSERT = f"INSERT INTO {TABLE}(term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df"

_PUT_COUNTS = f"INSERT OR REPLACE INTO {VECTORS}(pk, counts) VALUES (?, ?)"

_RECENT: dict[tuple[Any, ...], tuple[frozenset[str], int]] = {}
_RECENT_LIMIT = 32
_lock = threading.Lock()


def _terms(fields: tuple[Any, ...]) -> tuple[frozenset[str], int]:
    """The distinct terms of an article's indexed fields and how many there are in all. The last few are
    remembered: an edit's "before" is the previous save's "after"."""
    with _lock:
        found = _RECENT.get(fields)
    if found is None:
        chunks = [
            t
            for f in fields
            if f and isinstance(f, str)
            for t in chunk_terms(unicodedata.normalize("NFC", f))
        ]
        found = (frozenset().union(*chunks), sum(map(len, chunks)))
        with _lock:
            if len(_RECENT) >= _RECENT_LIMIT:
                _RECENT.clear()
            _RECENT[fields] = found
    return found


class TermCounter:
    """What one connection's open transaction has done to the statistics, written by :meth:`flush`."""

    def __init__(self) -> None:
        self._delta: Counter[str] = Counter()
        self._counts: dict[int, str | None] = {}

    def add(self, documents: int, pk: int, *fields: Any) -> int:
        """The SQL function: ``fields`` are the indexed columns before (NULLs for an insert), then after
        (NULLs for a delete)."""
        half = len(fields) // 2
        self._counts[pk] = None if documents < 0 else encode_counts(fields[half : half + COMPARED])
        old, old_count = _terms(tuple(fields[:half]))
        new, new_count = _terms(tuple(fields[half:]))
        delta = self._delta
        if old:
            delta.subtract(old - new)
            delta.update(new - old)
        else:
            delta.update(new)
        delta[TOKENS] += new_count - old_count
        delta[DOCUMENTS] += documents
        return 0

    def flush(self, connection: Any) -> None:
        """Write the pending counts on ``connection`` (a DB-API connection, inside the transaction)."""
        rows = [(term, n) for term, n in self._delta.items() if n]
        counts = self._counts
        self.discard()
        if rows:
            connection.executemany(_UPSERT, rows)
        kept = [(pk, text) for pk, text in counts.items() if text is not None]
        if kept:
            connection.executemany(_PUT_COUNTS, kept)
        gone = [(pk,) for pk, text in counts.items() if text is None]
        if gone:
            connection.executemany(f"DELETE FROM {VECTORS} WHERE pk = ?", gone)

    def discard(self) -> None:
        self._delta = Counter()
        self._counts = {}


def encode_counts(fields: Sequence[Any]) -> str:
    """An article's term counts as stored: ``"term n term n ..."`` (terms never contain a space)."""
    counts: Counter[str] = Counter()
    for field in fields:
        if field and isinstance(field, str):
            counts.update(chain.from_iterable(chunk_terms(unicodedata.normalize("NFC", field))))
    return " ".join([f"{term} {n}" for term, n in counts.items()])


def decode_counts(text: str) -> Counter[str]:
    return Counter(counts_dict(text))


def counts_dict(text: str) -> dict[str, int]:
    """:func:`decode_counts` as a plain dict (cheaper to build, for read-only use)."""
    parts = text.split(" ") if text else []
    return dict(zip(parts[::2], map(int, parts[1::2]), strict=True))
