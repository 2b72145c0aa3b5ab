"""Mapping, Markdown recovery from web edits, credentials and small client helpers (no server)."""

from __future__ import annotations

import pytest

from editor_app.domain import Status, new_article
from editor_app.render import publish_body, render_markdown
from editor_app.sync.backend import RemotePost
from editor_app.sync.credentials import Credentials, is_secure
from editor_app.sync.html_markdown import body_from_post, html_to_markdown
from editor_app.sync.mapping import apply_state, article_state, local_status, post_payload, remote_state
from editor_app.sync.pull import overlap
from editor_app.sync.rest_answers import parse_retry_after


def _failing() -> object:
    from keyring.backends import fail

    return fail.Keyring()  # type: ignore[no-untyped-call]


BODY = 'First *para* with "quotes".\n\nSecond para.\n\n## Heading\n\n- one\n- two'


def test_a_web_edit_comes_back_as_markdown_changing_only_the_edited_paragraph() -> None:
    html = render_markdown(BODY).replace("Second para.", "Second para, <strong>edited</strong> on the web.")
    body = body_from_post(BODY, html, base_html="", base_body=BODY)
    assert (
        body
        == 'First *para* with "quotes".\n\nSecond para, **edited** on the web.\n\n## Heading\n\n- one\n- two'
    )


def test_markdown_meta_wins_when_the_html_is_its_rendering_or_what_we_last_saw() -> None:
    html = render_markdown(BODY)
    assert body_from_post(BODY, html, "", "") == BODY
    filtered = html.replace(' dir="auto"', "")  # e.g. the server's HTML filter for low roles
    assert body_from_post(BODY, filtered, base_html=filtered, base_body="old") == BODY


def test_a_post_written_in_wordpress_without_markdown_is_converted() -> None:
    assert html_to_markdown("<p>Hello <em>world</em></p><h2>Sub</h2>") == "Hello *world*\n\n## Sub"


def test_article_round_trips_through_a_post() -> None:
    article = new_article(
        headline="Title", standfirst="Lead", body=BODY, section="World", tags="b, a", source="AP",
        editors_choice=True, status=Status.SUBMITTED,
    )  # fmt: skip
    state = article_state(article)
    payload = post_payload(state, article.id, categories=[5], tags=[8, 9], featured_media=12)
    assert payload["status"] == "pending" and payload["featured_media"] == 12
    assert payload["meta"]["ew_markdown"] == BODY and payload["content"] == publish_body(BODY)
    post = RemotePost(
        id=1, modified_gmt="2026-01-01T00:00:00", status="pending", title="Title", content=payload["content"],
        excerpt="Lead", meta=payload["meta"], categories=(5,), tags=(9, 8),
    )  # fmt: skip
    back = remote_state(
        post, base=None, base_html="", local=state, categories={5: "World"}, tags={8: "b", 9: "a"}
    )
    assert back == state
    assert apply_state(article, back) == article


@pytest.mark.parametrize(
    ("remote", "current", "expected"),
    [("pending", "approved", "approved"), ("publish", "approved", "published"), ("trash", None, "killed"),
     ("draft", "returned", "returned"), ("future", None, "scheduled")],
)  # fmt: skip
def test_status_mapping_keeps_finer_local_states(remote: str, current: str | None, expected: str) -> None:
    assert local_status(remote, current) == expected


def test_pull_overlaps_the_checkpoint_by_one_second() -> None:
    assert overlap("2026-01-01T00:00:00") == "2025-12-31T23:59:59"
    assert overlap(None) is None


def test_retry_after_seconds_and_dates() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0) == 10.0
    assert parse_retry_after("soon") is None


def test_insecure_keyrings_are_refused() -> None:
    from keyring.backends import null

    assert not is_secure(_failing())
    assert not is_secure(null.Keyring())  # type: ignore[no-untyped-call]

    class PlaintextKeyring:  # stands in for keyrings.alt.file.PlaintextKeyring
        priority = 1

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    assert not is_secure(PlaintextKeyring())


def test_memory_keyring_is_used_when_configured(memory_keyring: dict[tuple[str, str], str]) -> None:
    credentials = Credentials()
    assert credentials.secure
    assert credentials.store("http://site", "ann", "s3cret") is True
    assert Credentials().get("http://site", "ann") == "s3cret"
    assert "s3cret" in memory_keyring.values()


def test_without_a_secure_keyring_the_password_lives_in_memory_only() -> None:
    credentials = Credentials(_failing())
    assert not credentials.secure
    assert credentials.store("http://site", "ann", "s3cret") is False
    assert credentials.get("http://site", "ann") == "s3cret"  # for this session
    assert Credentials(_failing()).get("http://site", "ann") is None  # never stored anywhere
