"""The photo editor's marks and desk texts in the service: keywords read from the file and written into the
rendition, ratings and colour labels, one field applied to many, removal and its undo, Credits & Codes as a file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from editor_app.services.photos import PhotoService
from tests.photos.photo_helpers import MakeImage, read_tags


def test_keywords_from_xmp_or_iim_are_stored_edited_and_written_into_the_rendition(
    photo_service: PhotoService, article_id: str, make_image: MakeImage, tmp_path: Path, exiftool: str
) -> None:
    xmp = make_image("xmp.jpg", xmp={"Xmp.dc.subject": ["Bakı", "Karabakh", "bakı"]})
    iim = make_image("iim.jpg", colour=(1, 2, 3), iptc={"Iptc.Application2.Keywords": ["Putin", "Aliyev"]})
    ids = [i.photo.id for i in photo_service.add_files(article_id, [xmp, iim]).imported]
    got = [photo_service.get(i).keywords for i in ids]  # type: ignore[union-attr]
    assert got == [("Bakı", "Karabakh"), ("Putin", "Aliyev")]  # a repeated keyword kept once
    photo_service.update(ids[1], {"keywords": "Putin,  Aliyev ; Russia, , Azerbaijan"})
    assert photo_service.get(ids[1]).keywords == ("Putin", "Aliyev", "Russia", "Azerbaijan")  # type: ignore[union-attr]
    result = photo_service.rendition(ids[1], tmp_path / "out.jpg")
    tags = read_tags(exiftool, result.path)
    assert tags["XMP:Subject"] == ["Putin", "Aliyev", "Russia", "Azerbaijan"]
    assert tags["IPTC:Keywords"] == ["Putin", "Aliyev", "Russia", "Azerbaijan"]
    azeri = photo_service.rendition(ids[0], tmp_path / "az.jpg")
    assert read_tags(exiftool, azeri.path)["IPTC:Keywords"] == ["Bakı", "Karabakh"]  # UTF-8 in IIM


def test_ratings_and_colour_labels_are_stored_per_photo(
    photo_service: PhotoService, article_id: str, make_image: MakeImage
) -> None:
    paths = [make_image(f"p{i}.jpg", colour=(i * 70, 9, 9)) for i in range(3)]
    ids = [i.photo.id for i in photo_service.add_files(article_id, paths).imported]
    assert photo_service.tag(ids[:2], rating=4).updated == {article_id}
    photo_service.tag([ids[1]], label="red")
    marks = [(p.rating, p.label) for p in (photo_service.get(i) for i in ids) if p]
    assert marks == [(4, ""), (4, "red"), (0, "")]
    photo_service.tag(ids, rating=0, label="")
    assert {(p.rating, p.label) for p in (photo_service.get(i) for i in ids) if p} == {(0, "")}
    with pytest.raises(ValueError):
        photo_service.tag(ids, rating=6)
    with pytest.raises(ValueError):
        photo_service.tag(ids, label="mauve")


def test_apply_fields_sets_only_the_given_field_on_every_photo(
    photo_service: PhotoService, article_id: str, make_image: MakeImage
) -> None:
    paths = [make_image(f"p{i}.jpg", colour=(9, i * 70, 9)) for i in range(3)]
    ids = [i.photo.id for i in photo_service.add_files(article_id, paths).imported]
    for n, photo_id in enumerate(ids):
        photo_service.update(photo_id, {"caption": f"Caption {n}", "credit": f"Credit {n}"})
    photo_service.apply_fields(ids[:2], {"credit": "Reuters"})
    photos = [photo_service.get(i) for i in ids]
    assert [(p.caption, p.credit) for p in photos if p] == [
        ("Caption 0", "Reuters"),
        ("Caption 1", "Reuters"),
        ("Caption 2", "Credit 2"),
    ]
    with pytest.raises(ValueError):
        photo_service.apply_fields(ids, {"width": "3"})


def test_removal_is_undone_with_order_and_featured_slot(
    photo_service: PhotoService, article_id: str, make_image: MakeImage
) -> None:
    paths = [make_image(f"p{i}.jpg", colour=(i * 50, 50, 9)) for i in range(4)]
    ids = [i.photo.id for i in photo_service.add_files(article_id, paths, featured=True).imported]
    photo_service.set_featured(article_id, ids[2])
    removal = photo_service.remove(article_id, [ids[0], ids[2]])
    assert removal.featured_removed and removal.removed == (ids[0], ids[2])
    assert [s.photo.id for s in photo_service.photos(article_id)] == [ids[1], ids[3]]
    assert not any(s.featured for s in photo_service.photos(article_id))
    late = (
        photo_service.add_files(article_id, [make_image("late.jpg", colour=(1, 1, 1))]).imported[0].photo.id
    )
    assert photo_service.restore(removal).updated == {article_id}
    slots = photo_service.photos(article_id)
    assert [s.photo.id for s in slots] == [*ids, late]  # the photo added since stays, after them
    assert [s.featured for s in slots] == [False, False, True, False, False]


def test_credits_and_codes_export_and_import_as_a_file(
    photo_service: PhotoService, profile: Any, tmp_path: Path
) -> None:
    from editor_app.paths import DataPaths
    from editor_app.services import open_services

    photo_service.remember_credit("Reuters")
    photo_service.remember_credit("AP")
    photo_service.set_code("ap", "The Associated Press")
    photo_service.rename_credit("AP", "The Associated Press")
    file = tmp_path / "desk.json"
    file.write_text(json.dumps(photo_service.export_texts()), encoding="utf-8")
    other = open_services(DataPaths(tmp_path / "other"))
    try:
        service = PhotoService(other.db, other.paths.media)
        service.remember_credit("AFP")
        imported = service.import_texts(json.loads(file.read_text(encoding="utf-8")))
        assert (imported.credits, imported.codes) == (2, 1)
        assert sorted(service.saved_credits()) == ["AFP", "Reuters", "The Associated Press"]
        assert service.code_replacements() == {"ap": "The Associated Press"}
        for bad in (
            {"credits": []},
            {"format": "editor-app-photo-desk-texts", "codes": {"no way": "x"}},
            [1],
        ):
            with pytest.raises(ValueError):
                service.import_texts(bad)
        assert service.code_replacements() == {"ap": "The Associated Press"}  # nothing half-imported
    finally:
        other.close()
