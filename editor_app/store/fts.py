"""The full-text index over articles and safe FTS5 queries built from what users type.

The index is an external-content FTS5 table kept in step by triggers. It holds word stems, so "floods" finds
"flood" and "наводнения" finds "наводнение": the triggers index ``fts_index_text(column)``, a Python function
(registered on every connection by ``store.engine``) that replaces each word of the text by its Snowball stem and
keeps everything between words as it is. Each word stays one token, so the index positions line up with the
article's own text and ``snippet()`` highlights the words as written.

Which stemmer: by the word's script, not by the article's ``language``. A query has no language, and the same
word must stem the same way in the index and in the query; so Cyrillic words get the Russian stemmer, Latin
words the English one (Azerbaijani, the newsroom's third language, has no Snowball stemmer: English only strips
English endings from it, and does so alike in the index and the query), other scripts are not stemmed.

Folding: SQLite's ``unicode61`` tokenizer with ``remove_diacritics 2`` folds Latin accents (ş→s, ü→u) but
neither the Turkic dotless ı nor Cyrillic ё, so both are folded here first (ı→i, ё→е), and Latin words lose
their accents before stemming (the stemmer then sees "Baku" in "Bakü"): "Bakı" and "Baki" find each other, as
do "ёлка" and "елка".
"""

from __future__ import annotations

import re
import threading
import unicodedata
from typing import Any

FTS_TABLE = "articles_fts"
FTS_COLUMNS = ("headline", "standfirst", "body", "tags")
TOKENIZE = "unicode61 remove_diacritics 2"

_FOLDS = {"ı": "i", "İ": "i", "ё": "е", "Ё": "Е"}


INDEX_FUNCTION = "fts_index_text"
"""The SQL name of :func:`index_text`, which the triggers call."""


def _fold_sql(expr: str) -> str:
    for src, dst in _FOLDS.items():
        expr = f"replace({expr}, '{src}', '{dst}')"
    return expr


def _stem_sql(expr: str) -> str:
    return f"{INDEX_FUNCTION}({expr})"


_COLS = ", ".join(FTS_COLUMNS)


def _trigger_statements(value: Any, *, changed_only: bool = False) -> tuple[str, ...]:
    def values(prefix: str) -> str:
        return ", ".join(value(f"{prefix}.{col}") for col in FTS_COLUMNS)

    # A save writes every column; without the WHEN clause a status change or a note re-indexes the whole text.
    when = " WHEN " + " OR ".join(f"old.{c} IS NOT new.{c}" for c in FTS_COLUMNS) if changed_only else ""

    return (
        f"""CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO {FTS_TABLE}(rowid, {_COLS}) VALUES (new.pk, {values("new")});
    END""",
        f"""CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLS}) VALUES ('delete', old.pk, {values("old")});
    END""",
        f"""CREATE TRIGGER articles_fts_update AFTER UPDATE OF {_COLS} ON articles{when} BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLS}) VALUES ('delete', old.pk, {values("old")});
        INSERT INTO {FTS_TABLE}(rowid, {_COLS}) VALUES (new.pk, {values("new")});
    END""",
    )


def _rebuild_statements(value: Any) -> tuple[str, ...]:
    return (
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('delete-all')",
        f"INSERT INTO {FTS_TABLE}(rowid, {_COLS}) SELECT pk, "
        + ", ".join(value(f"articles.{col}") for col in FTS_COLUMNS)
        + " FROM articles",
    )


TRIGGER_STATEMENTS: tuple[str, ...] = _trigger_statements(_stem_sql, changed_only=True)
"""The triggers that keep the index in step (an update re-indexes only when an indexed column changed). A batch
migration that recreates ``articles`` drops them with the old table: such a migration must run these again (and
``REBUILD_STATEMENTS``)."""

EVERY_UPDATE_TRIGGER_STATEMENTS: tuple[str, ...] = _trigger_statements(_stem_sql)
"""The stemmed index's triggers of schemas 0009-0011, re-indexing on every update: frozen for those migrations."""

_CREATE_TABLE = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({_COLS}, content='articles', content_rowid='pk', "
    f"tokenize='{TOKENIZE}')"
)

CREATE_STATEMENTS: tuple[str, ...] = (_CREATE_TABLE, *TRIGGER_STATEMENTS)

DROP_TRIGGER_STATEMENTS: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS articles_fts_update",
    "DROP TRIGGER IF EXISTS articles_fts_delete",
    "DROP TRIGGER IF EXISTS articles_fts_insert",
)

DROP_STATEMENTS: tuple[str, ...] = (*DROP_TRIGGER_STATEMENTS, f"DROP TABLE IF EXISTS {FTS_TABLE}")

REBUILD_STATEMENTS: tuple[str, ...] = _rebuild_statements(_stem_sql)
"""Re-index everything as the triggers do (FTS5's own 'rebuild' would index the text without stemming)."""

# The index of schemas 0001-0008: folded words, no stems. Frozen here for those migrations (and 0009's downgrade).
UNSTEMMED_TRIGGER_STATEMENTS: tuple[str, ...] = _trigger_statements(_fold_sql)
UNSTEMMED_CREATE_STATEMENTS: tuple[str, ...] = (_CREATE_TABLE, *UNSTEMMED_TRIGGER_STATEMENTS)
UNSTEMMED_REBUILD_STATEMENTS: tuple[str, ...] = _rebuild_statements(_fold_sql)

_WORD = re.compile(r"\w+", re.UNICODE)
_INDEX_WORD = re.compile(r"([^\W_]+)")
"""A run of letters and digits: always inside one ``unicode61`` token, so replacing it keeps the token count."""
_CYRILLIC = re.compile("[\u0400-\u052f]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_STEM_CACHE: dict[str, str] = {}
_STEM_CACHE_LIMIT = 200_000
_local = threading.local()


def _stemmer(language: str) -> Any:
    """One Snowball stemmer per language and thread (PyStemmer's stemmers are not thread-safe)."""
    stemmers: dict[str, Any] | None = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if language not in stemmers:
        import Stemmer  # PyStemmer: loaded on first use, after the window has painted

        stemmers[language] = Stemmer.Stemmer(language)
    return stemmers[language]


def fold(text: str) -> str:
    """The folding the index applies before stemming, for query terms."""
    for src, dst in _FOLDS.items():
        text = text.replace(src, dst)
    return text


def _without_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def stem(word: str) -> str:
    """The index term of one word (letters and digits): folded, lower case, stemmed for its script."""
    cached = _STEM_CACHE.get(word)
    if cached is not None:
        return cached
    lower = fold(word).lower()
    if lower.isascii():
        result = _stemmer("english").stemWord(lower) if lower.isalpha() else lower
    elif _CYRILLIC.search(lower):
        result = _stemmer("russian").stemWord(lower)
    elif _LATIN.search(lower):
        result = _stemmer("english").stemWord(_without_accents(lower))
    else:
        result = lower
    result = result or lower
    if len(_STEM_CACHE) >= _STEM_CACHE_LIMIT:
        _STEM_CACHE.clear()
    _STEM_CACHE[word] = result
    return result


_CHUNK = re.compile(r"([.!?;:\n]\s*)")
"""Where a text is cut into chunks (at sentence punctuation and line breaks): never inside a word, so a text
stems chunk by chunk exactly as it stems whole, and an edit re-stems only the chunk it touched."""
_CHUNKS: dict[str, tuple[str, tuple[str, ...]]] = {}
_CHUNK_LIMIT = 50_000


def _stemmed_chunk(chunk: str) -> tuple[str, tuple[str, ...]]:
    """``chunk`` with every word replaced by its stem, and those stems in order (memoised)."""
    found = _CHUNKS.get(chunk)
    if found is None:
        parts = _INDEX_WORD.split(chunk)
        stems = tuple(stem(word) for word in parts[1::2])
        parts[1::2] = stems
        found = ("".join(parts), stems)
        if len(_CHUNKS) >= _CHUNK_LIMIT:
            _CHUNKS.clear()
        _CHUNKS[chunk] = found
    return found


_TEXTS: dict[str, tuple[str, list[tuple[str, ...]]]] = {}
_TEXT_LIMIT = 64
"""Whole texts analysed last: a save hands each field to the index trigger (old and new value), to the term
statistics and to the stored term counts, and the old value is the previous save's new one; so each text is
cut and stemmed once, not five times."""


def _analysed(text: str) -> tuple[str, list[tuple[str, ...]]]:
    """``text`` as indexed and its terms chunk by chunk (memoised for the last few texts)."""
    found = _TEXTS.get(text)
    if found is None:
        chunks = [_stemmed_chunk(chunk) for chunk in _CHUNK.split(text)]
        found = ("".join([c[0] for c in chunks]), [c[1] for c in chunks])
        if len(_TEXTS) >= _TEXT_LIMIT:
            _TEXTS.clear()
        _TEXTS[text] = found
    return found


def index_text(text: str | None) -> str | None:
    """``text`` as the index stores it: every word replaced by its stem, everything else unchanged."""
    if not text:
        return text
    return _analysed(text)[0]


def chunk_terms(text: str) -> list[tuple[str, ...]]:
    """The index terms of ``text``, chunk by chunk (see ``_CHUNK``); memoised, so cheap for text just indexed."""
    return _analysed(text)[1]


def index_terms(text: str) -> list[str]:
    """The words of ``text`` as index terms (stems), in order."""
    terms: list[str] = []
    for chunk in _CHUNK.split(unicodedata.normalize("NFC", text)):
        terms.extend(_stemmed_chunk(chunk)[1])
    return terms


def query_terms(text: str, limit: int = 64) -> list[str]:
    """Words of a user's query, FTS syntax and punctuation removed (quotes, AND/OR/NOT/NEAR are just words).

    The words are folded but not stemmed: see :func:`stem` for the index's form of each.
    """
    text = unicodedata.normalize("NFC", text)
    return [fold(m.group(0)) for m in _WORD.finditer(text)][:limit]


def quoted_stem(word: str) -> str | None:
    """One typed word as a quoted FTS5 string of its stem (a phrase of stems for ``a_b``); None without letters."""
    stems = [stem(part) for part in _INDEX_WORD.findall(word)]
    if not stems:
        return None
    return '"' + " ".join(stems).replace('"', '""') + '"'


def match_expression(text: str, *, prefix_last: bool = True, any_term: bool = False) -> str | None:
    """A safe FTS5 MATCH expression for what the user typed, or None when there is nothing to search.

    Every term is a quoted stem, so no input can raise an FTS5 syntax error and "floods" finds "flood". The
    last term matches as a prefix while the user is still typing it ("floo" finds "flood").
    """
    quoted = [q for q in (quoted_stem(word) for word in query_terms(text)) if q is not None]
    if not quoted:
        return None
    if prefix_last and text.rstrip() == text:
        quoted[-1] += "*"
    return (" OR " if any_term else " ").join(quoted)
