"""The PySide6 layer: panels (a view plus a controller each), item models, the task runner, the main window."""
