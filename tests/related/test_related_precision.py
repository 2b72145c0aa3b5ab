""" "More like this" on the BBC archive (2,225 real articles in five sections): precision@5, the share of the five
suggestions from the article's own section, stays at or above the budget (DESIGN.md §4: 0.93)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.services.importing import ImportService
from editor_app.services.related import RelatedService
from editor_app.store import Database
from tests.paths import SHARED_FIXTURES

BBC = SHARED_FIXTURES / "bbc-news"


@pytest.mark.slow
def test_precision_at_5_on_the_bbc_archive(tmp_path: Path) -> None:
    if not BBC.is_dir():
        pytest.skip(f"BBC fixtures not found at {BBC}")
    db = Database.open(tmp_path / "newsroom.sqlite")
    try:
        report = ImportService(db).import_paths([BBC])
        assert not report.failures
        sections = {item.article_id: item.path.parent.name for item in report.imported}
        assert len(sections) > 2000
        service = RelatedService(db)
        same = 0
        for article_id, section in sections.items():
            hits = service.suggest(article_id, limit=5)
            assert len(hits) == 5 and article_id not in {h.id for h in hits}
            same += sum(sections[h.id] == section for h in hits)
    finally:
        db.close()
    assert same / (5 * len(sections)) >= 0.93
