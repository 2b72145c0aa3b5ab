"""Pure domain model: articles, photos, relations, the workflow and the publish checklist.

No Qt, no SQLAlchemy, no I/O: everything here is plain data and rules.
"""

from editor_app.domain.article import Article, new_article
from editor_app.domain.checklist import Problem, publish_checklist, submit_checklist
from editor_app.domain.photo import ArticlePhoto, Photo
from editor_app.domain.photo_credits import CREDIT_FIELDS, PhotoCredits
from editor_app.domain.workflow import (
    TRANSITIONS,
    Role,
    Status,
    Transition,
    TransitionError,
    allowed_transitions,
    find_transition,
)

__all__ = [
    "CREDIT_FIELDS",
    "TRANSITIONS",
    "Article",
    "ArticlePhoto",
    "Photo",
    "PhotoCredits",
    "Problem",
    "Role",
    "Status",
    "Transition",
    "TransitionError",
    "allowed_transitions",
    "find_transition",
    "new_article",
    "publish_checklist",
    "submit_checklist",
]
