"""Archive search for the related-items picker: ranked full-text hits with snippets, headline prefixes for
one- and two-character type-ahead, "more like this" candidates, and lookups of single articles.

Ranked queries use FTS5's own ``ORDER BY rank`` (with the column weights passed as a ``rank MATCH 'bm25(...)'``
constraint), so FTS5 sorts internally and ``snippet()`` runs only for the rows returned, not for every match.
The SQL fragments are in ``search_sql``, the records in ``search_records``, the term statistics (which
``ArchiveSearch`` inherits) in ``vocabulary``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from sqlalchemy import Connection, bindparam, text

from editor_app.store import term_stats
from editor_app.store.fts import FTS_TABLE
from editor_app.store.search_records import ArchiveHit, ArchiveText, SearchFilters
from editor_app.store.search_sql import (
    COUNTS_COLUMNS,
    COUNTS_JOIN,
    HIT_COLUMNS,
    RANKED_FROM,
    TEXT_COLUMNS,
    archive_hit,
    archive_text,
    excluding_statement,
    filter_params,
    filters_sql,
    or_expression,
    snippet_sql,
    weights_sql,
)
from editor_app.store.vocabulary import TermStatistics

SPARE = 8
"""Ranked rows "more like this" joins beyond those it needs, for deleted articles among them."""
SEARCH_WEIGHTS = (6.0, 3.0, 1.0, 2.0)
"""bm25 weights of headline, standfirst, body and tags for typed searches."""

NO_FILTERS = SearchFilters()
"""The default: every live article."""


class ArchiveSearch(TermStatistics):
    """Queries over the archive on one connection (a reader's, normally). Returns plain dataclasses."""

    def __init__(self, connection: Connection) -> None:
        super().__init__(connection)

    def match(
        self,
        expression: str,
        *,
        filters: SearchFilters = NO_FILTERS,
        exclude: Sequence[str] = (),
        limit: int = 20,
        weights: Sequence[float] = SEARCH_WEIGHTS,
        snippets: bool = True,
    ) -> list[ArchiveHit]:
        """Best matches of a safe FTS5 ``expression`` (build it with ``fts.match_expression``), best first."""
        sql = (
            f"SELECT {HIT_COLUMNS}, {snippet_sql(snippets)} AS snippet, {FTS_TABLE}.rank AS score "
            f"{RANKED_FROM} {filters_sql(filters)} ORDER BY {FTS_TABLE}.rank LIMIT :limit"
        )
        params = filter_params(filters, exclude, limit)
        params.update(q=expression, rank=weights_sql(weights))
        rows = self._c.execute(excluding_statement(sql), params)
        return [archive_hit(r, str(r.snippet or ""), float(r.score)) for r in rows]

    def match_texts(
        self,
        expression: str,
        *,
        filters: SearchFilters = NO_FILTERS,
        exclude: Sequence[str] = (),
        limit: int = 30,
        weights: Sequence[float] = SEARCH_WEIGHTS,
        snippets: bool = False,
        counts: bool = False,
    ) -> list[ArchiveText]:
        """Like :meth:`match`, with each hit's standfirst and body (for re-ranking), or with ``counts`` its stored
        term counts instead (the text only for an article that has none)."""
        columns = COUNTS_COLUMNS if counts else TEXT_COLUMNS
        sql = (
            f"SELECT {HIT_COLUMNS}{columns}, {snippet_sql(snippets)} AS snippet, "
            f"{FTS_TABLE}.rank AS score {RANKED_FROM} {filters_sql(filters)} "
            f"ORDER BY {FTS_TABLE}.rank LIMIT :limit"
        )
        if counts:
            sql = sql.replace(RANKED_FROM, RANKED_FROM.replace(" WHERE ", COUNTS_JOIN + " WHERE "))
        params = filter_params(filters, exclude, limit)
        params.update(q=expression, rank=weights_sql(weights))
        rows = self._c.execute(excluding_statement(sql), params)
        if counts:
            return [archive_text(r) for r in rows]
        return [
            ArchiveText(
                archive_hit(r, str(r.snippet or ""), float(r.score)),
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
        filters: SearchFilters = NO_FILTERS,
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
        if filters == NO_FILTERS:
            pooled = (
                f"SELECT f.rowid FROM json_each(:terms) AS q JOIN {FTS_TABLE} AS f "
                f"ON f.{FTS_TABLE} MATCH '\"' || replace(q.key, '\"', '\"\"') || '\"' "
                "GROUP BY f.rowid ORDER BY sum(q.value) DESC LIMIT :pool"
            )
            sql = (
                f"WITH ranked AS MATERIALIZED (SELECT rowid AS pk, "
                f"bm25({FTS_TABLE}, {', '.join(f'{float(w):.3f}' for w in weights)}) AS score FROM {FTS_TABLE} "
                f"WHERE {FTS_TABLE} MATCH :q AND +rowid IN ({pooled}) ORDER BY score LIMIT :take) "
                f"SELECT {HIT_COLUMNS}{COUNTS_COLUMNS}, '' AS snippet, r.score AS score FROM ranked AS r "
                f"JOIN articles AS a ON a.pk = r.pk{COUNTS_JOIN} WHERE {filters_sql(filters)} "
                "ORDER BY r.score LIMIT :limit"
            )
            params = filter_params(filters, exclude, limit)
            params.update(
                q=expression,
                terms=json.dumps(dict(idfs)),
                pool=pool + len(exclude),
                take=limit + len(exclude) + SPARE,
            )
            found = [archive_text(r) for r in self._c.execute(excluding_statement(sql), params)]
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
            f"SELECT a.id, {snippet_sql(True)} AS snippet "
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
        filters: SearchFilters = NO_FILTERS,
        exclude: Sequence[str] = (),
        limit: int = 20,
    ) -> list[ArchiveHit]:
        """Newest articles with a headline word starting with ``prefix``: the cheap path for 1-2 characters.

        Unranked (newest rowid first, which FTS5 streams) and headline-only, so it stops after ``limit``
        rows instead of scoring every article that has a word starting with "t".
        """
        expression = "{headline} : " + '"' + prefix.replace('"', '""') + '"*'
        sql = (
            f"SELECT {HIT_COLUMNS}, {snippet_sql(True)} AS snippet "
            f"FROM {FTS_TABLE} JOIN articles AS a ON a.pk = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH :q AND {filters_sql(filters)} ORDER BY {FTS_TABLE}.rowid DESC LIMIT :limit"
        )
        params = filter_params(filters, exclude, limit)
        params["q"] = expression
        return [
            archive_hit(r, str(r.snippet or "")) for r in self._c.execute(excluding_statement(sql), params)
        ]

    def hits(self, ids: Sequence[str]) -> list[ArchiveHit]:
        """The given live articles, in the order of ``ids`` (unknown or deleted ids are left out)."""
        if not ids:
            return []
        sql = f"SELECT {HIT_COLUMNS} FROM articles AS a WHERE a.id IN :ids AND a.deleted_at IS NULL"
        statement = text(sql).bindparams(bindparam("ids", expanding=True))
        found = {h.id: h for h in (archive_hit(r) for r in self._c.execute(statement, {"ids": list(ids)}))}
        return [found[i] for i in ids if i in found]

    def text_of(self, article_id: str) -> ArchiveText | None:
        sql = f"SELECT {HIT_COLUMNS}{TEXT_COLUMNS} FROM articles AS a WHERE a.id = :aid"
        row = self._c.execute(text(sql), {"aid": article_id}).first()
        if row is None:
            return None
        return ArchiveText(archive_hit(row), str(row.standfirst or ""), str(row.body or ""), row.updated_at)

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
