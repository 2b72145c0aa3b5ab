"""The demo newsroom: a real-looking article and a small archive, so a newcomer sees the app at work."""

from __future__ import annotations

from editor_app.formats import DEMO_LEAD_ARTICLE_ID, demo_files, parse_article
from editor_app.services.changes import Changes
from editor_app.services.importing import save_parsed
from editor_app.store import Database


class DemoService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def open_demo(self) -> tuple[str, Changes]:
        """Import (or refresh) the demo articles; returns the lead article's id. Opening twice never duplicates."""
        parsed = [parse_article(f.read_text(encoding="utf-8"), name=f.name) for f in demo_files()]
        created: set[str] = set()
        updated: set[str] = set()
        with self._db.write() as uow:
            for item in parsed:
                (created if save_parsed(uow, item) else updated).add(item.article.id)
            for item in parsed:
                if item.related:
                    uow.related.set(item.article.id, [r for r in item.related if uow.articles.exists(r)])
        return DEMO_LEAD_ARTICLE_ID, Changes(created=frozenset(created), updated=frozenset(updated))
