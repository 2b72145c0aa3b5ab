"""The composition root: the one place that builds services, once per profile (``Services``).

The GUI (``editor_app.app``) and the CLI both take every service from here and build none themselves. The
services start-up does not need (workflow, review, sync) are built on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.domain import Photo
from editor_app.paths import DataPaths
from editor_app.services.articles import ArticleService
from editor_app.services.demo import DemoService
from editor_app.services.exporting import ExportService
from editor_app.services.importing import ImportService
from editor_app.services.photos import PhotoService
from editor_app.services.related import RelatedService
from editor_app.services.site_lists import SiteListsService
from editor_app.store import Database

if TYPE_CHECKING:
    from editor_app.services.review import ReviewService
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
        self.articles = ArticleService(db)
        self.importer = ImportService(db)
        self.demo = DemoService(db, paths.media)
        self.exporter = ExportService(db, photo_src=stored_photo_url(paths.media))
        self.photos = (
            PhotoService(db, paths.media)
            if photo_workers is None
            else PhotoService(db, paths.media, workers=photo_workers)
        )
        self.related = RelatedService(db)
        self.site_lists = SiteListsService(db)

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
        """Sites and sync runs (built on first use: its HTTP stack is not needed to open the window), through
        the proxy of the profile's preferences (the window sets ``proxy`` again when they change)."""
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
