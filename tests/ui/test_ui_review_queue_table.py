"""The desk's queue is a sortable table (headline, reporter, section, words, submitted) that shows at least
eight rows in the height a 768-pixel-high window gives the review, with the diff beside the notes below it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from editor_app.domain import Role
from editor_app.services.review import ReviewService
from editor_app.services.workflow import WorkflowService


def test_the_queue_is_a_sortable_table_showing_eight_rows(qtbot: Any, services: Any) -> None:
    from editor_app.ui.review.panel import ReviewPanel
    from editor_app.ui.task_runner import TaskRunner

    workflow = WorkflowService(services.db)
    lengths = [120, 80, 600, 45, 310, 999, 12, 250, 700, 33]
    for index, words in enumerate(lengths):
        body = " ".join(f"w{n}" for n in range(words)) + "\n\n![A siren](photo:3f2a)"
        article, _ = services.articles.create(
            headline=f"Story {index}: harbour walls raised again before the winter storms arrive",
            body=body,
            source="Staff",
            section="News" if index % 2 else "Business",
        )
        workflow.apply(article.id, "submit", Role.REPORTER)
    runner = TaskRunner()
    panel = ReviewPanel(runner)
    qtbot.addWidget(panel)
    panel.resize(1000, 620)  # what a Desk layout leaves the review in a 1366x768 window
    panel.show()
    panel.attach(ReviewService(services.db), workflow, Role.DESK)
    queue = panel.queue
    qtbot.waitUntil(lambda: queue.count() == len(lengths), timeout=5000)
    headers = [queue.headerItem().text(c) for c in range(queue.columnCount())]
    assert headers == ["Headline", "Reporter", "Section", "Words", "Submitted"]
    first = queue.topLevelItem(0)
    assert first.text(1) == "local user" and first.text(2) in ("News", "Business")

    qtbot.waitUntil(lambda: queue.viewport().height() > 0)
    eighth = queue.visualItemRect(queue.topLevelItem(7))
    assert eighth.isValid() and eighth.bottom() <= queue.viewport().height(), (
        eighth,
        queue.viewport().height(),
    )

    queue.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    shown = [int(queue.topLevelItem(i).text(3).replace(",", "")) for i in range(queue.count())]
    assert shown == sorted(lengths)  # numbers sort as numbers; the photo token adds no words
    queue.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    titles = [queue.topLevelItem(i).text(0) for i in range(queue.count())]
    assert titles == sorted(titles, key=str.lower)

    # Choosing a row opens its review; the diff and the notes sit side by side under the queue.
    queue.setCurrentRow(0)
    qtbot.waitUntil(lambda: panel.view is not None and titles[0] in panel.header.text(), timeout=5000)
    diff_at = panel.diff.mapTo(panel, panel.diff.rect().topLeft())
    notes_at = panel.comments.mapTo(panel, panel.comments.rect().topLeft())
    queue_at = queue.mapTo(panel, queue.rect().bottomLeft())
    assert notes_at.x() > diff_at.x() + panel.diff.width() // 2
    assert diff_at.y() > queue_at.y() and notes_at.y() > queue_at.y()
    runner.wait()


def test_a_submitter_nobody_recorded_is_an_unknown_reporter(qtbot: Any) -> None:
    """An article that arrived already submitted (an import) has no submission on record: the queue says so
    instead of inventing a name."""
    from datetime import UTC, datetime

    from editor_app.domain import Status
    from editor_app.services.review import QueueItem
    from editor_app.ui.review.queue_table import QueueTable

    table = QueueTable()
    qtbot.addWidget(table)
    when = datetime(2025, 2, 12, 9, 30, tzinfo=UTC)
    table.fill(
        [
            QueueItem("a", "Known", "News", Status.SUBMITTED, "Aysel Mammadova", when, 10),
            QueueItem("b", "Imported", "News", Status.SUBMITTED, "", when, 10),
        ],
        None,
    )
    names = {table.topLevelItem(i).text(0): table.topLevelItem(i).text(1) for i in range(table.count())}
    assert names == {"Known": "Aysel Mammadova", "Imported": "Unknown reporter"}
    assert table.status(table.topLevelItem(0)) == "submitted"
