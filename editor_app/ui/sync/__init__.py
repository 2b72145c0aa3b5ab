"""The GUI side of publishing: the sync controller, its status text, the sites, log and conflict windows."""
