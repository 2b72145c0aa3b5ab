"""The preview keeps each article's last render in the profile: reopened, the article's page loads with its body
in place, before (and without) a new Markdown render; an entry is used only for the exact text it was made from."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui_preview.preview_helpers import QT_NOISE, demo_lead, wait_body_contains, wait_idle

pytestmark = pytest.mark.qt_log_ignore(*QT_NOISE)


def test_a_reopened_article_shows_its_cached_body_without_rendering(qtbot: Any, make_panel: Any) -> None:
    article, featured, related = demo_lead()
    first = make_panel()
    first.show_article(article, featured, related)
    wait_idle(qtbot, first)
    assert first.render_cache.load(article.id, article.body)  # the first render is kept at once
    first.shutdown()
    cached = first.render_cache.load(article.id, article.body)
    assert cached and all(block.html for block in cached)
    assert first.render_cache.load(article.id, article.body + "\n\nOne more paragraph.") is None

    second = make_panel()
    submitted: list[object] = []
    second.worker.submit = (
        submitted.append
    )  # no render runs in this panel: the body can only come from the cache
    patches: list[int] = []
    second.patched.connect(patches.append)
    second.show_article(article, featured, related)
    first_words = next(line for line in article.body.splitlines() if line.strip() and line[0].isalpha())
    wait_body_contains(qtbot, second, first_words.split(".")[0][:40])
    assert patches == [], "the cached body comes with the page as it loads, not as a patch after it"
    assert submitted, "the render of the text is still asked for"


def test_a_changed_text_is_not_taken_from_the_cache(qtbot: Any, make_panel: Any) -> None:
    article, featured, related = demo_lead()
    first = make_panel()
    first.show_article(article, featured, related)
    wait_idle(qtbot, first)
    first.shutdown()
    changed = article.with_changes(body="A wholly new first paragraph about the ferry timetable.")
    second = make_panel()
    second.show_article(changed, featured, related)
    wait_idle(qtbot, second)
    wait_body_contains(qtbot, second, "ferry timetable")
    assert second.controller.generation == 1
