"""The use cases, Qt-free: every mutation returns the :class:`ChangeSet` it made.

The CLI and the UI call only this layer; it owns sessions and transactions.
"""
