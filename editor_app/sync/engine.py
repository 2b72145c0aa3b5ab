"""One sync run against one site: sign in, pull, push, and now and then reconcile ids (force-deleted posts)."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

from editor_app.domain.article import utcnow
from editor_app.store.sync_state import Site
from editor_app.sync.backend import AuthFailed, Backend, Forbidden, NotFound, Offline, RemoteUser, SyncError
from editor_app.sync.media_push import MediaPush, RenditionMaker
from editor_app.sync.proxy import NO_PROXY, ProxySettings
from editor_app.sync.pull import Puller
from editor_app.sync.push import Pusher
from editor_app.sync.report import Cancel, Progress, SyncProgress, SyncReport
from editor_app.sync.roles import role_for
from editor_app.sync.site_lists import SiteListsSync
from editor_app.sync.site_theme import SiteThemeSync
from editor_app.sync.terms import Terms
from editor_app.sync.transactions import Transactions

log = logging.getLogger(__name__)

RECONCILE_EVERY = timedelta(hours=6)


def _quiet(_: SyncProgress) -> None:
    pass


class SyncEngine:
    def __init__(
        self,
        transactions: Transactions,
        backend: Backend,
        site: Site,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        renditions: RenditionMaker | None = None,
        reconcile_every: timedelta = RECONCILE_EVERY,
        proxy: ProxySettings = NO_PROXY,
        database: Path | None = None,
    ) -> None:
        """``transactions`` come from the service layer; ``database`` (its file) places the site's theme."""
        self._transactions = transactions
        self._database = database
        self._backend = backend
        self._site = site
        self._progress = progress or _quiet
        self._cancel = cancel
        self._renditions = renditions
        self._reconcile_every = reconcile_every
        self._proxy = proxy

    def run(self, *, reconcile: bool | None = None) -> SyncReport:
        """Sign in, pull, push, maybe reconcile; every failure is in the report, nothing raises but bugs."""
        report = SyncReport(site=self._site.name, user=self._site.username)
        try:
            user = self.sign_in(report)
            theme = SiteThemeSync(self._database, self._site, report, self._progress, self._proxy)
            with theme.in_background(user):  # HTTP and files only: it overlaps the lists, pull and push
                lists = SiteListsSync(self._transactions, self._backend, self._site, report, self._progress)
                lists.send_order(user)
                terms = Terms(self._transactions, self._backend, self._site.id)
                puller = Puller(
                    self._transactions, self._backend, self._site, terms, report, self._progress, self._cancel
                )
                self._progress(SyncProgress("pulling changes"))
                caps = user.capabilities
                puller.run(
                    archive=not (caps.get("edit_others_posts") and caps.get("edit_published_posts")),
                    beside=lambda: lists.fetch(user),
                )
                if not report.cancelled:
                    self._progress(SyncProgress("pushing local changes"))
                    media = MediaPush(self._transactions, self._backend, self._site.id, self._renditions)
                    pusher = Pusher(
                        self._transactions,
                        self._backend,
                        self._site,
                        user,
                        terms,
                        media,
                        puller,
                        report,
                        self._progress,
                        self._cancel,
                    )
                    try:
                        pusher.run()
                    finally:
                        report.uploaded_media = media.uploaded
                report.warnings.extend(terms.warnings)
                if not report.cancelled and self._reconcile_due(reconcile):
                    self.reconcile(report)
        except Offline as exc:
            report.offline = True
            report.failures.append(str(exc))
        except AuthFailed as exc:
            report.failures.append(str(exc))
        except SyncError as exc:
            report.failures.append(str(exc))
        report.requests = int(getattr(self._backend, "requests", 0))
        return report

    def sign_in(self, report: SyncReport) -> RemoteUser:
        self._progress(SyncProgress(f"signing in to {self._site.name} as {self._site.username}"))
        user = self._backend.sign_in()
        report.user = user.name or self._site.username
        report.role = user.role_label
        if not user.plugin:
            report.warnings.append(
                "The Editorial Workstation plugin is not installed on the site: creates cannot be checked "
                "for duplicates and concurrent edits are not detected."
            )
        site_role = role_for(user)
        report.warnings.extend(site_role.limits[1:] if not user.plugin else site_role.limits)
        with self._transactions.write() as uow:
            uow.sync_state.update_site(self._site.id, role=site_role.role.value)
        return user

    def _reconcile_due(self, forced: bool | None) -> bool:
        if forced is not None:
            return forced
        with self._transactions.read() as uow:
            site = uow.sync_state.site(self._site.name)
        if site is None or site.reconciled_at is None:
            with self._transactions.write() as uow:  # the first pull saw everything: nothing to reconcile yet
                uow.sync_state.update_site(self._site.id, reconciled_at=utcnow())
            return False
        return utcnow() - site.reconciled_at >= self._reconcile_every

    def reconcile(self, report: SyncReport) -> None:
        """Mark (never drop) local copies of posts the server says are gone. The id listing only names the
        candidates: it leaves out every post this user may not read. Each candidate is then read by its own
        address: 404/410 is gone (marked "deleted"); 403 is a post that still exists but that this user may no
        longer read (the desk unpublished or trashed it): its copy stays as it is, unmarked, and the report says
        so; a post that answers is still there (trash is marked by the pull, which lists it)."""
        self._progress(SyncProgress("checking for posts deleted on the server"))
        present = self._backend.post_ids()
        with self._transactions.read() as uow:
            known = uow.sync_state.remote_ids(self._site.id)
        gone: list[str] = []
        hidden = 0
        for remote_id, article_id in sorted(known.items()):
            if remote_id in present:
                continue
            try:
                self._backend.post_status(remote_id)
            except NotFound:
                gone.append(article_id)
            except Forbidden:
                hidden += 1
        with self._transactions.write() as uow:
            state = uow.sync_state
            for article_id in gone:
                state.put_link(self._site.id, article_id, remote_deleted="deleted")
                report.remote_deleted.append(article_id)
                report.updated.add(article_id)
            state.update_site(self._site.id, reconciled_at=utcnow())
        if hidden:
            report.warnings.append(
                f"{hidden} of your local articles are no longer visible to you on the site (unpublished or "
                "trashed by a colleague): they are kept here as they are, not marked deleted."
                if hidden > 1
                else "1 of your local articles is no longer visible to you on the site (unpublished or trashed "
                "by a colleague): it is kept here as it is, not marked deleted."
            )
