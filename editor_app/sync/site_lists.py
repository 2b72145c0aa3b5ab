"""The sync step for the site's reader lists: send the desk's Editor's choice order when one is waiting, then
fetch Popular this week and Editor's choice into the local table (the preview shows them from there, offline too).

The order is sent before the pull: the server bumps the modified date of posts whose mark the order changed, so
the same run's pull brings their ``ew_editors_choice`` into the local articles. The lists are fetched beside the
pull's first page (``Puller.run``).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from editor_app.domain.article import utcnow
from editor_app.domain.site_lists import ListItem, ListKind
from editor_app.store.sync_state import Site
from editor_app.sync.backend import BadResponse, Forbidden, NotFound, Rejected, RemoteUser
from editor_app.sync.report import Progress, SyncProgress, SyncReport
from editor_app.sync.transactions import Transactions

log = logging.getLogger(__name__)

ROUTES = {
    ListKind.POPULAR: "editorial-workstation/v1/popular",
    ListKind.EDITORS_CHOICE: "editorial-workstation/v1/editors-choice",
}
POPULAR_PARAMS = {"days": 7, "limit": 10}


@runtime_checkable
class ListsBackend(Protocol):
    """What this step needs of a backend (the WordPress client has it; a backend without it skips the step)."""

    def rest_get(self, route: str, params: Mapping[str, Any] | None = None) -> Any: ...

    def rest_put(self, route: str, body: Mapping[str, Any]) -> Any: ...


def items_from_json(data: Any) -> list[ListItem]:
    """The items of a list answer; BadResponse when it is not the shape the plugin sends."""
    try:
        return [
            ListItem(
                remote_id=int(entry["id"]),
                title=str(entry.get("title") or ""),
                url=str(entry.get("link") or ""),
                views=int(entry.get("views") or 0),
                status=str(entry.get("status") or "publish"),
            )
            for entry in data["items"]
        ]
    except (KeyError, TypeError, ValueError) as exc:
        raise BadResponse(f"The site's list answer is malformed ({exc!r}).") from exc


class SiteListsSync:
    def __init__(
        self, transactions: Transactions, backend: object, site: Site, report: SyncReport, progress: Progress
    ) -> None:
        self._transactions = transactions
        self._backend = backend
        self._site = site
        self._report = report
        self._progress = progress

    def _lists_backend(self, user: RemoteUser) -> ListsBackend | None:
        """The backend, when the site has the plugin and the backend has its routes; else None (no step)."""
        backend = self._backend
        return backend if user.plugin and isinstance(backend, ListsBackend) else None

    def fetch(self, user: RemoteUser) -> None:
        """Fetch both lists into the local table."""
        backend = self._lists_backend(user)
        if backend is None:
            return
        self._progress(SyncProgress("updating Popular and Editor's choice"))
        for kind, route in ROUTES.items():
            params = POPULAR_PARAMS if kind is ListKind.POPULAR else None
            try:
                items = items_from_json(backend.rest_get(route, params))
            except (NotFound, Rejected, BadResponse) as exc:
                self._report.warnings.append(f"The site sent no {kind.value.replace('_', ' ')} list: {exc}")
                continue
            with self._transactions.write() as uow:
                uow.site_lists.store_fetched(self._site.id, kind, items, utcnow())

    def send_order(self, user: RemoteUser) -> None:
        """Send the desk's Editor's choice order, when one is waiting (before the pull, see above)."""
        backend = self._lists_backend(user)
        if backend is None:
            return
        kind = ListKind.EDITORS_CHOICE
        with self._transactions.read() as uow:
            pending = uow.site_lists.pending_ids(self._site.id, kind)
        if pending is None:
            return
        if not user.capabilities.get("publish_posts"):
            self._report.warnings.append("Only the desk can set Editor's choice: your order was not sent.")
        else:
            try:
                backend.rest_put(ROUTES[kind], {"ids": pending})
                return  # the fetch that follows stores the site's answer and settles the pending order
            except (Forbidden, Rejected, NotFound) as exc:
                self._report.warnings.append(f"The site refused the Editor's choice order: {exc}")
        with self._transactions.write() as uow:  # refused: the site's own list comes back with the fetch
            uow.site_lists.clear_pending(self._site.id, kind)
