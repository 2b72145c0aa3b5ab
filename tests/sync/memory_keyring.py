"""An in-memory keyring backend for tests (``PYTHON_KEYRING_BACKEND=tests.sync.memory_keyring.MemoryKeyring``)."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

STORE: dict[tuple[str, str], str] = {}


class MemoryKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return STORE.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        STORE[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if STORE.pop((service, username), None) is None:
            raise PasswordDeleteError(username)
