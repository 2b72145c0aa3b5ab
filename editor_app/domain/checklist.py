"""What an article needs before it may be submitted or published."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from editor_app.domain.article import HEADLINE_LIMIT, Article
from editor_app.domain.photo import ArticlePhoto
from editor_app.domain.workflow import Checklist


@dataclass(frozen=True, slots=True)
class Problem:
    """One unmet requirement: which field, and a sentence the user can act on."""

    field: str
    message: str


def submit_checklist(article: Article, photos: Sequence[ArticlePhoto] = ()) -> list[Problem]:
    """The reporter's checklist: headline, body, section, source line; any attached photo has caption and credit."""
    problems: list[Problem] = []
    if not article.headline.strip():
        problems.append(Problem("headline", "The headline is empty."))
    if not article.body.strip():
        problems.append(Problem("body", "The body is empty."))
    if not article.section.strip():
        problems.append(Problem("section", "No section is chosen."))
    if not article.source.strip():
        problems.append(Problem("source", "The source line is empty."))
    for slot in photos:
        missing = [m for m in slot.photo.missing_for_publishing() if m != "alt text"]
        if missing:
            problems.append(Problem("photos", f"Photo {slot.position + 1} has no {' or '.join(missing)}."))
    return problems


def publish_checklist(
    article: Article,
    photos: Sequence[ArticlePhoto] = (),
    headline_limit: int = HEADLINE_LIMIT,
) -> list[Problem]:
    """Everything the submit checklist asks, plus a headline within the limit and a complete featured photo."""
    problems = submit_checklist(article, photos)
    length = len(article.headline.strip())
    if length > headline_limit:
        problems.insert(
            1, Problem("headline", f"The headline is {length} characters; the limit is {headline_limit}.")
        )
    featured = next((slot for slot in photos if slot.featured), None)
    if featured is None:
        problems.append(Problem("photos", "There is no featured photo."))
    else:
        missing = featured.photo.missing_for_publishing()
        if missing:
            problems.append(Problem("photos", f"The featured photo has no {', '.join(missing)}."))
    return problems


def run_checklist(kind: Checklist, article: Article, photos: Sequence[ArticlePhoto] = ()) -> list[Problem]:
    if kind is Checklist.SUBMIT:
        return submit_checklist(article, photos)
    if kind is Checklist.PUBLISH:
        return publish_checklist(article, photos)
    return []
