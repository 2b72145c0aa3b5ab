"""Direct SQLite access for the save path's one-row statements.

They run on the SQLite connection under SQLAlchemy's, inside the same transaction: SQLAlchemy's execution of a
cached statement costs more than SQLite's work for them. Values are converted by the columns' own types.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection

from editor_app.store.types import JSONText, UTCDateTime

_TIME = UTCDateTime()
_JSON = JSONText()


def driver(connection: Connection) -> sqlite3.Connection:
    """The SQLite connection under ``connection``, in its transaction (begun by ``Database.write``/``read``)."""
    return cast(sqlite3.Connection, connection.connection.driver_connection)


def stored_time(value: datetime) -> str | None:
    """``value`` as the ``UTCDateTime`` column stores it."""
    return _TIME.process_bind_param(value, None)  # type: ignore[arg-type]


def stored_json(value: Any) -> str | None:
    """``value`` as the ``JSONText`` column stores it."""
    return _JSON.process_bind_param(value, None)  # type: ignore[arg-type]
