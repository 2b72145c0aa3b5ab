"""The last article's page loads at start-up, before the profile opens: kept by the last session with the
article's render key, it stays when the article arrives unchanged (no second load, no patch) and is replaced
when the stored article differs; emptied when its article is gone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWebEngineWidgets import QWebEngineView

from editor_app.ui.preview import PreviewPanel
from tests.fresh_python import run_python
from tests.ui_preview.preview_helpers import (
    QT_NOISE,
    demo_lead,
    run_js,
    wait_body_contains,
    wait_idle,
    wait_js,
)

pytestmark = pytest.mark.qt_log_ignore(*QT_NOISE)

GENERATION_JS = "document.documentElement.dataset.generation || ''"


@pytest.fixture
def start_panel(qtbot: Any, media_root: Path, tmp_path: Path) -> Any:
    panels: list[PreviewPanel] = []
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)

    def make(last: str | None = None, *, view_later: bool = False) -> PreviewPanel:
        if last is not None:
            settings.setValue("session/lastArticle", last)
        panel = PreviewPanel(None, media_root, settings=settings, view_later=view_later)
        qtbot.addWidget(panel)
        panel.resize(1100, 800)
        panel.show()
        panels.append(panel)
        return panel

    yield make
    for panel in panels:
        panel.shutdown()
        panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _first_words(body: str) -> str:
    line = next(line for line in body.splitlines() if line.strip() and line[0].isalpha())
    return line.split(".")[0][:40]


def _keep_a_start_page(qtbot: Any, start_panel: Any) -> tuple[Any, Any, Any]:
    article, featured, related = demo_lead()
    first = start_panel()
    first.show_article(article, featured, related)
    wait_idle(qtbot, first)
    first.shutdown()
    return article, featured, related


def test_the_last_page_shows_before_its_article_arrives_and_is_not_loaded_again(
    qtbot: Any, start_panel: Any
) -> None:
    article, featured, related = _keep_a_start_page(qtbot, start_panel)
    panel = start_panel(last=article.id)
    # No article was given to this panel (as before the profile opens): the page is the kept one.
    wait_body_contains(qtbot, panel, _first_words(article.body))
    assert run_js(qtbot, panel, GENERATION_JS) == "-1"
    assert wait_js(qtbot, panel, "document.querySelector('h1')?.textContent || ''") == article.headline
    loads: list[bool] = []
    panel.page.loadStarted.connect(lambda: loads.append(True))
    patches: list[int] = []
    panel.patched.connect(patches.append)

    panel.show_article(article, featured, related)  # the article as stored, unchanged
    wait_idle(qtbot, panel)
    qtbot.wait(200)
    assert loads == [], "the page loaded at start-up is kept, not loaded again"
    assert patches == [], "the render of the same text changes nothing in the page"
    assert run_js(qtbot, panel, GENERATION_JS) == "-1"
    # The page is the article's from now on: an edit patches it as usual.
    panel.update_body(article.body + "\n\nA late paragraph about the ferry.")
    wait_body_contains(qtbot, panel, "late paragraph about the ferry")
    assert patches and loads == []


def test_a_page_whose_article_changed_since_is_replaced(qtbot: Any, start_panel: Any) -> None:
    article, featured, related = _keep_a_start_page(qtbot, start_panel)
    panel = start_panel(last=article.id)
    wait_body_contains(qtbot, panel, _first_words(article.body))
    changed = article.with_changes(body="A wholly new first paragraph about the ferry timetable.")
    panel.show_article(changed, featured, related)  # edited elsewhere (or synced) since the last session
    wait_idle(qtbot, panel)
    wait_body_contains(qtbot, panel, "ferry timetable")
    assert run_js(qtbot, panel, GENERATION_JS) == "1"
    text = run_js(qtbot, panel, "document.getElementById('body').textContent")
    assert _first_words(article.body) not in text


def test_a_changed_headline_alone_replaces_the_page_too(qtbot: Any, start_panel: Any) -> None:
    article, featured, related = _keep_a_start_page(qtbot, start_panel)
    panel = start_panel(last=article.id)
    wait_body_contains(qtbot, panel, _first_words(article.body))
    panel.show_article(article.with_changes(headline="Ferry strike called off"), featured, related)
    wait_idle(qtbot, panel)
    assert (
        wait_js(qtbot, panel, "document.querySelector('h1')?.textContent || ''") == "Ferry strike called off"
    )


def test_the_page_of_a_gone_article_is_emptied(qtbot: Any, start_panel: Any) -> None:
    article, _featured, _related = _keep_a_start_page(qtbot, start_panel)
    panel = start_panel(last=article.id)
    wait_body_contains(qtbot, panel, _first_words(article.body))
    panel.drop_start_page()
    wait_js(qtbot, panel, "!document.getElementById('body')")
    panel.drop_start_page()  # a second call loads nothing


def test_another_articles_page_is_not_loaded(qtbot: Any, start_panel: Any) -> None:
    _keep_a_start_page(qtbot, start_panel)
    panel = start_panel(last="another-article")
    assert panel.start.entry is None
    wait_js(qtbot, panel, "document.readyState === 'complete'")
    assert not run_js(qtbot, panel, "!!document.getElementById('body')")


def test_a_start_page_loaded_over_is_not_taken_for_the_article(qtbot: Any, start_panel: Any) -> None:
    article, featured, related = _keep_a_start_page(qtbot, start_panel)
    panel = start_panel(last=article.id)
    panel.update_body("")  # the empty editor's highlighter pass at start-up: nothing to load
    assert panel.page.loads == 1
    panel.update_body("Typed before the article arrived.")  # a blank article's page replaces the start page
    wait_body_contains(qtbot, panel, "Typed before")
    panel.show_article(article, featured, related)
    wait_idle(qtbot, panel)
    wait_body_contains(qtbot, panel, _first_words(article.body))
    assert run_js(qtbot, panel, GENERATION_JS) == "2"


def test_a_view_asked_for_later_is_built_on_build_view_then_loads_and_renders(
    qtbot: Any, start_panel: Any
) -> None:
    article, featured, related = demo_lead()
    panel = start_panel(view_later=True)
    panel.set_dark(True)  # the window's appearance, set while the view waits
    qtbot.wait(100)  # painted: the renderer waits for the view too
    assert panel.view_pending and panel.findChild(QWebEngineView) is None
    assert panel._engine is None

    panel.build_view()
    view = panel.findChild(QWebEngineView)
    assert view is panel.view and view.isVisible() and not panel.view_pending
    qtbot.waitUntil(lambda: panel.first_load.done, timeout=10_000)
    qtbot.waitUntil(lambda: panel._engine is not None, timeout=5_000)  # built once the panel has its view
    panel.build_view()  # a second call builds nothing
    assert panel.findChildren(QWebEngineView) == [view]
    panel.show_article(article, featured, related)
    wait_idle(qtbot, panel)
    wait_body_contains(qtbot, panel, _first_words(article.body))
    dark = "getComputedStyle(document.body).backgroundColor === 'rgb(27, 28, 30)'"
    wait_js(qtbot, panel, dark)  # the appearance set before the view was built


def test_a_view_asked_for_later_is_built_when_first_needed(qtbot: Any, start_panel: Any) -> None:
    panel = start_panel(view_later=True)
    assert panel.view_pending
    done: list[bool] = []
    panel.after_first_load(lambda: done.append(True), at_most_ms=60_000)  # the window's docks wait for it
    assert not panel.view_pending and panel.findChild(QWebEngineView) is panel.view
    qtbot.waitUntil(lambda: done == [True], timeout=10_000)


def test_the_last_sessions_page_is_loaded_at_once_even_when_the_view_could_wait(
    qtbot: Any, start_panel: Any
) -> None:
    article, _featured, _related = _keep_a_start_page(qtbot, start_panel)
    panel = start_panel(last=article.id, view_later=True)
    assert not panel.view_pending and panel.start_pending
    assert panel.findChild(QWebEngineView) is not None
    wait_body_contains(qtbot, panel, _first_words(article.body))


VIEW_MODULES = (
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "editor_app.ui.preview.view_parts",
    "editor_app.ui.preview.interceptor",
    "editor_app.ui.preview.page",
    "editor_app.ui.preview.first_load",
    "editor_app.ui.preview.images",
    "editor_app.render.page",  # an article's page fields, with the first article shown
)


def _fresh_process(probe: str) -> list[str]:
    done = run_python(probe)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_a_waiting_view_loads_the_web_engine_and_its_modules_with_it(tmp_path: Path) -> None:
    """Before the window's first paint a panel whose view waits loads neither Qt's web engine (~20 ms) nor the
    view's own modules (~10 ms); they load with the view (the page's renderer with the first article)."""
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from editor_app.ui.preview import PreviewPanel\n"
        f"panel = PreviewPanel(None, Path({str(tmp_path / 'media')!r}), view_later=True)\n"
        "assert panel.view_pending\n"
        f"print([m for m in {VIEW_MODULES!r} if m in sys.modules])\n"
        "panel.images.photos\n"
        f"print([m for m in {VIEW_MODULES!r} if m in sys.modules])\n"
        "panel.build_view()\n"
        f"print([m for m in {VIEW_MODULES!r} if m not in sys.modules])\n"
    )
    before, after, built = _fresh_process(probe)
    assert before == "[]"
    assert after == "['editor_app.ui.preview.images']"  # made on first use
    assert built == "['editor_app.render.page']"


@pytest.mark.parametrize("loaded_before", [False, True], ids=["first start", "loaded at the last start"])
def test_the_web_engine_is_checked_before_the_window_until_it_has_loaded_once(
    tmp_path: Path, loaded_before: bool
) -> None:
    """``make_preview`` checks that Qt's web engine loads (to choose the plain preview if not) unless it loaded
    at the last start: then a waiting view loads it, after the first paint."""
    settings = tmp_path / "settings.ini"
    if loaded_before:
        import PySide6

        settings.write_text(f"[preview]\nwebEngineLoads={PySide6.__version__}\n")
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from editor_app.ui.preview.factory import ENGINE_KEY, make_preview\n"
        f"settings = QSettings({str(settings)!r}, QSettings.Format.IniFormat)\n"
        f"panel, problem = make_preview(Path({str(tmp_path / 'media')!r}), None, settings, view_later=True)\n"
        "assert problem is None and panel.view_pending\n"
        "print('PySide6.QtWebEngineCore' in sys.modules, bool(settings.value(ENGINE_KEY, '')))\n"
    )
    (line,) = _fresh_process(probe)
    assert line == ("False True" if loaded_before else "True True")  # checked, and remembered
