"""The article list at scale: a page of rows at a time as it scrolls, the last article opens from any depth,
and rows show the whole headline on two lines."""

from __future__ import annotations

import threading
from datetime import timedelta

from PySide6.QtGui import QFont, QFontMetrics

from editor_app.domain import new_article
from editor_app.services.articles import store_edit
from editor_app.ui.articles.list_delegate import HEADLINE_LINES, headline_lines
from editor_app.ui.articles.list_page import MORE, PAGE

COUNT = PAGE + MORE + 37


def _fill(services, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    """``count`` articles, the first the oldest; returns their ids in that order."""
    ids = []
    with services.db.write() as uow:
        for i in range(count):
            article = new_article(headline=f"Story {i:04d}", body=f"Body {i}", section="News")
            article = article.with_changes(updated_at=article.updated_at + timedelta(seconds=i))
            store_edit(uow, article, keep_dates=True)
            ids.append(article.id)
    return ids


def test_the_list_reads_a_page_and_the_rest_as_it_scrolls(services, make_window, qtbot) -> None:
    _fill(services, COUNT)
    window = make_window()
    model = window.list_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == PAGE, timeout=10_000)
    assert model.has_more
    assert model.index(0).data() == f"Story {COUNT - 1:04d}"  # newest first
    view = window.list_panel.view
    for _ in range(10):  # scrolling to the end asks for the next page until none is left
        view.scrollToBottom()
        qtbot.wait(50)
        if model.rowCount() == COUNT:
            break
    qtbot.waitUntil(lambda: model.rowCount() == COUNT, timeout=10_000)
    assert not model.has_more
    assert [model.index(i).data() for i in (COUNT - 2, COUNT - 1)] == ["Story 0001", "Story 0000"]
    assert len({model.summary(i).id for i in range(COUNT)}) == COUNT


def test_rows_are_built_on_the_reader_thread_never_on_the_gui_thread(
    services, make_window, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Every page and a reload of all loaded rows reach the GUI thread as ready rows, and the rows they replace
    are freed elsewhere: at 100,000 rows building them stalled the window ~50 ms on every change to the list,
    and freeing them ~30 ms."""
    from editor_app.ui.articles import list_model, list_panel

    _fill(services, COUNT)
    on_gui: list[bool] = []
    build = list_model._row

    def watched(summary):  # type: ignore[no-untyped-def]
        on_gui.append(threading.current_thread() is threading.main_thread())
        return build(summary)

    monkeypatch.setattr(list_model, "_row", watched)
    released: list[tuple[int, bool]] = []
    release = list_panel.release_rows

    def watched_release(rows):  # type: ignore[no-untyped-def]
        released.append((rows.count, threading.current_thread() is threading.main_thread()))
        release(rows)

    monkeypatch.setattr(list_panel, "release_rows", watched_release)
    window = make_window()
    panel, model = window.list_panel, window.list_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == PAGE, timeout=10_000)
    for _ in range(20):
        panel.view.scrollToBottom()
        qtbot.wait(50)
        if model.rowCount() == COUNT:
            break
    qtbot.waitUntil(lambda: model.rowCount() == COUNT and not model.has_more, timeout=10_000)
    built = len(on_gui)
    panel.refresh()  # a change: every loaded row is read again
    qtbot.waitUntil(lambda: not panel.busy and len(on_gui) >= built + COUNT, timeout=10_000)
    assert model.rowCount() == COUNT
    assert [model.index(i).data() for i in (0, COUNT - 1)] == [f"Story {COUNT - 1:04d}", "Story 0000"]
    assert model.row_of(model.summary(COUNT - 1).id) == COUNT - 1
    assert len(on_gui) >= 2 * COUNT and not any(on_gui)
    qtbot.waitUntil(lambda: any(count == COUNT for count, _ in released), timeout=5000)
    assert not any(
        gui for _, gui in released
    )  # the rows shown before the reload are freed off the GUI thread


def test_a_filter_reads_its_first_page_only(services, make_window, qtbot) -> None:
    _fill(services, COUNT)
    window = make_window()
    model = window.list_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == PAGE, timeout=10_000)
    window.list_panel.filter_edit.setText("story")
    qtbot.waitUntil(
        lambda: model.rowCount() == PAGE and window.list_panel.query().text == "story", timeout=5000
    )
    window.list_panel.filter_edit.setText("0007")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    assert model.index(0).data() == "Story 0007"
    assert not model.has_more


def test_the_last_article_opens_although_it_is_below_the_first_page(services, make_window, qtbot) -> None:
    ids = _fill(services, COUNT)
    from PySide6.QtCore import QSettings

    QSettings(str(services.paths.settings), QSettings.Format.IniFormat).setValue(
        "session/lastArticle", ids[0]
    )
    window = make_window()
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=10_000)
    assert window.editor.article.id == ids[0]
    assert window.form.headline.text() == "Story 0000"


def test_a_long_headline_wraps_to_two_lines_and_is_elided_after() -> None:
    font = QFont()
    font.setBold(True)
    width = QFontMetrics(font).horizontalAdvance("x" * 30)
    long = "Council votes to rebuild the harbour wall before the winter storms " * 3
    lines = headline_lines(long.strip(), font, width)
    assert len(lines) == HEADLINE_LINES
    assert lines[0] and long.startswith(lines[0])
    assert lines[1].endswith("…")
    assert all(QFontMetrics(font).horizontalAdvance(line) <= width for line in lines)
    two = headline_lines("Harbour wall rebuilt before the winter storms arrive", font, width)
    assert " ".join(two) == "Harbour wall rebuilt before the winter storms arrive"  # whole, nothing elided
    assert headline_lines("Short", font, width) == ["Short"]


def test_rows_have_room_for_two_headline_lines_and_the_detail(services, make_window, qtbot) -> None:
    _fill(services, 3)
    window = make_window()
    view = window.list_panel.view
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 3, timeout=10_000)
    index = window.list_panel.model.index(0)
    bold = QFont(view.font())
    bold.setBold(True)
    assert (
        view.visualRect(index).height()
        >= 2 * QFontMetrics(bold).lineSpacing() + QFontMetrics(view.font()).height() * 0.8
    )
    assert view.objectName() == "articleList"
    assert window.list_panel.filter_edit.objectName() == "articleFilter"


def test_unsynced_marks_are_read_when_the_list_shows_them(services, make_window, qtbot) -> None:
    from editor_app.ui.item_roles import DETAIL_ROLE

    _fill(services, 3)
    window = make_window()
    model = window.list_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=10_000)
    assert "not synced" not in model.index(0).data(DETAIL_ROLE)
    # A publishing site is set up (as the Sites dialog does): the sync state's next count has a site, the list
    # marks unsynced articles and reads which they are. (Switching the marks on by hand raced the window's own
    # counts, which say there is no site.)
    services.sync.add_site("Harbour Times", "http://127.0.0.1:9/", "desk", allow_http=True)
    window.sync.refresh()
    qtbot.waitUntil(lambda: "not synced" in model.index(0).data(DETAIL_ROLE), timeout=5000)
    assert window.list_panel.section_combo.findData("News") > 0


def _ink_bands(headline: str, width: int) -> tuple[list[tuple[int, int]], int, int]:
    """Paint one row with the real delegate onto white and return the bands of rows holding ink (top, bottom),
    the row's height and the bold line spacing."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem

    from editor_app.ui.articles.list_delegate import ArticleDelegate
    from editor_app.ui.item_roles import DETAIL_ROLE

    model = QStandardItemModel()
    item = QStandardItem(headline)
    item.setData("Culture · Draft · 21 Feb 15:40", DETAIL_ROLE)
    model.appendRow(item)
    delegate = ArticleDelegate()
    option = QStyleOptionViewItem()
    option.font = QFont()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("black"))
    option.palette = palette
    height = delegate.sizeHint(option, model.index(0, 0)).height()
    option.rect = QRect(0, 0, width, height)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    inked = [y for y in range(height) if any(image.pixelColor(x, y).lightness() < 200 for x in range(width))]
    bands: list[tuple[int, int]] = []
    for y in inked:
        if bands and y - bands[-1][1] <= 2:
            bands[-1] = (bands[-1][0], y)
        else:
            bands.append((y, y))
    bold = QFont()
    bold.setBold(True)
    return bands, height, QFontMetrics(bold).lineSpacing()


def test_the_detail_line_sits_right_under_a_one_line_headline(qtbot) -> None:  # type: ignore[no-untyped-def]
    bands, height, spacing = _ink_bands("Folk festival moves to the quay", 900)
    assert len(bands) == 2, bands  # the headline, then the detail line
    (_, headline_bottom), (detail_top, detail_bottom) = bands
    assert detail_top - headline_bottom < spacing / 2  # no blank line between them
    assert height - detail_bottom > spacing / 2  # the row's spare room is below


def test_a_two_line_headline_keeps_the_detail_line_below_its_second_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    long = "Coastal towns switch on shared flood-warning network before the spring tides arrive in the bay"
    bands, height, spacing = _ink_bands(long, 260)
    assert len(bands) == 3, bands  # two headline lines, then the detail line
    assert bands[2][0] - bands[1][1] < spacing / 2
    assert bands[2][1] < height


def test_an_article_from_another_year_shows_its_year_not_a_time(services, make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from PySide6.QtCore import Qt

    from editor_app.ui.item_roles import DETAIL_ROLE

    now = datetime.now(UTC)
    with services.db.write() as uow:
        old = new_article(headline="Rowing title", body="Won.", section="Sport")
        store_edit(uow, old.with_changes(updated_at=datetime(2019, 9, 9, 7, 15, tzinfo=UTC)), keep_dates=True)
        store_edit(uow, new_article(headline="Ferry cut", body="Cut.", section="News"))
    window = make_window()
    model = window.list_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10_000)
    details = {str(model.index(i).data()): str(model.index(i).data(DETAIL_ROLE)) for i in range(2)}
    assert details["Rowing title"].endswith("2019")
    assert str(now.year) not in details["Ferry cut"] and ":" in details["Ferry cut"]  # this year: the time
    assert model.index(0).data(Qt.ItemDataRole.DisplayRole) == "Ferry cut"  # newest first
