"""Publish a seed-shaped article on the test WordPress and read its public page (for tests/published/)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2
from bs4 import BeautifulSoup

from tests.wordpress.harness import WordPressSite, rest_client
from tests.wordpress.wp_media_helpers import upload_jpeg

HEADLINE = "Putin says Karabakh conflict should be solved through political means."
STANDFIRST = "Russia is helping to find a solution, the Russian leader says in Baku."
SOURCE = "Commonspace.eu with agencies."
CAPTION = "President Putin and President Aliev at the start of their talks in Baku on 13 August 2013."
CREDIT = "picture courtesy of the Press Office of the President of Azerbaijan."
BODY = [
    "The Russian President Vladimir Putin arrived in Baku on Tuesday at the head of a powerful delegation of "
    "Ministers and State officials for talks with President Ilham Aliev.",
    "Coinciding with the visit of the Russian leader, ships of the Caspian Flotilla of the Russian Navy also "
    "anchored in the Port of Baku on what has been described as a friendship visit.",
    "President Putin also spoke about the Nagorno-Karabakh conflict and said that the only way to solve the "
    "conflict was through political means.",
]
BODY_HTML = "\n".join(f"<p>{paragraph}</p>" for paragraph in BODY)
RELATED_PUBLISHED = "Unexploded ordnance remains a deadly concern in Ukraine"
RELATED_DRAFT = "Borrell tells the European Parliament the EU will remain engaged in Afghanistan"


@dataclass(frozen=True)
class Published:
    post_id: int
    link: str
    media_id: int
    related_published: int
    related_draft: int
    content_raw: str


def category_id(client: httpx2.Client, name: str) -> int:
    created = client.post("wp/v2/categories", json={"name": name})
    if created.status_code == 400 and created.json().get("code") == "term_exists":
        return int(created.json()["data"]["term_id"])
    assert created.status_code == 201, created.text
    return int(created.json()["id"])


def create_post(client: httpx2.Client, **fields: Any) -> dict[str, Any]:
    created = client.post("wp/v2/posts", json=fields)
    assert created.status_code == 201, created.text
    return dict(created.json())


def publish_seed_article(site: WordPressSite, photo: Path, *, suffix: str = "") -> Published:
    """As the desk: a News article with standfirst, source line, Editor's choice, a featured photo with caption
    and credit, and two related articles (one published, one still a draft)."""
    with rest_client(site, "desk") as desk:
        news = category_id(desk, "News")
        uploaded = upload_jpeg(
            desk,
            photo.read_bytes(),
            f"baku{suffix}.jpg",
            caption=CAPTION,
            alt_text="Two presidents at a table",
        )
        assert uploaded.status_code == 201, uploaded.text
        media_id = int(uploaded.json()["id"])
        # The credit as the app sends it (meta of the attachment), after WordPress read the file's IPTC.
        updated = desk.post(f"wp/v2/media/{media_id}", json={"meta": {"ew_credit": CREDIT}})
        assert updated.status_code == 200, updated.text
        published = create_post(
            desk,
            title=RELATED_PUBLISHED + suffix,
            content="<p>Mines.</p>",
            status="publish",
            categories=[news],
        )
        draft = create_post(
            desk, title=RELATED_DRAFT + suffix, content="<p>Engaged.</p>", status="draft", categories=[news]
        )
        post = create_post(
            desk,
            title=HEADLINE + suffix,
            excerpt=STANDFIRST,
            content=BODY_HTML,
            status="publish",
            categories=[news],
            featured_media=media_id,
            meta={
                "ew_source_line": SOURCE,
                "ew_editors_choice": True,
                "ew_related": [published["id"], draft["id"]],
            },
        )
        raw = desk.get(f"wp/v2/posts/{post['id']}", params={"context": "edit"}).json()["content"]["raw"]
    return Published(int(post["id"]), str(post["link"]), media_id, published["id"], draft["id"], raw)


def public_get(url: str, **headers: str) -> httpx2.Response:
    """A reader's GET of a public page (no credentials, redirects followed)."""
    with httpx2.Client(trust_env=False, timeout=30.0, follow_redirects=True, headers=headers) as client:
        return client.get(url)


def public_page(url: str) -> BeautifulSoup:
    response = public_get(url)
    assert response.status_code == 200, response.text[:500]
    return BeautifulSoup(response.text, "html.parser")


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def screenshot(url: str, output: Path, *, width: int = 1400, height: int = 2400) -> Path:
    """A headless Chromium screenshot of ``url`` (Debian's ``chromium`` package). The virtual time budget lets
    the page's images load and decode before the shot (without it the photo is still blank)."""
    browser = chromium()
    assert browser is not None
    output.parent.mkdir(parents=True, exist_ok=True)
    output.unlink(missing_ok=True)
    done = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
         f"--user-data-dir={output.parent / '.chromium-profile'}", f"--screenshot={output}",
         f"--window-size={width},{height}", "--virtual-time-budget=10000",
         "--run-all-compositor-stages-before-draw", url],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0 and output.is_file(), done.stderr[-2000:]
    shutil.rmtree(output.parent / ".chromium-profile", ignore_errors=True)
    return output
