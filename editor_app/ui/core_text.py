"""Fixed sentences of the Qt-free core (the publish checklist, why an article is locked, a photo's notice) in the
interface's language.

The core writes English, for the command line and the logs as much as for the window. What the window shows of
it goes through ``core_text``: a sentence listed here is translated; a sentence the core builds with names or
numbers in it is a ``editor_app.domain.message.Message`` (its template marked in the core for lupdate), whose
template is translated and whose arguments are filled in (translated too when they are messages); any other
text is left as it is. ``tests/ship/test_ship_translations.py`` checks that each listed sentence is one the core
still writes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor_app.domain.message import Message
from editor_app.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Core"

SENTENCES = (
    # domain/checklist.py
    QT_TRANSLATE_NOOP("Core", "The headline is empty."),
    QT_TRANSLATE_NOOP("Core", "The body is empty."),
    QT_TRANSLATE_NOOP("Core", "No section is chosen."),
    QT_TRANSLATE_NOOP("Core", "The source line is empty."),
    QT_TRANSLATE_NOOP("Core", "There is no featured photo."),
    QT_TRANSLATE_NOOP("Core", "The featured photo has no caption."),
    QT_TRANSLATE_NOOP("Core", "The featured photo has no credit."),
    QT_TRANSLATE_NOOP("Core", "The featured photo has no alt text."),
    QT_TRANSLATE_NOOP("Core", "The featured photo has no caption or credit."),
    QT_TRANSLATE_NOOP("Core", "The featured photo has no caption or alt text."),
    QT_TRANSLATE_NOOP("Core", "The featured photo has no credit or alt text."),
    QT_TRANSLATE_NOOP("Core", "The featured photo has no caption, credit or alt text."),
    # domain/workflow.py: not_editable_reason
    QT_TRANSLATE_NOOP(
        "Core", "The desk is reviewing this article: changes go through the desk, or it returns it to you."
    ),
    QT_TRANSLATE_NOOP("Core", "This article is approved: only the desk can change it now."),
    QT_TRANSLATE_NOOP("Core", "This article is scheduled: only the desk can change it now."),
    QT_TRANSLATE_NOOP("Core", "This article is published: only the desk can change it now."),
    QT_TRANSLATE_NOOP("Core", "This article was killed: the desk can restore it."),
    QT_TRANSLATE_NOOP(
        "Core", "This article is in the archive (published elsewhere): it is a reference, kept as it was."
    ),
    # services/photos.py: attention_text
    QT_TRANSLATE_NOOP("Core", "The caption says: MANDATORY CREDIT"),
)


def core_text(text: str) -> str:
    """``text`` in the interface's language when it is a ``Message`` or one of ``SENTENCES``; otherwise
    unchanged."""
    if not isinstance(text, Message):
        return QCoreApplication.translate(CONTEXT, text)
    args = {
        key: core_text(value) if isinstance(value, Message) else value for key, value in text.args.items()
    }
    count = args.get("n")
    template = QCoreApplication.translate(
        text.context, text.template, "", count if isinstance(count, int) else -1
    )
    return template.format(**args)


def error_text(exc: BaseException) -> str:
    """A refusal from the core (``TransitionError``, ``ValueError``, ...) in the interface's language: its
    message when the core raised it with one (a ``Message`` or a listed sentence), else ``str(exc)``."""
    if len(exc.args) == 1 and isinstance(exc.args[0], str):
        return core_text(exc.args[0])
    return str(exc)
