"""Errors the store raises, each with a message written for the user."""


class StoreError(Exception):
    """Base class: the message is one clear sentence the UI and CLI show as is."""


class NotADatabase(StoreError):
    """The file is not an Editorial Workstation database (or is damaged); it is left untouched."""


class DatabaseTooNew(StoreError):
    """The database was written by a newer version of the app."""


class DataFolderNotWritable(StoreError):
    """The data folder cannot be written to."""


class MigrationFailed(StoreError):
    """A schema upgrade failed; the database was left as it was."""


class MigrationsMissing(MigrationFailed):
    """The installation lacks its schema scripts (a broken install or bundle); nothing was changed."""
