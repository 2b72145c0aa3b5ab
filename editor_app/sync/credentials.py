"""Application passwords: kept only in a secure keyring backend, or for this session in memory.

keyring without a secret service raises or falls back to backends that are not safe: ``keyrings.alt`` writes a
plaintext (or weakly "encrypted") file, and the fail/null backends keep nothing. Those are refused; the password
then lives in this process only and is asked for again next time. Never logged, never written anywhere else.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

SERVICE = "editor-app"
_REFUSED_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")
_REFUSED_NAMES = ("plaintext", "encrypted", "uncrypted", "null", "fail")


def _leaves(backend: Any) -> list[Any]:
    """The real backends behind a chainer."""
    inner = getattr(backend, "backends", None)
    if type(backend).__name__ == "ChainerBackend" and inner is not None:
        return [leaf for b in inner for leaf in _leaves(b)]
    return [backend]


def is_secure(backend: Any) -> bool:
    """Whether a keyring backend keeps secrets safely (not a file, not a no-op)."""
    leaves = _leaves(backend)
    if not leaves:
        return False
    for leaf in leaves:
        cls = type(leaf)
        if cls.__module__.startswith(_REFUSED_MODULES):
            return False
        if any(word in cls.__name__.lower() for word in _REFUSED_NAMES):
            return False
        try:
            if float(getattr(cls, "priority", 1)) <= 0:
                return False
        except Exception:  # some backends compute priority and raise when unavailable
            return False
    return True


class Credentials:
    """Passwords per (site url, user): the keyring when it is secure, else memory for this session."""

    def __init__(self, backend: Any | None = None, *, use_keyring: bool = True) -> None:
        self._backend = backend
        self._memory: dict[tuple[str, str], str] = {}
        self._checked = backend is not None or not use_keyring

    def _keyring(self) -> Any | None:
        if not self._checked:
            self._checked = True
            try:
                import keyring

                self._backend = keyring.get_keyring()
            except Exception as exc:  # no D-Bus session, broken configuration...
                log.info("no keyring available: %s", type(exc).__name__)
                self._backend = None
        if self._backend is not None and is_secure(self._backend):
            return self._backend
        return None

    @property
    def secure(self) -> bool:
        """True when passwords can outlive this session safely."""
        return self._keyring() is not None

    def describe(self) -> str:
        backend = self._keyring()
        return type(backend).__name__ if backend is not None else "memory for this session only"

    def store(self, url: str, user: str, password: str) -> bool:
        """Keep the password; True when it went into the secure keyring, False when only into memory."""
        self._memory[(url, user)] = password
        backend = self._keyring()
        if backend is None:
            return False
        try:
            backend.set_password(SERVICE, _key(url, user), password)
        except Exception as exc:
            log.warning("the keyring refused to store the password: %s", type(exc).__name__)
            return False
        return True

    def remember_for_session(self, url: str, user: str, password: str) -> None:
        self._memory[(url, user)] = password

    def get(self, url: str, user: str) -> str | None:
        if (url, user) in self._memory:
            return self._memory[(url, user)]
        backend = self._keyring()
        if backend is None:
            return None
        try:
            value = backend.get_password(SERVICE, _key(url, user))
        except Exception as exc:
            log.warning("the keyring could not be read: %s", type(exc).__name__)
            return None
        return None if value is None else str(value)

    def forget(self, url: str, user: str) -> None:
        self._memory.pop((url, user), None)
        backend = self._keyring()
        if backend is not None:
            try:
                backend.delete_password(SERVICE, _key(url, user))
            except Exception:
                log.info("no stored password to delete")


def _key(url: str, user: str) -> str:
    return f"{user}@{url.rstrip('/')}"
