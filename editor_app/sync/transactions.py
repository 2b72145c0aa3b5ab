"""How sync code gets its transactions: the service layer hands the openers in, sync never opens the database.

``read()`` is a snapshot on a reader connection; ``write()`` a transaction on the one writer connection. Each
yields the ``UnitOfWork`` whose repositories (``uow.sync_state``, ``uow.review_state``...) the sync code uses.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor_app.store import UnitOfWork

Opener = Callable[[], AbstractContextManager["UnitOfWork"]]


@dataclass(frozen=True, slots=True)
class Transactions:
    read: Opener
    write: Opener
