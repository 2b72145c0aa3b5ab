"""Where the application password may go: only to the site's own origin, over https, or to this machine.

The rules, as pure functions the client and the site commands share:

- a site address is an ``http``/``https`` URL with a host, no user name or password in it, no query;
- the password travels only over https, or plain http to a loopback address (127.0.0.0/8, ::1, localhost),
  unless the user explicitly allowed http for that site (and was warned);
- the REST API root must have the site's origin (scheme, host and port): a ``Link`` header or a redirect that
  points elsewhere never receives the password. The client follows no redirects at all.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from editor_app.sync.backend import SyncError

DEFAULT_PORTS = {"http": 80, "https": 443}
HTTP_WARNING = (
    "Plain http is allowed for this site: the application password and every article travel unencrypted, "
    "readable and changeable by anyone on the network path. Use https whenever the site offers it."
)

Origin = tuple[str, str, int]


class InsecureSite(SyncError):
    """The password would go over plain http to another machine, or to another origin than the site's."""


def normalise_site_url(url: str) -> str:
    """The site address as stored (``scheme://host[:port][/path]``, no trailing slash); ValueError with one
    line saying what is wrong when ``url`` is not a usable web address."""
    text = url.strip()
    example = "e.g. https://news.example.org"
    if not text:
        raise ValueError(f"The site address is empty: give the site's web address, {example}.")
    parts = urlsplit(text)
    if parts.scheme.lower() not in DEFAULT_PORTS or not parts.netloc:
        raise ValueError(f"'{text}' is not a web address: give it with https:// and a host name, {example}.")
    if parts.username is not None or parts.password is not None:
        raise ValueError("The site address must not contain a user name or password: give those separately.")
    if parts.query or parts.fragment:
        raise ValueError(f"'{text}' has a query or fragment: give the site's address alone, {example}.")
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"'{text}' has an invalid port number.") from None
    host = parts.hostname or ""
    if not host or any(char.isspace() for char in host):
        raise ValueError(f"'{text}' has no valid host name, {example}.")
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != DEFAULT_PORTS[parts.scheme.lower()]:
        netloc += f":{port}"
    return f"{parts.scheme.lower()}://{netloc}{parts.path.rstrip('/')}"


def origin(url: str) -> Origin:
    """``(scheme, host, port)`` of ``url``, lower-cased, with the scheme's default port filled in."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    return scheme, (parts.hostname or "").rstrip(".").lower(), port or DEFAULT_PORTS.get(scheme, 0)


def is_loopback(host: str) -> bool:
    """Whether ``host`` is this machine: 127.0.0.0/8, ::1 or localhost (the name alone, as it must resolve)."""
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_transport(url: str, *, allow_http: bool) -> None:
    """InsecureSite unless the password may travel to ``url``: https, loopback, or http explicitly allowed."""
    scheme, host, _ = origin(url)
    if scheme == "https" or (scheme == "http" and (allow_http or is_loopback(host))):
        return
    if scheme == "http":
        raise InsecureSite(
            f"{url} uses plain http: the application password would travel unencrypted. Use the site's "
            "https address, or allow http for this site explicitly (site add --allow-http)."
        )
    raise InsecureSite(f"{url} is not an http or https address; the password is not sent there.")


def check_same_origin(api_root: str, site_url: str) -> None:
    """InsecureSite unless the REST API root has the site's own origin."""
    if origin(api_root) != origin(site_url):
        scheme, host, port = origin(api_root)
        where = f"{scheme}://{host}" + ("" if DEFAULT_PORTS.get(scheme) == port else f":{port}")
        raise InsecureSite(
            f"{site_url} announces its REST API at {api_root}, which is another origin: the password goes "
            f"only to the site's own origin. If {where} is the site, add it with that address."
        )
