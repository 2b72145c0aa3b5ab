"""Short inline photo tokens: written with the shortest unambiguous id prefix, resolved before rendering."""

from __future__ import annotations

from editor_app.domain import Photo
from editor_app.domain.article import word_count
from editor_app.render import publish_body
from editor_app.render.photo_tokens import expand_tokens, resolve, short_ref, shorten, token_for

A = "3f2a9c10-0000-4000-8000-000000000001"
B = "3f2b1111-0000-4000-8000-000000000002"
C = "3f2a9d22-0000-4000-8000-000000000003"


def _photo(
    photo_id: str, caption: str = "Engineers test a siren", credit: str = "Carrick Bay Council"
) -> Photo:
    return Photo(id=photo_id, caption=caption, credit=credit, alt_text="Engineers test a siren")


def test_the_short_reference_is_the_shortest_unique_prefix() -> None:
    assert short_ref(A, [A]) == "3f2a"
    assert short_ref(A, [A, B]) == "3f2a"
    assert short_ref(A, [A, B, C]) == "3f2a9c"
    assert token_for(A, "Engineers [test] a siren", [A]) == "![Engineers (test) a siren](photo:3f2a)"


def test_a_reference_resolves_only_when_it_names_one_photo() -> None:
    assert resolve("3f2a", [A, B]) == A
    assert resolve("3F2A", [A, B]) == A
    assert resolve("3f2a", [A, C]) is None  # ambiguous
    assert resolve("3f2a9d", [A, C]) == C
    assert resolve(A, [A, C]) == A  # a full id always
    assert resolve("3f2", [A]) is None  # too short
    assert resolve("ffff", [A]) is None


def test_expansion_gives_a_token_alone_on_its_line_its_caption_and_credit() -> None:
    photos = [_photo(A), _photo(B, caption='The "old" siren', credit="AP")]
    body = "Lead.\n\n![Engineers test a siren](photo:3f2a)\n\nInline ![small](photo:3f2b) here.\n"
    expanded = expand_tokens(body, photos)
    assert f'![Engineers test a siren](photo:{A} "Engineers test a siren (Carrick Bay Council)")' in expanded
    assert f"Inline ![small](photo:{B}) here." in expanded  # inside a paragraph: no caption
    html = publish_body(expanded)
    assert "<figcaption" in html and "photo: Engineers test a siren (Carrick Bay Council)" in html
    assert expand_tokens(expanded, photos) == expanded  # idempotent


def test_unknown_and_ambiguous_tokens_stay_as_written_and_full_forms_are_kept() -> None:
    photos = [_photo(A), _photo(C)]
    body = "![x](photo:3f2a)\n\n![y](photo:beef)\n"
    assert expand_tokens(body, photos) == body
    full = f'![x](photo:{A} "Own caption (Me)")'
    assert expand_tokens(full, photos) == full


def test_shorten_rewrites_the_photo_panels_markdown() -> None:
    markdown = f'![Engineers test a siren](photo:{A} "Engineers test a siren (Carrick Bay Council)")'
    assert shorten(markdown, [A, B]) == "![Engineers test a siren](photo:3f2a)"


def test_an_inline_photo_adds_no_words() -> None:
    words = [f"word{i}" for i in range(232)]
    text = " ".join(words)
    token = "![Engineers test a siren in the harbour](photo:3f2a)"
    with_photo = f"{' '.join(words[:100])}\n\n{token}\n\n{' '.join(words[100:])}"
    assert word_count(text) == 232
    assert word_count(with_photo) == 232
    long_form = f'{text}\n\n![Alt words](photo:{A} "A long caption with many words (Credit)")'
    assert word_count(long_form) == 232
