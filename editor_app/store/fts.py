"""The full-text index over articles and safe FTS5 queries built from what users type.

The index is an external-content FTS5 table kept in step by triggers. SQLite's ``unicode61`` tokenizer with
``remove_diacritics 2`` folds Latin accents (ş→s, ü→u) but neither the Turkic dotless ı nor Cyrillic ё, so
triggers index ``replace(text, 'ı', 'i')`` (and ё→е) and queries are folded the same way: "Bakı" and "Baki"
find each other, as do "ёлка" and "елка".
"""

from __future__ import annotations

import re
import unicodedata

FTS_TABLE = "articles_fts"
FTS_COLUMNS = ("headline", "standfirst", "body", "tags")
TOKENIZE = "unicode61 remove_diacritics 2"

_FOLDS = {"ı": "i", "İ": "i", "ё": "е", "Ё": "Е"}


def _fold_sql(expr: str) -> str:
    for src, dst in _FOLDS.items():
        expr = f"replace({expr}, '{src}', '{dst}')"
    return expr


def _values(prefix: str) -> str:
    return ", ".join(_fold_sql(f"{prefix}.{col}") for col in FTS_COLUMNS)


_COLS = ", ".join(FTS_COLUMNS)

TRIGGER_STATEMENTS: tuple[str, ...] = (
    f"""CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO {FTS_TABLE}(rowid, {_COLS}) VALUES (new.pk, {_values("new")});
    END""",
    f"""CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLS}) VALUES ('delete', old.pk, {_values("old")});
    END""",
    f"""CREATE TRIGGER articles_fts_update AFTER UPDATE OF {_COLS} ON articles BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLS}) VALUES ('delete', old.pk, {_values("old")});
        INSERT INTO {FTS_TABLE}(rowid, {_COLS}) VALUES (new.pk, {_values("new")});
    END""",
)
"""The triggers that keep the index in step. A batch migration that recreates ``articles`` drops them with the
old table: such a migration must run these again (and ``REBUILD_STATEMENTS``)."""

CREATE_STATEMENTS: tuple[str, ...] = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({_COLS}, content='articles', content_rowid='pk', "
    f"tokenize='{TOKENIZE}')",
    *TRIGGER_STATEMENTS,
)

DROP_STATEMENTS: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS articles_fts_update",
    "DROP TRIGGER IF EXISTS articles_fts_delete",
    "DROP TRIGGER IF EXISTS articles_fts_insert",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)

REBUILD_STATEMENTS: tuple[str, ...] = (
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('delete-all')",
    f"INSERT INTO {FTS_TABLE}(rowid, {_COLS}) SELECT pk, {_values('articles')} FROM articles",
)
"""Re-index everything with the same folding as the triggers (FTS5's own 'rebuild' would skip the folding)."""

_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """The folding the index applies, for query terms."""
    for src, dst in _FOLDS.items():
        text = text.replace(src, dst)
    return text


def query_terms(text: str, limit: int = 64) -> list[str]:
    """Words of a user's query, FTS syntax and punctuation removed (quotes, AND/OR/NOT/NEAR are just words)."""
    text = unicodedata.normalize("NFC", text)
    return [fold(m.group(0)) for m in _WORD.finditer(text)][:limit]


def match_expression(text: str, *, prefix_last: bool = True, any_term: bool = False) -> str | None:
    """A safe FTS5 MATCH expression for what the user typed, or None when there is nothing to search.

    Every term is a quoted string, so no input can raise an FTS5 syntax error. The last term matches as a prefix
    while the user is still typing it.
    """
    terms = query_terms(text)
    if not terms:
        return None
    quoted = ['"' + term.replace('"', '""') + '"' for term in terms]
    if prefix_last and text.rstrip() == text and len(terms[-1]) >= 1:
        quoted[-1] += "*"
    return (" OR " if any_term else " ").join(quoted)
