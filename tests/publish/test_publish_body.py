"""What is published is what was previewed: the pushed body is the preview's block render, stray tags in prose
keep the whole text, plain-text fields are escaped and come back exactly, inline photos point at uploads."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.domain import Status
from editor_app.render import (
    BlockRenderer,
    PublishedPhoto,
    UnplacedPhotos,
    local_photo_refs,
    place_photos,
    publish_body,
    unplace_photos,
)
from editor_app.sync.backend import RemotePost
from editor_app.sync.html_markdown import renders_as
from editor_app.sync.mapping import escaped_text, plain_text, post_payload, remote_state
from tests.render.render_helpers import parse, visible_text

STRAY_TAGS = [  # opening tags only: a complete element (with its closing tag) is dropped whole, by design
    "<style>",
    "<script>",
    "<script src=x.js>",
    "<iframe>",
    "<textarea>",
    "<svg>",
    "<math>",
    "<object>",
    "<select>",
    "<noscript>",
    "<template>",
    "<STYLE>",
    "<title>",
    "<xmp>",
    "<plaintext>",
    "<!--",
]
_WORDS = st.sampled_from(
    ["alpha", "Baku", "harbour", "*vote*", "**council**", "`code`", "мэр", "שלום", "it's", "x_y", "1.", "H2O"]
)
_LINE = st.lists(st.one_of(_WORDS, _WORDS, st.sampled_from(STRAY_TAGS)), min_size=1, max_size=10).map(
    " ".join
)
_BLOCK = st.one_of(
    _LINE,
    st.lists(_LINE, min_size=1, max_size=3).map("\n".join),
    _LINE.map(lambda line: "## " + line),
    st.lists(_LINE, min_size=1, max_size=3).map(lambda items: "\n".join(f"- {i}" for i in items)),
    st.lists(_LINE, min_size=1, max_size=2).map(lambda items: "\n".join(f"> {i}" for i in items)),
)
_DOCUMENT = st.lists(_BLOCK, min_size=1, max_size=6).map("\n\n".join)
PHOTO = "0bcb7d0e-8f55-4c3b-9a51-3f6f2f0c1d2e"


def state_for(body: str, headline: str = "Headline", standfirst: str = "") -> dict[str, object]:
    return {
        "headline": headline,
        "standfirst": standfirst,
        "body": body,
        "section": "News",
        "tags": [],
        "source": "",
        "editors_choice": False,
        "status": Status.DRAFT.value,
        "note": "",
    }


def pushed_body(body: str, photos: dict[str, PublishedPhoto] | None = None) -> str:
    payload = post_payload(state_for(body), "uuid", categories=[], tags=[], photos=photos)
    return str(payload["content"])


def preview_body(renderer: BlockRenderer, body: str) -> str:
    """The preview's ``#body``: the blocks the preview's renderer holds, without their wrappers."""
    return "\n".join(block.html for block in renderer.render(body).blocks)


def plain_words(markdown: str) -> list[str]:
    return [word for word in re.findall(r"[^\s*`#>-]+", markdown) if word.isalnum()]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_DOCUMENT, _DOCUMENT)
def test_pushed_body_is_the_preview_body_and_keeps_every_word(before: str, body: str) -> None:
    renderer = BlockRenderer()
    renderer.render(before)  # the preview renders incrementally, edit after edit
    pushed = pushed_body(body)
    assert pushed == preview_body(renderer, body)
    text = visible_text(pushed)
    for word in plain_words(body):
        assert word in text, (body, pushed)
    for tag in STRAY_TAGS:
        if tag in body and tag != "<!--":
            assert tag.replace("/", "").strip("<>").split()[0].lower() in text.lower(), (tag, pushed)
    assert not any(name in ("script", "style", "iframe", "svg", "textarea") for name, _ in parse(pushed).tags)


@pytest.mark.parametrize("tag", ["style", "script", "iframe", "object", "textarea", "select", "noscript",
                                 "template", "svg", "math"])  # fmt: skip
def test_a_tag_named_in_prose_keeps_the_rest_of_the_article(tag: str) -> None:
    body = f"Intro.\n\nWe used the <{tag}> element wrongly. More words.\n\nThe end."
    pushed = pushed_body(body)
    assert visible_text(pushed) == f"Intro. We used the <{tag}> element wrongly. More words. The end."
    hostile = f"Text <{tag}>alert(1)</{tag}> after."  # a complete element is still dropped whole
    assert visible_text(pushed_body(hostile)) == "Text after."


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_plain_text_fields_are_escaped_and_come_back_exactly(text: str) -> None:
    sent = escaped_text(text)
    assert "<" not in sent and ">" not in sent
    assert plain_text(sent) == text


def test_headline_and_standfirst_are_sent_escaped_and_pulled_back_exactly() -> None:
    headline, standfirst = "Tom & Jerry <3", '<img src=x onerror="alert(1)"> &amp; more'
    payload = post_payload(state_for("Body.", headline, standfirst), "u", categories=[], tags=[])
    assert payload["title"] == "Tom &amp; Jerry &lt;3"
    assert payload["excerpt"] == '&lt;img src=x onerror="alert(1)"&gt; &amp;amp; more'
    post = RemotePost(
        1, "2026-01-01T00:00:00", "draft", payload["title"], payload["content"], payload["excerpt"]
    )
    state = remote_state(post, base=None, base_html="", local=None, categories={}, tags={})
    assert (state["headline"], state["standfirst"]) == (headline, standfirst)


def test_inline_photos_point_at_their_uploads_and_map_back() -> None:
    body = f'Lead.\n\n![Boats & <b>](photo:{PHOTO} "Boats wait (Jane Doe/Agency)")\n\nInline ![x](photo:{PHOTO}).'
    upload = PublishedPhoto(41, "https://news.example.org/wp-content/uploads/2026/05/ew-photo.jpg")
    pushed = pushed_body(body, {f"photo:{PHOTO}": upload})
    assert f"photo:{PHOTO}" not in pushed and 'src="photo:' not in pushed
    figure = (
        f'<figure><img alt="Boats &amp; &lt;b&gt;" src="{upload.url}" title="Boats wait (Jane Doe/Agency)" '
        f'class="wp-image-41" data-ew-photo="{PHOTO}"><figcaption dir="auto">photo: Boats wait (Jane Doe/Agency)'
        "</figcaption></figure>"
    )
    assert figure in pushed
    assert f'<img alt="x" src="{upload.url}" class="wp-image-41" data-ew-photo="{PHOTO}">' in pushed
    assert unplace_photos(pushed) == publish_body(body)
    assert renders_as(body, pushed)  # a pull recognises its own push, photos and all
    assert local_photo_refs(publish_body(body)) == [f"photo:{PHOTO}"]


def test_a_photo_without_an_upload_is_never_sent_as_a_local_address() -> None:
    with pytest.raises(UnplacedPhotos) as raised:
        pushed_body(f"![a](photo:{PHOTO})\n\n![b](media:{'ab' * 32})")
    assert raised.value.refs == [f"photo:{PHOTO}", f"media:{'ab' * 32}"]
    with pytest.raises(ValueError, match="web address"):
        place_photos(
            publish_body(f"![a](photo:{PHOTO})"), {f"photo:{PHOTO}": PublishedPhoto(1, "javascript:x")}
        )
