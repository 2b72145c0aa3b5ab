"""The publication's article page: one self-contained HTML5 document (CSS inlined, no remote resources)."""

from __future__ import annotations

import functools
import html
import string
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources

from editor_app.domain import Article, ArticlePhoto
from editor_app.render.sanitize import LINK_SCHEMES, url_scheme

RESOURCE_FOLDER = ("resources", "preview")


@dataclass(frozen=True, slots=True)
class PageData:
    """Everything the page shows, as plain text except ``body_html`` (already sanitised)."""

    section: str
    editors_choice: bool
    headline: str
    standfirst: str
    byline: str
    date_text: str
    photo_src: str | None
    photo_alt: str
    photo_caption_line: str
    """``caption (credit)``; the page prints it as ``photo: caption (credit)``. Empty: no featured photo."""
    body_html: str
    source: str
    related: tuple[tuple[str, str | None], ...] = ()
    """``(headline, url or None)`` of each related article."""
    language: str = "en"
    popular: tuple[tuple[str, str | None], ...] = ()
    """Popular this week on the site, as of the last sync: ``(title, url or None)``."""
    editors_picks: tuple[tuple[str, str | None], ...] = ()
    """The desk's Editor's choice, in its order."""
    lists_note: str = ""
    """When the two lists were fetched (``as of the last sync, ...``)."""
    updated_text: str = ""
    """``Updated 5 March 2025, 14:05 UTC`` after a desk correction of the published article, else empty."""


def _read(name: str) -> str:
    folder = resources.files("editor_app").joinpath(*RESOURCE_FOLDER)
    return folder.joinpath(name).read_text(encoding="utf-8")


@functools.cache
def load_template() -> string.Template:
    """The page template (``resources/preview/template.html``), read from the installed package."""
    return string.Template(_read("template.html"))


@functools.cache
def load_css() -> str:
    return _read("page.css")


def _hidden(shown: bool) -> str:
    return "" if shown else " hidden"


def _related_item(headline: str, url: str | None) -> str:
    text = html.escape(headline)
    if url and url_scheme(url) in LINK_SCHEMES:
        return f'<li><a href="{html.escape(url)}" rel="noopener noreferrer">{text}</a></li>'
    return f"<li>{text}</li>"


def updated_line(moment: datetime) -> str:
    """The "Updated" line as the plugin prints it (``EW_UPDATED_FORMAT``, ``j F Y, H:i T``), in this computer's
    time zone (the plugin uses the site's; the zone is named, so the two read alike)."""
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
    return f"Updated {local.day} {local:%B %Y, %H:%M} {local.tzname() or ''}".rstrip()


def render_page(data: PageData) -> str:
    """The complete page for ``data``; every text field is escaped."""
    esc = html.escape
    photo_img = (
        f'<img src="{esc(data.photo_src)}" alt="{esc(data.photo_alt)}">' if data.photo_src is not None else ""
    )
    has_photo = data.photo_src is not None or bool(data.photo_caption_line.strip())
    return load_template().substitute(
        language=esc(data.language or "en"),
        title=esc(data.headline.strip() or "Untitled article"),
        css=load_css(),
        section=esc(data.section),
        section_hidden=_hidden(bool(data.section.strip())),
        editors_choice_hidden=_hidden(data.editors_choice),
        headline=esc(data.headline),
        standfirst=esc(data.standfirst),
        standfirst_hidden=_hidden(bool(data.standfirst.strip())),
        byline=esc(data.byline),
        byline_hidden=_hidden(bool(data.byline.strip())),
        date_text=esc(data.date_text),
        date_hidden=_hidden(bool(data.date_text.strip())),
        updated_text=esc(data.updated_text),
        updated_hidden=_hidden(bool(data.updated_text.strip())),
        body_html=data.body_html,
        source=esc(data.source),
        source_hidden=_hidden(bool(data.source.strip())),
        photo_img=photo_img,
        photo_caption_line=esc(data.photo_caption_line),
        featured_hidden=_hidden(has_photo),
        related_items="".join(_related_item(headline, url) for headline, url in data.related),
        related_hidden=_hidden(bool(data.related)),
        popular_items="".join(_related_item(title, url) for title, url in data.popular),
        popular_hidden=_hidden(bool(data.popular)),
        editors_picks_items="".join(_related_item(title, url) for title, url in data.editors_picks),
        editors_picks_hidden=_hidden(bool(data.editors_picks)),
        site_lists_hidden=_hidden(bool(data.popular or data.editors_picks)),
        lists_note=esc(data.lists_note),
        lists_note_hidden=_hidden(bool(data.lists_note.strip())),
    )


def page_data_for(
    article: Article,
    featured: ArticlePhoto | None,
    related: Sequence[tuple[str, str | None]],
    photo_src: str | None,
    *,
    body_html: str | None = None,
    popular: Sequence[tuple[str, str | None]] = (),
    editors_picks: Sequence[tuple[str, str | None]] = (),
    lists_note: str = "",
    corrected_at: datetime | None = None,
) -> PageData:
    """Page data for ``article``; ``body_html`` defaults to the rendered body (pass the preview's blocks).
    ``popular`` and ``editors_picks`` are the site's lists as of the last sync (``lists_note`` says when);
    ``corrected_at`` the desk's last correction of the published article (the "Updated" line)."""
    photo = featured.photo if featured is not None else None
    changed = article.updated_at
    return PageData(
        section=article.section,
        editors_choice=article.editors_choice,
        headline=article.headline,
        standfirst=article.standfirst,
        byline=article.byline,
        date_text=f"{changed.day} {changed:%B %Y}",
        photo_src=photo_src if photo is not None else None,
        photo_alt=photo.alt_text if photo is not None else "",
        photo_caption_line=photo.caption_line() if photo is not None else "",
        body_html=_markdown_html(article.body) if body_html is None else body_html,
        source=article.source,
        related=tuple((headline, url) for headline, url in related),
        language=article.language,
        popular=tuple(popular),
        editors_picks=tuple(editors_picks),
        lists_note=lists_note if popular or editors_picks else "",
        updated_text=updated_line(corrected_at) if corrected_at is not None else "",
    )


def _markdown_html(text: str) -> str:
    """The body through the Markdown pipeline (loaded here: the preview passes its own body HTML)."""
    from editor_app.render.markdown import render_markdown

    return render_markdown(text)
