"""Word-level diffs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor_app.domain.diff import Piece, diff_html, diff_stats, word_diff


def test_changed_words_are_marked_and_the_rest_kept() -> None:
    pieces = word_diff("The council met on Tuesday.", "The city council met on Wednesday.")
    assert Piece("added", "city ") in pieces
    assert Piece("removed", "Tuesday.") in pieces
    assert Piece("added", "Wednesday.") in pieces
    assert diff_stats(pieces) == (2, 1)


def test_html_is_escaped() -> None:
    markup = diff_html(word_diff("a <b>", "a <script>x</script>"))
    assert "<script>" not in markup
    assert "&lt;script&gt;" in markup
    assert "<ins" in markup and "<del" in markup


@given(st.text(), st.text())
def test_old_and_new_can_be_rebuilt_from_the_pieces(old: str, new: str) -> None:
    pieces = word_diff(old, new)
    assert "".join(p.text for p in pieces if p.kind != "added") == old
    assert "".join(p.text for p in pieces if p.kind != "removed") == new


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_each_mark_sets_its_own_text_colour_readable_on_its_background() -> None:
    """A dark theme's light text on the marks' light backgrounds would vanish: the marks carry their colour."""
    import re

    marked = diff_html(word_diff("Six deckhands short.", "Four deckhands short."))
    styles = re.findall(r'<(ins|del) style="([^"]*)"', marked)
    assert {tag for tag, _ in styles} == {"ins", "del"}
    for tag, style in styles:
        background = re.search(r"background:(#[0-9a-f]{6})", style)
        colour = re.search(r"(?<!-)color:(#[0-9a-f]{6})", style)
        assert background and colour, (tag, style)
        light, dark = sorted((_luminance(background[1]), _luminance(colour[1])), reverse=True)
        assert (light + 0.05) / (dark + 0.05) >= 4.5, (tag, style)  # WCAG AA for text
