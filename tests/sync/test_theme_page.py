"""The cleaning of the site's theme page and its CSS (pure logic: a dictionary stands in for the fetched files)."""

from __future__ import annotations

import pytest

from editor_app.sync.theme_page import REQUIRED_IDS, NotAThemePage, clean_page, rewrite_css

BASE = "https://news.example/wp-content/themes/t/style.css"


def fetched(names: dict[str, str | None]) -> tuple[list[tuple[str, str]], object]:
    asked: list[tuple[str, str]] = []

    def localize(url: str, kind: str) -> str | None:
        asked.append((url, kind))
        return names.get(url)

    return asked, localize


def test_css_references_become_local_names_or_go() -> None:
    asked, localize = fetched(
        {
            "https://news.example/wp-content/themes/t/fonts/a.woff2": "f1.woff2",
            "https://news.example/wp-content/themes/t/reset.css": "c1.css",
        }
    )
    css = (
        '/* see https://example.org/docs */ @import "reset.css"; @import url(https://cdn.example/gone.css);\n'
        "@font-face { src: url('fonts/a.woff2') format('woff2'), url(//cdn.example/b.woff); }\n"
        'i { background: url("data:image/svg+xml;utf8,<svg xmlns=%22http://www.w3.org/2000/svg%22/>") }'
        " svg { fill: url(#grad) }"
    )
    out = rewrite_css(css, BASE, localize)  # type: ignore[arg-type]
    assert '@import url("c1.css")' in out and 'url("f1.woff2")' in out
    assert "cdn.example" not in out and "example.org" not in out
    assert 'url("#grad")' in out and "data:image/svg+xml" in out
    assert ("https://cdn.example/b.woff", "font") in asked


def page(extra: str = "") -> str:
    parts = "".join(f'<span id="{name}">x</span>' for name in REQUIRED_IDS if name != "body")
    return (
        '<!DOCTYPE html><html><head><script src="https://news.example/a.js"></script>'
        '<link rel="stylesheet" href="/s.css"><link rel="alternate" href="https://news.example/feed/">'
        '<meta property="og:url" content="https://news.example/"></head>'
        f'<body onload="x()"><a href="https://news.example/">Home</a><a href="#top">Top</a>{parts}'
        f'<div id="body"><p>Body</p></div><img src="/logo.png" srcset="/logo-2x.png 2x">{extra}</body></html>'
    )


def test_the_page_keeps_the_theme_and_nothing_that_reaches_out() -> None:
    _asked, localize = fetched(
        {"https://news.example/s.css": "s1.css", "https://news.example/logo.png": "l1.png"}
    )
    out = clean_page(
        page('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), "https://news.example/?x=1", localize
    )  # type: ignore[arg-type]
    assert "<script" not in out and "onload" not in out and "://" not in out.replace("Content-Security", "")
    assert 'href="s1.css"' in out and 'src="l1.png"' in out and "srcset" not in out
    assert '<a href="#top">' in out and "<a>Home</a>" in out
    assert '<div id="body"></div>' in out
    assert 'http-equiv="Content-Security-Policy"' in out


def test_a_page_without_the_placeholders_is_refused() -> None:
    _asked, localize = fetched({})
    with pytest.raises(NotAThemePage, match="headline"):
        clean_page("<html><body><h1>Hello</h1></body></html>", "https://news.example/", localize)  # type: ignore[arg-type]
