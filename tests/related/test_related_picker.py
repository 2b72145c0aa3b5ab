"""The picker driven like a journalist would: type, pick, reorder (keys and drag), remove; and the preview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from editor_app.render.page import page_data_for, render_page
from editor_app.services.related import RelatedService
from editor_app.ui.item_roles import ID_ROLE
from editor_app.ui.related.picker import RelatedPicker
from editor_app.ui.task_runner import TaskRunner


@pytest.fixture
def picker(qtbot, archive):  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    widget = RelatedPicker(archive.related, runner)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    runner.wait()


def _result_ids(picker) -> list[str]:  # type: ignore[no-untyped-def]
    return [h.id for h in picker.results_model.hits]


def _settle(qtbot, picker) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not picker.busy and not picker.runner.busy, timeout=5000)


def _type(qtbot, picker, text: str) -> None:  # type: ignore[no-untyped-def]
    picker.search.clear()
    qtbot.keyClicks(picker.search, text)
    _settle(qtbot, picker)


def test_names_and_accessible_names(picker) -> None:  # type: ignore[no-untyped-def]
    for name in ("relatedPicker", "relatedSearch", "relatedResults", "relatedChosen"):
        widget = picker if name == "relatedPicker" else picker.findChild(object, name)
        assert widget is not None and widget.accessibleName()


def test_type_pick_reorder_remove_and_the_preview_block(qtbot, picker, archive) -> None:  # type: ignore[no-untyped-def]
    ids = archive.ids
    article = archive.articles.get(ids["harbour"])
    picker.set_article(article)
    _settle(qtbot, picker)
    assert _result_ids(picker)[0] == ids["harbour2"]  # suggestions: more like this
    assert ids["harbour"] not in _result_ids(picker)

    emitted: list[list[str]] = []
    picker.relatedChanged.connect(emitted.append)
    _type(qtbot, picker, "ferry")
    assert _result_ids(picker) == [ids["ferry"]]
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # pick the first result from the search box
    _type(qtbot, picker, "Baki")
    assert set(_result_ids(picker)) == {ids["baku"], ids["baki"]}
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)  # into the results, then Enter
    assert picker.results.hasFocus()
    first = picker.results.currentIndex().data(ID_ROLE)
    qtbot.keyClick(picker.results, Qt.Key.Key_Return)
    _settle(qtbot, picker)
    assert picker.chosen_ids() == [ids["ferry"], first]
    assert first not in _result_ids(picker)  # chosen items never appear as results
    assert emitted[-1] == [ids["ferry"], first]
    assert [h.id for h in archive.related.chosen(ids["harbour"])] == [ids["ferry"], first]

    picker.chosen.setFocus()
    picker.chosen.setCurrentIndex(picker.chosen_model.index(1, 0))
    qtbot.keyClick(picker.chosen, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    _settle(qtbot, picker)
    assert [h.id for h in archive.related.chosen(ids["harbour"])] == [first, ids["ferry"]]

    qtbot.keyClick(picker.chosen, Qt.Key.Key_Delete)  # removes the current (first) item
    _settle(qtbot, picker)
    assert [h.id for h in archive.related.chosen(ids["harbour"])] == [ids["ferry"]]

    items = archive.related.page_items(ids["harbour"])
    page = render_page(page_data_for(article, None, items, None))
    assert "<li>Ferry fares rise again</li>" in page


def test_drag_and_drop_reorder_is_saved(qtbot, picker, archive) -> None:  # type: ignore[no-untyped-def]
    ids = archive.ids
    archive.related.set_related(ids["harbour"], [ids["ferry"], ids["harbour2"], ids["baki"]])
    picker.set_article(archive.articles.get(ids["harbour"]))
    _settle(qtbot, picker)
    model = picker.chosen_model
    assert picker.chosen_ids() == [ids["ferry"], ids["harbour2"], ids["baki"]]
    data = model.mimeData(
        [model.index(2, 0)]
    )  # what the view does on a drop: insert the copy, remove the source
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    model.removeRow(3)
    wanted = [ids["baki"], ids["ferry"], ids["harbour2"]]
    assert picker.chosen_ids() == wanted
    qtbot.waitUntil(lambda: [h.id for h in archive.related.chosen(ids["harbour"])] == wanted, timeout=5000)


def test_the_maximum_is_enforced(qtbot, archive) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    picker = RelatedPicker(RelatedService(archive.db, maximum=1), runner)
    qtbot.addWidget(picker)
    picker.set_article(archive.articles.get(archive.ids["harbour"]))
    _settle(qtbot, picker)
    picker.add(picker.results_model.hits[0].id)
    picker.add(picker.results_model.hits[0].id)
    _settle(qtbot, picker)
    assert len(picker.chosen_ids()) == 1
    assert "At most 1" in picker.message.text()
    runner.wait()


def test_a_newer_query_replaces_a_stale_one(qtbot, picker, archive) -> None:  # type: ignore[no-untyped-def]
    picker.set_article(archive.articles.get(archive.ids["script"]))
    for text in ("f", "fe", "fer", "ferr", "ferry", "Bak", "Baki"):
        picker.search.setText(text)
        picker.refresh()
    _settle(qtbot, picker)
    assert set(_result_ids(picker)) == {archive.ids["baku"], archive.ids["baki"]}


def test_one_and_two_character_prefixes_answer_off_the_gui_thread(qtbot, picker, archive) -> None:  # type: ignore[no-untyped-def]
    picker.set_article(archive.articles.get(archive.ids["script"]))
    _settle(qtbot, picker)
    picker.search.setText("F")
    picker.refresh()
    assert picker.busy  # the query was handed to the runner; the GUI thread goes on
    _settle(qtbot, picker)
    assert archive.ids["ferry"] in _result_ids(picker)


def test_suggestions_refresh_as_the_article_changes(qtbot, picker, archive) -> None:  # type: ignore[no-untyped-def]
    article = archive.articles.get(archive.ids["script"])
    picker.set_article(article)
    _settle(qtbot, picker)
    picker.set_article(article.with_changes(body="Baki metro stations near the city."))
    qtbot.waitUntil(lambda: archive.ids["baki"] in _result_ids(picker)[:1], timeout=5000)
