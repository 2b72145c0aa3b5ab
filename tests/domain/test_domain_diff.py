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
