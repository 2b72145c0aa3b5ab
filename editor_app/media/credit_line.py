"""Agency credits written at the end of a caption ("… THE CANADIAN PRESS/Paul Chiasson")."""

from __future__ import annotations

import re

_TRAILING_CREDIT = re.compile(
    r"""
    (?:[.!?"”)]\s+\(?|\s\()\s*                # after the last sentence, or in parentheses
    (?P<credit>
        (?:[A-Z][A-Z&'-]+\s+)*[A-Z][A-Z&'-]+  # the agency in capitals: THE CANADIAN PRESS, REUTERS, AP
        (?:\s+(?:Photo|PHOTO))?               # AP Photo, AFP PHOTO
        \s*/\s*
        [^/()\n]{2,60}?                       # the photographer (or HO, Handout)
    )
    \s*\)?
    (?:\s*[,;.-]?\s*\**\s*MANDATORY\s+CREDIT\s*\**)?
    [\s.]*$
    """,
    re.VERBOSE,
)


def credit_from_caption(caption: str) -> str | None:
    """The agency credit a caption ends with (``THE CANADIAN PRESS/Paul Chiasson``), or None."""
    match = _TRAILING_CREDIT.search(caption.strip())
    if match is None:
        return None
    return " ".join(match.group("credit").split())
