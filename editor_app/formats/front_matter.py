"""Find and load the YAML front matter block (``---`` ... ``---``) at the top of a Markdown file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from editor_app.domain.message import QT_TRANSLATE_NOOP
from editor_app.formats.errors import ImportRefused, refused

_OPENING = "---"
_CLOSINGS = ("---", "...")


@dataclass(frozen=True, slots=True)
class FrontMatterBlock:
    yaml_text: str
    body: str


def has_front_matter(text: str) -> bool:
    return text.split("\n", 1)[0].rstrip(" \t\r") == _OPENING


def split_front_matter(text: str, label: str) -> FrontMatterBlock:
    """The YAML between the opening ``---`` line and the next ``---`` (or ``...``) line, and the body after.

    One blank line after the block and one final newline belong to the file layout, not to the body.
    """
    lines = text.split("\n")
    for index in range(1, len(lines)):
        if lines[index].rstrip(" \t\r") in _CLOSINGS:
            body = "\n".join(lines[index + 1 :])
            body = body.removeprefix("\n").removesuffix("\n")
            return FrontMatterBlock("\n".join(lines[1:index]), body)
    raise refused(
        QT_TRANSLATE_NOOP(
            "Core", "Cannot import {label}: the front matter opened by '---' on line 1 is never closed."
        ),
        label,
    )


INVALID_YAML = QT_TRANSLATE_NOOP(
    "Core", "Cannot import {label}: the front matter is not valid YAML ({detail})."
)


def load_front_matter(block: FrontMatterBlock, label: str) -> dict[Any, Any]:
    """The front matter as a mapping (empty block: ``{}``); malformed YAML or a non-mapping is refused."""
    try:
        data = yaml.safe_load(block.yaml_text)
    except yaml.MarkedYAMLError as exc:
        where = f" at line {exc.problem_mark.line + 2}" if exc.problem_mark is not None else ""
        problem = " ".join(str(exc.problem or exc.context or "syntax error").split())
        raise refused(INVALID_YAML, label, detail=f"{problem}{where}") from exc
    except (yaml.YAMLError, ValueError, OverflowError, RecursionError) as exc:
        detail = " ".join(str(exc).split())[:120]
        raise refused(INVALID_YAML, label, detail=detail) from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ImportRefused(
            f"Cannot import {label}: the front matter must be 'key: value' lines, not a {_yaml_kind(data)}."
        )
    return data


def _yaml_kind(value: object) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "single line of text"
    return type(value).__name__
