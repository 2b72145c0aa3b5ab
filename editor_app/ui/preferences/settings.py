"""The preferences in the profile's QSettings (``settings.ini``), as the core's ``Preferences`` value."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from editor_app.services.preferences import Preferences


def load_preferences(settings: QSettings) -> Preferences:
    return Preferences.from_values(lambda key: settings.value(key))


def save_preferences(settings: QSettings, preferences: Preferences) -> None:
    """Write and flush them, so the command line (``read_preferences``) sees them at once."""
    for key, value in preferences.values().items():
        settings.setValue(key, value)
    settings.sync()
