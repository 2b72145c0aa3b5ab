"""Spell checking over pyenchant + hunspell dictionaries. Qt-free: offsets are code points (see ``utf16``).

Dictionaries come from the system (Debian's ``hunspell-*`` packages) and from the ones shipped in
``editor_app/resources/dictionaries/hunspell`` (Azerbaijani). Enchant 2 has no API to add a dictionary folder
(``Broker.set_param`` is gone), but it searches ``$ENCHANT_CONFIG_DIR/hunspell``: when a requested language is only
available from the bundled folder and that variable is unset, the bundled files are copied to a cache folder
(``~/.cache/editor-app/enchant``) and the variable points there. Enchant writes its own per-language files
(``<tag>.dic``, ``<tag>.exc``) into that folder, so nothing is ever written into the installed package, which may
be read-only. Words added by the user go to a personal word list (one file per profile, shared by all languages)
through ``enchant.DictWithPWL``.

A dictionary opens when it is first needed (a check, ``tag``, ``available``), not when the language or the word
list is named; ``preload`` opens one on a background thread (enchant's loading runs outside the GIL), so the
window need not wait for it, and ``open_early`` starts that before the window is made.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_REGIONS = {"en": "en_US", "ru": "ru_RU", "az": "az_AZ"}
PERSONAL_FILE_NAME = "personal-words.txt"
MAX_WORD_LENGTH = 60
_CACHE_LIMIT = 200_000

# Letters joined by apostrophes ("don't", "o’clock"); digits, underscores and hyphens split words.
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_CYRILLIC = re.compile("[\u0400-\u052f]")
_CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tg", "mn"})
_LATIN_LANGUAGES = frozenset(
    {
        "en",
        "az",
        "de",
        "fr",
        "es",
        "it",
        "pt",
        "nl",
        "tr",
        "pl",
        "cs",
        "sk",
        "ro",
        "hu",
        "sv",
        "da",
        "nb",
        "fi",
    }
)


_broker_lock = threading.Lock()
"""Enchant's broker (one per process, pyenchant's) is not thread-safe: dictionaries opened on two threads at
once crashed the process (a preload and a check in another language, say). It opens and frees them one at a time."""

Opening = Future[tuple[Any, Path | None]]
"""A dictionary being opened on a background thread: the dictionary (or None) and the word list it uses."""

_opened_early: dict[tuple[str, Path | None], Opening] = {}
"""``open_early``'s dictionaries that no speller has taken yet (``Speller.preload``), by (tag, word list)."""


def open_early(code: str, profile_root: Path) -> None:
    """Start opening the dictionary for ``code`` with the profile's word list on a background thread, before
    any editor is made (pyenchant's import and the dictionary's opening, ~60 ms; the first check in that
    language waits for it). The first speller with the usual folders that preloads it takes it
    (``Speller.preload``). Call on the GUI thread."""
    speller = Speller(code, profile_root)
    key = speller.preload_key(code)
    if key not in _opened_early:
        _opened_early[key] = speller.open_in_background(key)


def bundled_dictionary_dir() -> Path:
    """The folder shipped with the app that holds ``hunspell/<tag>.dic`` files."""
    return Path(str(resources.files("editor_app") / "resources" / "dictionaries"))


def dictionary_cache_dir() -> Path:
    """Where enchant gets its configuration folder: the bundled dictionaries and enchant's own files."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("editor-app", appauthor=False)) / "enchant"


def dictionary_tag(code: str) -> str:
    """``"en"`` -> ``"en_US"``, ``"en-gb"`` -> ``"en_GB"``, ``"az"`` -> ``"az_AZ"``; other codes kept in shape."""
    parts = code.strip().replace("-", "_").split("_")
    language = parts[0].lower()
    if len(parts) == 1 or not parts[1]:
        return DEFAULT_REGIONS.get(language, language)
    return f"{language}_{parts[1].upper()}"


@dataclass(frozen=True, slots=True)
class Misspelling:
    """A misspelled word at code-point offsets ``[start, end)`` of the checked text."""

    start: int
    end: int
    word: str


class Speller:
    """One language at a time; ``available`` is False when no dictionary exists for it (nothing is flagged)."""

    def __init__(
        self,
        language: str = "en",
        personal_path: Path | None = None,
        bundled_dir: Path | None = None,
        cache_dir: Path | None = None,
    ) -> None:
        # None: the usual folders, found when a dictionary first opens (``_bundled_dir``, ``_cache_dir``):
        # platformdirs and importlib.resources load then, not as the window is made.
        self._bundled_given, self._cache_given = bundled_dir, cache_dir
        self._personal_path: Path | None = None
        self._dict: Any = None
        self._tag: str | None = None
        self._stale = True
        """The language or the word list changed since ``_dict`` was opened."""
        self._preloads: dict[tuple[str, Path | None], Opening] = {}
        self._cache: dict[str, bool] = {}
        self._ignored: set[str] = set()
        self._session_added: set[str] = set()
        self._in_script: Callable[[str], bool] | None = None
        self._set_personal_path(personal_path)
        self._language = language

    @cached_property
    def _bundled_dir(self) -> Path:
        return self._bundled_given or bundled_dictionary_dir()

    @cached_property
    def _cache_dir(self) -> Path:
        return self._cache_given or dictionary_cache_dir()

    @property
    def language(self) -> str:
        """The language code last asked for (as given)."""
        return self._language

    @property
    def tag(self) -> str | None:
        """The dictionary in use (``"en_US"``), or None when there is none for the language."""
        self._ensure_open()
        return self._tag

    @property
    def available(self) -> bool:
        self._ensure_open()
        return self._dict is not None

    @property
    def personal_path(self) -> Path | None:
        return self._personal_path

    def set_language(self, code: str) -> bool:
        """Switch dictionaries; True when one was found for ``code``."""
        self._language = code
        self._stale = True
        return self.available

    def set_personal_dictionary(self, path: Path | None) -> bool:
        """Use the word list at ``path`` (a file, or a folder that gets ``personal-words.txt``); False when it
        is the one in use already. The dictionary opens again when next needed."""
        before = self._personal_path
        self._set_personal_path(path)
        if self._personal_path == before:
            return False
        self._stale = True
        return True

    def preload(self, code: str) -> None:
        """Open the dictionary for ``code`` (with the personal word list set now) on a background thread, or
        take the one ``open_early`` is opening; the first check in that language takes it instead of opening
        its own."""
        key = self.preload_key(code)
        if key in self._preloads:
            return
        usual_folders = self._bundled_given is None and self._cache_given is None
        early = _opened_early.pop(key, None) if usual_folders else None
        self._preloads[key] = early or self.open_in_background(key)

    def preload_key(self, code: str) -> tuple[str, Path | None]:
        return dictionary_tag(code), self._personal_path

    def open_in_background(self, key: tuple[str, Path | None]) -> Opening:
        future: Opening = Future()

        def run() -> None:
            try:
                future.set_result(self._open(*key))
            except BaseException as exc:  # _open logs and answers None itself; this is only a safety net
                future.set_exception(exc)

        threading.Thread(target=run, name="spelling-open", daemon=True).start()
        return future

    @property
    def preloaded(self) -> set[str]:
        """The dictionaries (tags) ``preload`` has opened that no check has taken yet."""
        return {tag for (tag, _), future in self._preloads.items() if future.done()}

    def _ensure_open(self) -> None:
        if not self._stale:
            return
        self._stale = False
        tag = dictionary_tag(self._language)
        preloaded = self._preloads.pop((tag, self._personal_path), None)
        opened, personal = (None, None)
        if preloaded is not None:
            try:
                opened, personal = preloaded.result()
            except Exception:
                preloaded = None
        if preloaded is None:
            opened, personal = self._open(tag, self._personal_path)
        with _broker_lock:  # the dictionary replaced is freed here, by enchant's broker
            self._dict, self._personal_path = opened, personal
        self._tag = tag if opened is not None else None
        self._in_script = _script_test(tag)
        self._cache.clear()

    def check(self, word: str) -> bool:
        """True when ``word`` is spelled right, ignored, or cannot be judged (no dictionary, other script)."""
        self._ensure_open()
        if self._dict is None:
            return True
        known = self._cache.get(word)
        if known is None:
            known = self._judge(word)
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[word] = known
        return known

    def misspellings(self, text: str) -> list[Misspelling]:
        """Misspelled words of ``text`` in order, with code-point offsets."""
        self._ensure_open()
        if self._dict is None:
            return []
        return [
            Misspelling(match.start(), match.end(), match.group())
            for match in WORD.finditer(text)
            if not self.check(match.group())
        ]

    def suggest(self, word: str, limit: int = 5) -> list[str]:
        """Up to ``limit`` replacements, best first (empty without a dictionary)."""
        self._ensure_open()
        if self._dict is None or not word or len(word) > MAX_WORD_LENGTH:
            return []
        try:
            return [s for s in self._dict.suggest(word) if s != word][:limit]
        except Exception:  # enchant raises its own Error type on odd input; no suggestion is the answer
            log.debug("no suggestions for %r", word, exc_info=True)
            return []

    def add(self, word: str) -> None:
        """Accept ``word`` from now on, in every language; saved to the personal word list when there is one."""
        self._ensure_open()
        self._session_added.add(word)
        self._cache[word] = True
        if self._dict is not None and self._personal_path is not None:
            try:
                self._dict.add(word)
            except Exception:
                log.warning("could not save %r to %s", word, self._personal_path, exc_info=True)

    def ignore(self, word: str) -> None:
        """Accept ``word`` for the rest of this session only."""
        self._ignored.add(word)
        self._cache[word] = True

    def _judge(self, word: str) -> bool:
        if word in self._ignored or word in self._session_added:
            return True
        if len(word) < 2 or len(word) > MAX_WORD_LENGTH or word.isupper():
            return True  # single letters, acronyms and runaway tokens are not judged
        if self._in_script is not None and not self._in_script(word):
            return True  # a word in another script (a quoted name) is not this dictionary's business
        try:
            return bool(self._dict.check(word))
        except Exception:
            log.debug("enchant could not check %r", word, exc_info=True)
            return True

    def _set_personal_path(self, path: Path | None) -> None:
        if path is not None and (path.is_dir() or not path.suffix):
            path = path / PERSONAL_FILE_NAME
        self._personal_path = path

    def _open(self, tag: str, personal: Path | None) -> tuple[Any, Path | None]:
        """The dictionary for ``tag`` (None when there is none) and the word list it uses (None when
        ``personal`` is None or not usable). Touches no state of the speller: it may run on any thread."""
        try:
            import enchant
        except ImportError:
            log.warning("pyenchant or the enchant library is missing: spell checking is off")
            return None, personal
        try:
            with _broker_lock:
                if not enchant.dict_exists(tag):
                    self._expose_bundled(tag)
                if not enchant.dict_exists(tag):
                    return None, personal
                if personal is None:
                    return enchant.Dict(tag), None
                return self._open_with_personal(enchant, tag, personal)
        except Exception:
            log.warning("could not open the %s dictionary", tag, exc_info=True)
            return None, personal

    def _open_with_personal(self, enchant: Any, tag: str, path: Path) -> tuple[Any, Path | None]:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch(exist_ok=True)
            return enchant.DictWithPWL(tag, str(path)), path
        except (OSError, enchant.errors.Error):
            log.warning("personal word list %s is not usable; added words last this session only", path)
            return enchant.Dict(tag), None

    def _expose_bundled(self, tag: str) -> None:
        """Copy the bundled ``tag`` dictionary into the cache folder and point enchant there (once per run)."""
        bundled = self._bundled_dir / "hunspell"
        if not (bundled / f"{tag}.dic").is_file():
            return
        current = os.environ.get("ENCHANT_CONFIG_DIR")
        if current is not None and Path(current) != self._cache_dir:
            log.warning(
                "ENCHANT_CONFIG_DIR is set to %s: the bundled %s dictionary is not used", current, tag
            )
            return
        try:
            copy_dictionary(bundled, self._cache_dir / "hunspell", tag)
        except OSError as exc:
            log.warning("cannot prepare the %s dictionary in %s: %s", tag, self._cache_dir, exc)
            return
        os.environ["ENCHANT_CONFIG_DIR"] = str(self._cache_dir)


def copy_dictionary(source: Path, target: Path, tag: str) -> None:
    """``tag``'s .dic and .aff from ``source`` into ``target``, unless an identical copy is there already."""
    target.mkdir(parents=True, exist_ok=True)
    for suffix in (".dic", ".aff"):
        origin, copy = source / f"{tag}{suffix}", target / f"{tag}{suffix}"
        if not origin.is_file():
            continue
        stat = origin.stat()
        if copy.is_file() and copy.stat().st_size == stat.st_size and copy.stat().st_mtime >= stat.st_mtime:
            continue
        partial = copy.with_name(f".{copy.name}.partial")
        shutil.copyfile(origin, partial)
        partial.replace(copy)


def _script_test(tag: str) -> Callable[[str], bool] | None:
    language = tag.split("_")[0]
    if language in _CYRILLIC_LANGUAGES:
        return lambda word: _CYRILLIC.search(word) is not None
    if language in _LATIN_LANGUAGES:
        return lambda word: _LATIN.search(word) is not None
    return None
