"""Screenshot the review panel: the desk's queue, a review with its diff, checklist and notes, and the photo queue
(run under Xvfb; not collected by pytest).

xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tests/review/screenshot_review_panel.py OUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path


def seed(services: object) -> str:
    """Three submitted stories by two reporters, one reviewed and then changed, with a thread of notes."""
    from editor_app.domain import Role
    from editor_app.domain.photo import new_photo
    from editor_app.services.review import ReviewService
    from editor_app.services.workflow import WorkflowService

    db = services.db  # type: ignore[attr-defined]
    articles = services.articles  # type: ignore[attr-defined]
    workflow, review = WorkflowService(db), ReviewService(db)

    def as_user(name: str) -> None:
        with db.write() as uow:
            uow.sync_state.add_site("newsroom", "https://news.example", name)

    def story(headline: str, body: str, photo: bool = True) -> str:
        article, _ = articles.create(headline=headline, body=body, section="News", source="Staff reporter")
        if photo:
            with db.write() as uow:
                p = new_photo(
                    caption="The reopened quay", credit="Jane Doe/Agency", alt_text="Ferries at a quay"
                )
                uow.photos.save(p)
                uow.photos.set_for_article(article.id, [(p.id, True)])
        return article.id

    as_user("amina.k")
    harbour = story(
        "Harbour reopens after two years of repairs",
        "The harbour reopened on Monday.\n\nFerries run every hour from the new quay.",
    )
    council = story("Council votes on the tram extension", "The council meets on Thursday.", photo=False)
    workflow.apply(harbour, "submit", Role.REPORTER)
    time.sleep(0.05)
    as_user("li.wei")
    workflow.apply(council, "submit", Role.REPORTER)
    market = story("Night market returns to the old town", "Stalls open at six.", photo=True)
    time.sleep(0.05)
    workflow.apply(market, "submit", Role.REPORTER)

    as_user("desk.maria")
    review.open(harbour)
    first, _ = review.comment(harbour, "Which ferry company? Name it in the first paragraph.")
    as_user("amina.k")
    articles.edit(
        harbour,
        {
            "body": "The harbour reopened on Monday after two years of repairs.\n\n"
            "NorthLink ferries run every hour from the new quay; fares stay the same."
        },
    )
    review.comment(harbour, "NorthLink. Added, with the fares.", reply_to=first.id)
    as_user("photo.sam")
    review.comment(harbour, "Credit checked against the agency feed.")
    as_user("desk.maria")
    return harbour


def main(out_dir: Path) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from editor_app.domain import Role
    from editor_app.paths import DataPaths
    from editor_app.services import open_services
    from editor_app.services.review import ReviewService
    from editor_app.services.workflow import WorkflowService
    from editor_app.ui.review.panel import ReviewPanel
    from editor_app.ui.task_runner import TaskRunner

    app = QApplication(sys.argv[:1])
    services = open_services(DataPaths(Path(tempfile.mkdtemp(prefix="review-shot-"))))
    seed(services)
    runner = TaskRunner(app)
    panel = ReviewPanel(runner)
    panel.resize(1200, 820)
    panel.show()

    def settle(ms: int = 600) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    panel.attach(ReviewService(services.db), WorkflowService(services.db), Role.DESK)
    settle()
    out_dir.mkdir(parents=True, exist_ok=True)
    panel.grab().save(str(out_dir / "review-queue.png"))
    panel.queue.setCurrentRow(panel.queue.count() - 1)  # the oldest submission: the harbour story
    settle()
    panel.grab().save(str(out_dir / "review-panel.png"))
    panel.set_role(Role.PHOTO_EDITOR)
    settle()
    panel.grab().save(str(out_dir / "review-photo-queue.png"))
    print(out_dir)
    runner.wait()
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/review-panel-shots")))
