"""The main-window fixtures of tests/ui (a real window on a throw-away profile)."""

from tests.ui.conftest import demo_window, make_window, services, window

__all__ = ["demo_window", "make_window", "services", "window"]
