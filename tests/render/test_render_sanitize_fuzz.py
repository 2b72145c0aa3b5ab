"""Fuzz the sanitiser and the whole Markdown path with hostile HTML-ish input."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.render import render_markdown, sanitize_html
from editor_app.render.sanitize import url_scheme
from tests.render.render_helpers import parse

_FORBIDDEN_TAGS = {
    "script",
    "iframe",
    "style",
    "object",
    "embed",
    "form",
    "svg",
    "math",
    "base",
    "meta",
    "link",
}

_TAGS = st.sampled_from(
    [
        "script",
        "SCRIPT",
        "img",
        "a",
        "iframe",
        "style",
        "object",
        "embed",
        "form",
        "svg",
        "math",
        "p",
        "div",
        "svg/onload",
        "body",
        "input",
        "video",
        "audio",
        "base",
        "meta",
        "link",
        "template",
        "noscript",
        "b",
    ]
)
_ATTRIBUTES = st.sampled_from(
    [
        'onerror="alert(1)"',
        "onload=alert(1)",
        'ONCLICK="x()"',
        "onmouseover = 'y'",
        'href="javascript:alert(1)"',
        'href="JaVaScRiPt:alert(1)"',
        'href=" javascript:alert(1)"',
        'href="java&#x09;script:alert(1)"',
        'src="data:text/html;base64,PHNjcmlwdD4="',
        'src="http://evil.example.com/x.png"',
        'src="photo:1"',
        'style="background:url(javascript:alert(1))"',
        'href="https://ok.example.com"',
        'id="headline"',
        'srcdoc="<script>alert(1)</script>"',
        'formaction="javascript:alert(1)"',
        'xlink:href="javascript:1"',
    ]
)
_FRAGMENTS = st.one_of(
    st.builds(
        lambda t, a, body: f"<{t} {a}>{body}</{t.split('/')[0]}>", _TAGS, _ATTRIBUTES, st.text(max_size=20)
    ),
    st.builds(lambda t, a: f"<{t} {a}>", _TAGS, _ATTRIBUTES),
    st.sampled_from(
        [
            "<script>",
            "</script>",
            "<scr<script>ipt>",
            "<!--",
            "-->",
            "<![CDATA[",
            "]]>",
            "<",
            ">",
            "[x](javascript:alert(1))",
            "![i](data:image/png;base64,AA)",
            "<a href=javascript:x>",
            "`<script>`",
            "\n\n",
            "\n",
            "> ",
            "- ",
            "    ",
            "```\n",
            "&lt;script&gt;",
            "\x00",
        ]
    ),
    st.text(max_size=15),
)
_HOSTILE = st.lists(_FRAGMENTS, max_size=25).map("".join)


def _assert_clean(out: str) -> None:
    """Check the real tags and attributes (escaped text such as ``&lt;script`` in code is harmless)."""
    assert "<script" not in out.lower()
    for tag, attributes in parse(out).tags:
        assert tag not in _FORBIDDEN_TAGS, out
        for name, value in attributes.items():
            assert not name.startswith("on"), out
            if name in {"href", "src"}:
                assert url_scheme(value or "") in {None, "http", "https", "mailto", "photo", "media"}, out
            if name == "style":
                assert "url(" not in (value or ""), out
            assert "javascript:" not in (value or "").lower().replace("\t", ""), out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HOSTILE)
def test_sanitize_html_never_lets_script_through(hostile: str) -> None:
    _assert_clean(sanitize_html(hostile))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HOSTILE)
def test_render_markdown_never_lets_script_through(hostile: str) -> None:
    _assert_clean(render_markdown(hostile))


def test_url_scheme() -> None:
    assert url_scheme("https://x") == "https"
    assert url_scheme(" JaVa\tScRiPt:alert(1)") == "javascript"
    assert url_scheme("pics/a.jpg") is None
    assert url_scheme("#fn:1") is None
    assert url_scheme("a b:c") == "ab"
    assert url_scheme("1x:y") == ""
