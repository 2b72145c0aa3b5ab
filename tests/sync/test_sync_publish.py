"""What is published is what was previewed, against the real WordPress: the whole body text (stray tags and all)
is stored and shown, inline photos point at their uploads for every role, and script in a headline, standfirst,
caption or alt text pushed by the desk (who has unfiltered_html) never runs on the public page or in wp-admin."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx2
import pytest
from bs4 import BeautifulSoup

from editor_app.domain import Role
from editor_app.render import PublishedPhoto, place_photos, publish_body, unplace_photos
from editor_app.services import ArticleService
from editor_app.services.photos import PhotoService, inline_markdown
from editor_app.services.workflow import WorkflowService
from tests.sync.wordpress_pages import activate_theme, admin_session, executable_payloads, public_page

pytestmark = [pytest.mark.wordpress]

STRAY = (
    "Intro.\n\nWe used the <style> element wrongly, then <script> and <iframe> and <textarea> and <svg> and "
    "<math> and <object> and <select> and <noscript> and <template>. Still here.\n\n"
    "A comment opener <!-- stays too.\n\nThe last paragraph."
)
STRAY_TEXT = (
    "We used the <style> element wrongly, then <script> and <iframe> and <textarea> and <svg> and <math> and "
    "<object> and <select> and <noscript> and <template>. Still here."
)


PHOTO = {"caption": "The quay", "credit": "Staff/Desk", "alt_text": "Boats at a quay"}


def publish_as_desk(service: Any, article_id: str) -> None:
    """The desk publishes as the app does: submit, then approve (publish now). The next sync sends both
    transitions through the plugin's route, and the site publishes and records them."""
    workflow = WorkflowService(service.db)
    workflow.apply(article_id, "submit", Role.DESK)
    workflow.approve(article_id, Role.DESK)


def rest(wp: Any, user: str) -> httpx2.Client:
    return httpx2.Client(base_url=wp.api_root, auth=wp.users[user].auth, trust_env=False, timeout=30.0)


def get(wp: Any, route: str, user: str = "admin") -> dict[str, Any]:
    with rest(wp, user) as client:
        response = client.get(route, params={"context": "edit"})
        response.raise_for_status()
        data: dict[str, Any] = response.json()
        return data


def remote_id(service: Any, article_id: str) -> int:
    with service.db.read() as uow:
        state = uow.sync_state
        link = state.link(state.sites()[0].id, article_id)
    assert link is not None and link.remote_id is not None
    return int(link.remote_id)


def synced(service: Any) -> Any:
    result = service.sync_once()
    assert result.report.failures == [], result.report.failures
    return result.report


def entry_text(page: str) -> str:
    soup = BeautifulSoup(page, "html.parser")
    content = soup.select_one(".entry-content")
    assert content is not None, page[:2000]
    for added in content.find_all(
        lambda tag: any(c.startswith("ew-") for c in tag.get("class") or []), recursive=False
    ):
        added.decompose()  # the plugin's own parts around the body (section, standfirst, source, lists)
    return " ".join(content.get_text(" ").split())


@pytest.fixture(scope="module")
def themed(wordpress: Any) -> Any:
    activate_theme(wordpress)
    return wordpress


def test_the_whole_body_is_stored_and_shown_on_the_public_page(
    make_sync: Callable[..., Any], themed: Any, tmp_path: Path
) -> None:
    from PIL import Image

    wp = themed
    for user in ("desk", "reporter"):  # with and without unfiltered_html
        media = tmp_path / f"media-{user}"
        service = make_sync(user, name=user, media=media)
        article, _ = ArticleService(service.db).create(
            headline=f"Stray tags ({user})", body=STRAY, source="Staff"
        )
        if user == "desk":  # what publishing asks: a featured photo with caption, credit and alt text
            picture = tmp_path / f"stray-{user}.jpg"
            Image.new("RGB", (320, 200), (60, 120, 30)).save(picture, "JPEG")
            PhotoService(service.db, media, workers=1).add_files(
                article.id, [picture], featured=True, fields=PHOTO
            )
            publish_as_desk(service, article.id)
        synced(service)
        post = get(wp, f"wp/v2/posts/{remote_id(service, article.id)}")
        assert post["content"]["raw"] == publish_body(STRAY)
        if user == "desk":
            text = entry_text(public_page(wp, post["id"]))
            preview_text = " ".join(BeautifulSoup(publish_body(STRAY), "html.parser").get_text(" ").split())
            assert text == preview_text  # the reader sees what the preview showed, every word
            assert STRAY_TEXT in text and text.endswith("stays too. The last paragraph.")


def pulled_by_headline(service: Any, headline: str) -> Any:
    articles = ArticleService(service.db)
    found = [articles.get(s.id) for s in articles.summaries() if s.headline == headline]
    assert len(found) == 1, [s.headline for s in articles.summaries()]
    return found[0]


def test_inline_photos_point_at_their_uploads_for_every_role(
    make_sync: Callable[..., Any], themed: Any, tmp_path: Path
) -> None:
    from PIL import Image

    wp = themed
    fields = {"caption": "Boats wait at the quay", "credit": "Jane Doe/Agency", "alt_text": "Boats & a quay"}
    for user in ("reporter", "desk"):
        media = tmp_path / f"media-{user}"
        service = make_sync(user, name=user, media=media)
        articles = ArticleService(service.db)
        article, _ = articles.create(headline=f"Quay ({user})", body="Lead.", source="Staff")
        picture = tmp_path / f"quay-{user}.jpg"
        Image.new("RGB", (320, 200), (20, 90, 160)).save(picture, "JPEG")
        report = PhotoService(service.db, media, workers=1).add_files(
            article.id, [picture], featured=True, fields=fields
        )
        photo = report.imported[0].photo
        body = f"Lead.\n\n{inline_markdown(photo)}\n\nInline too: ![small](photo:{photo.id}).\n\nAfter."
        articles.edit(article.id, {"body": body})
        if user == "desk":
            publish_as_desk(service, article.id)
        synced(service)
        post = get(wp, f"wp/v2/posts/{remote_id(service, article.id)}")
        raw = post["content"]["raw"]
        with service.db.read() as uow:
            uploaded = uow.sync_state.media(service.sites()[0].id, photo.id)
        assert uploaded is not None
        item = get(wp, f"wp/v2/media/{uploaded.media_id}")
        assert f"photo:{photo.id}" not in raw and 'src="photo:' not in raw and "media:" not in raw
        assert raw == place_photos(publish_body(body), {f"photo:{photo.id}": PublishedPhoto(
            uploaded.media_id, item["source_url"])})  # fmt: skip
        assert raw.count(f'data-ew-photo="{photo.id}"') == 2  # kept for a role without unfiltered_html too
        assert raw.count(f'class="wp-image-{uploaded.media_id}"') == 2
        assert unplace_photos(raw) == publish_body(body)
        if user == "desk":
            soup = BeautifulSoup(public_page(wp, post["id"]), "html.parser")
            figure = soup.select_one(f'figure img[data-ew-photo="{photo.id}"]')
            assert figure is not None and figure["src"] == item["source_url"]
            caption = figure.find_next("figcaption")
            assert caption is not None
            assert caption.get_text() == "photo: Boats wait at the quay (Jane Doe/Agency)"
            assert "photo:" not in " ".join(str(img.get("src")) for img in soup.find_all("img"))
            served = httpx2.get(item["source_url"], trust_env=False, timeout=30.0)
            assert served.status_code == 200 and served.headers["content-type"] == "image/jpeg"
        # A second workstation pulls the post back as the same Markdown.
        other = make_sync("desk", name=f"{user}-other")
        synced(other)
        assert pulled_by_headline(other, f"Quay ({user})").body == body


HOSTILE = {
    "headline": 'Tom & Jerry <3 <script>ewXss("headline")</script><img src=x onerror=ewXss("headline")>',
    "standfirst": 'Standfirst <script>ewXss("standfirst")</script><svg onload=ewXss("standfirst")>',
    "caption": 'Caption <script>ewXss("caption")</script><img src=x onerror=ewXss("caption")>',
    "alt_text": 'Alt "><img src=x onerror=ewXss("alt")> &amp; <script>ewXss("alt")</script>',
    "credit": 'Credit <script>ewXss("credit")</script>',
    "source": 'Agencies & <script>ewXss("source")</script><img src=x onerror=ewXss("source")>',
}


def test_script_in_plain_text_fields_never_runs_on_the_public_page_or_in_wp_admin(
    make_sync: Callable[..., Any], themed: Any, tmp_path: Path
) -> None:
    from PIL import Image

    wp = themed
    media = tmp_path / "media"
    service = make_sync("desk", name="desk", media=media)
    assert wp.users["desk"].role == "ew_desk"
    articles = ArticleService(service.db)
    article, _ = articles.create(
        headline=HOSTILE["headline"], standfirst=HOSTILE["standfirst"], body="Body.", source=HOSTILE["source"]
    )
    picture = tmp_path / "hostile.jpg"
    Image.new("RGB", (320, 200), (120, 30, 60)).save(picture, "JPEG")
    fields = {k: HOSTILE[k] for k in ("caption", "alt_text", "credit")}
    report = PhotoService(service.db, media, workers=1).add_files(
        article.id, [picture], featured=True, fields=fields
    )
    photo = report.imported[0].photo
    articles.edit(article.id, {"body": f"Body.\n\n{inline_markdown(photo)}"})
    publish_as_desk(service, article.id)
    synced(service)
    post_id = remote_id(service, article.id)
    post = get(wp, f"wp/v2/posts/{post_id}")
    media_id = int(post["featured_media"])
    item = get(wp, f"wp/v2/media/{media_id}")
    assert "<script" not in post["title"]["raw"] + post["excerpt"]["raw"]
    assert "<script" not in item["caption"]["raw"] + item["alt_text"] + item["title"]["raw"]

    page = public_page(wp, post_id)
    assert executable_payloads(page, "ewXss") == []
    soup = BeautifulSoup(page, "html.parser")
    title = soup.select_one(".entry-title")
    assert title is not None
    shown = title.get_text().strip().replace("\u201c", '"').replace("\u201d", '"')  # the theme curls quotes
    assert shown == HOSTILE["headline"]  # shown as text, every character

    with admin_session(wp, "desk") as admin:
        for path in (
            "wp-admin/edit.php",
            f"wp-admin/post.php?post={post_id}&action=edit",
            "wp-admin/upload.php?mode=list",
            f"wp-admin/post.php?post={media_id}&action=edit",
            "wp-admin/index.php",
        ):
            response = admin.get(f"/{path}")
            assert response.status_code == 200 and 'id="adminmenu"' in response.text, path
            assert executable_payloads(response.text, "ewXss") == [], path

    # The raw text comes back exactly on another workstation.
    other = make_sync("desk", name="other")
    synced(other)
    pulled = pulled_by_headline(other, HOSTILE["headline"])
    assert pulled.standfirst == HOSTILE["standfirst"]
    assert pulled.source == HOSTILE["source"]
    with other.db.read() as uow:
        (placed,) = uow.photos.for_article(pulled.id)
    assert (placed.photo.caption, placed.photo.alt_text) == (HOSTILE["caption"], HOSTILE["alt_text"])
    assert placed.photo.credit == HOSTILE["credit"]


def test_the_dom_check_finds_script_that_was_sent_unescaped(themed: Any) -> None:
    """Control: the same headline sent raw by the desk (as the client used to) does run on the public page."""
    with rest(themed, "desk") as desk:
        response = desk.post(
            "wp/v2/posts", json={"title": HOSTILE["headline"], "content": "x", "status": "publish"}
        )
        response.raise_for_status()
    assert executable_payloads(public_page(themed, int(response.json()["id"])), "ewXss") != []


def test_a_body_photo_that_cannot_be_uploaded_stops_that_article_with_a_clear_message(
    make_sync: Callable[..., Any], wordpress: Any
) -> None:
    service = make_sync("reporter", name="missing")
    articles = ArticleService(service.db)
    article, _ = articles.create(
        headline="Missing photo", body="![x](photo:0bcb7d0e-8f55-4c3b-9a51-3f6f2f0c1d2e)"
    )
    other, _ = articles.create(headline="Fine", body="Text.")
    report = service.sync_once().report
    assert len(report.failures) == 1 and "does not have (photo:0bcb7d0e" in report.failures[0]
    assert "'Missing photo'" in report.failures[0]
    with rest(wordpress, "admin") as admin:
        found = admin.get("wp/v2/posts", params={"search": "Missing photo", "status": "any"}).json()
    assert found == []  # nothing with a local photo address was sent
    with service.db.read() as uow:
        state = uow.sync_state
        site_id = state.sites()[0].id
        assert state.link(site_id, article.id) is None or state.link(site_id, article.id).remote_id is None
        assert [change.article_id for change in state.pending()] == [article.id]  # still queued, nothing lost
    assert remote_id(service, other.id)  # the rest of the batch went on


def test_a_short_photo_token_is_pushed_as_the_photo_with_its_caption_and_credit(
    make_sync: Callable[..., Any], themed: Any, tmp_path: Path
) -> None:
    from PIL import Image

    from editor_app.render.photo_tokens import expand_tokens, short_ref

    wp = themed
    media = tmp_path / "media"
    service = make_sync("desk", name="desk", media=media)
    articles = ArticleService(service.db)
    article, _ = articles.create(headline="Sirens tested", body="Lead.", source="Staff")
    pictures = []
    for index, colour in enumerate(((200, 40, 40), (40, 160, 60))):
        pictures.append(tmp_path / f"siren-{index}.jpg")
        Image.new("RGB", (320, 200), colour).save(pictures[-1], "JPEG")
    fields = {"caption": "Engineers test a siren", "credit": "Carrick Bay Council", "alt_text": "A siren"}
    report = PhotoService(service.db, media, workers=1).add_files(
        article.id, pictures, featured=True, fields=fields
    )
    photos = [item.photo for item in report.imported]
    photo = photos[0]
    ref = short_ref(photo.id, [p.id for p in photos])
    assert len(ref) < 36
    body = f"Lead.\n\n![Engineers test a siren](photo:{ref})\n\nAfter."
    articles.edit(article.id, {"body": body})
    publish_as_desk(service, article.id)
    synced(service)
    post = get(wp, f"wp/v2/posts/{remote_id(service, article.id)}")
    raw = post["content"]["raw"]
    assert f"photo:{ref}" not in raw and 'src="photo:' not in raw
    assert raw.count(f'data-ew-photo="{photo.id}"') == 1  # the full id: a pull maps it back
    assert unplace_photos(raw) == publish_body(expand_tokens(body, photos))
    soup = BeautifulSoup(public_page(wp, post["id"]), "html.parser")
    figure = soup.select_one(f'figure img[data-ew-photo="{photo.id}"]')
    assert figure is not None
    caption = figure.find_next("figcaption")
    assert caption is not None and caption.get_text() == "photo: Engineers test a siren (Carrick Bay Council)"
    # The Markdown as written (the short token) is what another workstation pulls.
    other = make_sync("desk", name="desk-other")
    synced(other)
    assert pulled_by_headline(other, "Sirens tested").body == body
