"""Stop signals close the window as File ▸ Quit does.

SIGTERM (a logout, a shutdown, ``kill``), SIGHUP (the terminal closed) and SIGINT (Ctrl+C in the terminal) would
otherwise end the process at once: the last seconds of typing not yet autosaved lost, the profile left locked and
the next start showing the crash-recovery note. Here they close the main window instead (the text is saved, a
sync stopped, the layout kept, the profile released). A second signal while closing ends the process at once.

Python runs a signal handler only between bytecodes, and Qt's event loop may sleep in C for long; the signal
module's wakeup file descriptor (one end of a socket pair) wakes a ``QSocketNotifier`` on the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)

Handler = Callable[[int, FrameType | None], object] | int | signal.Handlers | None


class StopSignals(QObject):
    """Closes ``window`` on the first stop signal; :meth:`uninstall` puts the earlier handlers back."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous: dict[int, Handler] = {
            number: signal.signal(number, self._noted) for number in STOP_SIGNALS
        }
        self._received: list[int] = []
        self._closing = False
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._wake)

    def _noted(self, number: int, _frame: FrameType | None) -> None:
        if self._received:  # a second signal while closing: the default action, at once
            signal.signal(number, signal.SIG_DFL)
            signal.raise_signal(number)
        self._received.append(number)

    def _wake(self) -> None:
        with contextlib.suppress(OSError):
            self._reader.recv(256)
        if not self._received or self._closing:
            return
        self._closing = True
        log.info("%s received: closing as File > Quit does", signal.Signals(self._received[0]).name)
        self._window.close()
        QCoreApplication.quit()  # also when another of its windows (a log, a dialog) is open

    def uninstall(self) -> None:
        """Give the signals back to whoever had them (tests; the app keeps this for its lifetime)."""
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()
