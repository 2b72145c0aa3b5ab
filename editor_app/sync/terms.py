"""Sections as categories and tags as tags, assigned by id: a local cache of the site's terms, refreshed only
when a name or an id is not in it (terms have no change feed)."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from editor_app.sync.backend import Backend, Forbidden
from editor_app.sync.transactions import Transactions

log = logging.getLogger(__name__)

TAXONOMIES = ("categories", "tags")


class Terms:
    def __init__(self, transactions: Transactions, backend: Backend, site_id: int) -> None:
        self._transactions = transactions
        self._backend = backend
        self._site_id = site_id
        self._cache: dict[str, dict[int, str]] = {}
        self._refreshed: set[str] = set()
        self.warnings: list[str] = []

    def names(self, taxonomy: str) -> dict[int, str]:
        if taxonomy not in self._cache:
            with self._transactions.read() as uow:
                self._cache[taxonomy] = uow.sync_state.terms(self._site_id, taxonomy)
        return self._cache[taxonomy]

    def refresh(self, taxonomy: str) -> None:
        """Fetch the whole list once per run."""
        if taxonomy in self._refreshed:
            return
        fetched = self._backend.terms(taxonomy)
        self._remember(taxonomy, fetched)
        self._refreshed.add(taxonomy)

    def fetch_if_none(self) -> None:
        """Fetch both lists when no section is known here (a WordPress site always has a category): a first
        pull, whose posts need them."""
        if not self.names("categories"):
            for taxonomy in TAXONOMIES:
                self.refresh(taxonomy)

    def _remember(self, taxonomy: str, terms: dict[int, str]) -> None:
        with self._transactions.write() as uow:
            uow.sync_state.put_terms(self._site_id, taxonomy, terms)
        self.names(taxonomy).update(terms)

    def know_ids(self, taxonomy: str, ids: Iterable[int]) -> None:
        """Make sure these ids have names (one listing when any is unknown)."""
        if any(i not in self.names(taxonomy) for i in ids):
            self.refresh(taxonomy)

    def ids_for(self, taxonomy: str, names: Iterable[str]) -> list[int]:
        """Term ids for names, creating the missing terms (a role that may not create them gets a warning)."""
        wanted = [n for n in names if n.strip()]
        out: list[int] = []
        for name in wanted:
            term_id = self._find(taxonomy, name)
            if term_id is None:
                self.refresh(taxonomy)
                term_id = self._find(taxonomy, name)
            if term_id is None:
                try:
                    term_id = self._backend.create_term(taxonomy, name)
                except Forbidden as exc:
                    self.warnings.append(
                        f"{taxonomy[:-1] if taxonomy == 'tags' else 'section'} '{name}': {exc}"
                    )
                    continue
                self._remember(taxonomy, {term_id: name})
            if term_id not in out:
                out.append(term_id)
        return out

    def _find(self, taxonomy: str, name: str) -> int | None:
        folded = name.strip().casefold()
        return next((i for i, n in self.names(taxonomy).items() if n.strip().casefold() == folded), None)
