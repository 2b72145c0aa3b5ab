"""The one error an article import raises: a refusal with a message written for the user."""

from __future__ import annotations

from typing import Any

from editor_app.domain.message import QT_TRANSLATE_NOOP, Message, word


class ImportRefused(ValueError):
    """A file that cannot be imported as an article. The message is one line and names the file."""


def file_label(name: str) -> str:
    """How messages name a file: its name on one line, or a stand-in when the caller gave none."""
    label = " ".join(name.split())
    return label or word(QT_TRANSLATE_NOOP("Core", "this file"))


def refused(template: str, label: str, **args: Any) -> ImportRefused:
    """``ImportRefused`` with a ``Message`` (``template`` marked in the caller) naming the file ``label``."""
    return ImportRefused(Message(template, label=label, **args))
