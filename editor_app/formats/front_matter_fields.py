"""Read article fields, photo references and related ids out of a loaded front-matter mapping.

Lenient where it can be: a value of the wrong kind or an unknown key becomes a warning that names it.
Strict where a guess would be harmful: an ``id`` that is not a UUID is refused, since the caller would
otherwise create a duplicate instead of updating.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from editor_app.domain import CREDIT_FIELDS, Status
from editor_app.domain.message import QT_TRANSLATE_NOOP, Message
from editor_app.formats.errors import ImportRefused
from editor_app.formats.model import PhotoRef
from editor_app.formats.photo_credit import split_caption_credit
from editor_app.formats.timestamps import parse_timestamp

TEXT_KEYS = ("headline", "standfirst", "byline", "section", "source", "language", "note")
ARTICLE_KEYS = (
    "id",
    *TEXT_KEYS,
    "tags",
    "editors_choice",
    "status",
    "created",
    "updated",
    "photos",
    "related",
)
ALIASES = {
    "title": "headline",
    "author": "byline",
    "description": "standfirst",
    "date": "created",
    "created_at": "created",
    "updated_at": "updated",
}
"""Names other Markdown tools use for the same fields."""

PHOTO_TEXT_KEYS = CREDIT_FIELDS
PHOTO_KEYS = ("id", *PHOTO_TEXT_KEYS, "featured")

_TRUE = frozenset({"true", "yes", "on", "1", "y"})
_FALSE = frozenset({"false", "no", "off", "0", "n", ""})


@dataclass(frozen=True, slots=True)
class FrontMatterFields:
    changes: dict[str, object]
    """Article field name -> value, only for the fields the file sets."""
    article_id: str | None
    photos: tuple[PhotoRef, ...]
    related: tuple[str, ...]
    warnings: tuple[str, ...]


def read_front_matter_fields(data: Mapping[Any, Any], label: str) -> FrontMatterFields:
    return _Reader(label).read(data)


class _Reader:
    def __init__(self, label: str) -> None:
        self.label = label
        self.warnings: list[str] = []

    def warn(self, template: str, **args: Any) -> None:
        """A warning on the file: ``template`` (marked where it is written) filled with ``args``."""
        detail = Message(template, **args)
        self.warnings.append(
            Message(QT_TRANSLATE_NOOP("Core", "{label}: {detail}"), label=self.label, detail=detail)
        )

    def read(self, raw: Mapping[Any, Any]) -> FrontMatterFields:
        data = self._canonical_keys(raw)
        changes: dict[str, object] = {}
        for key in TEXT_KEYS:
            text = self._text(data.get(key), repr(key))
            if text is not None:
                changes[key] = text
        if data.get("tags") is not None:
            tags = self._tags(data["tags"])
            if tags is not None:
                changes["tags"] = tags
        if data.get("editors_choice") is not None:
            flag = self._flag(data["editors_choice"], "'editors_choice'")
            if flag is not None:
                changes["editors_choice"] = flag
        if data.get("status") is not None:
            status = self._status(data["status"])
            if status is not None:
                changes["status"] = status
        for key, field in (("created", "created_at"), ("updated", "updated_at")):
            if data.get(key) is not None:
                try:
                    changes[field] = parse_timestamp(data[key])
                except (ValueError, OverflowError):
                    self.warn(
                        QT_TRANSLATE_NOOP("Core", "'{key}' is not an ISO date and time ({value}); ignored"),
                        key=key,
                        value=repr(data[key]),
                    )
        if "created_at" in changes and "updated_at" not in changes:
            changes["updated_at"] = changes["created_at"]
        article_id = None
        if data.get("id") is not None:
            article_id = self._uuid(data["id"], "its id")
        return FrontMatterFields(
            changes=changes,
            article_id=article_id,
            photos=self._photos(data.get("photos")),
            related=self._related(data.get("related")),
            warnings=tuple(self.warnings),
        )

    def _canonical_keys(self, raw: Mapping[Any, Any]) -> dict[str, Any]:
        data: dict[str, Any] = {}
        unknown: list[str] = []
        for key, value in raw.items():
            name = str(key)
            if name in ARTICLE_KEYS:
                data[name] = value
            elif name not in ALIASES:
                unknown.append(name)
        for alias, name in ALIASES.items():
            if alias in raw:
                if name in data:
                    self.warn(
                        QT_TRANSLATE_NOOP("Core", "'{alias}' ignored because '{name}' is also given"),
                        alias=alias,
                        name=name,
                    )
                else:
                    data[name] = raw[alias]
        if unknown:
            self.warn(
                QT_TRANSLATE_NOOP("Core", "unknown front-matter keys ignored: {keys}"),
                keys=", ".join(unknown),
            )
        return data

    def _text(self, value: object, what: str) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            return value
        if isinstance(value, bool) or not isinstance(value, (int, float, date)):
            self.warn(
                QT_TRANSLATE_NOOP("Core", "{what} should be text (put it in quotes); ignored"), what=what
            )
            return None
        return value.isoformat() if isinstance(value, date) else str(value)

    def _tags(self, value: object) -> tuple[str, ...] | str | None:
        if isinstance(value, str):
            return value
        if not isinstance(value, list):
            value = [value]
        tags: list[str] = []
        for item in value:
            text = self._text(item, "a tag")
            if text is not None:
                tags.append(text)
        return tuple(tags)

    def _flag(self, value: object, what: str) -> bool | None:
        if isinstance(value, bool):
            return value
        key = str(value).strip().casefold() if isinstance(value, (str, int)) else None
        if key in _TRUE:
            return True
        if key in _FALSE:
            return False
        self.warn(
            QT_TRANSLATE_NOOP("Core", "{what} should be true or false, not {value}; ignored"),
            what=what,
            value=repr(value),
        )
        return None

    def _status(self, value: object) -> Status | None:
        try:
            return Status(str(value).strip().casefold())
        except ValueError:
            choices = ", ".join(s.value for s in Status)
            self.warn(
                QT_TRANSLATE_NOOP(
                    "Core", "unknown status {value} (expected one of {choices}); imported as draft"
                ),
                value=repr(value),
                choices=choices,
            )
            return None

    def _uuid(self, value: object, what: str) -> str:
        try:
            return str(uuid.UUID(str(value).strip()))
        except ValueError:
            raise ImportRefused(
                f"Cannot import {self.label}: {what} is {str(value)[:60]!r}, which is not a valid id (a UUID)."
            ) from None

    def _photos(self, value: object) -> tuple[PhotoRef, ...]:
        if value is None:
            return ()
        items = value if isinstance(value, list) else [value]
        photos: list[PhotoRef] = []
        for number, item in enumerate(items, start=1):
            if isinstance(item, str):
                caption, credit = split_caption_credit(item)
                photos.append(PhotoRef(caption=caption, credit=credit))
            elif isinstance(item, Mapping):
                photos.append(self._photo(item, number))
            else:
                self.warn(
                    QT_TRANSLATE_NOOP(
                        "Core", "photo {number} is neither a caption nor 'key: value' lines; skipped"
                    ),
                    number=number,
                )
        return tuple(photos)

    def _photo(self, item: Mapping[Any, Any], number: int) -> PhotoRef:
        unknown = [str(key) for key in item if str(key) not in PHOTO_KEYS]
        if unknown:
            self.warn(
                QT_TRANSLATE_NOOP("Core", "photo {number}: unknown keys ignored: {keys}"),
                number=number,
                keys=", ".join(unknown),
            )
        texts: dict[str, str] = {}
        for key in PHOTO_TEXT_KEYS:
            text = self._text(item.get(key), f"photo {number} '{key}'")
            texts[key] = text or ""
        photo_id = self._uuid(item["id"], f"the id of photo {number}") if item.get("id") is not None else None
        featured = item.get("featured")
        flag = self._flag(featured, f"photo {number} 'featured'") if featured is not None else None
        return PhotoRef(id=photo_id, featured=bool(flag), **texts)

    def _related(self, value: object) -> tuple[str, ...]:
        if value is None:
            return ()
        items = value.replace(",", " ").split() if isinstance(value, str) else value
        if not isinstance(items, list):
            items = [items]
        related: dict[str, None] = {}
        for item in items:
            try:
                related[str(uuid.UUID(str(item).strip()))] = None
            except ValueError:
                self.warn(
                    QT_TRANSLATE_NOOP("Core", "related entry {value} is not an article id (a UUID); ignored"),
                    value=repr(str(item)[:60]),
                )
        return tuple(related)
