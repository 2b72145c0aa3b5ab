"""The schema revision this code ships, in a module of its own so that start-up can compare a database's
recorded revision with it before SQLAlchemy loads."""

from __future__ import annotations

SCHEMA_HEAD = "0016"
"""The newest schema revision this code ships (a test checks it against the migrations)."""
