"""Article language tags: old and loose values read as one of the newsroom's languages."""

from __future__ import annotations

import pytest

from editor_app.domain.language import normalise_language


@pytest.mark.parametrize(
    ("code", "default", "expected"),
    [
        ("en", "en-GB", "en-GB"),
        ("en", "ru", "ru"),
        ("", "az", "az"),
        ("en", "en", "en-GB"),
        ("en_gb", "ru", "en-GB"),
        ("EN-us", "ru", "en-US"),
        ("en-UK", "ru", "en-GB"),
        ("ru_RU", "en-GB", "ru"),
        ("az-Latn-AZ", "en-GB", "az"),
        ("de", "en-GB", "de"),
        ("fr-ca", "en-GB", "fr-CA"),
        ("not a tag", "ru", "ru"),
    ],
)
def test_normalise_language(code: str, default: str, expected: str) -> None:
    assert normalise_language(code, default) == expected
