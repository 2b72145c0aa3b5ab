"""Item-model roles and the index type shared by the app's list views."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The article (or photo) id behind a row."""
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
"""The grey second line: section, status, date."""
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 3
"""Highlighted search snippet (escaped HTML)."""

Index = QModelIndex | QPersistentModelIndex
