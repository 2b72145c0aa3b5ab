"""The SQL text archive search is built from: columns, filters and their parameters, snippets and weights, and
rows turned into search records."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from sqlalchemy import TextClause, bindparam, text
from sqlalchemy.engine import Row

from editor_app.domain import Status
from editor_app.store import term_stats
from editor_app.store.fts import FTS_TABLE
from editor_app.store.search_records import ArchiveHit, ArchiveText, SearchFilters

HIGHLIGHT_START = "\ue000"
HIGHLIGHT_END = "\ue001"
"""Private-use characters that ``snippet()`` puts around matched words (replaced by markup after escaping)."""

SNIPPET_TOKENS = 14

HIT_COLUMNS = "a.id, a.headline, a.section, a.status, a.created_at"
TEXT_COLUMNS = ", a.standfirst, a.body, a.updated_at"


def filters_sql(filters: SearchFilters) -> str:
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


def filter_params(filters: SearchFilters, exclude: Sequence[str], limit: int) -> dict[str, object]:
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


def excluding_statement(sql: str) -> TextClause:
    return text(sql).bindparams(bindparam("exclude", expanding=True))


def archive_hit(row: Row[object], snippet: str = "", score: float = 0.0) -> ArchiveHit:
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


RANKED_FROM = (
    f"FROM {FTS_TABLE} JOIN articles AS a ON a.pk = {FTS_TABLE}.rowid "
    f"WHERE {FTS_TABLE} MATCH :q AND {FTS_TABLE}.rank MATCH :rank AND"
)


COUNTS_JOIN = f" LEFT JOIN {term_stats.VECTORS} AS t ON t.pk = a.pk"
COUNTS_COLUMNS = (
    ", CASE WHEN t.counts IS NULL THEN a.standfirst END AS standfirst, "
    "CASE WHEN t.counts IS NULL THEN a.body END AS body, a.updated_at, t.counts"
)


def archive_text(row: Row[object]) -> ArchiveText:
    """A row of :data:`COUNTS_COLUMNS` with the hit's columns, a snippet and a score."""
    return ArchiveText(
        archive_hit(row, str(row.snippet or ""), float(row.score)),
        str(row.standfirst or ""),
        str(row.body or ""),
        str(row.updated_at),
        row.counts,
    )


def or_expression(terms: Iterable[str]) -> str:
    """A safe FTS5 expression matching any of ``terms`` (index terms: each one quoted)."""
    return " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)


def snippet_sql(wanted: bool) -> str:
    if not wanted:
        return "''"
    return f"snippet({FTS_TABLE}, -1, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', {SNIPPET_TOKENS})"


def weights_sql(weights: Sequence[float]) -> str:
    return "bm25(" + ", ".join(f"{float(w):.3f}" for w in weights) + ")"
