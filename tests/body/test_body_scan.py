"""The Markdown line scanner behind the highlighter."""

from __future__ import annotations

import time

from editor_app.ui.body.markdown_scan import NORMAL, Kind, scan_line


def kinds(text: str, state: int = NORMAL) -> list[tuple[str, str]]:
    return [(span.kind.value, text[span.start : span.end]) for span in scan_line(text, state).spans]


def test_inline_syntax_is_found() -> None:
    found = kinds("## Head with **bold**, *it*, `co*de*`, [link](https://x.org) and ~~gone~~")
    assert ("heading", "## Head with **bold**, *it*, `co*de*`, [link](https://x.org) and ~~gone~~") in found
    assert ("strong", "**bold**") in found
    assert ("emphasis", "*it*") in found
    assert ("code", "`co*de*`") in found
    assert ("emphasis", "*de*") not in found  # nothing is emphasised inside code
    assert ("link_text", "[link]") in found
    assert ("link_url", "(https://x.org)") in found
    assert ("strike", "~~gone~~") in found


def test_block_syntax_is_found() -> None:
    assert kinds("> - quoted item") == [("quote", "> - quoted item"), ("list_marker", "-")]
    assert kinds("12. numbered") == [("list_marker", "12.")]
    assert kinds("---") == [("rule", "---")]


def test_fenced_code_is_carried_from_line_to_line() -> None:
    opened = scan_line("```python", NORMAL)
    assert opened.state != NORMAL and not opened.spell_check
    inside = scan_line("x = '**not bold**'", opened.state)
    assert [s.kind for s in inside.spans] == [Kind.CODE_BLOCK] and inside.state == opened.state
    assert scan_line("``", opened.state).state == opened.state  # too short to close
    assert scan_line("```", opened.state).state == NORMAL


def test_urls_and_code_are_kept_from_spelling() -> None:
    scan = scan_line("see https://exmple.org/pth and `varname` ok", NORMAL)
    assert not scan.spellable(4, 10)
    assert not scan.spellable(31, 38)
    assert scan.spellable(40, 42)


def test_long_lines_of_unmatched_markers_scan_in_linear_time() -> None:
    for unit in ("a *b ", "a **b ", "`a ", "[a ", "a _b ", "<a "):
        text = unit * (300_000 // len(unit))
        started = time.perf_counter()
        scan_line(text, NORMAL)
        assert time.perf_counter() - started < 3.0, unit
