"""Popular this week and Editor's choice as the app last synced them, and the desk's new Editor's choice order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from editor_app.domain import Status
from editor_app.domain.site_lists import ListItem, ListKind, SiteList
from editor_app.store import Database, UnitOfWork
from editor_app.store.records import ArticleQuery
from editor_app.store.sync_state import Site


@dataclass(frozen=True, slots=True)
class SiteLists:
    """Both lists of one site; empty (and never fetched) when no site is configured."""

    popular: SiteList
    editors_choice: SiteList
    site: str = ""


class SiteListsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    def _site(uow: UnitOfWork, name: str | None) -> Site | None:
        sites = uow.sync_state.sites()
        if name is None:
            return sites[0] if sites else None
        return next((s for s in sites if s.name == name), None)

    def lists(self, site: str | None = None) -> SiteLists:
        with self._db.read() as uow:
            chosen = self._site(uow, site)
            if chosen is None:
                return SiteLists(SiteList(ListKind.POPULAR), SiteList(ListKind.EDITORS_CHOICE))
            articles = uow.sync_state.remote_ids(chosen.id)
            store = uow.site_lists
            return SiteLists(
                store.get(chosen.id, ListKind.POPULAR, articles),
                store.get(chosen.id, ListKind.EDITORS_CHOICE, articles),
                chosen.name,
            )

    def candidates(self, site: str | None = None, limit: int = 500) -> list[ListItem]:
        """Published local articles that are on the site, newest first: what the desk can add to Editor's
        choice (the site's own title and link arrive with the next sync)."""
        with self._db.read() as uow:
            chosen = self._site(uow, site)
            if chosen is None:
                return []
            remote = {
                article_id: remote_id
                for remote_id, article_id in uow.sync_state.remote_ids(chosen.id).items()
            }
            summaries = uow.articles.summaries(ArticleQuery(status=Status.PUBLISHED))
        found = [
            ListItem(remote[s.id], s.headline, article_id=s.id)
            for s in sorted(summaries, key=lambda s: s.updated_at, reverse=True)
            if s.id in remote
        ]
        return found[:limit]

    def set_editors_choice(self, items: Sequence[ListItem], site: str | None = None) -> SiteList:
        """The desk's selection in its order; shown at once, sent to the site at the next sync."""
        unique = list({item.remote_id: item for item in items}.values())
        with self._db.write() as uow:
            chosen = self._site(uow, site)
            if chosen is None:
                raise LookupError("No site is configured: Editor's choice lives on the site.")
            store = uow.site_lists
            store.set_pending(chosen.id, ListKind.EDITORS_CHOICE, unique)
            return store.get(chosen.id, ListKind.EDITORS_CHOICE, uow.sync_state.remote_ids(chosen.id))
