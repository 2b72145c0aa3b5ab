"""How the HTTP clients reach the network: no proxy, the system's proxy settings, or a proxy given by hand.

``system`` lets httpx read the environment (``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY``) and, on
Windows and macOS, the system's own settings (through ``urllib.request.getproxies``). ``manual`` sends every request
through the given proxy, loopback addresses included, whatever ``NO_PROXY`` says. The proxy's password is never
kept here on disk: the preferences store it in the keyring like the sites' passwords (:func:`proxy_key`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class ProxyMode(StrEnum):
    NONE = "none"
    SYSTEM = "system"
    MANUAL = "manual"

    @classmethod
    def of(cls, value: object) -> ProxyMode:
        """The mode named ``value``; anything unknown reads as no proxy."""
        try:
            return cls(str(value or "").strip().lower())
        except ValueError:
            return cls.NONE


@dataclass(frozen=True, slots=True)
class ProxySettings:
    mode: ProxyMode = ProxyMode.NONE
    host: str = ""
    port: int = 0
    username: str = ""
    password: str = field(default="", repr=False, compare=False)

    @property
    def address(self) -> str:
        """``host:port`` as typed in Preferences ('' without a host), whatever the mode."""
        if not self.host:
            return ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def url(self) -> str:
        """``http://host:port`` of a manual proxy ('' for the other modes); never with the credentials."""
        if self.mode is not ProxyMode.MANUAL or not self.host:
            return ""
        return f"http://{self.address}"

    def with_password(self, password: str | None) -> ProxySettings:
        return ProxySettings(self.mode, self.host, self.port, self.username, password or "")

    def client_options(self) -> dict[str, Any]:
        """Keyword arguments for ``httpx2.Client``: ``trust_env``, ``proxy``, and ``verify``, the process's
        shared TLS context (``sync/tls.py``)."""
        from editor_app.sync.tls import tls_context

        if self.mode is ProxyMode.SYSTEM:
            return {"trust_env": True, "verify": tls_context(trust_env=True)}
        verify = tls_context(trust_env=False)
        if self.mode is ProxyMode.MANUAL and self.host:
            import httpx2

            auth = (self.username, self.password) if self.username else None
            return {"trust_env": False, "proxy": httpx2.Proxy(self.url, auth=auth), "verify": verify}
        return {"trust_env": False, "verify": verify}


NO_PROXY = ProxySettings()


def parse_host_port(text: str) -> tuple[str, int]:
    """``"proxy.example.org:3128"`` -> ``("proxy.example.org", 3128)``; ValueError (one line) when it is not
    a host and a port between 1 and 65535. A scheme in front (``http://``) is accepted and dropped."""
    value = text.strip()
    if "://" in value:
        scheme, value = value.split("://", 1)
        if scheme.lower() not in ("http", "https"):
            raise ValueError(f"An http proxy is needed, not {scheme}://.")
    value = value.rstrip("/")
    if value.startswith("["):  # [::1]:3128
        host, _, rest = value[1:].partition("]")
        port_text = rest[1:] if rest.startswith(":") else ""
    else:
        host, _, port_text = value.rpartition(":")
    if not host or any(c.isspace() or c in "/@?#" for c in host):
        raise ValueError(
            f"“{text.strip()}” is not a proxy address: write it as host:port, e.g. proxy.local:3128."
        )
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise ValueError(f"The proxy needs a port between 1 and 65535 (host:port), not “{port_text}”.")
    return host, int(port_text)


def proxy_key(settings: ProxySettings) -> str:
    """The keyring entry's address for a manual proxy's password (beside the sites' ``user@url`` entries)."""
    return f"proxy://{settings.host}:{settings.port}"
