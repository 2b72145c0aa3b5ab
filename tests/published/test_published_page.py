"""The published page, read as a reader on the real WordPress with Debian's Twenty Twenty-One theme, shows the
article the desk previewed: section, Editor's choice badge, standfirst, body, source line, the featured photo with
its caption and credit, and the related articles that are published. Nothing of it is stored in the post."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.published import published_site as seed
from tests.wordpress.harness import WordPressSite, rest_client

pytestmark = pytest.mark.wordpress

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture(scope="module")
def article(wordpress: WordPressSite, shared_fixtures_module: Path) -> seed.Published:
    return seed.publish_seed_article(wordpress, shared_fixtures_module / "photos" / "Polizeihund-China.jpg")


@pytest.fixture(scope="module")
def page(article: seed.Published) -> BeautifulSoup:
    return seed.public_page(article.link)


def text(page: BeautifulSoup, selector: str) -> str:
    found = page.select_one(selector)
    assert found is not None, f"{selector} is missing from the page"
    return " ".join(found.get_text().split())


def test_the_theme_is_twenty_twenty_one(wordpress: WordPressSite, page: BeautifulSoup) -> None:
    stylesheets = [link.get("href", "") for link in page.select("link[rel=stylesheet]")]
    assert any("/themes/twentytwentyone/style.css" in str(href) for href in stylesheets)
    assert any("/editorial-workstation/assets/ew.css" in str(href) for href in stylesheets)
    css = seed.public_get(next(str(h) for h in stylesheets if "ew.css" in str(h)))
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")


def test_header_parts_badge_section_and_standfirst(page: BeautifulSoup) -> None:
    content = page.select_one(".entry-content")
    assert content is not None
    assert text(content, ".ew-badge.badge") == "Editor's choice"
    assert text(content, ".ew-section.section") == "News"
    assert text(content, ".ew-standfirst.standfirst") == seed.STANDFIRST
    # The standfirst comes before the body, the source line after it.
    order = [el.get_text(" ", strip=True) for el in content.find_all(["p"], recursive=False)]
    assert order.index(seed.STANDFIRST) < order.index(seed.BODY[0]) < order.index("source: " + seed.SOURCE)


def test_source_line(page: BeautifulSoup) -> None:
    assert text(page, ".entry-content .ew-source.source") == "source: " + seed.SOURCE


def test_featured_photo_with_caption_and_credit_once(page: BeautifulSoup) -> None:
    figure = page.select_one(".post-thumbnail figure.featured.ew-featured")
    assert figure is not None and figure.select_one("img.wp-post-image") is not None
    assert text(figure, ".ew-credit.credit") == seed.CREDIT
    assert text(figure, "figcaption") == f"photo: {seed.CAPTION} ({seed.CREDIT})"
    # The theme's own caption is not printed a second time.
    assert seed.CAPTION not in " ".join(c.get_text() for c in page.select(".post-thumbnail > figcaption"))
    assert page.get_text().count(seed.CAPTION) == 1


def test_related_lists_the_published_one_only(article: seed.Published, page: BeautifulSoup) -> None:
    related = page.select_one(".entry-content section.related.ew-related")
    assert related is not None
    links = related.select("ul.related-list.ew-related-list li a")
    assert [a.get_text(strip=True) for a in links] == [seed.RELATED_PUBLISHED]
    assert (
        str(links[0]["href"]).rstrip("/").endswith("unexploded-ordnance-remains-a-deadly-concern-in-ukraine")
    )
    assert seed.RELATED_DRAFT not in page.get_text()
    assert f"?p={article.related_draft}" not in str(page)


def test_a_related_article_appears_once_it_is_published(
    wordpress: WordPressSite, shared_fixtures_module: Path
) -> None:
    later = seed.publish_seed_article(
        wordpress, shared_fixtures_module / "photos" / "flower.jpg", suffix=" (2)"
    )
    assert seed.RELATED_DRAFT + " (2)" not in seed.public_page(later.link).get_text()
    with rest_client(wordpress, "desk") as desk:
        done = desk.post(f"wp/v2/posts/{later.related_draft}", json={"status": "publish"})
        assert done.status_code == 200, done.text
    links = seed.public_page(later.link).select(".ew-related-list a")
    assert [a.get_text(strip=True) for a in links] == [
        seed.RELATED_PUBLISHED + " (2)",
        seed.RELATED_DRAFT + " (2)",
    ]


def test_render_time_parts_never_reach_content_raw(wordpress: WordPressSite, article: seed.Published) -> None:
    seed.public_page(article.link)  # render the page first
    with rest_client(wordpress, "desk") as desk:
        post = desk.get(f"wp/v2/posts/{article.post_id}", params={"context": "edit"}).json()
    assert post["content"]["raw"] == article.content_raw == seed.BODY_HTML
    for added in ("ew-", "Editor's choice", seed.SOURCE, seed.CREDIT, seed.STANDFIRST, "Related articles"):
        assert added not in post["content"]["raw"]
    # The REST API's rendered content is not the page either: the parts are added on the page only.
    assert "ew-source" not in post["content"]["rendered"]


def test_other_posts_on_the_page_and_the_feed_get_nothing(
    wordpress: WordPressSite, article: seed.Published
) -> None:
    home = seed.public_get(wordpress.url + "/")
    assert home.status_code == 200
    assert "ew-source" not in home.text and "ew-related" not in home.text
    feed = seed.public_get(wordpress.url + "/feed/")
    assert feed.status_code == 200
    assert "ew-source" not in feed.text


@pytest.mark.slow
def test_screenshot_of_the_public_page(article: seed.Published) -> None:
    if seed.chromium() is None:
        pytest.skip("chromium is not installed (scripts/setup-system.sh installs it)")
    from PIL import Image

    def photo_contrast() -> int:
        shot = seed.screenshot(article.link, ARTIFACTS / "published-page.png")
        with Image.open(shot) as image:
            assert image.size == (1400, 2400)
            low, high = image.convert("L").crop((100, 600, 1300, 1000)).getextrema()
            return int(high - low)

    # The photo decoded: the page is not one flat colour where the featured image sits. Headless Chromium's
    # virtual time does not always wait for the single-threaded test server to send the image, so a blank shot
    # is taken again (at most three times) before it counts as a failure.
    contrasts = [photo_contrast()]
    while contrasts[-1] <= 80 and len(contrasts) < 3:
        contrasts.append(photo_contrast())
    assert contrasts[-1] > 80, contrasts
