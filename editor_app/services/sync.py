"""Sites and sync runs: the use cases behind ``editor-app site add`` / ``sync`` and the GUI's sync actions.

The sync engine and the merge (an HTML parser, the Markdown pipeline: ~0.2 s to import) load on the first run or
conflict, so building the service, reading sites and counting conflicts stay quick (the window does at start-up).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.domain import Photo
from editor_app.services.changes import Changes
from editor_app.services.sync_run import SyncRun, describe_run
from editor_app.store import Database
from editor_app.store.sync_state import Site
from editor_app.sync.backend import Backend, RemoteUser, SyncError
from editor_app.sync.credentials import Credentials
from editor_app.sync.proxy import NO_PROXY, ProxyMode, ProxySettings, proxy_key
from editor_app.sync.report import Cancel, Progress, SyncProgress, SyncReport
from editor_app.sync.roles import SiteRole, role_for
from editor_app.sync.transactions import Transactions

if TYPE_CHECKING:
    from editor_app.services.photos import PhotoService
    from editor_app.sync.merge import Chunk

BackendFactory = Callable[[Site, str], Backend]
"""Builds the backend for a site and password (tests pass one that goes through a fault proxy)."""


class NoPassword(SyncError):
    """No application password is known for the site in this session."""


@dataclass(frozen=True, slots=True)
class SiteAdded:
    site: Site
    in_keyring: bool
    """False when no secure keyring exists: nothing was stored and the password must be given each run."""
    warning: str = ""


@dataclass(frozen=True, slots=True)
class SyncResult:
    report: SyncReport
    changes: Changes

    @property
    def ok(self) -> bool:
        return self.report.ok


@dataclass(frozen=True, slots=True)
class Conflict:
    """An article waiting for the user's choice: both versions, field by field, paragraph by paragraph."""

    article_id: str
    site: str
    local: Mapping[str, Any]
    remote: Mapping[str, Any]
    fields: Mapping[str, tuple[Chunk, ...]]


def wordpress_backend(site: Site, password: str, proxy: ProxySettings = NO_PROXY) -> Backend:
    """The real WordPress client for ``site``, through ``proxy``."""
    from editor_app.sync.wordpress import WordPressClient, discover_api_root

    api_root = site.api_root or discover_api_root(site.url, proxy=proxy)
    return WordPressClient(
        api_root, site.username, password, site_url=site.url, allow_http=site.allow_http, proxy=proxy
    )


class SyncService:
    def __init__(
        self,
        db: Database,
        photos: PhotoService | None = None,
        credentials: Credentials | None = None,
        *,
        backend_factory: BackendFactory | None = None,
        proxy: ProxySettings = NO_PROXY,
    ) -> None:
        """``photos`` makes the renditions uploaded with a post (none without it); ``proxy`` is how every
        request reaches the network (the profile's preferences; a manual proxy's password is in ``credentials``)."""
        self._db = db
        self._photos = photos
        self.credentials = credentials or Credentials()
        self.proxy = proxy
        self._backend_factory = backend_factory or (
            lambda site, pw: wordpress_backend(site, pw, self._proxy())
        )

    def _proxy(self) -> ProxySettings:
        """The proxy with its password from the keyring (or this session's memory)."""
        proxy = self.proxy
        if proxy.mode is not ProxyMode.MANUAL or not proxy.username or proxy.password:
            return proxy
        return proxy.with_password(self.credentials.get(proxy_key(proxy), proxy.username))

    # sites --------------------------------------------------------------------------------------------------
    def sites(self) -> list[Site]:
        with self._db.read() as uow:
            return uow.sync_state.sites()

    def site(self, name: str | None = None) -> Site:
        sites = self.sites()
        if not sites:
            raise SyncError(
                "No site is configured: add one with 'editor-app site add NAME --url URL --user U'."
            )
        if name is None:
            return sites[0]
        for site in sites:
            if site.name == name:
                return site
        raise SyncError(f"No site named '{name}' (known: {', '.join(s.name for s in sites)}).")

    def add_site(
        self, name: str, url: str, user: str, password: str | None = None, *, allow_http: bool = False
    ) -> SiteAdded:
        """Add (or change) a site; the address's REST API root is discovered when the site is reachable.

        ValueError (one line) for a bad address, for plain http to another machine without ``allow_http``,
        and for a site that announces its API on another origin; nothing is saved then."""
        from editor_app.sync.origin import (
            HTTP_WARNING,
            InsecureSite,
            check_transport,
            is_loopback,
            normalise_site_url,
            origin,
        )
        from editor_app.sync.wordpress import discover_api_root

        name, user = name.strip(), user.strip()
        if not (name and url.strip() and user):
            raise ValueError("A site needs a name, an address and a user name.")
        url = normalise_site_url(url)
        try:
            check_transport(url, allow_http=allow_http)
        except InsecureSite as exc:
            raise ValueError(str(exc)) from None
        warnings: list[str] = []
        scheme, host, _ = origin(url)
        if scheme == "http" and not is_loopback(host):
            warnings.append(HTTP_WARNING)
        try:
            api_root = discover_api_root(url, proxy=self._proxy())
        except InsecureSite as exc:
            raise ValueError(str(exc)) from None
        except SyncError as exc:
            api_root = ""
            warnings.append(f"{exc} The API address will be looked up at the first sync.")
        with self._db.write() as uow:
            site = uow.sync_state.add_site(name, url, user, api_root, allow_http=allow_http)
        in_keyring = False
        if password:
            in_keyring = self.credentials.store(url, user, password)
            if not in_keyring:
                warnings.append(
                    "No secure keyring is available: the password was not stored; give it with "
                    "--password-stdin at each sync."
                )
        return SiteAdded(site, in_keyring, " ".join(warnings))

    def remove_site(self, name: str) -> Site:
        """Forget a site: its sync records and its application password (keyring and session); the articles
        stay in the local database. LookupError when there is no such site."""
        with self._db.write() as uow:
            state = uow.sync_state
            site = state.site(name.strip())
            if site is None:
                known = ", ".join(s.name for s in state.sites()) or "none"
                raise LookupError(f"No site named '{name.strip()}' (known: {known}).")
            state.remove_site(site.id)
        self.credentials.forget(site.url, site.username)
        return site

    def _password(self, site: Site, password: str | None) -> str:
        if password:
            self.credentials.remember_for_session(site.url, site.username, password)
            return password
        known = self.credentials.get(site.url, site.username)
        if not known:
            raise NoPassword(
                f"No application password for {site.username} on '{site.name}' in this session: "
                "give it with --password-stdin (or store it in a secure keyring with 'site add')."
            )
        return known

    def _backend(self, site: Site, password: str | None) -> Backend:
        return self._backend_factory(site, self._password(site, password))

    def sign_in(self, name: str | None = None, password: str | None = None) -> RemoteUser:
        """Prove the credentials (``/users/me?context=edit``) and learn the user's role."""
        site = self.site(name)
        backend = self._backend(site, password)
        try:
            user = backend.sign_in()
        finally:
            _close(backend)
        with self._db.write() as uow:
            uow.sync_state.update_site(site.id, role=role_for(user).role.value)
        return user

    def site_role(self, name: str | None = None, password: str | None = None) -> SiteRole:
        """Sign in and say the user's newsroom role and what that user cannot do."""
        return role_for(self.sign_in(name, password))

    # sync ---------------------------------------------------------------------------------------------------
    def run(
        self,
        trigger: str = "manual",
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        *,
        site: str | None = None,
        password: str | None = None,
    ) -> SyncRun:
        """One run described article by article (the GUI's sync log and ``editor-app sync`` show it).

        ``progress`` gets a ``SyncProgress`` per step; ``cancel`` stops after the article being sent. SyncError
        when there is no such site; every other failure is in the run's report."""
        started = datetime.now().astimezone()
        steps: list[str] = []

        def step(now: SyncProgress) -> None:
            steps.append(str(now))
            if progress is not None:
                progress(now)

        before = self._unsynced()
        result = self.sync_once(step, cancel, site=site, password=password)
        after = self._unsynced()
        headlines = {c.article_id: str(c.local.get("headline") or "") for c in self.conflicts()}
        return describe_run(
            started,
            trigger,
            result.report,
            result.changes,
            steps,
            unsynced_before=before,
            unsynced_after=after,
            conflict_headlines=headlines,
            title=self._title,
        )

    def _unsynced(self) -> set[str]:
        with self._db.read() as uow:
            return uow.outbox.article_ids()

    def _title(self, article_id: str) -> str:
        with self._db.read() as uow:
            article = uow.articles.get(article_id, include_deleted=True)
        return article.title if article is not None else article_id

    def sync_once(
        self,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        *,
        site: str | None = None,
        password: str | None = None,
    ) -> SyncResult:
        chosen = self.site(site)
        try:
            backend = self._backend(chosen, password)
        except SyncError as exc:
            report = SyncReport(site=chosen.name, user=chosen.username, failures=[str(exc)])
            return SyncResult(report, Changes())
        from editor_app.sync.engine import SyncEngine

        try:
            engine = SyncEngine(
                self.transactions(),
                backend,
                chosen,
                progress=progress,
                cancel=cancel,
                renditions=self._renditions(),
                proxy=self._proxy(),
                database=self._db.path,
            )
            report = engine.run()
        finally:
            _close(backend)
        changes = Changes(
            created=frozenset(report.created), updated=frozenset(report.updated - report.created)
        )
        return SyncResult(report, changes)

    def transactions(self) -> Transactions:
        """The transactions a sync run works in: snapshots on a reader, writes on the one writer connection."""
        return Transactions(read=self._db.read, write=self._db.write)

    def _renditions(self) -> Callable[[Photo, Path], Path] | None:
        photos = self._photos
        if photos is None:
            return None

        def make(photo: Photo, dest: Path) -> Path:
            return photos.rendition(photo.id, dest).path

        return make

    # conflicts ----------------------------------------------------------------------------------------------
    def conflict_count(self) -> int:
        """How many articles wait for the user's choice (without reading their versions)."""
        with self._db.read() as uow:
            return sum(1 for link in uow.sync_state.conflicts() if link.conflict is not None)

    def conflicts(self) -> list[Conflict]:
        from editor_app.sync.merge import Chunk

        with self._db.read() as uow:
            state = uow.sync_state
            names = {s.id: s.name for s in state.sites()}
            links = state.conflicts()
        return [
            Conflict(
                link.article_id,
                names.get(link.site_id, ""),
                link.conflict["local"],
                link.conflict["remote"],
                {k: tuple(Chunk.from_json(c) for c in v) for k, v in link.conflict["fields"].items()},
            )
            for link in links
            if link.conflict is not None
        ]

    def resolve_conflict(
        self,
        article_id: str,
        fields: Mapping[str, str] | None = None,
        paragraphs: Mapping[str, Mapping[int, str]] | None = None,
        origin: object | None = None,
    ) -> Changes:
        """Apply the user's choice: per field ``"local"`` or ``"remote"``; for text fields per disputed chunk
        ``"local"``, ``"remote"`` or ``"both"`` (default: local). The result is saved and queued for push."""
        from editor_app.sync.mapping import apply_state
        from editor_app.sync.merge import TEXT_FIELDS, Chunk, join_chunks
        from editor_app.sync.pull import store_synced

        fields, paragraphs = fields or {}, paragraphs or {}
        with self._db.write() as uow:
            state = uow.sync_state
            link = next((lk for lk in state.conflicts() if lk.article_id == article_id), None)
            article = uow.articles.get(article_id, include_deleted=True)
            if link is None or link.conflict is None or article is None:
                raise LookupError("This article has no conflict to resolve.")
            record = link.conflict
            resolved: dict[str, Any] = dict(record["merged"] or record["local"])
            for name, chunks in record["fields"].items():
                parsed = tuple(Chunk.from_json(c) for c in chunks)
                choice = fields.get(name)
                if name in paragraphs:
                    resolved[name] = join_chunks(parsed, paragraphs[name])
                elif choice == "remote":
                    resolved[name] = record["remote"][name]
                elif choice == "local" or name not in TEXT_FIELDS:
                    resolved[name] = record["local"][name]
                else:  # agreed paragraphs from both sides, the local side of each disputed one
                    resolved[name] = join_chunks(parsed)
            # The server's version becomes the base; the resolution is pushed on top of it.
            state.put_link(
                link.site_id,
                article_id,
                conflict=None,
                base=record["remote"],
                base_html=record.get("remote_html", ""),
                remote_modified=record["remote_modified"],
                remote_version=record.get("remote_version"),
            )
            store_synced(uow, apply_state(article, resolved), kind="merge", queue=True)
        return Changes(updated=frozenset({article_id}), origin=origin)


def _close(backend: Backend) -> None:
    close = getattr(backend, "close", None)
    if callable(close):
        close()
