"""An article's language reaches the site and its public page: the pushed post carries ``ew_language``, the
published page declares it as ``<html lang>`` (so CSS hyphenation follows it), a change goes out with the next
sync, and a language set on the site comes back. Real WordPress, the real sync, the public page's DOM."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from editor_app.services import ArticleService
from editor_app.services.photos import PhotoService
from tests.sync.test_sync_publish import PHOTO, get, publish_as_desk, remote_id, rest, synced
from tests.sync.wordpress_pages import activate_theme, public_page

pytestmark = [pytest.mark.wordpress]

RUSSIAN = "Наводнение в порту: паромы стоят у причала, набережная закрыта до утра."


@pytest.fixture(scope="module")
def themed(wordpress: Any) -> Any:
    activate_theme(wordpress)
    return wordpress


def page_language(wp: Any, post_id: int) -> str | None:
    soup = BeautifulSoup(public_page(wp, post_id), "html.parser")
    assert soup.html is not None and soup.select_one(".entry-content") is not None
    value = soup.html.get("lang")
    return None if value is None else str(value)


def test_the_language_goes_with_the_post_and_onto_the_public_page(
    make_sync: Callable[..., Any], themed: Any, tmp_path: Path
) -> None:
    from PIL import Image

    wp = themed
    media = tmp_path / "media"
    service = make_sync("desk", name="desk", media=media)
    articles = ArticleService(service.db)
    article, _ = articles.create(headline="Наводнение в порту", body=RUSSIAN, source="Staff", language="ru")
    picture = tmp_path / "port.jpg"
    Image.new("RGB", (320, 200), (30, 60, 120)).save(picture, "JPEG")
    PhotoService(service.db, media, workers=1).add_files(article.id, [picture], featured=True, fields=PHOTO)
    publish_as_desk(service, article.id)
    synced(service)
    post_id = remote_id(service, article.id)
    assert get(wp, f"wp/v2/posts/{post_id}")["meta"]["ew_language"] == "ru"
    assert page_language(wp, post_id) == "ru"

    articles.edit(article.id, {"language": "az"})
    synced(service)
    assert get(wp, f"wp/v2/posts/{post_id}")["meta"]["ew_language"] == "az"
    assert page_language(wp, post_id) == "az"

    with rest(wp, "desk") as desk:  # set on the site (a desk tool, wp-admin's custom fields): pulled back
        desk.post(f"wp/v2/posts/{post_id}", json={"meta": {"ew_language": "en-GB"}}).raise_for_status()
    synced(service)
    assert articles.get(article.id).language == "en-GB"  # type: ignore[union-attr]
    assert page_language(wp, post_id) == "en-GB"


def test_a_post_without_a_language_keeps_the_sites_lang_and_a_bad_tag_is_refused(themed: Any) -> None:
    wp = themed
    with rest(wp, "desk") as desk:
        created = desk.post("wp/v2/posts", json={"title": "No language", "content": "x", "status": "publish"})
        assert created.status_code == 201, created.text
        post_id = int(created.json()["id"])
        site_lang = page_language(wp, post_id)
        assert site_lang and site_lang.startswith("en")
        bad = desk.post(f"wp/v2/posts/{post_id}", json={"meta": {"ew_language": '"><script>x</script>'}})
        assert bad.status_code == 400, bad.text
    assert page_language(wp, post_id) == site_lang
