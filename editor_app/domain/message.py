"""Sentences the core builds with names or numbers, kept translatable.

A ``Message`` is the English sentence (it *is* a ``str``: the command line, the logs and every test that reads
English see the text as before) that also remembers its template and arguments. The window translates the
template (Qt context ``Core``, or the message's own ``context``) and fills in the arguments, translating any
argument that is itself a ``Message``; ``editor_app/ui/core_text.py`` does this. A count is the argument ``n``.

Every template is written as ``QT_TRANSLATE_NOOP("Core", "...")`` so that ``tools/i18n/update.py`` (lupdate)
collects it from the core's source although the core never imports Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

CONTEXT = "Core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate under ``context``; returns it unchanged (the core has no Qt to translate it)."""
    return text


class Message(str):
    """``Message("Photo {number} has no credit.", number=2)`` == ``"Photo 2 has no credit."``; ``template`` and
    ``args`` let the interface say it in its own language. A count is ``%n`` in the template and the argument
    ``n``; in English ``(s)`` after it reads as the singular or plural (``"%n file(s) skipped."``)."""

    template: str
    args: Mapping[str, Any]
    context: str

    def __new__(
        cls, template: str, /, *, context: str = CONTEXT, english: str | None = None, **args: Any
    ) -> Message:
        if english is not None:  # the English reads otherwise than the template (a key in a sentence)
            text = super().__new__(cls, english)
            text.template, text.args, text.context = template, MappingProxyType(dict(args)), context
            return text
        english = template
        if "%n" in template:
            english = template.replace("%n", f"{args['n']:,}").replace("(s)", "" if args["n"] == 1 else "s")
        text = super().__new__(cls, english.format(**args))
        text.template = template
        text.args = MappingProxyType(dict(args))
        text.context = context
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.template, self.context, str(self), dict(self.args)))


def _rebuild(template: str, context: str, english: str, args: dict[str, Any]) -> Message:
    return Message(template, context=context, english=english, **args)


def joined(parts: list[str]) -> str:
    """``a, b, c`` from messages, itself a message (the separator is the language's)."""
    result = parts[0] if parts else ""
    for part in parts[1:]:
        result = Message(QT_TRANSLATE_NOOP("Core", "{first}, {then}"), first=result, then=part)
    return result


def word(text: str, context: str = CONTEXT, english: str | None = None) -> Message:
    """A fixed word or phrase used as an argument of another message (``someone``, a status's label); the
    window translates ``text``, the English reads ``english`` when given (``publish`` for "Publish")."""
    return Message(text, context=context, english=english)
