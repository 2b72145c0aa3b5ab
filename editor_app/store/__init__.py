"""The local newsroom database (SQLite through SQLAlchemy). The only package that imports SQLAlchemy."""

from editor_app.store.database import CheckReport, Database, UnitOfWork, default_database_path
from editor_app.store.errors import (
    DatabaseTooNew,
    DataFolderNotWritable,
    MigrationFailed,
    NotADatabase,
    StoreError,
)
from editor_app.store.repositories import ArticleQuery, ArticleSummary, OutboxEntry, Revision

__all__ = [
    "ArticleQuery",
    "ArticleSummary",
    "CheckReport",
    "DataFolderNotWritable",
    "Database",
    "DatabaseTooNew",
    "MigrationFailed",
    "NotADatabase",
    "OutboxEntry",
    "Revision",
    "StoreError",
    "UnitOfWork",
    "default_database_path",
]
