from __future__ import annotations

from editor_app.ui.body.utf16 import Utf16Map, utf16_length


def test_ascii_and_bmp_text_map_to_themselves() -> None:
    mapping = Utf16Map("héllo мир")
    assert mapping.is_identity
    assert mapping.to_utf16(7) == 7
    assert mapping.from_utf16(7) == 7


def test_astral_characters_count_two_units() -> None:
    text = "😀 helo 𝄞x wrld"
    mapping = Utf16Map(text)
    assert utf16_length(text) == len(text.encode("utf-16-le")) // 2
    for index in range(len(text) + 1):
        units = len(text[:index].encode("utf-16-le")) // 2
        assert mapping.to_utf16(index) == units
        assert mapping.from_utf16(units) == index
    assert mapping.span_to_utf16(2, 6) == (3, 4)  # "helo"
    assert mapping.from_utf16(1) == 0  # inside the surrogate pair of the emoji
