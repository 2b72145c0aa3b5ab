"""How many rows the article list reads: a first page, then more as the view nears the end of those loaded.
Qt-free, so the start-up reader (``ui/window/early_list.py``) reads the same first page on its thread without
loading the list's model there."""

PAGE = 200
"""Rows read first: a few screens, read in a few milliseconds."""
MORE = 1000
"""Rows read each time the view scrolls near the end of those loaded."""
