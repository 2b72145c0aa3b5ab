"""A tiny forwarding HTTP proxy for tests: absolute-URI requests (``GET http://host/path``) are sent on to the
origin server and answered back; each one is recorded. With ``credentials`` it asks for ``Proxy-Authorization``
(Basic) and answers 407 without it. No CONNECT: the test WordPress speaks plain http on 127.0.0.1."""

from __future__ import annotations

import base64
import http.client
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "proxy-connection"}
HOP_BY_HOP |= {"proxy-authorization", "proxy-authenticate", "upgrade", "te", "trailer"}


@dataclass(frozen=True)
class Seen:
    method: str
    url: str
    """The absolute URL the client asked the proxy for."""
    authorised: bool


@dataclass
class ForwardProxy:
    url: str = ""
    credentials: tuple[str, str] | None = None
    seen: list[Seen] = field(default_factory=list)
    refused: int = 0
    """Requests answered 407 (no or wrong proxy credentials)."""

    def urls(self, method: str | None = None) -> list[str]:
        return [s.url for s in self.seen if method is None or s.method == method]


def _handler(state: ForwardProxy) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_: object) -> None:
            pass

        def _body(self) -> bytes:
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                chunks = []
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                    if size == 0:
                        self.rfile.readline()
                        return b"".join(chunks)
                    chunks.append(self.rfile.read(size))
                    self.rfile.readline()
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def _authorised(self) -> bool:
            if state.credentials is None:
                return True
            token = base64.b64encode(":".join(state.credentials).encode()).decode()
            return self.headers.get("Proxy-Authorization", "") == f"Basic {token}"

        def _forward(self) -> None:
            body = self._body()
            target = urlsplit(self.path)
            authorised = self._authorised()
            state.seen.append(Seen(self.command, self.path, authorised))
            if target.scheme != "http" or not target.hostname:
                self.send_error(400, "absolute http:// URLs only")
                return
            if not authorised:
                state.refused += 1
                self.send_response(407)
                self.send_header("Proxy-Authenticate", 'Basic realm="test proxy"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
            upstream = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=60)
            try:
                path = target.path or "/"
                upstream.request(
                    self.command, path + (f"?{target.query}" if target.query else ""), body, headers
                )
                response = upstream.getresponse()
                data = response.read()
            finally:
                upstream.close()
            self.send_response(response.status, response.reason)
            for name, value in response.getheaders():
                if name.lower() not in HOP_BY_HOP:
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _forward

    return Handler


@contextmanager
def forward_proxy(credentials: tuple[str, str] | None = None) -> Iterator[ForwardProxy]:
    """A running proxy on 127.0.0.1 (a free port); stopped on exit."""
    state = ForwardProxy(credentials=credentials)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, name="forward-proxy", daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)
