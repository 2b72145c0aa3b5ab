"""Edits made in WordPress's own editors come back as exactly the web edit, against the real local WordPress.

Each case pushes an article through the app (with a real agency photo inline, its caption carrying
``*MANDATORY CREDIT*``), then saves the post's ``content`` over REST the way the block editor serialises it
(``<!-- wp:paragraph -->`` delimiters, ``wp-block-*`` classes, ``wp-image-N``) or the way the classic editor does
(bare paragraphs, ``[caption]`` shortcodes), pulls, and compares the local Markdown body byte for byte.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from editor_app.domain.article import word_count
from editor_app.services import ArticleService
from editor_app.services.photos import PhotoService, inline_markdown
from tests.sync.test_sync_wordpress import link_of, rest, synced

pytestmark = [pytest.mark.wordpress]

ALT = "A couple looks at the ruins of their home"
P1 = "The council met on Tuesday."
P2 = "Fares rose 2 * 3 per cent, *officials* said."
P2_HTML = "Fares rose 2 * 3 per cent, <em>officials</em> said."
P4 = "The vote is next week."

Block = tuple[str, Any]
"""("p", inner HTML) | ("h2", text) | ("ul", [items]) | ("photo", caption)"""

BASE_DOC: list[Block] = [("p", P1), ("p", P2_HTML), ("photo", None), ("p", P4)]


def _with(doc: list[Block], index: int, block: Block | None = None, *, insert: bool = False) -> list[Block]:
    out = list(doc)
    if insert:
        assert block is not None
        out.insert(index, block)
    elif block is None:
        del out[index]
    else:
        out[index] = block
    return out


# name -> (edited document, expected body as a function of the figure's Markdown line)
CASES: dict[str, tuple[list[Block], Callable[[str], list[str]]]] = {
    "converted, not edited": (BASE_DOC, lambda fig: [P1, P2, fig, P4]),
    "paragraph edit": (
        _with(BASE_DOC, 3, ("p", "The vote is on Monday.")),
        lambda fig: [P1, P2, fig, "The vote is on Monday."],
    ),
    "heading": (
        _with(BASE_DOC, 3, ("h2", "What happens next"), insert=True),
        lambda fig: [P1, P2, fig, "## What happens next", P4],
    ),
    "list": (
        _with(BASE_DOC, 1, ("ul", ["Bus fares", "Parking"]), insert=True),
        lambda fig: [P1, "- Bus fares\n- Parking", P2, fig, P4],
    ),
    "link": (
        _with(BASE_DOC, 0, ("p", 'The <a href="https://example.org/council">council</a> met on Tuesday.')),
        lambda fig: ["The [council](https://example.org/council) met on Tuesday.", P2, fig, P4],
    ),
    "inline photo moved": (
        [("photo", None), ("p", P1), ("p", P2_HTML), ("p", P4)],
        lambda fig: [fig, P1, P2, P4],
    ),
    "emphasis beside a literal asterisk": (
        _with(
            BASE_DOC, 1, ("p", "Fares rose 2 * 3 per cent, <em>officials</em> <strong>confirmed</strong>.")
        ),
        lambda fig: [P1, "Fares rose 2 * 3 per cent, *officials* **confirmed**.", fig, P4],
    ),
    "figure caption edited": (
        _with(BASE_DOC, 2, ("photo", "EDITED")),
        lambda fig: [P1, P2, fig.replace("West Kelowna resident", "Kelowna residents"), P4],
    ),
}


def serialise(doc: list[Block], editor: str, media: dict[str, Any], caption: str) -> str:
    """The post content as the block editor or the classic editor saves it."""
    parts = []
    for kind, value in doc:
        if kind == "p":
            parts.append(
                f"<!-- wp:paragraph -->\n<p>{value}</p>\n<!-- /wp:paragraph -->"
                if editor == "block"
                else value
            )
        elif kind == "h2":
            parts.append(
                f'<!-- wp:heading -->\n<h2 class="wp-block-heading">{value}</h2>\n<!-- /wp:heading -->'
                if editor == "block"
                else f"<h2>{value}</h2>"
            )
        elif kind == "ul":
            if editor == "block":
                items = "".join(
                    f"<!-- wp:list-item -->\n<li>{i}</li>\n<!-- /wp:list-item -->\n\n" for i in value
                )
                parts.append(f"<!-- wp:list -->\n<ul>{items.rstrip()}</ul>\n<!-- /wp:list -->")
            else:
                parts.append("<ul>\n" + "".join(f" \t<li>{i}</li>\n" for i in value) + "</ul>")
        else:
            text = caption if value is None else caption.replace("West Kelowna resident", "Kelowna residents")
            mid, url = media["id"], media["source_url"]
            if editor == "block":
                attrs = json.dumps({"id": mid, "sizeSlug": "full", "linkDestination": "none"})
                parts.append(
                    f"<!-- wp:image {attrs} -->\n"
                    f'<figure class="wp-block-image size-full"><img src="{url}" alt="{ALT}" class="wp-image-{mid}"/>'
                    f'<figcaption class="wp-element-caption">photo: {text}</figcaption></figure>\n<!-- /wp:image -->'
                )
            else:
                parts.append(
                    f'[caption id="attachment_{mid}" align="alignnone" width="30"]<img class="size-full '
                    f'wp-image-{mid}" src="{url}" alt="{ALT}" width="30" height="14" /> photo: {text}[/caption]'
                )
    return "\n\n".join(parts)


@pytest.mark.parametrize("editor", ["block", "classic"])
@pytest.mark.parametrize("case", list(CASES))
def test_a_web_edit_comes_back_as_exactly_that_edit(
    case: str, editor: str, make_sync: Callable[..., Any], wp: Any, tmp_path: Path, shared_fixtures: Path
) -> None:
    media_root = tmp_path / "media"
    service = make_sync("reporter", media=media_root)
    articles = ArticleService(service.db)
    article, _ = articles.create(headline="Fire survivors return", body=P1, source="Staff")
    photos = PhotoService(service.db, media_root, workers=1)
    added = photos.add_files(
        article.id, [shared_fixtures / "photos" / "GAC103-thumb.jpg"], featured=True, fields={"alt_text": ALT}
    )
    photo = added.imported[0].photo
    assert "*MANDATORY CREDIT*" in photo.caption and photo.credit == "The Canadian Press"
    figure_line = inline_markdown(photo)
    body = "\n\n".join([P1, P2, figure_line, P4])
    articles.edit(article.id, {"body": body})
    synced(service)
    post_id = link_of(service, article.id).remote_id
    with service.db.read() as uow:
        state = uow.sync_state
        media_id = state.media(state.sites()[0].id, photo.id).media_id  # type: ignore[union-attr]
    with rest(wp, "desk") as desk:
        media = desk.get(f"wp/v2/media/{media_id}", params={"context": "edit"}).json()
        doc, expected = CASES[case]
        caption = f"{photo.caption} ({photo.credit})"
        time.sleep(1.1)  # WordPress dates have one-second resolution
        desk.post(
            f"wp/v2/posts/{post_id}", json={"content": serialise(doc, editor, media, caption)}
        ).raise_for_status()

    report = synced(service).report
    assert not report.conflicts
    pulled = articles.get(article.id).body  # type: ignore[union-attr]
    wanted = "\n\n".join(expected(figure_line))
    assert pulled == wanted
    assert pulled.count("MANDATORY CREDIT") == 1 and "\\*" not in pulled
    assert abs(word_count(pulled) - word_count(wanted)) == 0
