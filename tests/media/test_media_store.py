"""MediaStore: content-addressed, atomic, read-only, deduplicated; originals never modified."""

from __future__ import annotations

import concurrent.futures as cf
import errno
import hashlib
import multiprocessing
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from editor_app.media.store import MediaStore, StoredOriginal

MakeImage = Callable[..., Path]


def _add(root: str, source: str) -> StoredOriginal:
    return MediaStore(root).add(source, ".jpg")


def test_add_stores_by_sha256(tmp_path: Path, make_image: MakeImage) -> None:
    source = make_image("Holiday Photo.JPG")
    data = source.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    stored = MediaStore(tmp_path / "media").add(source)
    assert stored.sha256 == sha
    assert stored.size == len(data)
    assert stored.path == tmp_path / "media" / "originals" / sha[:2] / f"{sha[2:]}.jpg"
    assert stored.path.read_bytes() == data
    assert source.read_bytes() == data


def test_stored_file_is_read_only(tmp_path: Path, make_image: MakeImage) -> None:
    stored = MediaStore(tmp_path / "media").add(make_image())
    mode = stat.S_IMODE(stored.path.stat().st_mode)
    assert mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) == 0
    assert mode & stat.S_IRUSR


def test_same_content_is_stored_once(tmp_path: Path, make_image: MakeImage) -> None:
    store = MediaStore(tmp_path / "media")
    first = make_image("a.jpg")
    copy = tmp_path / "b.jpeg"
    copy.write_bytes(first.read_bytes())
    one, two = store.add(first), store.add(copy, ".jpg")
    three = store.add(copy)  # another extension: still the same content, still one file
    assert one == two
    assert three.path == one.path
    files = [p for p in (tmp_path / "media" / "originals").rglob("*") if p.is_file()]
    assert files == [one.path]


def test_extension_given_by_caller_wins(tmp_path: Path, make_image: MakeImage) -> None:
    stored = MediaStore(tmp_path / "media").add(make_image("photo.JPEG"), ".png")
    assert stored.path.suffix == ".png"
    assert MediaStore(tmp_path / "media").find(stored.sha256) == stored.path


def test_no_temporary_files_are_left(tmp_path: Path, make_image: MakeImage) -> None:
    store = MediaStore(tmp_path / "media")
    store.add(make_image("a.jpg"))
    store.add(make_image("b.jpg", size=(50, 50)))
    leftovers = list((tmp_path / "media" / "originals" / ".incoming").iterdir())
    assert leftovers == []


def test_missing_source_leaves_nothing(tmp_path: Path) -> None:
    store = MediaStore(tmp_path / "media")
    try:
        store.add(tmp_path / "gone.jpg")
    except FileNotFoundError:
        pass
    else:
        raise AssertionError("adding a missing file must fail")
    assert [p for p in (tmp_path / "media").rglob("*") if p.is_file()] == []


def test_two_processes_adding_the_same_content_keep_one_file(tmp_path: Path, make_image: MakeImage) -> None:
    source = make_image("big.jpg", size=(800, 600))
    root = tmp_path / "media"
    with cf.ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        results = list(pool.map(_add, [str(root)] * 6, [str(source)] * 6))
    assert len({r.path for r in results}) == 1
    files = [p for p in (root / "originals").rglob("*") if p.is_file()]
    assert files == [results[0].path]
    assert files[0].read_bytes() == source.read_bytes()


def test_staging_copies_while_the_caller_works_and_publishes_the_same_bytes(
    tmp_path: Path, make_image: MakeImage
) -> None:
    source = make_image("big.jpg", size=(1600, 1200))
    store = MediaStore(tmp_path / "media")
    with store.staging(source) as pending:
        staged = list((tmp_path / "media" / "originals" / ".incoming").iterdir())
        assert len(staged) == 1, "the copy is staged as soon as the block starts"
        stored = pending.publish(".JPG")
    assert stored.path.suffix == ".jpg"
    assert stored.path.read_bytes() == source.read_bytes()
    assert stored.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert list((tmp_path / "media" / "originals" / ".incoming").iterdir()) == []


def test_staging_left_without_publishing_leaves_nothing(tmp_path: Path, make_image: MakeImage) -> None:
    source = make_image("big.jpg", size=(1600, 1200))
    store = MediaStore(tmp_path / "media")
    try:
        with store.staging(source):
            raise ValueError("the pixels did not decode")
    except ValueError:
        pass
    assert [p for p in (tmp_path / "media").rglob("*") if p.is_file()] == []


def test_staging_a_missing_source_fails_at_once(tmp_path: Path) -> None:
    store = MediaStore(tmp_path / "media")
    try:
        with store.staging(tmp_path / "gone.jpg"):
            raise AssertionError("the block must not run for a missing file")
    except FileNotFoundError:
        pass
    assert [p for p in (tmp_path / "media").rglob("*") if p.is_file()] == []


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_a_read_error_during_the_copy_is_raised_by_publish(tmp_path: Path) -> None:
    store = MediaStore(tmp_path / "media")
    # /proc/self/mem opens, then every read at offset 0 fails (EIO): a real read error, on the copy's thread
    with pytest.raises(OSError) as raised, store.staging("/proc/self/mem") as pending:
        pending.publish(".jpg")
    assert raised.value.errno == errno.EIO
    assert [p for p in (tmp_path / "media").rglob("*") if p.is_file()] == []


@pytest.mark.skipif(os.name != "posix", reason="orphans are found by process id on POSIX")
def test_the_copy_of_a_process_that_died_is_removed_by_the_next_import(
    tmp_path: Path, make_image: MakeImage
) -> None:
    store = MediaStore(tmp_path / "media")
    staging = tmp_path / "media" / "originals" / ".incoming"
    staging.mkdir(parents=True)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    orphan = staging / f"add-{int(dead.stdout)}-x1y2z3"
    orphan.write_bytes(b"half a photo")
    alive = staging / f"add-{os.getpid()}-a1b2c3"  # this process: maybe still copying, so it stays
    alive.write_bytes(b"being copied")
    store.add(make_image("a.jpg"))
    assert sorted(staging.iterdir()) == [alive]
