"""Offline behind a manual proxy: the "site reachable again" probe knocks on the proxy (the one way out of a
proxied newsroom), not on the site's own port."""

from __future__ import annotations

import socket
import threading
from typing import Any

import pytest

from editor_app.sync.proxy import ProxyMode, ProxySettings
from editor_app.ui.sync.status import Phase
from tests.ui_sync.test_ui_sync_wordpress import WAIT, sync

pytestmark = [pytest.mark.wordpress]


def test_the_offline_probe_goes_to_the_manual_proxy(qtbot: Any, desk: Any) -> None:
    desk.add_site()
    listener = socket.create_server(("127.0.0.1", 0))
    knocks: list[int] = []

    def accept() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            knocks.append(1)
            connection.close()

    threading.Thread(target=accept, daemon=True).start()
    try:
        desk.service.proxy = ProxySettings(ProxyMode.MANUAL, "127.0.0.1", listener.getsockname()[1])
        controller = desk.controller(backoff_ms=(200,))
        desk.articles.create(headline="Ferry strike", body="Text.")
        desk.proxy.add(".", "drop", times=10**6)  # the site does not answer
        run = sync(qtbot, controller)
        assert run.outcome == "offline" and controller.state.phase is Phase.OFFLINE
        qtbot.waitUntil(lambda: bool(knocks), timeout=WAIT)
        controller.timer.stop()
        controller.reachability.reset()
    finally:
        listener.close()
