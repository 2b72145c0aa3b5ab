"""Pure formatting toggles: each applied twice gives the text back."""

from __future__ import annotations

import pytest

from editor_app.ui.body import formatting as f


def selected(edit: f.Edited) -> str:
    return edit.text[edit.start : edit.end]


@pytest.mark.parametrize(("weight", "expected"), [(2, "say **hello** now"), (1, "say *hello* now")])
def test_emphasis_wraps_and_unwraps_the_selection(weight: int, expected: str) -> None:
    on = f.toggle_emphasis("say hello now", 4, 9, weight)
    assert on.text == expected and selected(on) == "hello"
    off = f.toggle_emphasis(on.text, on.start, on.end, weight)
    assert off.text == "say hello now" and selected(off) == "hello"


def test_bold_and_italic_combine() -> None:
    italic = f.toggle_emphasis("x word y", 2, 6, 1)
    both = f.toggle_emphasis(italic.text, italic.start, italic.end, 2)
    assert both.text == "x ***word*** y"
    assert f.toggle_emphasis(both.text, both.start, both.end, 1).text == "x **word** y"


def test_emphasis_without_selection_takes_the_word_or_inserts_markers() -> None:
    assert f.toggle_emphasis("one two", 5, 5, 2).text == "one **two**"
    empty = f.toggle_emphasis("one  two", 4, 4, 2)
    assert empty.text == "one **** two" and (empty.start, empty.end) == (6, 6)


def test_emphasis_on_several_lines_marks_each_line() -> None:
    edit = f.toggle_emphasis("first line\n\nsecond", 0, 18, 2)
    assert edit.text == "**first line**\n\n**second**"
    assert f.toggle_emphasis(edit.text, edit.start, edit.end, 2).text == "first line\n\nsecond"


def test_link_wraps_text_and_selects_the_address_and_unlinks() -> None:
    edit = f.toggle_link("read this now", 5, 9)
    assert edit.text == "read [this](https://) now" and selected(edit) == "https://"
    assert f.toggle_link(edit.text, 7, 7).text == "read this now"
    assert f.toggle_link("go https://a.b/c end", 3, 16).text == "go [](https://a.b/c) end"


def test_headings_set_change_and_clear() -> None:
    assert f.toggle_heading("Title", 0, 0, 2).text == "## Title"
    assert f.toggle_heading("# Title", 3, 3, 2).text == "## Title"
    assert f.toggle_heading("## Title", 3, 3, 2).text == "Title"
    assert f.toggle_heading("one\ntwo", 0, 7, 1).text == "# one\n# two"


def test_quote_and_bullets_toggle_on_several_lines() -> None:
    quoted = f.toggle_quote("a\n\nb", 0, 4)
    assert quoted.text == "> a\n>\n> b"
    assert f.toggle_quote(quoted.text, 0, len(quoted.text)).text == "a\n\nb"
    listed = f.toggle_bullets("a\nb\n3. c", 0, 8)
    assert listed.text == "- a\n- b\n- c"
    assert f.toggle_bullets(listed.text, 0, len(listed.text)).text == "a\nb\nc"
