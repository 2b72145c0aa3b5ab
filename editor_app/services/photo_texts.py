"""The photo desk's saved texts: credits offered while typing and ``=code=`` replacements, edited in the
Credits & Codes manager and carried between workstations as a JSON file (:meth:`PhotoTexts.export_texts`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from editor_app.services.changes import Changes
from editor_app.store import Database
from editor_app.store.photo_desk import CODE, CREDIT

CODE_PATTERN = re.compile(r"=([A-Za-z0-9_-]{1,24})=")
TEXTS_FORMAT = "editor-app-photo-desk-texts"


@dataclass(frozen=True, slots=True)
class TextsImported:
    credits: int
    codes: int


class PhotoTexts:
    """Saved credits and code replacements (a base of :class:`~editor_app.services.photos.PhotoService`)."""

    _db: Database

    def saved_credits(self) -> list[str]:
        """Credits for autocomplete, most used first."""
        with self._db.read() as uow:
            return [saved.value for saved in uow.saved_texts.all(CREDIT)]

    def remember_credit(self, credit: str) -> Changes:
        credit = credit.strip()
        if credit:
            with self._db.write() as uow:
                uow.saved_texts.put(CREDIT, credit, credit, use=True)
        return Changes()

    def forget_credit(self, credit: str) -> Changes:
        with self._db.write() as uow:
            uow.saved_texts.remove(CREDIT, credit.strip())
        return Changes()

    def rename_credit(self, old: str, new: str) -> Changes:
        """Replace a saved credit by ``new`` (keeping how often it was used)."""
        old, new = old.strip(), new.strip()
        if not new:
            raise ValueError("A saved credit cannot be empty.")
        with self._db.write() as uow:
            current = uow.saved_texts.get(CREDIT, old)
            uow.saved_texts.remove(CREDIT, old)
            uow.saved_texts.put(CREDIT, new, new, use=current is not None and current.uses > 0)
        return Changes()

    def code_replacements(self) -> dict[str, str]:
        """``{code: text}``: typing ``=code=`` in a field expands to the text."""
        with self._db.read() as uow:
            return {saved.key: saved.value for saved in uow.saved_texts.all(CODE)}

    def set_code(self, code: str, text: str) -> Changes:
        code = code.strip().strip("=")
        if not CODE_PATTERN.fullmatch(f"={code}="):
            raise ValueError("A code is 1 to 24 letters, digits, '-' or '_' (typed as =code=).")
        if not text.strip():
            raise ValueError("A code needs the text it stands for.")
        with self._db.write() as uow:
            uow.saved_texts.put(CODE, code, text)
        return Changes()

    def remove_code(self, code: str) -> Changes:
        with self._db.write() as uow:
            uow.saved_texts.remove(CODE, code.strip().strip("="))
        return Changes()

    def count_code_use(self, codes: Sequence[str]) -> None:
        with self._db.write() as uow:
            uow.saved_texts.count_use(CODE, list(codes))

    # the file ---------------------------------------------------------------------------------------------
    def export_texts(self) -> dict[str, Any]:
        """Every saved credit and code as a JSON-ready document."""
        return {
            "format": TEXTS_FORMAT,
            "version": 1,
            "credits": self.saved_credits(),
            "codes": self.code_replacements(),
        }

    def import_texts(self, document: object) -> TextsImported:
        """Add the credits and codes of an exported document (a code already saved takes the file's text).

        Raises ValueError, naming what is wrong, for anything that is not such a document; nothing is saved then.
        """
        if not isinstance(document, Mapping) or document.get("format") != TEXTS_FORMAT:
            raise ValueError("This file is not a Credits & Codes file exported by the workstation.")
        credits, codes = document.get("credits", []), document.get("codes", {})
        if not isinstance(credits, list) or not all(isinstance(c, str) for c in credits):
            raise ValueError("The file's credits are not a list of texts.")
        if not isinstance(codes, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in codes.items()
        ):
            raise ValueError("The file's codes are not code: text pairs.")
        bad = [k for k in codes if not CODE_PATTERN.fullmatch(f"={k.strip().strip('=')}=")]
        if bad:
            raise ValueError(f"Not a valid code: {', '.join(sorted(bad))}.")
        wanted = [c.strip() for c in credits if c.strip()]
        with self._db.write() as uow:
            for credit in wanted:
                if uow.saved_texts.get(CREDIT, credit) is None:
                    uow.saved_texts.put(CREDIT, credit, credit)
            for code, text in codes.items():
                if text.strip():
                    uow.saved_texts.put(CODE, code.strip().strip("="), text)
        return TextsImported(len(wanted), sum(1 for text in codes.values() if text.strip()))
