"""The composition root: the one place that builds services, once per profile (``Services``).

The GUI (``editor_app.app``) and the CLI both take every service from here and build none themselves. Only the
articles are built with the profile (the article list needs them first); every other service is built, and its
modules imported, on first use (the GUI warms them in the background before it builds the docks).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.domain import Photo
from editor_app.paths import DataPaths
from editor_app.services.articles import ArticleService
from editor_app.store import Database

if TYPE_CHECKING:
    from editor_app.services.demo import DemoService
    from editor_app.services.exporting import ExportService
    from editor_app.services.importing import ImportService
    from editor_app.services.photos import PhotoService
    from editor_app.services.related import RelatedService
    from editor_app.services.review import ReviewService
    from editor_app.services.site_lists import SiteListsService
    from editor_app.services.sync import BackendFactory, SyncService
    from editor_app.services.workflow import WorkflowService
    from editor_app.sync.credentials import Credentials


class Services:
    """Every service of one open profile."""

    def __init__(
        self,
        paths: DataPaths,
        db: Database,
        *,
        credentials: Credentials | None = None,
        backend_factory: BackendFactory | None = None,
        photo_workers: int | None = None,
    ) -> None:
        self.paths = paths
        self.db = db
        self._credentials = credentials
        self._backend_factory = backend_factory
        self._photo_workers = photo_workers
        self.articles = ArticleService(db)

    @cached_property
    def importer(self) -> ImportService:
        from editor_app.services.importing import ImportService

        return ImportService(self.db)

    @cached_property
    def demo(self) -> DemoService:
        from editor_app.services.demo import DemoService

        return DemoService(self.db, self.paths.media)

    @cached_property
    def exporter(self) -> ExportService:
        from editor_app.services.exporting import ExportService

        return ExportService(self.db, photo_src=stored_photo_url(self.paths.media))

    @cached_property
    def photos(self) -> PhotoService:
        from editor_app.services.photos import PhotoService

        if self._photo_workers is None:
            return PhotoService(self.db, self.paths.media)
        return PhotoService(self.db, self.paths.media, workers=self._photo_workers)

    @cached_property
    def related(self) -> RelatedService:
        from editor_app.services.related import RelatedService

        return RelatedService(self.db)

    @cached_property
    def site_lists(self) -> SiteListsService:
        from editor_app.services.site_lists import SiteListsService

        return SiteListsService(self.db)

    def warm(self, *, later: bool = False) -> None:
        """Build the services the docks use (off the GUI thread, before the docks are built); with ``later``
        the ones only a command uses (import, export, the demo) and the sync engine, once the window is
        complete."""
        if later:
            for name in ("exporter", "importer", "demo"):
                getattr(self, name)
            # The sync engine and the conflict merge (HTTP, an HTML parser): for the first run and conflict.
            for module in ("editor_app.sync.engine", "editor_app.sync.merge"):
                import_module(module)
            self.sync.proxy.client_options()  # the clients' shared TLS context (``sync/tls.py``: ~16 ms)
            return
        for name in ("photos", "related", "site_lists", "workflow", "review", "sync"):
            getattr(self, name)

    @cached_property
    def workflow(self) -> WorkflowService:
        from editor_app.services.workflow import WorkflowService

        return WorkflowService(self.db)

    @cached_property
    def review(self) -> ReviewService:
        from editor_app.services.review import ReviewService

        return ReviewService(self.db)

    @cached_property
    def sync(self) -> SyncService:
        """Sites and sync runs (quick to build: the sync engine loads on the first run), through the proxy of
        the profile's preferences (the window sets ``proxy`` again when they change)."""
        from editor_app.services.preferences import read_preferences
        from editor_app.services.sync import SyncService

        proxy = read_preferences(self.paths.settings).proxy
        return SyncService(
            self.db, self.photos, self._credentials, backend_factory=self._backend_factory, proxy=proxy
        )

    def close(self) -> None:
        self.db.close()


def stored_photo_url(media_root: Path) -> Callable[[Photo], str | None]:
    """A photo's original in the media store as a ``file:`` URL (what the preview shows), or None."""
    from editor_app.media.store import MediaStore

    store = MediaStore(media_root)

    def url(photo: Photo) -> str | None:
        path = store.find(photo.content_hash) if photo.content_hash else None
        return path.resolve().as_uri() if path is not None else None

    return url


def open_services(
    paths: DataPaths,
    *,
    credentials: Credentials | None = None,
    backend_factory: BackendFactory | None = None,
    photo_workers: int | None = None,
) -> Services:
    """Open (and upgrade) the profile's database and build the services on it. Raises StoreError."""
    db = Database.open(paths.database, backup_dir=paths.backups)
    return Services(
        paths, db, credentials=credentials, backend_factory=backend_factory, photo_workers=photo_workers
    )
