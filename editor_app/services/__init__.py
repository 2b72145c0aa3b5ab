"""Use cases the UI and the CLI share. Each owns its transaction and returns what changed.

Names are loaded on first use (see ``editor_app.store``): ``Changes`` is light, the services load the store.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor_app.services.articles import ArticleService
    from editor_app.services.changes import Changes
    from editor_app.services.context import Services, open_services
    from editor_app.services.snapshot import ArticleSnapshot

_HOMES = {
    "ArticleService": "articles",
    "ArticleSnapshot": "snapshot",
    "Changes": "changes",
    "Services": "context",
    "open_services": "context",
}

__all__ = [
    "ArticleService",
    "ArticleSnapshot",
    "Changes",
    "Services",
    "open_services",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)
