"""Reading post HTML back as Markdown: the pure parts (canonical blocks, figures, escapes, rendered content)."""

from __future__ import annotations

import pytest

from editor_app.render import render_markdown
from editor_app.sync.backend import RemotePost
from editor_app.sync.html_markdown import block_markdown, html_to_markdown, renders_as, web_blocks
from editor_app.sync.mapping import remote_state, strip_decorations
from editor_app.sync.rest_json import post_from_json

PHOTO = "0e6c1d2a-8a4e-4b8e-9a3e-1a2b3c4d5e6f"
FIGURE = f'![Boats](photo:{PHOTO} "Boats at dawn *MANDATORY CREDIT* (The Canadian Press)")'
BODY = f'Rates of 2 * 3 and \\*lit\\* and "quotes" -- here.\n\n{FIGURE}\n\n## Next\n\n- one\n- two'


def lookup(media_id: int) -> str | None:
    return PHOTO if media_id == 7 else None


def test_the_render_of_the_body_reads_back_as_the_body_byte_for_byte() -> None:
    assert html_to_markdown(render_markdown(BODY), BODY) == BODY
    assert renders_as(BODY, render_markdown(BODY))


@pytest.mark.parametrize(
    "figure",
    [
        f'<figure><img src="photo:{PHOTO}" alt="Boats"><figcaption>photo: Boats at dawn *MANDATORY CREDIT* '
        "(The Canadian Press)</figcaption></figure>",
        f'<figure class="wp-block-image"><img src="https://site/up/b.jpg" alt="Boats" class="wp-image-99" '
        f'data-ew-photo="{PHOTO}"><figcaption>photo: Boats at dawn *MANDATORY CREDIT* (The Canadian Press)'
        "</figcaption></figure>",
        '<figure class="wp-block-image size-large"><img src="https://site/up/b.jpg" alt="Boats" '
        'class="wp-image-7"/><figcaption class="wp-element-caption">photo: Boats at dawn *MANDATORY CREDIT* '
        "(The Canadian Press)</figcaption></figure>",
        '[caption id="attachment_7" align="alignnone" width="300"]<img class="size-medium wp-image-7" '
        'src="https://site/up/b-300x200.jpg" alt="Boats" width="300" height="200" /> photo: Boats at dawn '
        "*MANDATORY CREDIT* (The Canadian Press)[/caption]",
    ],
    ids=["as rendered", "data attribute", "block editor", "classic caption"],
)
def test_every_form_of_an_inline_photo_is_the_photo_not_a_caption_paragraph(figure: str) -> None:
    assert html_to_markdown(figure, "", lookup) == FIGURE  # converted (no hint)
    assert html_to_markdown(figure, FIGURE, lookup) == FIGURE  # recognised as unchanged


def test_an_unknown_media_item_keeps_its_address_and_caption() -> None:
    html = '<figure class="wp-block-image"><img src="https://site/x.jpg" alt="A" class="wp-image-5"/><figcaption>photo: Cap (Agency)</figcaption></figure>'
    assert html_to_markdown(html, "", lookup) == '![A](https://site/x.jpg "Cap (Agency)")'


@pytest.mark.parametrize(
    ("html", "markdown"),
    [
        ("<p>Fares rose 2 * 3 per cent.</p>", "Fares rose 2 * 3 per cent."),
        ("<p>Use snake_case_names here.</p>", "Use snake_case_names here."),
        ("<p>A *literal* pair.</p>", "A \\*literal\\* pair."),
        ("<p>2 * 3 and <em>em</em>.</p>", "2 * 3 and *em*."),
        ("<p>“Quoted” – and it’s…</p>", '"Quoted" -- and it\'s...'),
    ],
)
def test_a_changed_block_takes_the_plainest_markdown_that_renders_the_same(html: str, markdown: str) -> None:
    (block,) = web_blocks(html)
    assert block_markdown(block) == markdown
    assert renders_as(markdown, html)


def test_classic_editor_paragraphs_are_split_at_blank_lines_as_wpautop_does() -> None:
    html = "First <em>one</em>.\n\nSecond.\n<h2>Head</h2>\nThird."
    assert [b.name for b in web_blocks(html)] == ["p", "p", "h2", "p"]
    assert html_to_markdown(html) == "First *one*.\n\nSecond.\n\n## Head\n\nThird."


def test_rendered_content_is_never_read_back() -> None:
    # edit context without content.raw (a filter dropped it): the post is treated as rendered, not as raw
    post = post_from_json(
        {
            "id": 1,
            "modified_gmt": "2025-01-01T00:00:00",
            "status": "publish",
            "content": {"rendered": "<p>Text.</p><p class='ew-credit'>photo: x (y)</p>"},
            "meta": {"ew_markdown": "Text."},
        }
    )
    assert post.raw is False
    state = remote_state(post, base=None, base_html="", local=None, categories={}, tags={})
    assert state["body"] == "Text."
    # a foreign post read in view context: the plugin's decorations are dropped
    foreign = RemotePost(1, "2025-01-01T00:00:00", "publish", content=post.content, raw=False)
    assert (
        remote_state(foreign, base=None, base_html="", local=None, categories={}, tags={})["body"] == "Text."
    )


def test_strip_decorations_keeps_the_text_of_the_article() -> None:
    html = '<p>Body.</p><div id="ew-related"><ul><li>Other</li></ul></div><p class="ew-source">source: X</p>'
    assert strip_decorations(html) == "<p>Body.</p>"
