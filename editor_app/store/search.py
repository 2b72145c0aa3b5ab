"""Archive search for the related-items picker: ranked full-text hits with snippets, headline prefixes for
one- and two-character type-ahead, and the index's vocabulary statistics for "more like this".

All SQL of the picker lives here. Ranked queries use FTS5's own ``ORDER BY rank`` (with the column weights
passed as a ``rank MATCH 'bm25(...)'`` constraint), so FTS5 sorts internally and ``snippet()`` runs only for
the rows returned, not for every match.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, TextClause, bindparam, text
from sqlalchemy.engine import Row

from editor_app.domain import Status
from editor_app.store import term_stats
from editor_app.store.fts import FTS_TABLE

HIGHLIGHT_START = "\ue000"
HIGHLIGHT_END = "\ue001"
"""Private-use characters that ``snippet()`` puts around matched words (replaced by markup after escaping)."""

SNIPPET_TOKENS = 14
VOCAB_TABLE = "articles_vocab"
SPARE = 8
"""Ranked rows "more like this" joins beyond those it needs, for deleted articles among them."""
SEARCH_WEIGHTS = (6.0, 3.0, 1.0, 2.0)
"""bm25 weights of headline, standfirst, body and tags for typed searches."""


@dataclass(frozen=True, slots=True)
class SearchFilters:
    section: str | None = None
    since: datetime | None = None
    """Articles first saved at or after this moment (timezone-aware)."""
    until: datetime | None = None
    """Articles first saved before this moment (timezone-aware)."""
    published_only: bool = False


@dataclass(frozen=True, slots=True)
class ArchiveHit:
    """One article of the archive as the picker lists it. ``snippet`` is raw text with highlight markers."""

    id: str
    headline: str
    section: str
    status: Status
    date: datetime
    snippet: str = ""
    score: float = 0.0

    @property
    def title(self) -> str:
        return self.headline.strip() or "Untitled article"


@dataclass(frozen=True, slots=True)
class ArchiveText:
    """A hit with the text "more like this" compares, and the time it last changed (a cache key)."""

    hit: ArchiveHit
    standfirst: str
    body: str
    updated_at: str
    counts: str | None = None
    """The stored term counts (``term_stats.encode_counts``) when asked for; then standfirst and body are
    left empty."""


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Index statistics read in one query: documents, all tokens, and each term's document frequency."""

    documents: int
    tokens: int
    frequencies: dict[str, int]
    complete: bool = True
    """False when ``frequencies`` holds only the terms looked up so far (see ``ArchiveSearch.corpus``)."""

    @property
    def average_length(self) -> float:
        return self.tokens / self.documents if self.documents else 0.0


_HIT_COLUMNS = "a.id, a.headline, a.section, a.status, a.created_at"
_TEXT_COLUMNS = ", a.standfirst, a.body, a.updated_at"


def _filters_sql(filters: SearchFilters) -> str:
    parts = ["a.deleted_at IS NULL", "a.id NOT IN :exclude"]
    if filters.section:
        parts.append("a.section = :section")
    if filters.since is not None:
        parts.append("a.created_at >= :since")
    if filters.until is not None:
        parts.append("a.created_at < :until")
    if filters.published_only:  # an archive article was published elsewhere
        parts.append("a.status IN (:published, :archived)")
    return " AND ".join(parts)


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("date filters must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def _params(filters: SearchFilters, exclude: Sequence[str], limit: int) -> dict[str, object]:
    params: dict[str, object] = {"exclude": list(exclude), "limit": max(0, limit)}
    if filters.section:
        params["section"] = filters.section
    if filters.since is not None:
        params["since"] = _iso(filters.since)
    if filters.until is not None:
        params["until"] = _iso(filters.until)
    if filters.published_only:
        params["published"] = Status.PUBLISHED.value
        params["archived"] = Status.ARCHIVED.value
    return params


def _statement(sql: str) -> TextClause:
    return text(sql).bindparams(bindparam("exclude", expanding=True))


def _hit(row: Row[object], snippet: str = "", score: float = 0.0) -> ArchiveHit:
    m = row._mapping
    return ArchiveHit(
        id=str(m["id"]),
        headline=str(m["headline"] or ""),
        section=str(m["section"] or ""),
        status=Status(m["status"]),
        date=datetime.fromisoformat(str(m["created_at"])),
        snippet=snippet,
        score=score,
    )


_RANKED_FROM = (
    f"FROM {FTS_TABLE} JOIN articles AS a ON a.pk = {FTS_TABLE}.rowid "
    f"WHERE {FTS_TABLE} MATCH :q AND {FTS_TABLE}.rank MATCH :rank AND"
)


_COUNTS_JOIN = f" LEFT JOIN {term_stats.VECTORS} AS t ON t.pk = a.pk"
_COUNTS_COLUMNS = (
    ", CASE WHEN t.counts IS NULL THEN a.standfirst END AS standfirst, "
    "CASE WHEN t.counts IS NULL THEN a.body END AS body, a.updated_at, t.counts"
)


def _text(row: Row[object]) -> ArchiveText:
    """A row of :data:`_COUNTS_COLUMNS` with the hit's columns, a snippet and a score."""
    return ArchiveText(
        _hit(row, str(row.snippet or ""), float(row.score)),
        str(row.standfirst or ""),
        str(row.body or ""),
        str(row.updated_at),
        row.counts,
    )


def or_expression(terms: Iterable[str]) -> str:
    """A safe FTS5 expression matching any of ``terms`` (index terms: each one quoted)."""
    return " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _snippet_sql(wanted: bool) -> str:
    if not wanted:
        return "''"
    return f"snippet({FTS_TABLE}, -1, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', {SNIPPET_TOKENS})"


def _weights_sql(weights: Sequence[float]) -> str:
    return "bm25(" + ", ".join(f"{float(w):.3f}" for w in weights) + ")"


class ArchiveSearch:
    """Queries over the archive on one connection (a reader's, normally). Returns plain dataclasses."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def match(
        self,
        expression: str,
        *,
        filters: SearchFilters = SearchFilters(),
        exclude: Sequence[str] = (),
        limit: int = 20,
        weights: Sequence[float] = SEARCH_WEIGHTS,
        snippets: bool = True,
    ) -> list[ArchiveHit]:
        """Best matches of a safe FTS5 ``expression`` (build it with ``fts.match_expression``), best first."""
        sql = (
            f"SELECT {_HIT_COLUMNS}, {_snippet_sql(snippets)} AS snippet, {FTS_TABLE}.rank AS score "
            f"{_RANKED_FROM} {_filters_sql(filters)} ORDER BY {FTS_TABLE}.rank LIMIT :limit"
        )
        params = _params(filters, exclude, limit)
        params.update(q=expression, rank=_weights_sql(weights))
        rows = self._c.execute(_statement(sql), params)
        return [_hit(r, str(r.snippet or ""), float(r.score)) for r in rows]

    def match_texts(
        self,
        expression: str,
        *,
        filters: SearchFilters = SearchFilters(),
        exclude: Sequence[str] = (),
        limit: int = 30,
        weights: Sequence[float] = SEARCH_WEIGHTS,
        snippets: bool = False,
        counts: bool = False,
    ) -> list[ArchiveText]:
        """Like :meth:`match`, with each hit's standfirst and body (for re-ranking), or with ``counts`` its stored
        term counts instead (the text only for an article that has none)."""
        columns = _COUNTS_COLUMNS if counts else _TEXT_COLUMNS
        sql = (
            f"SELECT {_HIT_COLUMNS}{columns}, {_snippet_sql(snippets)} AS snippet, "
            f"{FTS_TABLE}.rank AS score {_RANKED_FROM} {_filters_sql(filters)} "
            f"ORDER BY {FTS_TABLE}.rank LIMIT :limit"
        )
        if counts:
            sql = sql.replace(_RANKED_FROM, _RANKED_FROM.replace(" WHERE ", _COUNTS_JOIN + " WHERE "))
        params = _params(filters, exclude, limit)
        params.update(q=expression, rank=_weights_sql(weights))
        rows = self._c.execute(_statement(sql), params)
        if counts:
            return [_text(r) for r in rows]
        return [
            ArchiveText(
                _hit(r, str(r.snippet or ""), float(r.score)),
                str(r.standfirst or ""),
                str(r.body or ""),
                str(r.updated_at),
            )
            for r in rows
        ]

    def similar(
        self,
        idfs: Mapping[str, float],
        *,
        filters: SearchFilters = SearchFilters(),
        exclude: Sequence[str] = (),
        limit: int = 20,
        pool: int = 100,
        weights: Sequence[float] = SEARCH_WEIGHTS,
    ) -> list[ArchiveText]:
        """The best ``limit`` articles for the OR query of ``idfs``' terms by bm25 (with ``weights``), each with
        its stored term counts (the text only for an article that has none): "more like this" candidates.

        In two steps, since bm25 over every match costs about four times reading the doclists: the ``pool``
        articles with the highest summed idf of the terms they contain (each term's doclist read on its own,
        no positions), then bm25 for those alone; only the best few are joined to their rows. The pool holds
        nearly all of bm25's best (98.5% of the top 21 at 100,000 articles). With filters, or when fewer than
        ``limit`` are left, every match is ranked (:meth:`match_texts`).
        """
        if not idfs:
            return []
        expression = or_expression(idfs)
        if filters == SearchFilters():
            pooled = (
                f"SELECT f.rowid FROM json_each(:terms) AS q JOIN {FTS_TABLE} AS f "
                f"ON f.{FTS_TABLE} MATCH '\"' || replace(q.key, '\"', '\"\"') || '\"' "
                "GROUP BY f.rowid ORDER BY sum(q.value) DESC LIMIT :pool"
            )
            sql = (
                f"WITH ranked AS MATERIALIZED (SELECT rowid AS pk, "
                f"bm25({FTS_TABLE}, {', '.join(f'{float(w):.3f}' for w in weights)}) AS score FROM {FTS_TABLE} "
                f"WHERE {FTS_TABLE} MATCH :q AND +rowid IN ({pooled}) ORDER BY score LIMIT :take) "
                f"SELECT {_HIT_COLUMNS}{_COUNTS_COLUMNS}, '' AS snippet, r.score AS score FROM ranked AS r "
                f"JOIN articles AS a ON a.pk = r.pk{_COUNTS_JOIN} WHERE {_filters_sql(filters)} "
                "ORDER BY r.score LIMIT :limit"
            )
            params = _params(filters, exclude, limit)
            params.update(
                q=expression,
                terms=json.dumps(dict(idfs)),
                pool=pool + len(exclude),
                take=limit + len(exclude) + SPARE,
            )
            found = [_text(r) for r in self._c.execute(_statement(sql), params)]
            if len(found) == limit:
                return found
        return self.match_texts(
            expression, filters=filters, exclude=exclude, limit=limit, weights=weights, counts=True
        )

    def snippets(self, expression: str, ids: Sequence[str]) -> dict[str, str]:
        """Highlighted snippets of the given articles for ``expression`` (articles that do not match: none)."""
        if not ids:
            return {}
        # One pass over the matches, keeping the few rows asked for: a rowid constraint would make FTS5 set the
        # whole expression up again for every id (more than twice the cost for ten ids at 100,000 articles).
        sql = (
            f"SELECT a.id, {_snippet_sql(True)} AS snippet "
            f"FROM {FTS_TABLE} JOIN articles AS a ON a.pk = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH :q AND +{FTS_TABLE}.rowid IN (SELECT pk FROM articles WHERE id IN :ids)"
        )
        statement = text(sql).bindparams(bindparam("ids", expanding=True))
        return {
            str(r.id): str(r.snippet or "")
            for r in self._c.execute(statement, {"q": expression, "ids": list(ids)})
        }

    def headline_prefix(
        self,
        prefix: str,
        *,
        filters: SearchFilters = SearchFilters(),
        exclude: Sequence[str] = (),
        limit: int = 20,
    ) -> list[ArchiveHit]:
        """Newest articles with a headline word starting with ``prefix``: the cheap path for 1-2 characters.

        Unranked (newest rowid first, which FTS5 streams) and headline-only, so it stops after ``limit``
        rows instead of scoring every article that has a word starting with "t".
        """
        expression = "{headline} : " + '"' + prefix.replace('"', '""') + '"*'
        sql = (
            f"SELECT {_HIT_COLUMNS}, {_snippet_sql(True)} AS snippet "
            f"FROM {FTS_TABLE} JOIN articles AS a ON a.pk = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH :q AND {_filters_sql(filters)} ORDER BY {FTS_TABLE}.rowid DESC LIMIT :limit"
        )
        params = _params(filters, exclude, limit)
        params["q"] = expression
        return [_hit(r, str(r.snippet or "")) for r in self._c.execute(_statement(sql), params)]

    def hits(self, ids: Sequence[str]) -> list[ArchiveHit]:
        """The given live articles, in the order of ``ids`` (unknown or deleted ids are left out)."""
        if not ids:
            return []
        sql = f"SELECT {_HIT_COLUMNS} FROM articles AS a WHERE a.id IN :ids AND a.deleted_at IS NULL"
        statement = text(sql).bindparams(bindparam("ids", expanding=True))
        found = {h.id: h for h in (_hit(r) for r in self._c.execute(statement, {"ids": list(ids)}))}
        return [found[i] for i in ids if i in found]

    def text_of(self, article_id: str) -> ArchiveText | None:
        sql = f"SELECT {_HIT_COLUMNS}{_TEXT_COLUMNS} FROM articles AS a WHERE a.id = :aid"
        row = self._c.execute(text(sql), {"aid": article_id}).first()
        if row is None:
            return None
        return ArchiveText(_hit(row), str(row.standfirst or ""), str(row.body or ""), row.updated_at)

    def counts_of(self, article_id: str) -> str | None:
        """An article's stored term counts (``term_stats.encode_counts``); None when it has none or is unknown."""
        sql = f"SELECT t.counts FROM articles AS a JOIN {term_stats.VECTORS} AS t ON t.pk = a.pk WHERE a.id = :aid"
        found = self._c.execute(text(sql), {"aid": article_id}).scalar()
        return None if found is None else str(found)

    def newest_id(self) -> str | None:
        """The id of the article added last (any article will do to exercise a query path)."""
        found = self._c.execute(text("SELECT id FROM articles ORDER BY pk DESC LIMIT 1")).scalar()
        return None if found is None else str(found)

    def exists(self, article_id: str) -> bool:
        return (
            self._c.execute(text("SELECT 1 FROM articles WHERE id = :aid"), {"aid": article_id}).first()
            is not None
        )

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
