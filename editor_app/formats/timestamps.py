"""ISO 8601 timestamps as article files write them: UTC with a ``Z``, microseconds only when present."""

from __future__ import annotations

from datetime import UTC, date, datetime, time


def format_timestamp(moment: datetime) -> str:
    """``2013-08-13T09:30:00Z`` or ``2013-08-13T09:30:00.123000Z``; a naive time is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def parse_timestamp(value: object) -> datetime:
    """A timezone-aware UTC datetime from an ISO string, a YAML datetime or a YAML date.

    Raises ValueError for anything else.
    """
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    elif isinstance(value, str):
        moment = datetime.fromisoformat(value.strip())
    else:
        raise ValueError(f"not a date and time: {value!r}")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
