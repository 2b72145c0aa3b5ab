"""Sync with the publishing backend (WordPress): the only package that does HTTP. No Qt.

``backend`` (the protocol and its errors), ``wordpress`` (the REST client), ``mapping`` (article <-> post),
``merge`` (the pure decision and three-way merge), ``pull``/``push``/``engine`` (a run over the store),
``credentials`` (keyring, secure backends only).
"""
