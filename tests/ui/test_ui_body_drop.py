"""Image files dropped on the body text become photos of the open article; other drops stay text drops.

A synthetic QDropEvent sent through QApplication does not reach event filters without a drag in progress, so
the tests hand the event to the window's drop filter as Qt would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.image_factory import write_image


def _drop(window: Any, paths: list[Path]) -> tuple[QDropEvent, bool]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    taken = window.photo_drop.eventFilter(window.form.body.viewport(), event)
    return event, taken


def test_an_image_dropped_on_the_body_is_imported_as_a_photo_of_the_article(
    demo_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = demo_window
    article_id = window.editor.article.id
    before = {p.photo.id for p in window.services.photos.photos(article_id)}
    image = write_image(tmp_path / "harbour.jpg", size=(640, 400))
    text_before = window.form.body.toPlainText()

    event, taken = _drop(window, [image])

    assert taken and event.isAccepted()
    qtbot.waitUntil(lambda: len(window.services.photos.photos(article_id)) == len(before) + 1, timeout=10000)
    added = [p.photo for p in window.services.photos.photos(article_id) if p.photo.id not in before]
    assert added[0].filename == "harbour.jpg"
    assert window.form.body.toPlainText() == text_before  # the file became a photo, not text


def test_a_text_file_dropped_on_the_body_is_not_taken_as_a_photo(
    demo_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = demo_window
    article_id = window.editor.article.id
    count = len(window.services.photos.photos(article_id))
    note = tmp_path / "note.txt"
    note.write_text("not a picture", encoding="utf-8")
    _event, taken = _drop(window, [note])
    assert not taken  # left to the text editor
    qtbot.wait(300)
    window.runner.wait()
    assert len(window.services.photos.photos(article_id)) == count
