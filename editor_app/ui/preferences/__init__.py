"""Preferences: the dialog (Edit ▸ Preferences…), the profile's QSettings behind it, and applying them."""
