"""Document frequencies of the index's terms, kept in step with ``articles`` by triggers, for "more like this".

``term_stats`` holds, for every stem, how many articles contain it (in any indexed column), plus two rows whose
keys cannot be terms (terms never contain a space): ``" documents"`` (articles indexed) and ``" tokens"`` (all
their terms, for the average length). The triggers run in the transaction that writes the article (save, pull,
import, delete), so the statistics are never a stale snapshot and no one ever scans the vocabulary: "more like
this" looks up only the terms it weighs, by primary key.

The triggers call ``fts_term_delta`` (registered on every connection by ``store.engine``) with the article's
indexed fields before and after; it adds what changed (+1 for a term the article gained, -1 for one it lost) to
the connection's :class:`TermCounter`, which is written to the table just before the transaction commits (and
dropped on rollback). So an edit that adds one word updates one row, and an import of thousands of articles
writes each of their terms once, not once per article.
"""

from __future__ import annotations

import threading
import unicodedata
from collections import Counter
from typing import Any

from editor_app.store.fts import FTS_COLUMNS, chunk_terms

TABLE = "term_stats"
DELTA_FUNCTION = "fts_term_delta"
DOCUMENTS = " documents"
TOKENS = " tokens"

_CREATE_TABLE = f"CREATE TABLE {TABLE} (term TEXT PRIMARY KEY NOT NULL, df INTEGER NOT NULL) WITHOUT ROWID"


def _fields(prefix: str | None) -> str:
    return ", ".join(f"{prefix}.{c}" if prefix else "NULL" for c in FTS_COLUMNS)


def _count(documents: int, old: str | None, new: str | None) -> str:
    return f"SELECT {DELTA_FUNCTION}({documents}, {_fields(old)}, {_fields(new)});"


_CHANGED = " OR ".join(f"old.{c} IS NOT new.{c}" for c in FTS_COLUMNS)

TRIGGER_STATEMENTS: tuple[str, ...] = (
    f"CREATE TRIGGER term_stats_insert AFTER INSERT ON articles BEGIN {_count(1, None, 'new')} END",
    f"CREATE TRIGGER term_stats_delete AFTER DELETE ON articles BEGIN {_count(-1, 'old', None)} END",
    f"CREATE TRIGGER term_stats_update AFTER UPDATE OF {', '.join(FTS_COLUMNS)} ON articles "
    f"WHEN {_CHANGED} BEGIN {_count(0, 'old', 'new')} END",
)

REBUILD_STATEMENTS: tuple[str, ...] = (
    f"DELETE FROM {TABLE}",
    f"SELECT count({DELTA_FUNCTION}(1, {_fields(None)}, {_fields('articles')})) FROM articles",
)
"""Count everything again from the articles (what the migration does once); written at commit."""

CREATE_STATEMENTS: tuple[str, ...] = (_CREATE_TABLE, *TRIGGER_STATEMENTS, REBUILD_STATEMENTS[1])

DROP_STATEMENTS: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS term_stats_update",
    "DROP TRIGGER IF EXISTS term_stats_delete",
    "DROP TRIGGER IF EXISTS term_stats_insert",
    f"DROP TABLE IF EXISTS {TABLE}",
)

_UPSERT = f"INSERT INTO {TABLE}(term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df"

_RECENT: dict[tuple[Any, ...], tuple[frozenset[str], int]] = {}
_RECENT_LIMIT = 32
_lock = threading.Lock()


def _terms(fields: tuple[Any, ...]) -> tuple[frozenset[str], int]:
    """The distinct terms of an article's indexed fields and how many there are in all. The last few are
    remembered: an edit's "before" is the previous save's "after"."""
    with _lock:
        found = _RECENT.get(fields)
    if found is None:
        chunks = [chunk_terms(unicodedata.normalize("NFC", f)) for f in fields if f and isinstance(f, str)]
        found = (frozenset().union(*(t for c in chunks for t in c)), sum(len(t) for c in chunks for t in c))
        with _lock:
            if len(_RECENT) >= _RECENT_LIMIT:
                _RECENT.clear()
            _RECENT[fields] = found
    return found


class TermCounter:
    """What one connection's open transaction has done to the statistics, written by :meth:`flush`."""

    def __init__(self) -> None:
        self._delta: Counter[str] = Counter()

    def add(self, documents: int, *fields: Any) -> int:
        """The SQL function: ``fields`` are the indexed columns before (NULLs for an insert), then after
        (NULLs for a delete)."""
        half = len(fields) // 2
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
        self._delta = Counter()
        if rows:
            connection.executemany(_UPSERT, rows)

    def discard(self) -> None:
        self._delta = Counter()
