"""Notice when the publishing site can be reached again after a sync found it offline.

Two sources: the system's own network state (``QNetworkInformation``, when a backend loads) and a cheap probe, a
bare TCP connection to the configured site's host and port (no request is sent), repeated with backoff. Nothing
else on the network is contacted.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtNetwork import QAbstractSocket, QNetworkInformation, QTcpSocket

BACKOFF_MS = (15_000, 30_000, 60_000, 120_000, 300_000)
PROBE_TIMEOUT_MS = 5_000


class Reachability(QObject):
    back = Signal()
    """The site answered a probe, or the system came back online: time to sync again."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        backoff_ms: Sequence[int] = BACKOFF_MS,
        use_system: bool = True,
    ) -> None:
        super().__init__(parent)
        self.backoff_ms = tuple(backoff_ms)
        self._url = QUrl()
        self._step = 0
        self._socket: QTcpSocket | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.probe)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(PROBE_TIMEOUT_MS)
        self._deadline.timeout.connect(self._probe_failed)
        self.system = _system_information() if use_system else None
        if self.system is not None:
            self.system.reachabilityChanged.connect(self._system_changed)

    @property
    def watching(self) -> bool:
        return self._url.isValid() and not self._url.isEmpty()

    @property
    def next_delay_ms(self) -> int:
        return self.backoff_ms[min(self._step, len(self.backoff_ms) - 1)]

    def watch(self, url: str) -> None:
        """The site was offline: probe it after the next backoff delay (each failed probe waits longer)."""
        self._url = QUrl(url)
        if not self._timer.isActive() and self._socket is None:
            self._timer.start(self.next_delay_ms)

    def reset(self) -> None:
        """The site answered a sync: stop probing and start the backoff from the beginning next time."""
        self._url = QUrl()
        self._step = 0
        self._timer.stop()
        self._drop_socket()

    def probe(self) -> None:
        if not self.watching or self._socket is not None:
            return
        secure = self._url.scheme() == "https"
        self._socket = QTcpSocket(self)
        self._socket.connected.connect(self._probe_succeeded)
        self._socket.errorOccurred.connect(self._probe_failed)
        self._deadline.start()
        self._socket.connectToHost(self._url.host(), self._url.port(443 if secure else 80))

    def _probe_succeeded(self) -> None:
        self._drop_socket()
        self._timer.stop()
        self._step += 1  # if the sync it starts still fails (HTTP down, port open), wait longer next time
        self.back.emit()

    def _probe_failed(self, _error: QAbstractSocket.SocketError | None = None) -> None:
        if self._socket is None:
            return
        self._drop_socket()
        self._step += 1
        if self.watching:
            self._timer.start(self.next_delay_ms)

    def _drop_socket(self) -> None:
        self._deadline.stop()
        socket, self._socket = self._socket, None
        if socket is not None:
            socket.abort()
            socket.deleteLater()

    def _system_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        if self.watching and reachability in (
            QNetworkInformation.Reachability.Online,
            QNetworkInformation.Reachability.Site,
            QNetworkInformation.Reachability.Local,
        ):
            self._timer.stop()
            self.probe()


def _system_information() -> QNetworkInformation | None:
    """The platform's network information, when a backend with reachability loads (it may not offscreen)."""
    try:
        if QNetworkInformation.instance() is None and not QNetworkInformation.loadBackendByFeatures(
            QNetworkInformation.Feature.Reachability
        ):
            return None
    except Exception:  # no backend plugin in a stripped build
        return None
    info = QNetworkInformation.instance()
    if info is None or not info.supports(QNetworkInformation.Feature.Reachability):
        return None
    return info
