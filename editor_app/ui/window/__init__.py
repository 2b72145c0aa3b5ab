"""The main window and what assembles it: menus, docks, article commands, photo drops."""
