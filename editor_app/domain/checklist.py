"""What an article needs before it may be submitted or published."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from editor_app.domain.article import HEADLINE_LIMIT, Article
from editor_app.domain.message import QT_TRANSLATE_NOOP, Message
from editor_app.domain.photo import ArticlePhoto
from editor_app.domain.workflow import Checklist, Status


@dataclass(frozen=True, slots=True)
class Problem:
    """One unmet requirement: which field, and a sentence the user can act on."""

    field: str
    message: str
    """English; a ``Message`` when it names or counts something (the window translates it)."""
    photo_id: str = ""
    """For a problem with one photo: which photo."""


def submit_checklist(article: Article, photos: Sequence[ArticlePhoto] = ()) -> list[Problem]:
    """The reporter's checklist: headline, body, section, source line; the featured photo has caption, credit and
    alt text, any other attached photo caption and credit."""
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
        missing = slot.photo.missing_for_publishing()
        if not slot.featured:  # alt text is asked of the featured photo at submission, of all at publication
            missing = [m for m in missing if m != "alt text"]
        if missing:
            message = (
                f"The featured photo has no {_either(missing)}."
                if slot.featured
                else _photo_lacks(slot.position + 1, _either(missing))
            )
            problems.append(Problem("photos", message, slot.photo.id))
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
        message = Message(
            QT_TRANSLATE_NOOP("Core", "The headline is %n character(s); the limit is {limit}."),
            n=length,
            limit=headline_limit,
        )
        problems.insert(1, Problem("headline", message))
    if not any(slot.featured for slot in photos):
        problems.append(Problem("photos", "There is no featured photo."))
    for slot in photos:
        if not slot.featured and "alt text" in slot.photo.missing_for_publishing():
            problems.append(Problem("photos", _photo_lacks(slot.position + 1, "alt text"), slot.photo.id))
    return problems


def run_checklist(kind: Checklist, article: Article, photos: Sequence[ArticlePhoto] = ()) -> list[Problem]:
    if kind is Checklist.SUBMIT:
        return submit_checklist(article, photos)
    if kind is Checklist.PUBLISH:
        return publish_checklist(article, photos)
    return []


@dataclass(frozen=True, slots=True)
class RelatedOnSite:
    """A related article as the published page will see it: its title, status, and whether the site has it."""

    title: str
    status: Status
    on_site: bool


def related_notes(related: Sequence[RelatedOnSite]) -> list[Problem]:
    """Notes (never blockers) on the related list: an archive article that is not on the site is shown in the
    preview's Related list but left out of the published one."""
    return [
        Problem(
            "related",
            Message(
                QT_TRANSLATE_NOOP(
                    "Core", "Related '{title}' is in the archive, not on the site: it will not be linked."
                ),
                title=item.title,
            ),
        )
        for item in related
        if item.status is Status.ARCHIVED and not item.on_site
    ]


def _either(items: Sequence[str]) -> str:
    """``a``, ``a or b``, ``a, b or c``."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


PHOTO_LACKS = {
    "caption": QT_TRANSLATE_NOOP("Core", "Photo {number} has no caption."),
    "credit": QT_TRANSLATE_NOOP("Core", "Photo {number} has no credit."),
    "caption or credit": QT_TRANSLATE_NOOP("Core", "Photo {number} has no caption or credit."),
    "alt text": QT_TRANSLATE_NOOP("Core", "Photo {number} has no alt text."),
}
"""What a photo other than the featured one can lack (its alt text is asked only at publication, alone)."""


def _photo_lacks(number: int, missing: str) -> str:
    template = PHOTO_LACKS.get(missing)
    return Message(template, number=number) if template else f"Photo {number} has no {missing}."
