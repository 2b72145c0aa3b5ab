"""The preview shows Popular and Editor's choice from the local copy; the desk orders Editor's choice in a dialog."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from editor_app.domain import new_article
from editor_app.domain.site_lists import ListItem, ListKind, SiteList, as_of
from editor_app.render import page_data_for, render_page
from editor_app.services.site_lists import SiteListsService
from editor_app.ui.editors_choice.dialog import EditorsChoiceDialog
from tests.ui_preview.conftest import make_panel, media_root  # noqa: F401 (fixtures)
from tests.ui_preview.preview_helpers import QT_NOISE, demo_lead, run_js, wait_js

pytestmark = pytest.mark.qt_log_ignore(*QT_NOISE)

FETCHED = datetime(2026, 5, 12, 10, 3, tzinfo=UTC)
POPULAR = (
    ListItem(11, "Most read", "https://news.example/most-read/", views=40),
    ListItem(12, "Also read", "https://news.example/also-read/", views=20),
)
CHOICE = (
    ListItem(21, "The desk's pick", "https://news.example/pick/"),
    ListItem(22, "Still a draft", "", status="draft"),
)
LISTS_JS = (
    "JSON.stringify([...document.querySelectorAll('#popular li, #editors-picks li')].map(li => li.textContent)"
    ".concat([document.getElementById('lists-note').textContent, document.getElementById('site-lists').hidden]))"
)


def test_the_page_template_has_the_blocks_with_ew_twins() -> None:
    article = new_article(headline="A story")
    html = render_page(
        page_data_for(
            article,
            None,
            (),
            None,
            body_html="",
            popular=[(i.title, i.url) for i in POPULAR],
            editors_picks=[("The desk's pick", None)],
            lists_note=as_of(FETCHED),
        )
    )
    assert '<ol class="popular-list ew-popular-list"><li><a href="https://news.example/most-read/"' in html
    assert "<li>The desk&#x27;s pick</li>" in html
    assert "as of the last sync, 12 May 10:03 UTC" in html
    for twin in ("badge ew-badge", "standfirst ew-standfirst", "source ew-source", "featured ew-featured"):
        assert twin in html
    empty = render_page(page_data_for(article, None, (), None, body_html=""))
    assert 'class="site-lists ew-site-lists" hidden' in empty


def test_preview_shows_the_lists_without_the_article_itself(qtbot: Any, make_panel: Any) -> None:  # noqa: F811
    panel = make_panel()
    article, featured, related = demo_lead()
    panel.show_article(article, featured, related)
    wait_js(qtbot, panel, "!!document.getElementById('site-lists')")
    own = ListItem(13, article.headline, "https://news.example/own/", views=99, article_id=article.id)
    panel.set_site_lists((own, *POPULAR), CHOICE, as_of(FETCHED))
    shown = json.loads(
        wait_js(qtbot, panel, f"(() => {{ const v = {LISTS_JS}; return v.length > 2 ? v : ''; }})()")
    )
    assert shown == [
        "Most read",
        "Also read",
        "The desk's pick",
        "as of the last sync, 12 May 10:03 UTC",
        False,
    ]
    links = json.loads(
        run_js(qtbot, panel, "JSON.stringify([...document.querySelectorAll('#popular a')].map(a => a.href))")
    )
    assert links == [POPULAR[0].url, POPULAR[1].url]
    # A fresh page load for another article keeps them.
    panel.show_article(article.with_changes(id="other", headline="Another"), None, ())
    wait_js(qtbot, panel, "document.querySelectorAll('#popular li').length === 3")
    panel.set_site_lists((), (), "")
    wait_js(qtbot, panel, "document.getElementById('site-lists').hidden")


def test_dialog_reorders_removes_adds_and_saves_through_the_service(qtbot: Any, db: Any) -> None:
    with db.write() as uow:
        site = uow.sync_state.add_site("test", "http://127.0.0.1:1", "desk")
        uow.site_lists.store_fetched(site.id, ListKind.EDITORS_CHOICE, CHOICE, FETCHED)
    service = SiteListsService(db)
    dialog = EditorsChoiceDialog()
    qtbot.addWidget(dialog)
    extra = ListItem(31, "Newly published", article_id="a-31")
    dialog.show_list(service.lists().editors_choice, [extra])
    assert "12 May 10:03" in dialog.status.text()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save is not None and not save.isEnabled()

    dialog.list.setCurrentRow(1)
    dialog.up.click()  # "Still a draft" first
    dialog.list.setCurrentRow(1)
    dialog.remove.click()  # the desk's pick goes
    dialog.add.click()  # the newly published article joins at the end
    dialog.add.click()  # not twice
    assert [i.remote_id for i in dialog.items()] == [22, 31]
    assert "already" in dialog.status.text()
    assert save.isEnabled()

    with qtbot.waitSignal(dialog.saveRequested) as saved:
        save.click()
    stored = service.set_editors_choice(saved.args[0])
    assert stored.pending and [i.remote_id for i in stored.items] == [22, 31]
    again = service.lists().editors_choice
    assert [i.title for i in again.items] == ["Still a draft", "Newly published"]
    dialog.show_list(again, [])
    assert "next sync" in dialog.status.text()
    assert "not shown to readers" in dialog.list.item(0).text()


def test_without_a_site_there_is_nothing_to_order(db: Any) -> None:
    service = SiteListsService(db)
    assert service.lists().editors_choice == SiteList(ListKind.EDITORS_CHOICE)
    assert service.candidates() == []
    with pytest.raises(LookupError):
        service.set_editors_choice([])
