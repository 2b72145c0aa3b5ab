"""The photo desk's own texts: saved credits (autocomplete) and code replacements (``=ap=`` -> a text).

Both live in ``saved_texts`` as ``(kind, key, value, uses)``; ``uses`` orders suggestions, most used first.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select, update

from editor_app.store.models import SAVED_TEXTS

T = SAVED_TEXTS

CREDIT = "credit"
CODE = "code"


@dataclass(frozen=True, slots=True)
class SavedText:
    kind: str
    key: str
    value: str
    uses: int = 0


class SavedTextRepository:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def get(self, kind: str, key: str) -> SavedText | None:
        row = self._c.execute(select(T).where(T.c.kind == kind, T.c.key == key)).mappings().first()
        return SavedText(row["kind"], row["key"], row["value"], row["uses"]) if row else None

    def put(self, kind: str, key: str, value: str, *, use: bool = False) -> None:
        """Insert or replace the value under ``(kind, key)``; ``use`` also counts one use."""
        current = self.get(kind, key)
        if current is None:
            self._c.execute(insert(T).values(kind=kind, key=key, value=value, uses=1 if use else 0))
        else:
            uses = current.uses + 1 if use else current.uses
            self._c.execute(update(T).where(T.c.kind == kind, T.c.key == key).values(value=value, uses=uses))

    def count_use(self, kind: str, keys: list[str]) -> None:
        if keys:
            self._c.execute(update(T).where(T.c.kind == kind, T.c.key.in_(keys)).values(uses=T.c.uses + 1))

    def remove(self, kind: str, key: str) -> bool:
        result = self._c.execute(delete(T).where(T.c.kind == kind, T.c.key == key))
        return bool(result.rowcount)

    def all(self, kind: str) -> list[SavedText]:
        """Every text of ``kind``, most used first, then alphabetically."""
        stmt = select(T).where(T.c.kind == kind).order_by(T.c.uses.desc(), T.c.key)
        return [
            SavedText(r["kind"], r["key"], r["value"], r["uses"]) for r in self._c.execute(stmt).mappings()
        ]
