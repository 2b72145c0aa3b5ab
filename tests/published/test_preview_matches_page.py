"""The same article twice: published on WordPress (Twenty Twenty-One) and as the app previews it after pulling it.
Both are saved as screenshots under tests/artifacts/ for a person to compare; the test checks they carry the
same parts."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from editor_app.domain.site_lists import as_of
from editor_app.render import BlockRenderer, page_data_for, render_page
from editor_app.services.articles import ArticleService
from editor_app.services.site_lists import SiteListsService
from editor_app.services.sync import SyncService
from editor_app.store import Database
from editor_app.sync.credentials import Credentials
from tests.published import published_site as seed
from tests.wordpress.harness import WordPressSite

pytestmark = [pytest.mark.wordpress, pytest.mark.slow]

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
PARTS = (".ew-section", ".ew-badge", ".ew-standfirst", ".ew-source", ".ew-related-list")


def test_preview_and_published_page_show_the_same_parts(
    wordpress: WordPressSite, shared_fixtures: Path, tmp_path: Path
) -> None:
    photo = shared_fixtures / "photos" / "Polizeihund-China.jpg"
    article = seed.publish_seed_article(wordpress, photo, suffix=" (compare)")
    db = Database.open(tmp_path / "desk" / "newsroom.sqlite")
    try:
        sync = SyncService(db, None, Credentials(use_keyring=False))
        desk = wordpress.users["desk"]
        sync.add_site("test", wordpress.url, desk.login)
        sync.credentials.remember_for_session(wordpress.url, desk.login, desk.app_password)
        assert sync.sync_once().ok
        with db.read() as uow:
            state = uow.sync_state
            local_id = state.remote_ids(state.sites()[0].id)[article.post_id]
        snapshot = ArticleService(db).snapshot(local_id)
        lists = SiteListsService(db).lists()
    finally:
        db.close()
    assert snapshot is not None
    html = render_page(
        page_data_for(
            snapshot.article,
            snapshot.featured,
            [(headline, None) for _id, headline in snapshot.related],
            photo.resolve().as_uri() if snapshot.featured is not None else None,
            body_html=BlockRenderer().render(snapshot.article.body).html,
            popular=[(i.title, i.url) for i in lists.popular.public_items if i.article_id != local_id][:5],
            editors_picks=[
                (i.title, i.url) for i in lists.editors_choice.public_items if i.article_id != local_id
            ][:5],
            lists_note=as_of(lists.popular.fetched_at),
        )
    )
    ARTIFACTS.mkdir(exist_ok=True)
    preview_file = ARTIFACTS / "app-preview-page.html"
    preview_file.write_text(html, encoding="utf-8")
    preview = BeautifulSoup(html, "html.parser")
    published = seed.public_page(article.link)
    for part in PARTS[:-1]:
        ours, theirs = preview.select_one(part), published.select_one(part)
        assert ours is not None and theirs is not None, part
        assert " ".join(ours.get_text().split()) == " ".join(theirs.get_text().split()), part
    # Related: the page lists the published one; the preview also shows the draft (the desk sees what waits).
    ours_related = [li.get_text(strip=True) for li in preview.select(".ew-related-list li")]
    theirs_related = [li.get_text(strip=True) for li in published.select(".ew-related-list li")]
    assert theirs_related == [seed.RELATED_PUBLISHED + " (compare)"]
    assert ours_related == [seed.RELATED_PUBLISHED + " (compare)", seed.RELATED_DRAFT + " (compare)"]
    credit = published.select_one(".ew-featured .ew-credit")
    assert (
        credit is not None
        and seed.CREDIT in (preview.select_one(".ew-featured figcaption") or credit).get_text()
    )
    if seed.chromium() is not None:
        seed.screenshot(preview_file.as_uri(), ARTIFACTS / "app-preview-page.png")
        seed.screenshot(article.link, ARTIFACTS / "published-page-compare.png")
