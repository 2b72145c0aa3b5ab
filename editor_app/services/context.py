"""The services of one profile, built once by the composition root (``editor_app.app`` or the CLI)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

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


@dataclass(frozen=True, slots=True)
class Services:
    paths: DataPaths
    db: Database
    articles: ArticleService
    importer: ImportService
    demo: DemoService
    exporter: ExportService
    photos: PhotoService
    related: RelatedService
    site_lists: SiteListsService

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


def open_services(paths: DataPaths) -> Services:
    """Open (and upgrade) the profile's database and build the services on it. Raises StoreError."""
    db = Database.open(paths.database, backup_dir=paths.backups)
    return Services(
        paths=paths,
        db=db,
        articles=ArticleService(db),
        importer=ImportService(db),
        demo=DemoService(db, paths.media),
        exporter=ExportService(db, photo_src=stored_photo_url(paths.media)),
        photos=PhotoService(db, paths.media),
        related=RelatedService(db),
        site_lists=SiteListsService(db),
    )
