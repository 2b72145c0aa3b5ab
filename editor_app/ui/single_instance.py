"""The running workstation receives what a second start of the same profile was asked to open.

The first instance listens on a local socket named after its profile (``profile_lock.server_name``). A second
start that finds the profile locked connects, sends its files as one JSON list of paths followed by a newline,
and waits for ``ok``; the first instance emits ``filesReceived(list[str])`` and raises its window.
"""

from __future__ import annotations

import json
import logging

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

REPLY = b"ok\n"
MAX_MESSAGE = 1_000_000


class InstanceServer(QObject):
    """Listens for later starts of the same profile."""

    filesReceived = Signal(list)
    """The paths (``list[str]``) a later start handed over; possibly empty (a plain second start)."""
    activationRequested = Signal()
    """A later start wants this window in front."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; a socket left by a crashed instance is removed first (we hold the profile lock)."""
        QLocalServer.removeServer(self.name)
        if not self._server.listen(self.name):
            log.warning("cannot listen for other starts on %s: %s", self.name, self._server.errorString())
            return False
        return True

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE:
                self._drop(socket)
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers.pop(socket, None)
        try:
            paths = json.loads(line.decode("utf-8"))
            if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
                raise ValueError("not a list of paths")
        except ValueError as exc:
            log.warning("ignored a malformed hand-over from another start: %s", exc)
            socket.disconnectFromServer()
            return
        socket.write(REPLY)
        socket.flush()
        log.info("another start handed over %d file(s): %s", len(paths), paths)
        self.activationRequested.emit()
        self.filesReceived.emit(paths)

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        if shiboken6.isValid(socket):  # the server may already have deleted it at shutdown
            socket.deleteLater()


def hand_over(name: str, paths: list[str], timeout_ms: int = 3000) -> bool:
    """Send ``paths`` to the instance listening on ``name``; True once it acknowledged them."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    try:
        socket.write(json.dumps(paths).encode("utf-8") + b"\n")
        if not socket.waitForBytesWritten(timeout_ms):
            return False
        reply = b""
        while True:  # the reply may already be here: read before waiting for more
            reply += bytes(socket.readAll().data())
            if REPLY in reply:
                return True
            if not socket.waitForReadyRead(timeout_ms):
                return REPLY in reply + bytes(socket.readAll().data())
    finally:
        socket.disconnectFromServer()
