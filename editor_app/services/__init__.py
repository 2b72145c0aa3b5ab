"""Use cases the UI and the CLI share. Each owns its transaction and returns what changed."""

from editor_app.services.articles import ArticleService, ArticleSnapshot
from editor_app.services.changes import Changes
from editor_app.services.context import Services, open_services

__all__ = ["ArticleService", "ArticleSnapshot", "Changes", "Services", "open_services"]
