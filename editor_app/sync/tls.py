"""The TLS context the HTTP clients verify a site's certificate with: httpx2's default (the system's certificate
authorities; with ``trust_env``, ``SSL_CERT_FILE`` or ``SSL_CERT_DIR`` when set), made once per process.

Making one loads the system's certificates (~16 ms of a core). Each ``httpx2.Client`` made its own: every sync
run paid it twice (the REST client and the theme's), before its first request and beside its first page. A
context is safe to share between clients and threads; a changed environment gets a context of its own."""

from __future__ import annotations

import os
import ssl
from functools import lru_cache


def tls_context(*, trust_env: bool) -> ssl.SSLContext:
    """The shared context for clients made with ``trust_env`` as given."""
    if not trust_env:
        return _context(False, None, None)
    return _context(True, os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@lru_cache(maxsize=8)
def _context(trust_env: bool, cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    import httpx2

    return httpx2.create_ssl_context(trust_env=trust_env)  # reads the variables named by the arguments
