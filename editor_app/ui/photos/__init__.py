"""The photo dock: thumbnails, the metadata form and their models."""
