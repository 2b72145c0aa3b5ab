"""The settings repository: the profile's key-value settings (JSON values)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, select, update

from editor_app.store.models import SETTINGS

S = SETTINGS


class SettingsRepository:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def get(self, key: str, default: Any = None) -> Any:
        row = self._c.execute(select(S.c.value).where(S.c.key == key)).first()
        return default if row is None else row[0]

    def set(self, key: str, value: Any) -> None:
        if self._c.execute(select(S.c.key).where(S.c.key == key)).first() is None:
            self._c.execute(insert(S).values(key=key, value=value))
        else:
            self._c.execute(update(S).where(S.c.key == key).values(value=value))
