"""The sync behaviour of the window: actionSync (F5), a timer, retry when the site is back, the run log.

Runs go to the background in two steps: an empty job on the task runner's writer queue first (so edits saved
before the user pressed Sync are in the outbox), then ``sync_once`` on this controller's own worker thread, so a
long upload never holds up autosave (the database serialises the writes itself). Passwords asked for here live in
this session's memory only.
"""

from __future__ import annotations

import threading
from collections import deque
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from editor_app.services.changes import Changes
from editor_app.services.sync_run import SyncRun
from editor_app.sync.report import SyncProgress
from editor_app.ui.core_text import core_text
from editor_app.ui.sync.actions import SyncActions
from editor_app.ui.sync.reachability import Reachability
from editor_app.ui.sync.status import CONFLICTS_LINK, Phase, SyncState
from editor_app.ui.task_runner import TaskRunner

if TYPE_CHECKING:
    from collections.abc import Callable

    from editor_app.services.articles import ArticleService
    from editor_app.services.sync import Conflict, SyncService
    from editor_app.store.sync_state import Site
    from editor_app.ui.sync.log_window import SyncLogWindow
    from editor_app.ui.sync.sites_dialog import SitesDialog

DEFAULT_INTERVAL_MS = 5 * 60 * 1000
LOG_SIZE = 100


class _Relay(QObject):
    """``SyncProgress`` from the worker thread, delivered on the GUI thread."""

    step = Signal(object)


class SyncController(QObject):
    changed = Signal(object)
    """``Changes``: articles the last run (or a conflict resolution) created or updated locally."""
    stateChanged = Signal(object)
    """``SyncState`` for the status bar."""
    progressed = Signal(int, int)
    """Done and total changes pushed in the running sync; (0, 0) when it ends."""
    logged = Signal(object)
    """Each finished ``SyncRun``."""

    def __init__(
        self,
        service: SyncService,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        articles: ArticleService | None = None,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        reachability: Reachability | None = None,
        actions: SyncActions | None = None,
    ) -> None:
        """``actions``: the window's (``SyncActions``), made and connected to this controller by the window
        before the profile opened (a click then waits for it); else its own, connected here."""
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.articles = articles
        self.window = parent
        self.jobs = TaskRunner(self, readers=1)
        """Network work (sync runs, sign-in) runs here, never on the writer queue."""
        self.log: deque[SyncRun] = deque(maxlen=LOG_SIZE)
        self.state = SyncState()
        self.running = False
        self.ask_password: Callable[[Site], str | None] = self._ask_password
        self._cancel = threading.Event()
        self._relay = _Relay(self)
        self._relay.step.connect(self._on_progress)
        self._log_window: SyncLogWindow | None = None
        self._site_url = ""
        self.reachability = reachability or Reachability(self)
        self.reachability.back.connect(lambda: self.sync_now("site reachable again"))
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.sync_now("timer"))
        if actions is None:
            actions = SyncActions(parent if parent is not None else self)
            actions.sync.triggered.connect(lambda: self.sync_now("manual"))
            actions.sites.triggered.connect(self.open_sites)
            actions.log.triggered.connect(self.open_log)
            actions.conflicts.triggered.connect(lambda: self.open_conflict())
        self.action, self.sites_action = actions.sync, actions.sites
        self.log_action, self.conflicts_action = actions.log, actions.conflicts

    # state ---------------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Show the current counts and start the timer (call once the window is attached)."""
        self.refresh()
        self.timer.start()

    def set_interval(self, msecs: int) -> None:
        self.timer.setInterval(msecs)
        if self.timer.isActive():
            self.timer.start()

    def refresh(self) -> None:
        """Recount pending changes and conflicts (after a save, a resolution, a new site)."""
        service, articles = self.service, self.articles

        def count() -> tuple[str, int, int]:
            sites = service.sites()
            pending = len(articles.unsynced_ids()) if articles is not None else 0
            return (sites[0].name if sites else "", pending, service.conflict_count() if sites else 0)

        self.runner.run(count, self._counted)

    def show_pending(self, pending: int) -> None:
        """The outbox count learnt elsewhere (a save's list-row update): no recount of sites and conflicts."""
        if pending != self.state.pending:
            self._set_state(self.state.but(pending=pending))

    def _counted(self, counts: tuple[str, int, int]) -> None:
        site, pending, conflicts = counts
        phase = self.state.phase
        if not site:
            phase = Phase.NO_SITE
        elif phase is Phase.NO_SITE:
            phase = Phase.IDLE
        self._set_state(self.state.but(phase=phase, site=site, pending=pending, conflicts=conflicts))

    def _set_state(self, state: SyncState) -> None:
        self.state = state
        self.conflicts_action.setEnabled(state.conflicts > 0)
        self.stateChanged.emit(state)

    # running -------------------------------------------------------------------------------------------------
    def sync_now(self, trigger: str = "manual") -> None:
        """Start a run unless one is going; only a run the user asked for may show dialogs."""
        if self.running:
            return
        self.running = True
        interactive = trigger == "manual"
        service = self.service

        def prepare() -> tuple[Site | None, bool]:
            sites = service.sites()
            if not sites:
                return None, False
            return sites[0], service.credentials.get(sites[0].url, sites[0].username) is not None

        self.jobs.run(prepare, lambda ready: self._prepared(ready, trigger, interactive), self._crashed)

    def _prepared(self, ready: tuple[Site | None, bool], trigger: str, interactive: bool) -> None:
        site, has_password = ready
        if site is None:
            self.running = False
            self._set_state(self.state.but(phase=Phase.NO_SITE, site=""))
            if interactive:
                self.open_sites()
            return
        if not has_password or (interactive and self.state.phase is Phase.SIGN_IN):
            password = self.ask_password(site) if interactive else None
            if not password:
                self.running = False
                self._set_state(
                    self.state.but(
                        phase=Phase.SIGN_IN,
                        site=site.name,
                        message=self.tr("The application password for {} is needed: press Sync.").format(
                            site.username
                        ),
                    )
                )
                return
            self.service.credentials.remember_for_session(site.url, site.username, password)
        self._site_url = site.url
        self._cancel.clear()
        self._set_state(
            self.state.but(phase=Phase.SYNCING, site=site.name, done=0, total=0, message=self.tr("starting"))
        )
        # Behind any save already queued, then off the writer queue for the network part.
        self.runner.run(lambda: None, lambda _: self._launch(trigger), write=True)

    def _launch(self, trigger: str) -> None:
        service, relay, cancel = self.service, self._relay, self._cancel
        self.jobs.run(
            lambda: service.run(trigger, relay.step.emit, cancel),
            self._finished,
            self._crashed,
        )

    def _on_progress(self, step: SyncProgress) -> None:
        done, total = self.state.done, self.state.total
        if step.total:
            done, total = step.done, step.total
            self.progressed.emit(done, total)
        if self.state.phase is Phase.SYNCING:
            self._set_state(self.state.but(done=done, total=total, message=str(step)))

    def _finished(self, run: SyncRun) -> None:
        self.running = False
        self.progressed.emit(0, 0)
        self.log.append(run)
        report = run.report
        site = report.site or self.state.site
        base = self.state.but(
            site=site, pending=run.pending, conflicts=len(run.conflict_ids), done=0, total=0
        )
        failure = core_text(report.failures[0]) if report.failures else ""
        if len(report.failures) > 1:
            failure += " " + self.tr("(%n more in the sync log)", "", len(report.failures) - 1)
        if report.offline:
            state = base.but(phase=Phase.OFFLINE, message=failure)
            # behind a manual proxy the site's own port may be closed to this machine: probe the proxy
            self.reachability.watch(self.service.proxy.url or self._site_url)
        elif run.sign_in_failed:
            state = base.but(phase=Phase.SIGN_IN, message=failure)
            self.reachability.reset()
        elif report.failures:
            state = base.but(phase=Phase.FAILED, message=failure)
            self.reachability.reset()
        elif report.cancelled:
            state = base.but(phase=Phase.IDLE if base.last_synced is None else Phase.SYNCED, message="")
        else:
            state = base.but(phase=Phase.SYNCED, last_synced=run.finished, message=report.summary())
            self.reachability.reset()
        self._set_state(state)
        self.logged.emit(run)
        if not run.changes.empty:
            self.changed.emit(run.changes)
            self.runner.announce(run.changes, self)  # the change bus: every view follows the pull

    def _crashed(self, error: BaseException) -> None:
        """A bug or an unexpected error (the engine reports expected failures in the report)."""
        self.running = False
        self.progressed.emit(0, 0)
        self._set_state(self.state.but(phase=Phase.FAILED, message=str(error) or type(error).__name__))

    def cancel(self) -> None:
        """Stop the running sync after the article it is on."""
        self._cancel.set()

    def shutdown(self, msecs: int = 10_000) -> None:
        """At quit: stop the timer and probes, cancel a run and wait for it a bounded time."""
        self.timer.stop()
        self.reachability.reset()
        self._cancel.set()
        self.jobs.wait(msecs)

    def _ask_password(self, site: Site) -> str | None:
        text, ok = QInputDialog.getText(
            self.window,
            self.tr("Sign in to {}").format(site.name),
            self.tr(
                "Application password for {user} at {url}\n(kept in memory for this session only):"
            ).format(user=site.username, url=site.url),
            QLineEdit.EchoMode.Password,
        )
        return text.strip() if ok and text.strip() else None

    # windows -------------------------------------------------------------------------------------------------
    def open_sites(self, *, parent: QWidget | None = None) -> SitesDialog:
        """The Sites dialog, over ``parent`` (Preferences) or the window."""
        from editor_app.ui.sync.sites_dialog import SitesDialog

        dialog = SitesDialog(self.service, self.jobs, parent or self.window)
        dialog.signedIn.connect(lambda *_: self._signed_in())
        dialog.open()
        return dialog

    def _signed_in(self) -> None:
        if self.state.phase in (Phase.SIGN_IN, Phase.NO_SITE):
            self._set_state(self.state.but(phase=Phase.IDLE, message=""))
        self.refresh()

    def open_log(self) -> SyncLogWindow:
        from editor_app.ui.sync.log_window import SyncLogWindow

        if self._log_window is None:
            self._log_window = SyncLogWindow(self, self.window)
        self._log_window.show()
        self._log_window.raise_()
        return self._log_window

    def open_link(self, link: str) -> None:
        """For the status label's ``linkActivated``."""
        if link == CONFLICTS_LINK:
            self.open_conflict()

    def open_conflict(self, article_id: str | None = None) -> None:
        """Open the conflict dialog for that article (or the first one waiting)."""
        self.runner.run(self.service.conflicts, lambda found: self._show_conflict(found, article_id))

    def _show_conflict(self, conflicts: list[Conflict], article_id: str | None) -> None:
        from editor_app.ui.sync.conflict_dialog import ConflictDialog

        chosen = next((c for c in conflicts if article_id in (None, c.article_id)), None)
        if chosen is None:
            self.refresh()
            return
        dialog = ConflictDialog(chosen, self.service, self.runner, self.window)
        dialog.resolved.connect(self._resolved)
        dialog.open()

    def _resolved(self, changes: Changes) -> None:
        self.changed.emit(changes)
        self.refresh()

    @property
    def last_run(self) -> SyncRun | None:
        return self.log[-1] if self.log else None
