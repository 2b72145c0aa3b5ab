"""What the user typed in the related-items picker as a safe FTS5 query (spelling variants OR-ed), and a
matched snippet as safe HTML."""

from __future__ import annotations

import html
import re

from editor_app.store.fts import query_terms, quoted_stem
from editor_app.store.search_sql import HIGHLIGHT_END, HIGHLIGHT_START

MAX_VARIANTS = 8
VARIANT_TERMS = 8


def highlight_html(snippet: str) -> str:
    """A raw FTS5 snippet as safe HTML: everything escaped, then the marker pairs turned into ``<b>``."""
    escaped = html.escape(snippet, quote=False)
    bolded = re.sub(
        f"{HIGHLIGHT_START}([^{HIGHLIGHT_START}{HIGHLIGHT_END}]*){HIGHLIGHT_END}", r"<b>\1</b>", escaped
    )
    return bolded.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


def term_variants(term: str) -> list[str]:
    """Spellings the index keeps apart but readers treat as one: Azerbaijani ə written as e (and the
    reverse), Armenian և written as եւ. The index folds the other diacritics itself (ş→s, ı→i, ё→е)."""
    term = term.lower()
    variants = [term]
    if "և" in term or "եւ" in term:
        variants += [term.replace("և", "եւ"), term.replace("եւ", "և")]
    for base in list(variants):
        slots = [i for i, ch in enumerate(base) if ch in "eə"]
        if not slots:
            continue
        if len(slots) > 3:
            variants += [base.replace("ə", "e"), base.replace("e", "ə")]
            continue
        for mask in range(1 << len(slots)):
            chars = list(base)
            for bit, at in enumerate(slots):
                chars[at] = "ə" if mask >> bit & 1 else "e"
            variants.append("".join(chars))
    return list(dict.fromkeys(variants))[:MAX_VARIANTS]


def typed_expression(text: str, *, prefix_last: bool) -> str | None:
    """A safe FTS5 expression for what the user typed: every word quoted (FTS syntax is just words), the
    last one a prefix while it is being typed, and spelling variants OR-ed (see :func:`term_variants`)."""
    words = query_terms(text)
    if not words:
        return None
    prefix = prefix_last and text.rstrip() == text
    groups = []
    for position, word in enumerate(words):
        star = "*" if prefix and position == len(words) - 1 else ""
        forms = term_variants(word) if position < VARIANT_TERMS else [word]
        quoted = [q + star for q in dict.fromkeys(quoted_stem(form) for form in forms) if q is not None]
        if quoted:
            groups.append(quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")")
    return " AND ".join(groups) or None
