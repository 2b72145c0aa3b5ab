"""Three newsroom members, each with their own data folder, on one real WordPress: write → attach a credited photo
→ submit → the desk reviews the diff → returns with a note → the reporter fixes → resubmits → the desk approves.

The published post then carries the rendered content, the featured image with its credit in meta and in the
uploaded file's IPTC, the related post ids and Editor's choice; the audit trail and the notes reached everyone.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyexiv2
import pytest
from PIL import Image

from editor_app.domain import Role, Status, TransitionError
from editor_app.render import render_markdown
from editor_app.services.workflow import ChecklistFailed, TextChangedSinceReview
from tests.e2e.newsroom import Member, download, members, server_media, server_post

pytestmark = [pytest.mark.wordpress]

FIRST = "The harbour reopened on Monday.\n\nFerries run every hour."
FIXED = "The harbour reopened on Monday after repairs.\n\nNorthLink ferries run every hour."
LATE = FIXED + "\n\nFares stay the same."


def tick() -> None:
    """WordPress dates have one-second resolution, and a pull skips a post whose modified time it already holds:
    give each member's change its own second (the sync issue's tests do the same)."""


@pytest.fixture
def newsroom(wordpress: Any, tmp_path: Path) -> Iterator[dict[str, Member]]:
    with members(wordpress, tmp_path, ("reporter", "photo_editor", "desk"), synced=False) as opened:
        yield opened


def test_write_submit_return_fix_resubmit_approve_publishes_everything(
    newsroom: dict[str, Member], wordpress: Any, tmp_path: Path
) -> None:
    reporter, photo_editor, desk = newsroom["reporter"], newsroom["photo_editor"], newsroom["desk"]
    for m, role in ((reporter, Role.REPORTER), (photo_editor, Role.PHOTO_EDITOR), (desk, Role.DESK)):
        m.synced()
        assert m.workflow.role() is role, m.key  # the role comes from the signed-in site user

    # The reporter writes, links two earlier stories, attaches a credited photo and submits.
    articles = reporter.services.articles
    older = [
        articles.create(headline=h, body="Earlier.", source="Staff")[0] for h in ("Port strike", "Repairs")
    ]
    story, _ = articles.create(headline="Harbour reopens", body=FIRST, section="News")
    with pytest.raises(ChecklistFailed, match=r"The source line is empty\.") as refused:
        reporter.workflow.apply(story.id, "submit", reporter.workflow.role())
    assert "There is no featured photo" not in str(refused.value)  # the reporter's checklist, not the desk's
    articles.edit(story.id, {"source": "Staff reporter"})
    picture = tmp_path / "harbour.jpg"
    Image.new("RGB", (640, 400), (20, 90, 160)).save(picture, "JPEG")
    credit = "Jane Doe/Harbour Agency"
    photo_fields = {"caption": "The reopened quay", "credit": credit, "alt_text": "Ferries at the quay"}
    assert reporter.photos.add_files(story.id, [picture], featured=True, fields=photo_fields).imported
    reporter.synced()  # the earlier stories get their post ids first
    reporter.related.set_related(story.id, [a.id for a in older])
    reporter.workflow.apply(story.id, "submit", Role.REPORTER)
    reporter.synced()
    post_id = reporter.remote_id(story.id)
    post = server_post(wordpress, post_id)
    assert (post["status"], post["meta"]["ew_status"]) == ("pending", "submitted")
    related_ids = [reporter.remote_id(a.id) for a in older]
    assert post["meta"]["ew_related"] == related_ids
    assert [e["to"] for e in post["meta"]["ew_audit"]] == ["submitted"]

    # The photo editor sees the pending story and leaves a note; the text on the server is untouched.
    tick()
    photo_editor.synced()
    pe_story = photo_editor.article_for(post_id)
    photo_editor.review.comment(pe_story, "Credit checked against the agency feed.")
    photo_editor.synced()
    after_note = server_post(wordpress, post_id)
    assert after_note["content"]["raw"] == post["content"]["raw"]
    assert [n["text"] for n in after_note["meta"]["ew_notes"]] == ["Credit checked against the agency feed."]

    # The desk's queue has it, with who and when; the desk reviews, comments and returns it with a note.
    desk.synced()
    (item,) = [i for i in desk.review.queue() if i.article_id == desk.article_for(post_id)]
    desk_story = item.article_id
    assert item.submitted_by == wordpress.users["reporter"].login and item.headline == "Harbour reopens"
    first_look = desk.review.open(desk_story)
    assert first_look.problems == ()  # the publish checklist passes as far as the desk's copy knows
    assert [c.text for _, c in first_look.comments] == ["Credit checked against the agency feed."]
    tick()
    question, _ = desk.review.comment(desk_story, "Which ferry company?")
    with pytest.raises(TransitionError, match="note"):
        desk.workflow.apply(desk_story, "return", Role.DESK, note="")
    desk.workflow.apply(desk_story, "return", Role.DESK, note="Name the ferry company and say why it closed.")
    desk.synced()
    returned = server_post(wordpress, post_id)
    assert (returned["status"], returned["meta"]["ew_status"]) == ("draft", "returned")
    assert returned["meta"]["ew_desk_note"].startswith("Name the ferry company")

    # The returned article reaches the reporter with the desk's note; the reporter fixes, replies, resubmits.
    reporter.synced()
    mine = articles.get(story.id)
    assert mine is not None and mine.status is Status.RETURNED
    assert mine.note == "Name the ferry company and say why it closed."
    thread = reporter.review.comments(story.id)
    assert [c.text for _, c in thread] == ["Credit checked against the agency feed.", "Which ferry company?"]
    tick()
    articles.edit(story.id, {"body": FIXED})
    reporter.review.comment(story.id, "NorthLink; closed for repairs.", reply_to=question.id)
    reporter.workflow.apply(story.id, "submit", Role.REPORTER)
    reporter.synced()

    # The desk sees what changed since its last review, marks Editor's choice ...
    tick()
    desk.synced()
    second_look = desk.review.open(desk_story)
    assert second_look.base_label.startswith("your last review")
    assert "NorthLink" in second_look.diff_html and "<ins" in second_look.diff_html
    assert [(d, c.text) for d, c in second_look.comments][-1] == (1, "NorthLink; closed for repairs.")
    desk.services.articles.edit(desk_story, {"editors_choice": True})

    # ... but the reporter adds a line meanwhile: the approval shows the new diff first.
    tick()
    articles.edit(story.id, {"body": LATE})
    reporter.synced()
    tick()
    desk.synced()
    with pytest.raises(TextChangedSinceReview) as changed:
        desk.workflow.approve(desk_story, Role.DESK)
    assert "Fares stay the same." in changed.value.diff_html
    desk.review.open(desk_story)
    desk.workflow.approve(desk_story, Role.DESK)
    desk.synced()

    published = server_post(wordpress, post_id)
    assert published["status"] == "publish"
    assert published["content"]["raw"] == render_markdown(LATE)
    assert published["meta"]["ew_related"] == related_ids
    assert published["meta"]["ew_editors_choice"] is True
    trail = [(e["from"], e["to"], e["who"]) for e in published["meta"]["ew_audit"]]
    assert trail == [
        ("draft", "submitted", "ew-reporter"),
        ("submitted", "returned", "ew-desk"),
        ("returned", "submitted", "ew-reporter"),
        ("submitted", "approved", "ew-desk"),
        ("approved", "published", "ew-desk"),
    ]
    assert len(published["meta"]["ew_notes"]) == 3
    media = server_media(wordpress, published["featured_media"])
    assert media["meta"]["ew_credit"] == credit and media["alt_text"] == "Ferries at the quay"
    with pyexiv2.ImageData(download(media["source_url"])) as image:
        assert image.read_iptc(encoding="utf-8").get("Iptc.Application2.Credit") == credit

    # Everyone's copy ends published, with the whole audit trail.
    tick()
    reporter.synced()
    final = articles.get(story.id)
    assert final is not None and final.status is Status.PUBLISHED and final.body == LATE
    assert [e.to_status for e in reporter.workflow.trail(story.id)] == [t[1] for t in trail]
