"""The article language picker (``languageCombo``) on a real window: new articles get the profile's language, an
old "en" reads as it, and the choice drives the body's spelling (en-GB accepts "harbour", en-US flags it; ru, az),
the preview's ``<html lang>`` and what is stored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tests.ui_preview.preview_helpers import wait_js

BRITISH = "The harbour defence plan."


def misspelt(window, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.word for m in window.form.body.speller.misspellings(text)]


def pick(qtbot, combo: QComboBox, code: str) -> None:  # type: ignore[no-untyped-def]
    """Choose ``code`` with the keyboard, as a user does (arrow keys emit ``activated``)."""
    combo.setFocus()
    target = combo.findData(code)
    assert target >= 0, code
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def stored_language(window) -> str:  # type: ignore[no-untyped-def]
    return window.services.articles.get(window.editor.article.id).language


def test_an_old_article_reads_as_the_profiles_language_and_the_picker_drives_spelling_preview_and_storage(
    demo_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    combo = window.form.findChild(QComboBox, "languageCombo")
    assert combo is window.form.language and combo.accessibleName()
    assert [combo.itemData(i) for i in range(combo.count())] == ["en-GB", "en-US", "ru", "az"]
    assert stored_language(window) == "en"  # the demo's front matter says "en": read as the default, en-GB
    assert combo.currentData() == "en-GB" and window.form.body.speller.tag == "en_GB"
    assert misspelt(window, BRITISH) == []
    wait_js(qtbot, window.preview, "document.documentElement.lang === 'en-GB'")  # before any edit

    pick(qtbot, combo, "en-US")
    assert window.form.body.speller.tag == "en_US"
    assert misspelt(window, BRITISH) == ["harbour", "defence"]
    qtbot.waitUntil(lambda: stored_language(window) == "en-US", timeout=3000)
    wait_js(qtbot, window.preview, "document.documentElement.lang === 'en-US'")

    pick(qtbot, combo, "ru")
    assert window.form.body.speller.tag == "ru_RU"
    assert misspelt(window, "Паромы стаят у причала.") == ["стаят"]
    qtbot.waitUntil(lambda: stored_language(window) == "ru", timeout=3000)
    wait_js(qtbot, window.preview, "document.documentElement.lang === 'ru'")

    pick(qtbot, combo, "az")
    assert window.form.body.speller.tag == "az_AZ"
    assert misspelt(window, "Bakıda limanı bağlandı.") == []
    qtbot.waitUntil(lambda: stored_language(window) == "az", timeout=3000)


def test_new_articles_get_the_profiles_default_language(make_window, services, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    settings = QSettings(str(services.paths.settings), QSettings.Format.IniFormat)
    settings.setValue("articles/defaultLanguage", "ru")
    settings.sync()
    window = make_window()
    assert window.form.default_language == "ru"
    window.new_article()
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=5000)
    assert stored_language(window) == "ru"
    assert window.form.language.currentData() == "ru" and window.form.body.speller.tag == "ru_RU"


def test_a_locked_article_cannot_change_its_language(demo_window) -> None:  # type: ignore[no-untyped-def]
    demo_window.form.set_read_only("Taken by the desk.")
    assert not demo_window.form.language.isEnabled()
    demo_window.form.set_read_only("")
    assert demo_window.form.language.isEnabled()


def test_opening_an_article_in_another_language_sends_only_its_text_to_the_preview(
    window, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The editor takes the article's language before its text, and checks the new text once: re-checking the
    text it replaced sent that text (here the empty editor's) to the preview, a render of it and one more."""
    from PySide6.QtGui import QTextCharFormat

    body = "Паромы стаят у причала.\n\nВторой абзац."
    article, _ = window.services.articles.create(headline="Паромы", body=body, language="ru")
    worker = window.preview.controller._worker
    sent: list[str] = []
    submit = worker.submit
    monkeypatch.setattr(worker, "submit", lambda job: (sent.append(job.text), submit(job)))

    window.open_article(article.id)
    qtbot.waitUntil(lambda: window.editor.article is not None and window.editor.article.id == article.id)
    qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    assert sent == [body]
    assert window.form.body.speller.tag == "ru_RU"
    first = window.form.body.document().firstBlock()
    spell = QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    ranges = first.layout().formats()
    marked = [
        first.text()[r.start : r.start + r.length] for r in ranges if r.format.underlineStyle() == spell
    ]
    assert marked == ["стаят"]  # checked in Russian
