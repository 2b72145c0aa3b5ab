"""A tiny HTTP server on a loopback address that records every request's headers and answers as told.

Two of them on different addresses or ports are two origins: the credential tests put a "site" on one and a
stranger on the other, and check what the stranger saw (not a test module)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]


Answer = tuple[int, dict[str, str], bytes]
Responder = Callable[[str, str], Answer]
"""(method, path) -> (status, headers, body)."""


@dataclass
class RecordingServer:
    host: str
    respond: Responder
    seen: list[Seen] = field(default_factory=list)
    port: int = 0

    @property
    def origin(self) -> str:
        return f"http://{self.host}:{self.port}"

    def authorization_seen(self) -> list[str]:
        return [s.headers["authorization"] for s in self.seen if "authorization" in s.headers]


def _handler(server: RecordingServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            headers = {k.lower(): v for k, v in self.headers.items()}
            server.seen.append(Seen(self.command, self.path, headers))
            status, extra, body = server.respond(self.command, self.path)
            self.send_response(status)
            for name, value in extra.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        do_GET = do_POST = do_HEAD = do_PUT = do_DELETE = _any

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@contextmanager
def recording_server(host: str, respond: Responder) -> Iterator[RecordingServer]:
    recorder = RecordingServer(host, respond)
    httpd = ThreadingHTTPServer((host, 0), _handler(recorder))
    httpd.daemon_threads = True
    recorder.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield recorder
    finally:
        httpd.shutdown()
        httpd.server_close()


def json_answer(body: str = "{}", status: int = 200, **headers: str) -> Answer:
    return status, {"Content-Type": "application/json", **headers}, body.encode()
