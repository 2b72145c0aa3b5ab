"""PhotoService: import and attach (dedupe by content), metadata from the file, desk edits, order and featured
slot, saved credits and code replacements; every write queues the article for sync."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path
from typing import Any

import pytest

from editor_app.domain import publish_checklist
from editor_app.services.photos import (
    PhotoFailure,
    PhotoService,
    attention_text,
    expand_codes,
    inline_markdown,
)
from tests.photos.photo_helpers import GPS_EXIF, MakeImage

AZ_CREDIT = "Azərbaycan Prezidentinin Mətbuat Xidməti"
ALT = 'lang="x-default"'


def outbox_articles(profile: Any) -> list[str]:
    with profile.db.read() as uow:
        return [entry.article_id for entry in uow.outbox.pending() if entry.op == "save"]


def clear_outbox(profile: Any) -> None:
    with profile.db.write() as uow:
        for entry in uow.outbox.pending():
            uow.outbox.done(entry.id)


def test_import_attaches_photos_with_file_metadata(
    photo_service: PhotoService, article_id: str, profile: Any, make_image: MakeImage
) -> None:
    clear_outbox(profile)
    gps = make_image("gps.jpg", exif=GPS_EXIF)
    credited = make_image(
        "credited.jpg",
        size=(400, 300),
        xmp={"Xmp.photoshop.Credit": AZ_CREDIT, "Xmp.dc.description": {ALT: "Xmp caption"}},
        iptc={"Iptc.Application2.Caption": "Old IIM caption", "Iptc.Application2.Byline": ["Rəşad"]},
    )
    report = photo_service.add_files(article_id, [gps, credited])
    assert [type(i).__name__ for i in report.items] == ["PhotoImported", "PhotoImported"]
    assert report.changes.updated == {article_id}
    slots = photo_service.photos(article_id)
    assert [s.photo.filename for s in slots] == ["gps.jpg", "credited.jpg"]
    first, second = (s.photo for s in slots)
    assert first.has_gps and not second.has_gps
    assert second.credit == AZ_CREDIT  # the full text from XMP, not a 32-byte IIM cut
    assert second.caption == "Xmp caption"  # XMP and IIM disagree: XMP wins
    assert second.creator == "Rəşad"
    assert (second.width, second.height) == (400, 300)
    assert outbox_articles(profile) == [article_id]


def test_the_same_file_twice_is_one_photo_and_originals_stay_untouched(
    photo_service: PhotoService, article_id: str, profile: Any, make_image: MakeImage, tmp_path: Path
) -> None:
    source = make_image("a.jpg", size=(300, 200))
    copy = tmp_path / "renamed-copy.JPG"
    copy.write_bytes(source.read_bytes())
    first = photo_service.add_files(article_id, [source])
    second = photo_service.add_files(article_id, [copy, source])
    photo_id = first.imported[0].photo.id
    assert {i.photo.id for i in second.imported} == {photo_id}
    assert all(i.already_placed and not i.new for i in second.imported)
    assert "already in this article" in second.lines[0]
    assert second.changes.empty  # nothing new: the article is not queued again
    assert len(photo_service.photos(article_id)) == 1
    originals = [p for p in (profile.paths.media / "originals").rglob("*") if p.is_file()]
    assert len(originals) == 1
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert originals[0].read_bytes() == source.read_bytes()
    assert originals[0].name.startswith(digest[2:])
    assert not originals[0].stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)

    other_article, _ = profile.articles.create(headline="Another story")
    again = photo_service.add_files(other_article.id, [copy])
    assert again.imported[0].photo.id == photo_id and not again.imported[0].new
    assert not again.imported[0].already_placed  # placed in the second article, still one photo


def test_desk_edits_survive_a_reimport_of_the_same_file(
    photo_service: PhotoService, article_id: str, make_image: MakeImage
) -> None:
    source = make_image("a.jpg", iptc={"Iptc.Application2.Caption": "From the file"})
    photo_id = photo_service.add_files(article_id, [source]).imported[0].photo.id
    photo_service.update(photo_id, {"caption": "Fixed by the desk"})
    photo_service.add_files(article_id, [source])
    assert photo_service.get(photo_id).caption == "Fixed by the desk"  # type: ignore[union-attr]


def test_iim_latin1_without_charset_and_agency_credit_in_caption(
    photo_service: PhotoService, article_id: str, make_image: MakeImage
) -> None:
    caption = "Smoke rises over Montréal on Tuesday. THE CANADIAN PRESS/Paul Chiasson"
    latin = make_image(
        "latin.jpg",
        iptc={"Iptc.Application2.Caption": caption, "Iptc.Application2.City": "Montréal"},
        iptc_encoding="latin-1",
    )
    photo = photo_service.add_files(article_id, [latin]).imported[0].photo
    assert photo.caption == caption  # caption kept whole
    assert photo.credit == "THE CANADIAN PRESS/Paul Chiasson"  # and the empty credit prefilled
    assert photo.city == "Montréal"


def test_overrides_featured_and_the_publish_checklist(
    photo_service: PhotoService, article_id: str, profile: Any, make_image: MakeImage
) -> None:
    paths = [make_image("one.jpg"), make_image("two.jpg", colour=(10, 200, 10))]
    report = photo_service.add_files(article_id, paths, featured=True, fields={"credit": "AP"})
    slots = photo_service.photos(article_id)
    assert [s.featured for s in slots] == [True, False]
    assert all(s.photo.credit == "AP" for s in slots)
    article = profile.articles.get(article_id)
    problems = [p.message for p in publish_checklist(article, slots)]
    assert "The featured photo has no caption or alt text." in problems
    featured_id = report.imported[0].photo.id
    photo_service.update(featured_id, {"caption": "Two presidents meet", "alt_text": "Two men shake hands"})
    problems = [p.message for p in publish_checklist(article, photo_service.photos(article_id))]
    assert not [p for p in problems if "featured" in p]
    assert photo_service.saved_credits() == ["AP"]


def test_update_queues_every_article_the_photo_is_in(
    photo_service: PhotoService, article_id: str, profile: Any, make_image: MakeImage
) -> None:
    source = make_image()
    other, _ = profile.articles.create(headline="Other")
    photo_id = photo_service.add_files(article_id, [source]).imported[0].photo.id
    photo_service.add_files(other.id, [source])
    clear_outbox(profile)
    changes = photo_service.update(photo_id, {"caption": " New caption  ", "city": "Bakı"}, origin="me")
    assert changes.updated == {article_id, other.id} and changes.origin == "me"
    assert sorted(outbox_articles(profile)) == sorted([article_id, other.id])
    photo = photo_service.get(photo_id)
    assert photo is not None and photo.caption == "New caption" and photo.city == "Bakı"
    assert photo_service.update(photo_id, {"caption": "New caption"}).empty  # nothing changed
    with pytest.raises(ValueError, match="Not a photo field: width"):
        photo_service.update(photo_id, {"width": "3"})
    with pytest.raises(LookupError):
        photo_service.update("no-such-photo", {"caption": "x"})


def test_featured_reorder_and_detach(
    photo_service: PhotoService, article_id: str, profile: Any, make_image: MakeImage
) -> None:
    paths = [make_image(f"p{i}.jpg", colour=(i * 60, 10, 10)) for i in range(3)]
    ids = [i.photo.id for i in photo_service.add_files(article_id, paths).imported]
    clear_outbox(profile)
    assert photo_service.set_featured(article_id, ids[2]).updated == {article_id}
    assert outbox_articles(profile) == [article_id]
    assert photo_service.set_featured(article_id, ids[2]).empty  # already featured
    photo_service.reorder(article_id, [ids[2], ids[0], ids[1]])
    slots = photo_service.photos(article_id)
    assert [s.photo.id for s in slots] == [ids[2], ids[0], ids[1]]
    assert [s.featured for s in slots] == [True, False, False]  # featured follows the photo
    with pytest.raises(ValueError):
        photo_service.reorder(article_id, ids[:2])
    photo_service.detach(article_id, ids[0], ids[2])
    assert [s.photo.id for s in photo_service.photos(article_id)] == [ids[1]]
    assert photo_service.get(ids[0]) is not None  # still in the library
    with pytest.raises(LookupError):
        photo_service.set_featured(article_id, ids[0])


def test_apply_credit_and_copyright_to_many(
    photo_service: PhotoService, article_id: str, profile: Any, make_image: MakeImage
) -> None:
    paths = [make_image(f"p{i}.jpg", colour=(i * 60, 90, 10)) for i in range(3)]
    ids = [i.photo.id for i in photo_service.add_files(article_id, paths).imported]
    photo_service.update(ids[2], {"copyright": "keep me"})
    clear_outbox(profile)
    changes = photo_service.apply_to_many(ids[:2], credit="Reuters", copyright="© Reuters 2024")
    assert changes.updated == {article_id}
    photos = [photo_service.get(i) for i in ids]
    assert [(p.credit, p.copyright) for p in photos if p] == [
        ("Reuters", "© Reuters 2024"),
        ("Reuters", "© Reuters 2024"),
        ("", "keep me"),
    ]
    photo_service.apply_to_many(ids, credit="AFP")  # copyright=None leaves it alone
    assert photo_service.get(ids[2]).copyright == "keep me"  # type: ignore[union-attr]
    assert photo_service.saved_credits()[:2] in (["AFP", "Reuters"], ["Reuters", "AFP"])


def test_saved_credits_are_ordered_by_use(photo_service: PhotoService) -> None:
    for credit in ["AP", "Reuters", "Reuters", "AFP", "Reuters", "AFP"]:
        photo_service.remember_credit(credit)
    assert photo_service.saved_credits() == ["Reuters", "AFP", "AP"]
    photo_service.forget_credit("AFP")
    assert photo_service.saved_credits() == ["Reuters", "AP"]


def test_code_replacements_expand_known_codes_only(photo_service: PhotoService) -> None:
    photo_service.set_code("=ap=", "The Associated Press")
    photo_service.set_code("az", AZ_CREDIT)
    assert photo_service.code_replacements() == {"ap": "The Associated Press", "az": AZ_CREDIT}
    assert photo_service.expand("Photo: =ap= / =az= =nope= a=b") == (
        f"Photo: The Associated Press / {AZ_CREDIT} =nope= a=b"
    )
    assert expand_codes("=ap==ap=", {"ap": "X"}) == ("XX", ["ap", "ap"])
    with pytest.raises(ValueError, match="A code is"):
        photo_service.set_code("has space", "x")
    photo_service.remove_code("ap")
    assert photo_service.expand("=ap=") == "=ap="


def test_attention_and_inline_markdown(
    photo_service: PhotoService, article_id: str, make_image: MakeImage
) -> None:
    path = make_image(iptc={"Iptc.Application2.SpecialInstructions": "EMBARGOED until 12:00 GMT"})
    photo = photo_service.add_files(article_id, [path]).imported[0].photo
    assert attention_text(photo) == "EMBARGOED until 12:00 GMT"
    assert attention_text(photo.with_changes(instructions="", caption="A. *MANDATORY CREDIT*")) != ""
    assert attention_text(photo.with_changes(instructions="ONE TIME USE")) == ""
    photo = photo.with_changes(alt_text="A [red] wall", caption='The "wall"', credit="AP")
    assert inline_markdown(photo) == f'![A (red) wall](photo:{photo.id} "The ”wall” (AP)")'


def test_unknown_article_is_refused_before_any_work(
    photo_service: PhotoService, make_image: MakeImage
) -> None:
    with pytest.raises(LookupError, match="No article with id nope"):
        photo_service.add_files("nope", [make_image()])
    assert not photo_service.media_root.exists()


def test_cancelled_import_reports_each_file(
    photo_service: PhotoService, article_id: str, make_image: MakeImage
) -> None:
    import threading

    cancel = threading.Event()
    cancel.set()
    report = photo_service.add_files(article_id, [make_image("a.jpg"), make_image("b.jpg")], cancel=cancel)
    assert report.cancelled
    assert report.lines == ["a.jpg: import cancelled", "b.jpg: import cancelled"]
    assert all(isinstance(i, PhotoFailure) for i in report.items)
    assert photo_service.photos(article_id) == []


def test_real_newsroom_photos(photo_service: PhotoService, article_id: str, shared_fixtures: Path) -> None:
    photos = shared_fixtures / "photos"
    files = sorted(p for p in photos.iterdir() if p.is_file())
    report = photo_service.add_files(article_id, files)
    assert report.failures == [], report.lines
    by_name = {i.path.name: i.photo for i in report.imported}
    handout = by_name["GAC103-thumb.jpg"]
    assert handout.caption.startswith("West Kelowna resident Annick deGooyer")
    assert handout.credit == "The Canadian Press"
    assert "MANDATORY CREDIT" in attention_text(handout)
    assert by_name["iphone_gpsinfo_exif.JPG"].has_gps
    assert not by_name["flower.jpg"].has_gps
    assert (by_name["iptc.jpg"].city, by_name["iptc.jpg"].country) == ("Budapest", "Hungary")
    assert by_name["digital-nature-10485007.jpg"].copyright == "(c) Aprescindere | Dreamstime.com"
    assert len(photo_service.photos(article_id)) == len({i.photo.id for i in report.imported})
