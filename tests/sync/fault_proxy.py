"""A fault-injecting HTTP proxy on 127.0.0.1 between the sync client and the test WordPress.

Rules are matched in order against ``METHOD path``; each fires ``times`` times, then is spent. Faults: drop the
connection before forwarding, forward and then cut the connection (the server applied the request, the client
never hears), delay, answer with a status (5xx, 429 with Retry-After), answer with an HTML page. The proxy rewrites
the upstream origin in ``Link`` headers so API discovery points back at it. It only ever talks to 127.0.0.1.
"""

from __future__ import annotations

import http.client
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "transfer-encoding",
    "content-length",
    "proxy-connection",
    "upgrade",
}


@dataclass
class Rule:
    pattern: str
    """A regular expression searched in ``METHOD /path?query``."""
    action: str
    """``drop``, ``cut_after``, ``delay``, ``call``, ``status`` or ``html``."""
    times: int = 1
    status: int = 503
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    callback: Callable[[], None] | None = None
    """For ``call``: run before forwarding (e.g. another user's edit landing mid-sync)."""
    fired: int = 0


class FaultProxy:
    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        assert parts.hostname in ("127.0.0.1", "localhost"), "the proxy only forwards to this machine"
        self.upstream_host = parts.hostname
        self.upstream_port = parts.port or 80
        self.upstream_origin = f"{parts.scheme}://{parts.netloc}"
        self.rules: list[Rule] = []
        self.log: list[str] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> FaultProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def add(self, pattern: str, action: str, **options: object) -> Rule:
        rule = Rule(pattern, action, **options)  # type: ignore[arg-type]
        with self._lock:
            self.rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()
            self.log.clear()

    def count(self, pattern: str) -> int:
        with self._lock:
            return sum(1 for line in self.log if re.search(pattern, line))

    def _take(self, line: str) -> Rule | None:
        with self._lock:
            self.log.append(line)
            for rule in self.rules:
                if rule.fired < rule.times and re.search(rule.pattern, line):
                    rule.fired += 1
                    return rule
        return None

    def api_root(self) -> str:
        return self.url + "/wp-json/"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                rule = proxy._take(f"{self.command} {self.path}")
                if rule is not None and rule.action == "drop":
                    self._abort()
                    return
                if rule is not None and rule.action == "status":
                    self._reply(
                        rule.status,
                        rule.headers,
                        b'{"code":"fault","message":"injected"}',
                        "application/json",
                    )
                    return
                if rule is not None and rule.action == "html":
                    page = b"<html><body><h1>502 Bad Gateway</h1>nginx</body></html>"
                    self._reply(rule.status if rule.status < 400 else 200, {}, page, "text/html")
                    return
                if rule is not None and rule.action == "delay":
                    time.sleep(rule.seconds)
                if rule is not None and rule.action == "call" and rule.callback is not None:
                    rule.callback()
                status, headers, payload = self._forward(body)
                if rule is not None and rule.action == "cut_after":
                    self._abort()
                    return
                self._send(status, headers, payload)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = _any

            def _forward(self, body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
                conn = http.client.HTTPConnection(proxy.upstream_host, proxy.upstream_port, timeout=120)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
                headers["Host"] = f"{proxy.upstream_host}:{proxy.upstream_port}"
                if body:
                    headers["Content-Length"] = str(len(body))
                conn.request(self.command, self.path, body=body or None, headers=headers)
                response = conn.getresponse()
                payload = response.read()
                out = [(k, v) for k, v in response.getheaders() if k.lower() not in HOP_BY_HOP]
                conn.close()
                return response.status, out, payload

            def _send(self, status: int, headers: list[tuple[str, str]], payload: bytes) -> None:
                self.send_response(status)
                for key, value in headers:
                    if key.lower() == "link":
                        value = value.replace(proxy.upstream_origin, proxy.url)
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(payload)

            def _reply(self, status: int, headers: dict[str, str], payload: bytes, kind: str) -> None:
                self._send(status, [("Content-Type", kind), *headers.items()], payload)

            def finish(self) -> None:
                with suppress(OSError):
                    super().finish()

            def _abort(self) -> None:
                with suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)
                self.connection.close()
                self.close_connection = True

        return Handler


@contextmanager
def running_proxy(upstream: str) -> Iterator[FaultProxy]:
    proxy = FaultProxy(upstream).start()
    try:
        yield proxy
    finally:
        proxy.stop()
