"""render_markdown: the house dialect, sanitised, and robust on hostile or huge input."""

from __future__ import annotations

import time

import pytest

from editor_app.render import render_markdown
from editor_app.render.source import MAX_INDENT, MAX_QUOTE_DEPTH, prepare_source
from tests.render.render_helpers import parse, visible_text


def test_extensions_of_the_house_dialect() -> None:
    out = render_markdown(
        '# Title\n\nSome *em* and **strong** "quoted" -- text with HTML[^1].\n\n'
        "| a | b |\n|:--|--|\n| 1 | 2 |\n\n```python\nx = 1\n```\n\n"
        "Term\n: Definition\n\n*[HTML]: Hyper Text Markup Language\n\n[^1]: The note."
    )
    assert '<h1 id="title" dir="auto">Title</h1>' in out
    assert "<em>em</em>" in out and "<strong>strong</strong>" in out
    assert "\u201cquoted\u201d" in out and "\u2013" in out  # smarty
    assert '<abbr title="Hyper Text Markup Language">HTML</abbr>' in out
    assert '<sup id="fnref:1"><a class="footnote-ref" href="#fn:1"' in out
    assert '<div class="footnote">' in out and '<li id="fn:1" dir="auto">' in out
    assert "<table>" in out and '<th style="text-align:left" dir="auto">a</th>' in out
    assert '<code class="language-python">x = 1\n</code>' in out
    assert "<dl>" in out and '<dd dir="auto">Definition</dd>' in out


def test_sane_lists_keep_start_numbers_and_separate_list_types() -> None:
    out = render_markdown("3. three\n4. four\n\n- bullet")
    assert '<ol start="3">' in out and "<ul>" in out


def test_links_get_rel_and_only_safe_schemes() -> None:
    out = render_markdown(
        "[web](https://example.com) [mail](mailto:desk@example.com) [frag](#intro) "
        "[js](javascript:alert(1)) [file](file:///etc/passwd) [data](data:text/html,x) [rel](other.html)"
    )
    anchors = [attrs for tag, attrs in parse(out).tags if tag == "a"]
    hrefs = [attrs.get("href") for attrs in anchors]
    assert hrefs == ["https://example.com", "mailto:desk@example.com", "#intro", None, None, None, None]
    assert all(attrs.get("rel") == "noopener noreferrer" for attrs in anchors)
    assert visible_text(out) == "web mail frag js file data rel"


def test_images_only_from_local_references() -> None:
    out = render_markdown(
        "![a](photo:1234) ![b](media:abcd) ![c](pics/c.jpg) ![d](https://cdn.example.com/d.jpg) "
        "![e](data:image/png;base64,AAAA) ![f](//evil.example.com/f.png) ![g](/etc/g.png)"
    )
    sources = [attrs.get("src") for tag, attrs in parse(out).tags if tag == "img"]
    assert sources == ["photo:1234", "media:abcd", "pics/c.jpg", None, None, None, None]


@pytest.mark.parametrize(
    ("hostile", "forbidden"),
    [
        ("<script>alert(1)</script>", "alert(1)"),
        ('<img src="x.png" onerror="alert(1)">', "onerror"),
        ('<a href="javascript:alert(1)">x</a>', "javascript:"),
        ('<a href="&#106;avascript:alert(1)">x</a>', "avascript:"),
        ('<a href="java\tscript:alert(1)">x</a>', "script:"),
        ('<iframe src="https://evil.example.com"></iframe>', "iframe"),
        ("<style>body{display:none}</style>", "display"),
        ('<object data="x.swf"></object><embed src="x.swf">', "swf"),
        ('<form action="https://evil.example.com"><input name="q"></form>', "form"),
        ('<p style="background:url(https://evil.example.com)">x</p>', "evil"),
        ('<svg onload="alert(1)"><script>alert(2)</script></svg>', "alert"),
        ('<img src="data:image/svg+xml;base64,PHN2Zz4=">', "data:"),
        ("[x](javascript:alert(1))", "javascript"),
        ('<div onclick="alert(1)" onmouseover="alert(2)">x</div>', "alert"),
    ],
)
def test_hostile_markup_never_survives(hostile: str, forbidden: str) -> None:
    out = render_markdown(f"Before\n\n{hostile}\n\nInline {hostile} too\n\nAfter")
    assert forbidden not in out
    assert "<script" not in out and "Before" in out and "After" in out


def test_content_cannot_take_page_ids() -> None:
    out = render_markdown("Paragraph {#headline}\n\n## Body {#body}\n\nText {#b-123}")
    ids = parse(out).ids
    assert "headline" not in ids and "body" not in ids and "b-123" not in ids


def test_control_characters_are_removed() -> None:
    out = render_markdown("a\x00b\x07c\x1bd\ud800e\ufefff\r\ng\rh")
    assert visible_text(out) == "abcdef g h"
    assert "\x00" not in out and "\x07" not in out


def test_mixed_direction_blocks_get_dir_auto() -> None:
    out = render_markdown("# عنوان\n\nمرحبا world\n\n- שלום\n\n> citation")
    for tag in ("h1", "p", "li", "blockquote"):
        assert all(attrs.get("dir") == "auto" for t, attrs in parse(out).tags if t == tag)
    assert "مرحبا world" in out


def test_nesting_is_capped_and_never_crashes() -> None:
    quotes = render_markdown(">" * 500 + " deep quote")
    assert quotes.count("<blockquote") == MAX_QUOTE_DEPTH and "deep quote" in quotes
    lists = render_markdown("".join("    " * level + "- item\n" for level in range(500)))
    assert 0 < lists.count("<ul>") <= MAX_INDENT // 4 + 1
    mixed = render_markdown("".join("> " * level + "- " * level + "x\n" for level in range(500)))
    assert "x" in visible_text(mixed)


def test_recursion_error_falls_back_to_escaped_text() -> None:
    source = '<div markdown="1">\n\n' * 500 + "deep <b>text</b>\n\n" + "</div>\n\n" * 500
    out = render_markdown(source)
    assert "deep &lt;b&gt;text&lt;/b&gt;" in out
    assert "<div" not in out


def test_very_deep_raw_html_is_shown_as_text_quickly() -> None:
    started = time.perf_counter()
    out = render_markdown("<div>" * 20_000 + "x" + "</div>" * 20_000)
    assert time.perf_counter() - started < 20
    assert out.startswith('<p dir="auto">&lt;div&gt;')


def test_one_megabyte_paragraph_renders() -> None:
    words = ("the", "minister", "*said*", "on", "Tuesday", "that", "[talks](https://example.com)", "would")
    paragraph = " ".join(words[i % len(words)] + ("." if i % 17 == 0 else "") for i in range(140_000))
    assert len(paragraph) > 1_000_000
    out = render_markdown(paragraph)
    assert out.count("<em>said</em>") == paragraph.count("*said*")
    assert visible_text(out).endswith("would")


def test_hundred_thousand_word_document_renders() -> None:
    paragraph = " ".join(
        ["Officials in Baku said the **talks** went well and [more](https://example.com)."] * 10
    )
    document = "\n\n".join((f"## Part {n}\n\n" if n % 20 == 0 else "") + paragraph for n in range(1_000))
    assert len(document.split()) > 100_000
    out = render_markdown(document)
    assert out.count("<strong>talks</strong>") == 10_000
    assert out.count("<h2") == 50


def test_prepare_source_keeps_ordinary_text_unchanged() -> None:
    text = "# Title\n\n    code\n\n- a\n    - b\n\n> quote\n\n```\n" + " " * 100 + "deep code\n```\n"
    assert prepare_source(text) == text


def test_empty_and_blank_input() -> None:
    assert render_markdown("") == ""
    assert render_markdown(" \n\n\t\n") == ""
