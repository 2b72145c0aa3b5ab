"""Article languages: the tags the newsroom writes in, and old or loose tags read as one of them."""

from __future__ import annotations

ARTICLE_LANGUAGES: tuple[str, ...] = ("en-GB", "en-US", "ru", "az")
"""BCP 47 tags offered for an article (spelling dictionary, hyphenation, ``lang`` of the page)."""
DEFAULT_ARTICLE_LANGUAGE = "en-GB"
UNSET = frozenset({"", "en"})
"""What articles carried before a language could be chosen ("en" was the stored default): read as the profile's
default language."""


def normalise_language(code: str, default: str = DEFAULT_ARTICLE_LANGUAGE) -> str:
    """The article language for ``code``: ``"en"`` or nothing -> ``default``; ``"en_gb"`` -> ``"en-GB"``;
    ``"ru-RU"`` -> ``"ru"``, ``"az-Latn-AZ"`` -> ``"az"``; another well-formed tag is kept in BCP 47 case."""
    value = code.strip().replace("_", "-")
    if value.lower() in UNSET:
        return (
            normalise_language(default) if default.strip().lower() not in UNSET else DEFAULT_ARTICLE_LANGUAGE
        )
    parts = [p for p in value.split("-") if p]
    if not parts or not all(p.isascii() and p.isalnum() and len(p) <= 8 for p in parts):
        return normalise_language(default) if value != default else DEFAULT_ARTICLE_LANGUAGE
    language = parts[0].lower()
    if language in ("ru", "az"):
        return language
    if language == "en":
        region = next((p.upper() for p in parts[1:] if len(p) == 2), "")
        return "en-US" if region == "US" else "en-GB" if region in ("", "GB", "UK") else f"en-{region}"
    rest = [p.upper() if len(p) == 2 else p.title() if len(p) == 4 else p.lower() for p in parts[1:]]
    return "-".join([language, *rest])
