"""Offsets between Python strings (code points) and Qt text positions (UTF-16 code units).

Characters outside the Basic Multilingual Plane (emoji, some CJK, historic scripts) are one code point in Python
but two UTF-16 units in Qt. Every offset handed to Qt goes through :class:`Utf16Map`. Qt-free.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Map:
    """Converts offsets in one string; costs nothing for text without astral characters."""

    __slots__ = ("_astral",)

    def __init__(self, text: str) -> None:
        # Code-point indexes of the astral characters, in order (empty for almost every text).
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []

    @property
    def is_identity(self) -> bool:
        return not self._astral

    def to_utf16(self, index: int) -> int:
        """UTF-16 offset of code-point ``index`` (``index`` may equal the length)."""
        if not self._astral:
            return index
        return index + bisect_left(self._astral, index)

    def from_utf16(self, offset: int) -> int:
        """Code-point index holding UTF-16 ``offset``; an offset inside a surrogate pair maps to its character."""
        if not self._astral:
            return offset
        index = offset
        # Each astral character before the answer shifts it left by one; walk them in order.
        for count, astral_index in enumerate(self._astral):
            if astral_index + count >= offset:
                return offset - count
            if astral_index + count + 1 == offset:
                return astral_index
            index = offset - count - 1
        return index

    def span_to_utf16(self, start: int, end: int) -> tuple[int, int]:
        """``(start, length)`` in UTF-16 units for the code-point span ``[start, end)``."""
        first = self.to_utf16(start)
        return first, self.to_utf16(end) - first


def utf16_length(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, as Qt counts it."""
    return len(text) + len(_ASTRAL.findall(text)) if not text.isascii() else len(text)
