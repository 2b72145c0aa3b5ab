"""The block splitter and the incremental block cache."""

from __future__ import annotations

import random

import pytest

from editor_app.render import FOOTNOTES_BLOCK_ID, BlockRenderer, RenderResult, render_markdown
from editor_app.render.splitter import split_blocks
from tests.render.render_helpers import FIXTURES, parse, read_article, visible_text


def snapshot(result: RenderResult) -> list[tuple[int, str]]:
    """What a render shows, independent of block identity."""
    return [(block.source_line, block.html) for block in result.blocks]


def fresh(text: str) -> RenderResult:
    return BlockRenderer().render(text)


# -- splitting ---------------------------------------------------------------------------------------------


def test_split_blocks_keeps_elements_whole() -> None:
    source = (
        "# Title\n\nPara one\nline two\n\n- a\n\n- b\n    cont\n\n    indented\n\nNext\n\n> q1\n\n> q2\n\n"
        "```\ncode\n\nmore\n```\n\n<div>\nx\n\ny\n</div>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "[^1]: note\n\n    more note\n\nEnd"
    )
    blocks = split_blocks(source)
    assert [block.text.split("\n")[0] for block in blocks] == [
        "# Title",
        "Para one",
        "- a",
        "Next",
        "> q1",
        "```",
        "<div>",
        "| a | b |",
        "[^1]: note",
        "End",
    ]
    assert [block.line for block in blocks] == [0, 2, 5, 12, 14, 18, 24, 30, 34, 38]
    assert blocks[5].text == "```\ncode\n\nmore\n```"


def test_unclosed_fence_does_not_swallow_following_blocks_differently() -> None:
    text = "```\nopen fence\n\nPara\n\n```\nclosed\n```\n\nTail"
    assert visible_text(fresh(text).html) == visible_text(render_markdown(text))


# -- identity, cache and diff ------------------------------------------------------------------------------

ARTICLE = "\n\n".join(
    [
        "# Heading",
        "First paragraph with *emphasis* and a [link](https://example.com).",
        "Second paragraph.",
        "- one\n- two",
        "> A quote.",
        "Last paragraph.",
    ]
)


def test_first_render_inserts_everything() -> None:
    result = fresh(ARTICLE)
    assert result.inserted == result.order and not result.removed and not result.changed
    assert result.rendered == 6
    assert len(set(result.order)) == 6
    assert all(block_id.startswith("b-") for block_id in result.order)
    assert [block.source_line for block in result.blocks] == [0, 2, 4, 6, 9, 11]
    assert result.html.startswith('<div class="blk" id="b-')


def test_typing_in_a_paragraph_rerenders_only_that_block_and_keeps_every_id() -> None:
    renderer = BlockRenderer()
    first = renderer.render(ARTICLE)
    second = renderer.render(ARTICLE.replace("Second paragraph.", "Second paragraph!"))
    assert second.rendered == 1
    assert second.order == first.order
    assert second.changed == (first.order[2],) and not second.inserted and not second.removed
    assert "Second paragraph!" in second.blocks[2].html


def test_inserting_lines_moves_lines_but_keeps_ids_and_html() -> None:
    renderer = BlockRenderer()
    first = renderer.render(ARTICLE)
    second = renderer.render("New opening.\n\n" + ARTICLE)
    assert second.rendered == 1
    assert second.order[1:] == first.order and len(second.inserted) == 1
    assert not second.changed and set(second.relined) == set(first.order)
    assert [block.source_line for block in second.blocks[1:]] == [2, 4, 6, 8, 11, 13]


def test_deleting_a_block_reports_it_removed() -> None:
    renderer = BlockRenderer()
    first = renderer.render(ARTICLE)
    second = renderer.render(ARTICLE.replace("Second paragraph.\n\n", ""))
    assert second.removed == (first.order[2],) and second.rendered == 0
    assert not second.inserted and not second.changed


def test_identical_blocks_get_distinct_stable_ids() -> None:
    text = "Same.\n\nSame.\n\nOther."
    renderer = BlockRenderer()
    first = renderer.render(text)
    assert len(set(first.order)) == 3
    second = renderer.render(text + "\n\nSame.")
    assert second.order[:3] == first.order and len(set(second.order)) == 4


def test_reference_definition_change_rerenders_every_block() -> None:
    text = ARTICLE + "\n\nSee [the report][r].\n\n[r]: https://example.com/a"
    renderer = BlockRenderer()
    renderer.render(text)
    result = renderer.render(text.replace("/a", "/b"))
    assert result.rendered == len(result.blocks)
    assert 'href="https://example.com/b"' in result.html
    assert snapshot(result) == snapshot(fresh(text.replace("/a", "/b")))


def test_definitions_in_other_blocks_are_used() -> None:
    text = (
        "The [report][r] on HTML[^n] is out.\n\nAnother HTML mention[^n].\n\n"
        '[r]: https://example.com/r "Report"\n\n*[HTML]: Hyper Text Markup Language\n\n[^n]: A footnote.'
    )
    result = fresh(text)
    html = result.html
    assert '<a href="https://example.com/r" title="Report"' in html
    assert html.count('<abbr title="Hyper Text Markup Language">HTML</abbr>') == 2
    assert 'id="fnref:n"' in html and 'id="fnref2:n"' in html
    assert result.order[-1] == FOOTNOTES_BLOCK_ID
    assert html.count('<div class="footnote">') == 1
    assert html.index('<div class="footnote">') > html.index("Another")
    assert 'href="#fnref2:n"' in result.blocks[-1].html
    # the same markup as one whole-document render
    assert sorted(i for i in parse(html).ids if not i.startswith("b-")) == sorted(
        parse(render_markdown(text)).ids
    )
    assert visible_text(html) == visible_text(render_markdown(text))


def test_footnote_numbering_follows_definition_order_across_blocks() -> None:
    text = "A[^b] and B[^a].\n\n[^a]: first defined\n\n[^b]: second defined"
    result = fresh(text)
    assert '<a class="footnote-ref" href="#fn:b" rel="noopener noreferrer">2</a>' in result.html
    assert '<a class="footnote-ref" href="#fn:a" rel="noopener noreferrer">1</a>' in result.html
    section = result.blocks[-1].html
    assert section.index('id="fn:a"') < section.index('id="fn:b"')


def test_removing_the_last_footnote_removes_the_section() -> None:
    renderer = BlockRenderer()
    renderer.render("Text[^1].\n\n[^1]: Note.")
    result = renderer.render("Text[^1].")
    assert FOOTNOTES_BLOCK_ID in result.removed and "footnote" not in result.html


def test_heading_ids_are_unique_across_blocks_like_a_full_render() -> None:
    text = "# Intro\n\ntext\n\n# Intro\n\n## Intro\n\n# Other\n\n# Intro"
    ids = parse(fresh(text).html).ids
    heading_ids = [i for i in ids if not i.startswith("b-")]
    assert heading_ids == ["intro", "intro_1", "intro_2", "other", "intro_3"]
    assert heading_ids == parse(render_markdown(text)).ids


def test_editing_a_heading_renumbers_later_duplicates() -> None:
    renderer = BlockRenderer()
    renderer.render("# Intro\n\ntext\n\n# Intro")
    result = renderer.render("# Intro\n\ntext\n\n# Intro\n\n# Intro")
    assert [i for i in parse(result.html).ids if not i.startswith("b-")] == ["intro", "intro_1", "intro_2"]


def test_a_setext_heading_keeps_its_unique_id_while_other_blocks_are_edited() -> None:
    renderer = BlockRenderer()  # what each block may hold is remembered from one render to the next
    text = "# Intro\n\nfirst\n\nIntro\n=====\n\nlast"
    for edit in (text, text.replace("first", "first!"), text.replace("last", "last!")):
        result = renderer.render(edit)
        heading_ids = [i for i in parse(result.html).ids if not i.startswith("b-")]
        assert heading_ids == ["intro", "intro_1"] == parse(render_markdown(edit)).ids


def test_toc_marker_renders_the_document_as_one_block_with_all_headings() -> None:
    text = "[TOC]\n\n# One\n\ntext\n\n## Two"
    result = fresh(text)
    assert len(result.blocks) == 1
    assert '<div class="toc">' in result.html and 'href="#two"' in result.html


def test_empty_text_renders_no_blocks() -> None:
    renderer = BlockRenderer()
    renderer.render("Something")
    result = renderer.render("  \n\n")
    assert result.blocks == () and len(result.removed) == 1


def test_hostile_block_is_sanitised() -> None:
    result = fresh('Text\n\n<script>alert(1)</script>\n\n<img src="x" onerror="alert(1)">')
    assert "<script" not in result.html and "onerror" not in result.html


def test_deep_nesting_in_a_block_does_not_crash() -> None:
    text = "Before\n\n" + '<div markdown="1">\n\n' * 500 + "x\n\n" + "</div>\n\n" * 500 + "\n\nAfter"
    result = fresh(text)
    assert "Before" in result.html and "&lt;div markdown" in result.html


# -- incremental equals full: seed article and BBC fixtures ------------------------------------------------


def _edits(text: str, rng: random.Random) -> list[str]:
    """A realistic editing session on ``text``: typing, splitting, deleting, adding definitions."""
    versions = []
    paragraphs = text.split("\n\n")
    target = rng.randrange(len(paragraphs))
    for char in "and then":
        paragraphs[target] = paragraphs[target] + char
        versions.append("\n\n".join(paragraphs))
    words = paragraphs[target].split(" ")
    middle = len(words) // 2
    paragraphs[target : target + 1] = [" ".join(words[:middle]), " ".join(words[middle:])]
    versions.append("\n\n".join(paragraphs))
    paragraphs.insert(
        rng.randrange(len(paragraphs)), "## A new heading\n\nWith a [reference][ref] and a note[^1]."
    )
    versions.append("\n\n".join(paragraphs))
    paragraphs.append("[ref]: https://example.com/ref\n\n[^1]: The note, citing [the ref][ref].")
    versions.append("\n\n".join(paragraphs))
    paragraphs.insert(
        rng.randrange(len(paragraphs)), "Second citation[^1].\n\n*[BBC]: British Broadcasting Corporation"
    )
    versions.append("\n\n".join(paragraphs))
    del paragraphs[rng.randrange(len(paragraphs))]
    versions.append("\n\n".join(paragraphs))
    paragraphs[-1] = paragraphs[-1].replace("example.com/ref", "example.org/ref")
    versions.append("\n\n".join(paragraphs))
    paragraphs.insert(1, "```\ncode\n\nwith a blank line\n```")
    versions.append("\n\n".join(paragraphs))
    return versions


def _assert_incremental_matches_full(text: str, seed: int) -> None:
    renderer = BlockRenderer()
    renderer.render(text)
    for version in _edits(text, random.Random(seed)):
        incremental = renderer.render(version)
        assert snapshot(incremental) == snapshot(fresh(version))
        assert len(set(incremental.order)) == len(incremental.order)


def test_incremental_equals_full_on_the_seed_article() -> None:
    path = FIXTURES / "seed-article-commonspace.txt"
    if not path.is_file():
        pytest.skip(f"shared fixtures not found at {FIXTURES}")
    _assert_incremental_matches_full(read_article(path), seed=1)


def test_incremental_equals_full_on_every_50th_bbc_article() -> None:
    folder = FIXTURES / "bbc-news"
    if not folder.is_dir():
        pytest.skip(f"BBC fixtures not found at {folder}")
    articles = sorted(folder.glob("*/*.txt"))[::50]
    assert len(articles) >= 40
    for number, path in enumerate(articles):
        headline, _, body = read_article(path).partition("\n")
        _assert_incremental_matches_full(f"# {headline}\n\n{body.strip()}", seed=number)


def test_block_path_shows_the_same_text_as_a_full_render_on_bbc_articles() -> None:
    folder = FIXTURES / "bbc-news"
    if not folder.is_dir():
        pytest.skip(f"BBC fixtures not found at {folder}")
    for path in sorted(folder.glob("*/*.txt"))[::50]:
        text = read_article(path)
        assert visible_text(fresh(text).html) == visible_text(render_markdown(text)), path
