"""ingest() and ingest_many(): one outcome per file, bad files fail alone, results picklable."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from editor_app.media import ingest as ingest_module
from editor_app.media.ingest import IngestFailure, IngestResult, Outcome, ingest, ingest_many, ingest_outcome
from editor_app.media.probe import PhotoRejected
from editor_app.media.thumbnails import make_thumbnail

MakeImage = Callable[..., Path]

FORK = multiprocessing.get_context("fork")

# bad-images fixtures whose pixels are fine (broken or odd metadata): they import, with or without warnings
IMPORTABLE_BAD = {
    "exif_gps_typeerror.jpg",
    "hopper_bad_exif.jpg",
    "invalid-exif.jpg",
    "photoshop-200dpi-broken.jpg",
    "truncated_app14.jpg",
}
REFUSED_BAD = {
    "broken.png": "not an image",
    "decompression_bomb.gif": "decompression bomb",
    "empty.jpg": "empty file",
    "png_decompression_dos.png": "unreadable image header",
    "random-bytes.jpg": "not an image",
    "text-named-as.jpg": "not an image",
    "truncated_jpeg.jpg": "truncated image",
}


def crash_on_request(path: Path, store_root: Path) -> Outcome:
    """Stands in for a decoder that kills its process (a segfault in native code)."""
    if "crash" in path.name:
        os._exit(70)
    return ingest_outcome(path, store_root)


def test_ingest_stores_thumbnails_and_reads_metadata(make_image: MakeImage, tmp_path: Path) -> None:
    source = make_image(
        "Picture.JPEG",
        size=(1200, 800),
        exif={"Exif.Image.Orientation": "6"},
        xmp={"Xmp.photoshop.Credit": "Azərbaycan Prezidentinin Mətbuat Xidməti"},
    )
    before = source.read_bytes()
    result = ingest(source, tmp_path / "media")
    assert result.source == source
    assert result.original.read_bytes() == before == source.read_bytes()
    assert result.original.suffix == ".jpg"
    assert result.info.format == "JPEG"
    assert result.metadata.credit == "Azərbaycan Prezidentinin Mətbuat Xidməti"
    assert result.thumbnail_size == (213, 320)
    with Image.open(result.thumbnail) as thumb:
        assert thumb.size == (213, 320)
    assert result.thumbnail.is_relative_to(tmp_path / "media" / "thumbnails")


def test_results_and_failures_pickle(make_image: MakeImage, tmp_path: Path) -> None:
    result = ingest(make_image(), tmp_path / "media")
    failure = IngestFailure(tmp_path / "x.jpg", "x.jpg: not an image")
    assert pickle.loads(pickle.dumps(result)) == result
    assert pickle.loads(pickle.dumps(failure)) == failure


def test_refused_file_leaves_nothing_in_the_store(make_image: MakeImage, tmp_path: Path) -> None:
    whole = make_image(size=(600, 400)).read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(PhotoRejected, match="truncated"):
        ingest(cut, tmp_path / "media")
    assert [p for p in (tmp_path / "media").rglob("*") if p.is_file()] == []


def test_batch_goes_on_past_bad_files(make_image: MakeImage, tmp_path: Path) -> None:
    good = [make_image(f"good{i}.jpg", size=(300 + i, 200)) for i in range(3)]
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    text = tmp_path / "text.jpg"
    text.write_text("not a photo")
    paths = [good[0], empty, good[1], text, good[2], tmp_path / "missing.jpg"]
    seen: list[tuple[int, int]] = []
    outcomes = ingest_many(
        paths, tmp_path / "media", workers=2, progress=lambda d, t, _o: seen.append((d, t))
    )
    assert [type(o) for o in outcomes] == [
        IngestResult,
        IngestFailure,
        IngestResult,
        IngestFailure,
        IngestResult,
        IngestFailure,
    ]
    assert [o.path for o in outcomes if isinstance(o, IngestFailure)] == [
        empty,
        text,
        tmp_path / "missing.jpg",
    ]
    messages = [o.message for o in outcomes if isinstance(o, IngestFailure)]
    assert messages[0] == "empty.jpg: empty file (0 bytes)"
    assert messages[1].startswith("text.jpg: not an image")
    assert messages[2].startswith("missing.jpg: cannot read")
    assert sorted(seen) == [(n, 6) for n in range(1, 7)]


def test_cancel_before_start_imports_nothing(make_image: MakeImage, tmp_path: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    outcomes = ingest_many(
        [make_image("a.jpg"), make_image("b.jpg")], tmp_path / "media", cancel_event=cancel
    )
    assert [o.message for o in outcomes if isinstance(o, IngestFailure)] == [
        "a.jpg: import cancelled",
        "b.jpg: import cancelled",
    ]
    assert not (tmp_path / "media" / "originals").exists()


def test_cancel_midway_keeps_what_finished(make_image: MakeImage, tmp_path: Path) -> None:
    paths = [make_image(f"p{i}.jpg", size=(200, 100 + i)) for i in range(30)]
    cancel = threading.Event()

    def progress(done: int, _total: int, _outcome: Outcome) -> None:
        if done == 2:
            cancel.set()

    outcomes = ingest_many(paths, tmp_path / "media", workers=2, cancel_event=cancel, progress=progress)
    assert len(outcomes) == 30
    imported = [o for o in outcomes if isinstance(o, IngestResult)]
    cancelled = [o for o in outcomes if isinstance(o, IngestFailure)]
    assert len(imported) >= 2
    assert cancelled, "a 30-file batch cancelled after 2 must leave some files out"
    assert all(o.message.endswith("import cancelled") for o in cancelled)


def test_a_file_that_kills_its_worker_fails_alone(
    make_image: MakeImage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_module, "ingest_outcome", crash_on_request)
    paths = [make_image(f"p{i}.jpg") for i in range(3)]
    paths.insert(1, make_image("crash.jpg"))
    paths.append(make_image("p9.jpg"))
    outcomes = ingest_many(paths, tmp_path / "media", workers=2, mp_context=FORK)
    assert [type(o) for o in outcomes] == [
        IngestResult,
        IngestFailure,
        IngestResult,
        IngestResult,
        IngestResult,
    ]
    failure = outcomes[1]
    assert isinstance(failure, IngestFailure)
    assert failure.message == "crash.jpg: crashed the image decoder"


def test_every_shared_bad_image_fails_alone(shared_fixtures: Path, tmp_path: Path) -> None:
    bad = sorted((shared_fixtures / "bad-images").iterdir())
    good = [shared_fixtures / "photos" / name for name in ("flower.jpg", "hopper.png", "pil_sample_cmyk.jpg")]
    assert {p.name for p in bad} == IMPORTABLE_BAD | set(REFUSED_BAD), "bad-images changed: update this test"
    outcomes = ingest_many([*bad, *good], tmp_path / "media", workers=2)
    by_name = {o.path.name if isinstance(o, IngestFailure) else o.source.name: o for o in outcomes}
    for name, reason in REFUSED_BAD.items():
        outcome = by_name[name]
        assert isinstance(outcome, IngestFailure), name
        assert outcome.message.startswith(f"{name}: ") and reason in outcome.message, outcome.message
        assert "\n" not in outcome.message
    for name in IMPORTABLE_BAD | {p.name for p in good}:
        assert isinstance(by_name[name], IngestResult), by_name[name]
    for name in ("hopper_bad_exif.jpg", "invalid-exif.jpg"):
        result = by_name[name]
        assert isinstance(result, IngestResult) and result.warnings, name


def test_all_shared_photos_import(shared_fixtures: Path, tmp_path: Path) -> None:
    photos = sorted((shared_fixtures / "photos").iterdir())
    outcomes = ingest_many(photos, tmp_path / "media", workers=2)
    failures = [o for o in outcomes if isinstance(o, IngestFailure)]
    assert failures == []
    formats = {o.info.format for o in outcomes if isinstance(o, IngestResult)}
    assert formats == {"JPEG", "PNG", "TIFF", "WEBP"}


def exit_while_decoding(src: Path | str, dest: Path | str, max_side: int = 320) -> tuple[int, int]:
    """Stands in for a decoder that kills its process while the original is being copied."""
    if "crash" in Path(src).name:
        os._exit(70)
    return make_thumbnail(src, dest, max_side)


def test_a_worker_killed_while_copying_leaves_no_original_behind(
    make_image: MakeImage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_module, "make_thumbnail", exit_while_decoding)
    crash = make_image("crash.jpg", size=(1600, 1200))
    outcomes = ingest_many([crash], tmp_path / "media", workers=1, mp_context=FORK)
    assert [o.message for o in outcomes if isinstance(o, IngestFailure)] == [
        "crash.jpg: crashed the image decoder"
    ]
    good = ingest(make_image("good.jpg"), tmp_path / "media")  # the next import clears what the dead left
    originals = [p for p in (tmp_path / "media" / "originals").rglob("*") if p.is_file()]
    assert originals == [good.original]
