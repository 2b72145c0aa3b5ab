"""Term statistics of the archive for "more like this": article and token counts, each term's document
frequency (from ``term_stats``, kept by the saving transaction), and the index's full vocabulary (for checks).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text

from editor_app.store import term_stats
from editor_app.store.fts import FTS_TABLE

VOCAB_TABLE = "articles_vocab"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Index statistics read in one query: documents, all tokens, and each term's document frequency."""

    documents: int
    tokens: int
    frequencies: dict[str, int]
    complete: bool = True
    """False when ``frequencies`` holds only the terms looked up so far (see ``TermStatistics.corpus``)."""

    @property
    def average_length(self) -> float:
        return self.tokens / self.documents if self.documents else 0.0


class TermStatistics:
    """Statistics queries on one connection (a reader's, normally); ``ArchiveSearch`` offers them too."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def growth_marker(self) -> int:
        """The highest row key: grows with every new article and costs one index probe (unlike a count)."""
        return int(self._c.execute(text("SELECT coalesce(max(pk), 0) FROM articles")).scalar_one())

    def article_count(self) -> int:
        """How many articles the index holds (live or not): cheap, for deciding when statistics are stale."""
        return int(self._c.execute(text("SELECT count(*) FROM articles")).scalar_one())

    def corpus(self) -> Vocabulary:
        """How many articles the statistics count and all their terms, from ``term_stats`` (two row probes);
        ``frequencies`` starts empty: look up the terms you need with :meth:`document_frequencies`."""
        rows: dict[str, int] = dict(
            self._c.execute(
                text(f"SELECT term, df FROM {term_stats.TABLE} WHERE term IN (:d, :t)"),
                {"d": term_stats.DOCUMENTS, "t": term_stats.TOKENS},
            ).all()
        )
        documents, tokens = int(rows.get(term_stats.DOCUMENTS, 0)), int(rows.get(term_stats.TOKENS, 0))
        return Vocabulary(documents, tokens, {}, complete=False)

    def document_frequencies(self, terms: Sequence[str]) -> dict[str, int]:
        """How many articles contain each of ``terms`` (primary-key lookups; unknown terms are left out)."""
        if not terms:
            return {}
        sql = f"SELECT term, df FROM {term_stats.TABLE} WHERE term IN (SELECT value FROM json_each(:terms))"
        return {
            str(term): int(df) for term, df in self._c.execute(text(sql), {"terms": json.dumps(list(terms))})
        }

    def stored_frequencies(self, limit: int) -> list[tuple[str, int]]:
        """Up to ``limit`` terms of ``term_stats`` with their document frequencies (in key order): the compact
        table the saving transaction keeps, read once when a profile opens (not the index's vocabulary)."""
        sql = f"SELECT term, df FROM {term_stats.TABLE} WHERE df > 0 AND term NOT LIKE ' %' LIMIT :limit"
        return [(str(t), int(df)) for t, df in self._c.execute(text(sql), {"limit": limit})]

    def vocabulary(self) -> Vocabulary:
        """Document frequency of every indexed term in ONE query of an ``fts5vocab`` table (a full scan: for
        checks and benchmarks; "more like this" reads :meth:`document_frequencies`).

        The vocabulary table is a TEMP table on this connection. Reader connections run with ``query_only``,
        which also refuses TEMP DDL, so it is lifted for that one statement; the main database is never written.
        """
        self._ensure_vocabulary_table()
        documents = self.article_count()
        frequencies: dict[str, int] = {}
        tokens = 0
        for term, doc, cnt in self._c.execute(text(f"SELECT term, doc, cnt FROM temp.{VOCAB_TABLE}")):
            frequencies[term] = int(doc)
            tokens += int(cnt)
        return Vocabulary(documents, tokens, frequencies)

    def _ensure_vocabulary_table(self) -> None:
        exists = self._c.execute(
            text("SELECT 1 FROM temp.sqlite_master WHERE name = :name"), {"name": VOCAB_TABLE}
        ).first()
        if exists is not None:
            return
        read_only = bool(self._c.execute(text("PRAGMA query_only")).scalar())
        if read_only:
            self._c.execute(text("PRAGMA query_only = OFF"))
        try:
            self._c.execute(
                text(
                    f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{VOCAB_TABLE} USING fts5vocab(main, {FTS_TABLE}, row)"
                )
            )
        finally:
            if read_only:
                self._c.execute(text("PRAGMA query_only = ON"))
