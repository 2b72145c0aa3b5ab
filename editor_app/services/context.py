"""The services of one profile, built once by the composition root (``editor_app.app`` or the CLI)."""

from __future__ import annotations

from dataclasses import dataclass

from editor_app.paths import DataPaths
from editor_app.services.articles import ArticleService
from editor_app.services.demo import DemoService
from editor_app.services.exporting import ExportService
from editor_app.services.importing import ImportService
from editor_app.store import Database


@dataclass(frozen=True, slots=True)
class Services:
    paths: DataPaths
    db: Database
    articles: ArticleService
    importer: ImportService
    demo: DemoService
    exporter: ExportService

    def close(self) -> None:
        self.db.close()


def open_services(paths: DataPaths) -> Services:
    """Open (and upgrade) the profile's database and build the services on it. Raises StoreError."""
    db = Database.open(paths.database, backup_dir=paths.backups)
    return Services(
        paths=paths,
        db=db,
        articles=ArticleService(db),
        importer=ImportService(db),
        demo=DemoService(db),
        exporter=ExportService(db, photo_src=lambda photo: None),
    )
