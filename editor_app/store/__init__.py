"""The local newsroom database (SQLite through SQLAlchemy). The only package that imports SQLAlchemy.

Names are loaded on first use, so that importing a light module of this package (``records``, ``fts``) does not
pull in SQLAlchemy: the main window paints before the database layer is loaded.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor_app.store.database import CheckReport, Database, UnitOfWork, default_database_path
    from editor_app.store.errors import (
        DatabaseTooNew,
        DataFolderNotWritable,
        MigrationFailed,
        MigrationsMissing,
        NotADatabase,
        StoreError,
    )
    from editor_app.store.records import ArticleQuery, ArticleSummary, OutboxEntry, Revision

_HOMES = {
    "CheckReport": "database",
    "Database": "database",
    "UnitOfWork": "database",
    "default_database_path": "database",
    "DatabaseTooNew": "errors",
    "DataFolderNotWritable": "errors",
    "MigrationFailed": "errors",
    "MigrationsMissing": "errors",
    "NotADatabase": "errors",
    "StoreError": "errors",
    "ArticleQuery": "records",
    "ArticleSummary": "records",
    "OutboxEntry": "records",
    "Revision": "records",
}

__all__ = [
    "ArticleQuery",
    "ArticleSummary",
    "CheckReport",
    "DataFolderNotWritable",
    "Database",
    "DatabaseTooNew",
    "MigrationFailed",
    "MigrationsMissing",
    "NotADatabase",
    "OutboxEntry",
    "Revision",
    "StoreError",
    "UnitOfWork",
    "default_database_path",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)
