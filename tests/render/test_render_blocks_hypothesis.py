"""Property tests: random Markdown documents and random edit sequences through the block cache."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.render import BlockRenderer, render_markdown
from tests.render.render_helpers import visible_text

_WORDS = st.sampled_from(
    [
        "news",
        "Baku",
        "minister",
        "said",
        "*talks*",
        "**vote**",
        "`code`",
        "[link](https://example.com)",
        "H2O",
        "HTML",
        "BBC",
        '"quoted"',
        "it's",
        "--",
        "مرحبا",
        "שלום",
        "x_y",
        "a*b",
        "1.",
        "#tag",
        "<b>bold</b>",
    ]
)
_CROSS_WORDS = st.sampled_from(
    ["[see][r1]", "[other][r2]", "[r1]", "note[^1]", "more[^2]", "[^3]", "HTML", "BBC"]
)
_LINE = st.lists(_WORDS, min_size=1, max_size=8).map(" ".join)


def _plain_blocks() -> st.SearchStrategy[str]:
    """Top-level blocks without cross-block features."""
    return st.one_of(
        st.lists(_LINE, min_size=1, max_size=3).map("\n".join),
        st.builds(lambda level, line: "#" * level + " " + line, st.integers(1, 3), _LINE),
        st.builds(lambda line: f"{line}\n{'=' * 5}", _LINE),
        st.lists(_LINE, min_size=1, max_size=4).map(lambda items: "\n".join(f"- {item}" for item in items)),
        st.lists(_LINE, min_size=1, max_size=3).map(
            lambda items: "\n".join(f"{n}. {i}" for n, i in enumerate(items, 1))
        ),
        st.lists(_LINE, min_size=2, max_size=3).map(lambda items: f"- {items[0]}\n\n    {items[1]}"),
        st.lists(_LINE, min_size=1, max_size=3).map(lambda items: "\n".join(f"> {item}" for item in items)),
        st.lists(_LINE, min_size=1, max_size=3).map(lambda items: "```\n" + "\n\n".join(items) + "\n```"),
        st.lists(_LINE, min_size=1, max_size=2).map(lambda items: "\n".join(f"    {item}" for item in items)),
        st.lists(_LINE, min_size=2, max_size=2).map(lambda c: f"| a | b |\n|---|---|\n| {c[0]} | {c[1]} |"),
        st.lists(_LINE, min_size=1, max_size=2).map(
            lambda items: "<div>\n" + "\n\n".join(items) + "\n</div>"
        ),
        st.just("---"),
    )


def _cross_blocks() -> st.SearchStrategy[str]:
    """Blocks that define or use reference links, footnotes and abbreviations."""
    return st.one_of(
        st.lists(st.one_of(_WORDS, _CROSS_WORDS), min_size=1, max_size=8).map(" ".join),
        st.sampled_from(
            [
                "[r1]: https://example.com/one",
                '[r1]: https://example.com/uno "Uno"',
                "[r2]: https://example.org/2",
                "[^1]: First note.",
                "[^1]: First note, revised.",
                "[^2]: Second note\n\n    with a second paragraph.",
                "[^3]: Third note citing [see][r1].",
                "*[HTML]: Hyper Text Markup Language",
                "*[BBC]: British Broadcasting",
                "Para with a definition inside\n[r2]: https://example.net/inside",
                "# Intro",
                "## Intro",
            ]
        ),
    )


_DOCUMENT = st.lists(st.one_of(_plain_blocks(), _cross_blocks()), max_size=12).map("\n\n".join)
_PLAIN_DOCUMENT = st.lists(_plain_blocks(), min_size=1, max_size=12).map("\n\n".join)
_EDIT_LINE = st.one_of(
    _LINE, _cross_blocks(), st.sampled_from(["", "```", "> quote", "- item", "    indented", "<div>"])
)


@st.composite
def _edit_sessions(draw: st.DrawFn) -> tuple[str, list[str]]:
    lines = draw(_DOCUMENT).split("\n")
    start = "\n".join(lines)
    versions = []
    for _ in range(draw(st.integers(1, 8))):
        action = draw(st.sampled_from(["insert", "delete", "replace", "type"]))
        index = draw(st.integers(0, max(0, len(lines) - (0 if action == "insert" else 1))))
        if action == "insert":
            lines.insert(index, draw(_EDIT_LINE))
        elif lines and action == "delete":
            del lines[index]
        elif lines and action == "replace":
            lines[index] = draw(_EDIT_LINE)
        elif lines:
            position = draw(st.integers(0, len(lines[index])))
            lines[index] = (
                lines[index][:position]
                + draw(st.sampled_from(list("a *[]^#>-`:|")))
                + lines[index][position:]
            )
        versions.append("\n".join(lines))
    return start, versions


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(_edit_sessions())
def test_incremental_render_equals_full_render_after_any_edits(session: tuple[str, list[str]]) -> None:
    start, versions = session
    renderer = BlockRenderer()
    renderer.render(start)
    for version in versions:
        incremental = renderer.render(version)
        full = BlockRenderer().render(version)
        assert [(b.source_line, b.html) for b in incremental.blocks] == [
            (b.source_line, b.html) for b in full.blocks
        ]
        assert len(set(incremental.order)) == len(incremental.order)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PLAIN_DOCUMENT)
def test_block_path_shows_the_same_text_as_render_markdown(document: str) -> None:
    assert visible_text(BlockRenderer().render(document).html) == visible_text(render_markdown(document))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_DOCUMENT)
def test_block_path_with_definitions_matches_render_markdown_text(document: str) -> None:
    """Cross-block definitions resolve as in one whole-document render (footnotes section at the end)."""
    assert visible_text(BlockRenderer().render(document).html) == visible_text(render_markdown(document))
